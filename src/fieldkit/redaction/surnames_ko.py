"""A lone surname that is a person (round 6 of issue 11): Korean grammar, no phrasing.

Korean testimonies often name a person by the surname alone, and the grammar says so
(detector ``cue``, whatever the word lists say; a surname that is also a common word, 전
"former", 방 "room", is *uncertain*):

* **a surname glued to a rank or office** (정경위가, 박형사님이, 최소대장): the spaced form
  (정 경위) is ``cues_ko._surname_titles``; the offices are ``data/offices_ko.tsv``.  The
  whole word must not itself be an office or a word (소대장 is 소 + 대장 only to a machine,
  이사장 is no Lee);
* **an anonymised or initialled person**: a Latin initial or a Hanzi surname before 씨 or 님
  (K씨, 于씨), a surname before 모 씨 (리모 씨, 김 모씨: "a certain Kim"), a surname before
  masked letters (김○○, 박OO, 최XX, 이**);
* **the surname given as such**: 성이 방가라서, 남편 성 '백', 성은 김이고 (after 성, "family
  name", a lone surname with the spoken 가 or 씨 or a copula).

The span is the surname (with a bound honorific, as 이민호 씨 is); an office stays in the
text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.anchors_ko import MASK, OFFICE, holds
from fieldkit.redaction.cuewords import alternation, cue_words, office_words
from fieldkit.redaction.hangul_chinese import CHINESE_SURNAMES
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.mandarin_ko import mandarin_surnames
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = [
    "COMPOUND_SURNAMES",
    "WORD_SURNAMES",
    "find_lone_surnames",
    "full_name_before_office",
    "glued_surname",
    "honoured_word",
    "korean_surname",
    "possessed_word",
]

WORD_SURNAMES = frozenset("한전오하주도안마제은가선경국신진방석공서남우원양모소현구부반온")
"""Surnames that are also common words (한 "one", 전 "I/former", 현 "current", 구 "former";
round 16: 반 "class", 온 "came"): alone they are a name only *uncertain*."""

_QUOTE = "'\"‘’“”「」"
_AFTER_SURNAME = (
    "가라서 가라고 가라구 가고 가요 가예요 가야 가네 가인데 씨라서 씨라고 씨고 씨요 씨인데 씨 가 "
    "이고 고 이에요 예요 이었 였 인데 이래 래 이라서 라서 이라 라 이야 야 이다 다 이요 요"
)


def korean_surname(syllable: str, res: Resources) -> bool:
    """A Korean surname (``surnames_ko.tsv``) or a Chinese one in its Hangul reading (쑨)."""
    return syllable in res.sur_ko_hangul or syllable in CHINESE_SURNAMES


def honoured_word(word: str, res: Resources) -> bool:
    """A one-syllable word and a glued 씨 or 님 (별씨, 달님), no surname's (김씨, 쑨씨): after
    a role noun, a name given with respect (round 17), uncertain since the syllable is a word."""
    return (
        len(word) == 2
        and word[1] in "씨님"
        and word[0] in res.lex_ko
        and not korean_surname(word[0], res)
    )


def full_name_before_office(stem: str, title: str, res: Resources) -> bool:
    """이요한 선교사: a surname and two syllables before an office (``offices_ko.tsv``) are a
    strong cue, so the lexicon only downgrades them to *uncertain*: 이요 and 요한 are words
    too, and nothing in a word list tells 이요한 from 이상한 ("strange"), which is flagged.
    Round 41: a surname and one given syllable too (김철 목사님, 박철 부장), unless the two
    are a frequent word (정말 사장님, 조금 부장님)."""
    offices = office_words()
    if stem[0] not in res.sur_ko_hangul or not {title, title.removesuffix("님")} & offices:
        return False
    if len(stem) == 2:  # 김철 목사님, 박철 대위: a surname and one given syllable (round 41)
        return (
            stem[1] in korean.given_syllables()
            and stem not in res.lex_ko_common
            and not korean.verb_form(stem, res)
        )
    return len(stem) == 3 and stem not in res.lex_ko and not korean.verb_form(stem, res)


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    offices = alternation(cue_words().get("office", "ko"))
    particles = alternation(korean.PARTICLES)
    after = alternation(_AFTER_SURNAME.split())
    return {
        "office": re.compile(rf"(?:{offices})"),
        "office_end": re.compile(rf"(?:님)?(?:{particles})?(?![가-힣])"),
        "honorific": re.compile("씨|님"),
        "particle_end": re.compile(rf"(?:{particles})?(?![가-힣])"),
        # the masks, the surname read back
        "masked": re.compile(r"(?:[○◯*＊]{1,3}|OO|XX|xx|O|X)(?![A-Za-z○◯*＊])"),
        "given": re.compile(
            rf"성(?:은|이|는|씨는|씨가)?(?:\s[{_QUOTE}]?|[{_QUOTE}])([가-힣])"
            rf"(?=[{_QUOTE},.)]|\s?$|(?:{after})(?![가-힣]))"
        ),
    }


COMPOUND_SURNAMES = frozenset(("남궁", "선우", "제갈", "황보", "독고", "사공", "서문", "동방"))
"""Korean surnames of two syllables (南宮, 鮮于, 諸葛, 皇甫, 獨孤, 司空, 西門, 東方)."""


def glued_surname(folded: str, at: int, res: Resources, *, mandarin: bool = False) -> int | None:
    """Where the surname glued before ``at`` (a title, an office) starts, when it opens its
    word: a Korean compound surname (선우주임이: round 23), with ``mandarin`` a Chinese
    surname in its Mandarin sound (쑨사장, 어우양사장), else one syllable that is a Korean
    surname or a Chinese one's reading (허마담이, 정경위가).  One reader for the three rules
    that find a surname glued to a word of address (round 24): each had its own."""
    for size in (2, 1):
        start = at - size
        if start < 0 or (start and folded[start - 1].isalnum()):
            continue
        surname = folded[start:at]
        if size == 2 and surname in COMPOUND_SURNAMES:
            return start
        if size == 1 and korean_surname(surname, res):
            return start
        if mandarin and surname in mandarin_surnames():
            return start
    return None


def _glued_offices(folded: str, res: Resources) -> list[Hit]:
    """정경위가, 박형사님, 선우주임이: a surname glued to an office, the whole word no
    office or word."""
    out: list[Hit] = []
    if not holds(folded, OFFICE):
        return out  # no office: the scan would find none (round 32, speed: anchors_ko)
    rx, offices = _rx(), office_words()
    for office in rx["office"].finditer(folded):
        start = glued_surname(folded, office.start(), res)
        if start is None or len(office.group()) < 2:
            continue
        surname = folded[start : office.start()]
        compound = len(surname) == 2
        if rx["office_end"].match(folded, office.end()) is None:
            continue
        if compound:  # 사공, 서문 and 동방 are words too (a boatman, a preface, the east)
            out.append(_hit(start, office.start(), "surname_glued_office", surname in res.lex_ko))
            continue
        word = folded[start : office.end()]
        if word in offices or word in res.lex_ko or word in korean_nouns():
            continue  # 소대장, 이사장: an office or a word; 양계장: a business (round 27)
        # 고사장 ("exam hall") opens with a word (고사): a name there only uncertain
        uncertain = surname in WORD_SURNAMES or surname + office.group()[0] in res.lex_ko
        out.append(_hit(start, start + 1, "surname_glued_office", uncertain))
    return out


_hit = person_by_cue


def _anonymised(folded: str, res: Resources) -> list[Hit]:
    """K씨, 于씨, 리모 씨, 김○○: a person whose name the speaker withheld or shortened.
    Read back from each 씨 or 님 and each mask (patterns opening with a look-behind were
    tried at every position of a long document)."""
    out: list[Hit] = []
    rx = _rx()
    for honorific in rx["honorific"].finditer(folded):
        hit = _before_honorific(folded, honorific.start(), honorific.end(), res)
        if hit is not None:
            out.append(hit)
    if "모" in folded or "某" in folded:
        out += _so_and_so(folded, res)
    if not holds(folded, MASK):
        return out  # no mask character: no mask (round 32, speed: anchors_ko)
    starts = (m.start() for m in _MASK_START.finditer(folded))
    for match in finditer_from(rx["masked"], folded, starts):
        if _lone_syllable(folded, match.start() - 1, res):
            out.append(
                _hit(match.start() - 1, _after_mask(folded, match.end()), "masked_name", False)
            )
    return out


_SO_AND_SO = re.compile(r"(?:모모|某某|某|모)(?![가-힣])|(?:모모|모)(?=[은는이가을를의와과도에])")
"""모 ("so-and-so", 某) after a surname in a record: 리모모를, 張모에게, 王某."""


def _so_and_so(folded: str, res: Resources) -> list[Hit]:
    """리모모를, 張모에게: a surname and 모, a name a record withheld (round 39).  A Hangul
    surname needs 모모 (김모 is often 이모 "aunt", and 김모(45) is ``noted_name``'s); a Hanzi
    surname takes 모 or 某 alone."""
    out: list[Hit] = []
    for match in _SO_AND_SO.finditer(folded):
        at = match.start() - 1
        if at < 0:
            continue
        before, one = folded[at - 1] if at else " ", folded[at]
        if one in res.sur_zh_hanzi and not "\u4e00" <= before <= "\u9fff":
            out.append(_hit(at, match.end(), "hanzi_surname_so_and_so", False, at + 1))
        elif match.group() == "모모" and _lone_syllable(folded, at, res):
            out.append(_hit(at, match.end(), "surname_so_and_so", False, at + 1))
    return out


_PARTICLE_SYLLABLES = frozenset("은는이가을를의와과도만로에")


def _after_mask(folded: str, end: int) -> int:
    """이○화님: a given name's last syllable kept after the mask is the name's too (round
    20); the mask alone ends it otherwise (김○○ 씨)."""
    last = folded[end : end + 1]
    if not last or not "가" <= last <= "힣" or last not in korean.given_syllables():
        return end
    if last in _PARTICLE_SYLLABLES:
        return end  # 곽OO은 말했어요: the particle after the mask
    after = folded[end + 1 : end + 2]
    closes = not after or not "가" <= after <= "힣" or after in "님씨이가은는을를의와도"
    return end + 1 if closes else end


MASK_CHARS = "○◯*＊OXx"
"""What a mask opens with (``anchors_ko`` reads them too: round 32)."""
_MASK_START = re.compile(f"[{MASK_CHARS}]")
"""Where a mask can start: the mask pattern opens with a repeat, which ``re`` tried at every
position of the text (round 13, speed)."""


def _before_honorific(folded: str, start: int, end: int, res: Resources) -> Hit | None:
    """K씨, 于씨, 리모 씨, 김 모씨: what stands before a 씨 or 님 at ``start``."""
    if _rx()["particle_end"].match(folded, end) is None:
        return None
    at = start - 1 if start and folded[start - 1] == " " else start  # just after the name
    if at < 1:
        return None
    one, before = folded[at - 1], folded[at - 2] if at > 1 else " "
    if "A" <= one <= "Z" and not (before.isascii() and before.isalnum()):
        return _hit(at - 1, end, "initial_before_honorific", False, at)
    if one in res.sur_zh_hanzi and not "\u4e00" <= before <= "\u9fff":
        return _hit(at - 1, end, "hanzi_surname_honorific", False, at)
    if one != "모" or at < 2 or folded[start] != "씨":
        return None  # 사모님 is an office
    surname = at - 3 if before == " " else at - 2
    if surname < 0 or not _lone_syllable(folded, surname, res):
        return None
    ordinary = folded[surname] + "모" in res.lex_ko  # 이모 씨 ("aunt"?) stays uncertain
    return _hit(surname, at, "surname_mo_ssi", ordinary)


def _lone_syllable(folded: str, at: int, res: Resources) -> bool:
    """A surname at ``at`` that starts its word (김 in 김○○, 리 in 리모 씨)."""
    if at < 0 or not korean_surname(folded[at], res):
        return False
    return at == 0 or not "가" <= folded[at - 1] <= "힣"


def _given_surnames(folded: str, res: Resources) -> list[Hit]:
    """성이 방가라서, 남편 성 '백': the surname told as a surname."""
    out: list[Hit] = []
    for match in _rx()["given"].finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue  # 성 ends a word (가능성이): no look-behind, tried at every position
        surname = match.group(1)
        if not korean_surname(surname, res):
            continue
        start = match.start(1)
        out.append(_hit(start, start + 1, "surname_given", surname in WORD_SURNAMES))
    return out


def find_lone_surnames(folded: str, res: Resources) -> list[Hit]:
    """Every lone surname the grammar says is a person (see the module docstring)."""
    out: list[Hit] = []
    out += _glued_offices(folded, res)
    out += _anonymised(folded, res)
    if "성" in folded:
        out += _given_surnames(folded, res)
    return out


_POSSESSOR = ("우리 ", "저희 ", "너희 ", "우리네 ", "같은 ", "다른 ", "옆 ")


def possessed_word(folded: str, start: int) -> bool:
    """우리 반 반장, 저희 방 사람: a surname that is also a noun (``WORD_SURNAMES``), after
    "our" or "their", is that noun (the class, the room), not a person (round 16); so after
    "the same", "another" and "next" (같은 방 언니, 옆 방 언니: round 39)."""
    return folded[start] in WORD_SURNAMES and folded[:start].endswith(_POSSESSOR)
