"""Surnames in a Korean testimony (round 7 of issue 11): glued to a title, "the X family",
and Chinese names written by their Mandarin sound.

* **a surname glued to a title** (쟝사장, 쑤사부, 자오할매, 오선생님, 마씨네): a Korean or
  Mandarin-sound Chinese surname (``mandarin_ko.py``) and a title written as one word that
  is no word itself (이사장, 부사장 are).
* **"the X family"** (류가네, 리가가): a surname, 가 and 네 or a particle, when the pair is no
  word (장가 "marriage", 국가 "state" are; their 가 is not the family's); after a role noun
  and its particle even where the pair is a word (남편이 장가라서: uncertain).
* **a Chinese name in its Mandarin sound** (류메이, 쑨더하이): a Chinese surname, then one or
  two syllables of the NIKL transcription of pinyin, one at least no Korean given name uses,
  the whole no Korean word, count or bound compound.  A 이 after a syllable with no final is
  part of the name (하이, 메이): the subject particle 이 follows only a consonant.  Uncertain.
* **a surname and 씨 that is a word, after a role noun** (브로커 성씨가, round 38): uncertain,
  never before what is asked of a surname (브로커 성씨가 뭐였는지).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.cuewords import FELLOW_BELIEVERS, alternation, closed_words, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.mandarin_ko import mandarin_surnames, segments
from fieldkit.redaction.mandarin_words_ko import chinese_word
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES, glued_surname

__all__ = ["find_family_names", "role_before"]

_GLUED_TITLES = tuple(
    str.split(
        "사장 사장님 사부 선생 선생님 할매 할머니 할배 아저씨 아주머니 아줌마 영감 여사 사모님 "
        "씨네 씨네집"
    )
)
_PARTICLE = rf"(?:{alternation((*korean.PARTICLES, '께', '께서'))})?(?![가-힣])"


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    return {
        "glued": re.compile(
            rf"(?:{alternation(_GLUED_TITLES)})(?:{_PARTICLE}|(?:이라|라|라고|라구)(?![가-힣]))"
        ),
        "glued_title": re.compile(rf"(?:{alternation(_GLUED_TITLES)})"),
        "family": re.compile(
            rf"가(?:네(?:집)?{_PARTICLE}|(?:가|는|를|한테|에게|하고|랑)(?![가-힣]))"
        ),
        "role_family": re.compile(
            r"[이은는가]\s([가-힣])가"
            r"(?=\s?[,.]|\s?$|(?:라서|라고|라구|야|였|이고|인데|요|예요|이에요|라요)(?![가-힣]))"
        ),
    }


_hit = person_by_cue


def _glued_titles(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    rx = _rx()
    for title in rx["glued_title"].finditer(folded):
        if not title.start() or not "가" <= folded[title.start() - 1] <= "힣":
            continue
        tail = rx["glued"].match(folded, title.start())
        if tail is None or tail.end() < title.end():
            continue
        start = glued_surname(folded, title.start(), res, mandarin=True)
        if start is None:
            continue
        surname = folded[start : title.start()]
        word = folded[start : title.end()]
        if title.group() in FELLOW_BELIEVERS:
            continue  # 친자매, 의형제: words (round 19)
        if (
            word in res.lex_ko
            or word in closed_words("ko")
            or surname + title.group()[0] in res.lex_ko
        ):
            continue  # 이사장, 부사장, 고사장: one word
        uncertain = surname in WORD_SURNAMES or surname in res.lex_ko
        out.append(_hit(start, title.start(), "surname_glued_title", uncertain))
    return out


def _families(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _rx()["family"].finditer(folded):
        at = match.start() - 1
        if at < 0 or (at and "가" <= folded[at - 1] <= "힣"):
            continue
        surname = folded[at]
        if surname not in res.sur_ko_hangul and surname not in mandarin_surnames():
            continue
        if surname + "가" in res.lex_ko and surname not in _SPOKEN_CHINESE_FAMILY:
            if at > 1 and folded[at - 1] == " " and role_before(folded, at - 1):
                out.append(_hit(at, at + 2, "role_surname_family", True))  # 그 신랑 진가는
            continue  # 장가가, 국가는, 주가가: a word and its particle
        out.append(_hit(at, at + 2, "surname_family", surname in WORD_SURNAMES))
    return out


_SPOKEN_CHINESE_FAMILY = frozenset("리류")
"""리가, 류가: the North Korean spelling of 이 and 유, for whom the pair is a loanword (Riga)
or nothing; 이가 and 유가 are far more often a particle or a word."""


_COUNTERS = "번 원 명 개 살 년 달 위안 씩 째 키로 근 톤 보루 시 분 초 층 호 회 차 배 장 권 대"


_NUMERALS = "일이삼사오육칠팔구십백천만억한두세네석넉"


_COUNTED = lazy_pattern(rf"[{_NUMERALS}]+(?:{'|'.join(_COUNTERS.split())})")
"""A number and its counter (이천원, 한번, 천위안): Sino-Korean numerals read as surnames."""


def _final_n(syllable: str) -> bool:
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 4


@lru_cache(maxsize=1)
def _surname_word() -> re.Pattern[str]:
    """The first two to six syllables of a Hangul word that opens with a Chinese surname's
    first syllable: the words ``_mandarin_names`` tests (``[가-힣]{2,6}`` at a word's start),
    found without stopping at every other word (round 7, speed)."""
    firsts = "".join(sorted({s[0] for s in mandarin_surnames()}))
    return re.compile(rf"[{firsts}](?<![가-힣].)[가-힣]{{1,5}}")


_SIZES: WordCache[str, int] = WordCache()
"""How much of each token ``_mandarin_names`` names (0: nothing), kept across calls
(``memory.WordCache``): the answer depends on the token alone, and a preview redacts the
same words at every keystroke (round 15, speed)."""


def _mandarin_names(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    surnames, sizes = mandarin_surnames(), _SIZES.of(res)
    for word in _surname_word().finditer(folded):
        token = word.group()
        if token[0] not in surnames and token[:2] not in surnames:
            continue  # the cheap test first: most words open with no Chinese surname
        # No test of the syllable before: the pattern's look-behind has made it (round 31)
        size = sizes.get(token)
        if size is None:
            size = sizes[token] = _named_size(token, res)
        if size:
            out.append(_hit(word.start(), word.start() + size, "mandarin_name", True))
    return out


def _named_size(token: str, res: Resources) -> int:
    """How many characters of ``token`` (a word's first two to six syllables) are a Chinese
    surname and a Mandarin given name, 0 if none: its stem, or the whole token before 만."""
    if len(token) == 3 and token[0] == token[1] and token[2] == "이":
        return 0  # 간간이, 틈틈이, 곳곳이: a doubled syllable and 이 is an adverb (round 17)
    given = korean.given_syllables()
    stem, tail = korean.split_particle(token)
    if tail.startswith("이") and not korean.final_consonant(stem[-1]):
        stem = stem + "이"  # 쑨더하이: 이 after a vowel is the name's
    hit = _mandarin_name(0, token, res, given) if tail == "만" else None
    hit = hit or _mandarin_name(0, stem, res, given)
    if hit is None or korean.verb_like(token, res):
        return 0
    return hit.end


_ADMIN_SUFFIXES = frozenset("시군구현진촌리동")


def _mandarin_name(start: int, stem: str, res: Resources, given: frozenset[str]) -> Hit | None:
    """A Chinese surname and one or two Mandarin syllables; the whole token is tried first
    before 만, which also ends names (정두만)."""
    if len(stem) >= 2:
        for size in (2, 1):
            surname, rest = stem[:size], stem[size:]
            if surname not in mandarin_surnames() or not 1 <= len(rest) <= 4:
                continue
            if not segments(rest, 2) or all(s in given for s in rest):
                continue
            # Every test below ends the rule with None, so the set look-ups go first and
            # the word analyses run only for what they leave (round 9, speed).
            if stem in res.lex_ko or stem in res.gaz_hangul or stem in res.keep_native:
                return None
            if stem.startswith(("이라", "이래", "이란")):
                return None  # '직동'이라구만: the copula after a quote, no 이 + 라구 (round 24)
            if dictionary_ko.noun_and_ra(stem):
                return None  # 성탄 전야라: a noun and the copula's 라 (round 39)
            if stem[-1] in _ADMIN_SUFFIXES and stem[:-1] in res.gaz_hangul:
                return None  # 청진시: a town and its suffix (round 19)
            if stem in closed_words("ko") or rest.startswith(_GLUED_TITLES):
                return None  # 쑤사부: a surname glued to a title (``_glued_titles``)
            if (
                _COUNTED().match(stem)
                or not stem.strip(_NUMERALS)
                or (stem[-1] == "지" and _final_n(stem[-2]))
            ):
                return None  # 이천원, 한번, 두번; 진짠지 (the ending ㄴ지 of a verb)
            if korean.counted_or_bound(stem, res) or korean.bound_compound(stem, res):
                return None  # 두보루, 구류장: a count, a word and a bound noun
            if korean.ordinary(stem, res) or korean.verb_like(stem, res):
                return None
            if chinese_word(stem, res):
                return None  # 쭝야오, 쑤써: a Chinese word said in Korean (round 24)
            return _hit(start, start + len(stem), "mandarin_name", True)
    return None


def _role_families(folded: str, res: Resources) -> list[Hit]:
    """남편이 장가라서, 남편은 왕가, ...: what a role noun is, a surname and 가 ("of the X
    family"), even where the pair is a word (장가 "marriage": uncertain)."""
    out: list[Hit] = []
    for match in _rx()["role_family"].finditer(folded):
        if not role_before(folded, match.start()):
            continue
        surname = match.group(1)
        if surname not in res.sur_ko_hangul and surname not in mandarin_surnames():
            continue
        ordinary = surname + "가" in res.lex_ko or surname in WORD_SURNAMES
        out.append(_hit(match.start(1), match.end(1) + 1, "role_is_family", ordinary))
    return out


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(cue_words().get("role", "ko"))


def role_before(folded: str, at: int) -> bool:
    """Whether the word ending at ``at`` (before its particle) is a role or kinship noun
    (남편, 시어머니): read back from the particle, not tried at every position."""
    start = at
    while start and "가" <= folded[start - 1] <= "힣" and at - start < 6:
        start -= 1
    return start < at and (folded[start:at] in _roles() or folded[start:at] in _AGENCIES)


_AGENCIES = frozenset(
    str.split("보위부 보위국 보위지도원 안전부 보안서 보안부 분주소 파출소 공안국 변방대")
)
"""Round 37: the security bodies whose officers a woman names by surname and 가 (보위부 강가가
취조할 때): the agency stands where a role noun would (강가 "riverside" is a word too)."""


_WORD_SSI = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,5})\s([가-힣]씨)(?:가|는|한테|랑|도|를|하고)(?![가-힣])(?!\s?"
    r"(?:뭐|뭔|무엇|무슨|몰|모르|기억|특이|같|다르|흔))"
)
"""A role noun, then a surname and 씨 that is also a word (브로커 성씨가 얻어 놓은 집): round
38.  Not before what is asked or said of a surname (브로커 성씨가 뭐였는지: "the broker's
surname")."""


def _role_word_ssi(folded: str, res: Resources) -> list[Hit]:
    """브로커 성씨가: the honorific 씨 after a role noun marks a surname even where the pair is
    a word (성씨 "surname"): uncertain, for the review (the issue's strong cue)."""
    out: list[Hit] = []
    for match in _WORD_SSI().finditer(folded):
        pair = match.group(2)
        if match.group(1) not in _roles() or pair not in res.lex_ko:
            continue
        if pair[0] not in res.sur_ko_hangul:
            continue
        out.append(_hit(match.start(2), match.end(2), "role_word_ssi", True))
    return out


def find_family_names(folded: str, res: Resources) -> list[Hit]:
    """Every surname rule of this module (module docstring)."""
    out: list[Hit] = []
    out += _glued_titles(folded, res)
    out += _families(folded, res)
    out += _role_families(folded, res)
    out += _mandarin_names(folded, res)
    if "씨" in folded:
        out += _role_word_ssi(folded, res)
    return out
