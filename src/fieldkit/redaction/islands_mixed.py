"""Korean and Chinese names inside English sentences, in the slots ``cues_en`` leaves
(issue 11, round 14).

``hangul_islands`` reads a Hangul word between English words (moved from ``cues_en``, round
17).  A mixed testimony also
names people where no English word stands before the name, or where the cue comes after it:

* **a sentence opened by a Hangul name** with its affectionate 이 (연경이 was sent back): a
  line or sentence that goes on in English; the name without its 이;
* **a Hangul word before a bracketed English gloss** (my son is 한결이 (it means ...)): the
  word after an English one, never a place's (born in X (...)); a dictionary word only
  with the affectionate 이 (we ate 김치 (kimchi) is a word glossed);
* **a lone surname and a Korean title** (방 집사님 from the church): in an English sentence
  이 is no determiner ("this" would be written in English), so any listed surname counts;
* **a naming cue after the name** (ask for 花子; that's what they call her): the word
  before "that's what they call her/him" is what she is called;
* **a name glossed by its meaning** (she is called 솔, which just means pine; named 별,
  meaning star): round 14b, a Korean word after called or named whose meaning the writer
  explains is a name that is also a word.

All are person hits, uncertain where the word is also a word (or 이 the surname).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from, phrase_starts, positions
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES
from fieldkit.redaction.things_en import thing_before

__all__ = ["find_mixed_islands", "hangul_islands"]

_OPENING = lazy_pattern(r"(?:^|(?<=[.!?] ))([가-힣]{1,3}이) (?=[a-z]+[ ,][A-Za-z])", re.MULTILINE)
_GLOSSED = lazy_pattern(r"([가-힣]{1,4}) \((?=[a-z])")
"""A lower-case gloss (it means ..., a nickname): a capitalised one is the romanisation of a
name or a place (운평동 (Unpyong-dong)), which the other layers read."""
_LOCATIVE = lazy_pattern(r"(?:^|\s)(?:in|from|to|at|near|of|into)\s$", re.IGNORECASE)
_CALLED_AFTER = lazy_pattern(
    r"([가-힣]{1,4}|[\u4e00-\u9fff]{1,4})[;,]\s(?:that'?s|that is|which is)\swhat\s"
    r"(?:they|we|people|everyone|everybody|the\s[a-z]+)\s(?:call|called|calls)\s(?:her|him)\b",
    re.IGNORECASE,
)

_CALLED_MEANS = lazy_pattern(
    r"\b(?:called|named|calls?)(?:\s(?:her|him))?\s([가-힣]{1,4})"
    r"(?:,\s(?:which|that|it)\s(?:just\s|simply\s|only\s)?means\b|,?\s(?:meaning|means)\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _titled() -> re.Pattern[str]:
    titles = alternation(cue_words().get("title", "ko"))
    return re.compile(rf"(?:^|(?<=[.!?,] )|(?<=\n))([가-힣]) (?:{titles})님?(?= [A-Za-z])", re.M)


def _word_ok(word: str, res: Resources) -> bool:
    if word in res.keep_native or word in res.gaz_hangul or word in closed_words("ko"):
        return False
    return not korean.verb_like(word, res)


def _latin_before(folded: str, at: int) -> bool:
    """An English word (or its comma) right before the space before ``at``."""
    return (
        at >= 2
        and folded[at - 1] == " "
        and (folded[at - 2].isascii() and folded[at - 2].isalpha())
    )


def _called(word: str) -> bool:
    """봄이, 한결이: a word with the affectionate 이 of a closed syllable."""
    return len(word) >= 2 and word[-1] == "이" and korean.final_consonant(word[-2])


def _name(start: int, word: str, rule: str, res: Resources) -> list[Hit]:
    """The name without a closed syllable's affectionate 이, if it is a possible name."""
    out: list[Hit] = []
    if _called(word):
        word = word[:-1]
    if _word_ok(word, res):
        out.append(person_by_cue(start, start + len(word), rule, word in res.lex_ko))
    return out


_OPENING_END = re.compile(r"이 (?=[a-z]+[ ,][A-Za-z])")
"""The end of ``_OPENING``'s word: its 이, one to three syllables after the start."""
_BEFORE_LATIN = re.compile(r"[가-힣] [A-Za-z]")
"""The end of ``_titled``'s title: its surname opens the Hangul word before this one."""


def _opening_starts(folded: str) -> list[int]:
    """Every start of an ``_OPENING`` match (round 14, speed: found from its 이)."""
    return [m.start() - n for m in _OPENING_END.finditer(folded) for n in (1, 2, 3)]


def _titled_starts(folded: str) -> Iterator[int]:
    """Every start of a ``_titled`` match: the titles are Hangul words, so the surname is
    two characters before the run of syllables that ends before a space and a Latin letter
    (round 14, speed)."""
    for found in _BEFORE_LATIN.finditer(folded):
        run = found.start()
        while run and "가" <= folded[run - 1] <= "힣":
            run -= 1
        if run >= 2 and folded[run - 1] == " ":
            yield run - 2


def find_mixed_islands(folded: str, res: Resources) -> list[Hit]:
    """Names in the mixed slots of the module docstring."""
    out: list[Hit] = []
    for match in finditer_from(_OPENING(), folded, _opening_starts(folded)):
        word = match.group(1)
        if len(word) >= 2 and korean.final_consonant(word[-2]) and word not in res.lex_ko:
            out += _name(match.start(1), word, "hangul_opens_english", res)
    glosses = positions(folded, (" (",))  # round 14, speed: one to four syllables before
    for match in finditer_from(_GLOSSED(), folded, [at - n for at in glosses for n in range(1, 5)]):
        at = match.start(1)
        word = match.group(1)
        if word in res.lex_ko and not _called(word):
            continue  # we ate 김치 (kimchi): a Korean word glossed, no name
        if _latin_before(folded, at) and not _LOCATIVE().search(folded, max(0, at - 6), at):
            out += _name(at, word, "hangul_glossed", res)
    for match in finditer_from(_titled(), folded, _titled_starts(folded)):
        surname = match.group(1)
        if surname in res.sur_ko_hangul:
            uncertain = surname in WORD_SURNAMES or surname == "이"
            out.append(person_by_cue(*match.span(1), "surname_title_in_english", uncertain))
    if "mean" in folded:
        calls = phrase_starts(folded, ("call", "named"))  # round 14, speed
        means = _CALLED_MEANS().finditer(folded) if calls is None else None
        for match in means or finditer_from(_CALLED_MEANS(), folded, calls or ()):
            if _word_ok(match.group(1), res):
                out.append(person_by_cue(*match.span(1), "called_then_glossed", True))
    if "what" in folded:
        thats = phrase_starts(folded, ("that", "which"))  # round 14, speed: X, that's what
        after = _CALLED_AFTER().finditer(folded) if thats is None else None
        starts = [at - 2 - n for at in thats or () for n in (1, 2, 3, 4)]
        for match in after or finditer_from(_CALLED_AFTER(), folded, starts):
            word = match.group(1)
            if word not in res.keep_native:
                out.append(person_by_cue(*match.span(1), "called_after_english", True))
    return out


_LATIN_THEN_HANGUL = re.compile("(?:[A-Za-z,]|[a-z][.!?]) [가-힣]")
_HANGUL_ISLAND = lazy_pattern(
    r"(?:[A-Za-z,]|[a-z][.!?]) ([가-힣]{2,4})"
    r"(?= (?:[A-Za-z][A-Za-z'’-]+|I|a)(?:[\s,!?;:\"”)]|[.](?!\w)|$)"
    r"|[.,!?]\s*$|[.,!?;:] [\"“'‘]?[A-Za-z])"
)
"""A Hangul word inside an English sentence (I met 수정 at church; 연경이 was from).  The
English word after it must be a word (round 13): before an identifier (주소가 kim.a@…,
위챗은 wxid_…) or a lone letter (끝에 X 붙은) the Hangul word is in a Korean sentence."""


def _borrowed(word: str, res: Resources) -> bool:
    """A Korean word the English sentence borrows (on a 오토바이, helped me with 분리수거): a
    listed word of three syllables or more that no given name is made of.  Two-syllable
    words stay candidates, uncertain: 사랑, 하늘 and 수정 are names as often (round 21)."""
    if len(word) < 3 or word not in res.lex_ko or word in res.given_ko:
        return False
    given = korean.given_syllables()
    if word[0] in res.sur_ko_hangul and all(syllable in given for syllable in word[1:]):
        return False  # 전지현: a surname and a given name, even if 전지 is a battery
    return not all(syllable in given for syllable in word)


def _glossed_after(folded: str, start: int, word: str) -> bool:
    """What 사랑 means: a word asked about, not a person."""
    end = start + len(word)
    return folded[max(0, start - 5) : start].casefold() == "what " and folded[
        end : end + 6
    ].startswith((" means", " meant", " mean"))


_AND_NEXT = lazy_pattern(r"(?:,? and|,| or) ([가-힣]{3,})(?![가-힣])")
_AND_BEFORE = lazy_pattern(r"(?<![가-힣])([가-힣]{3,}),? (?:and|or) $")


def _beside_thing(folded: str, start: int, size: int, res: Resources) -> bool:
    """A listed word joined by "and" or "or" to a Korean word the sentence borrows (두부 and
    인조고기밥): an item of a list of things, not a person (round 27)."""
    if folded[start : start + size] not in res.lex_ko:
        return False
    after = _AND_NEXT().match(folded, start + size)
    before = _AND_BEFORE().search(folded[max(0, start - 20) : start])
    return any(m is not None and _borrowed(m.group(1), res) for m in (after, before))


def hangul_islands(folded: str, res: Resources) -> list[Hit]:
    """A Hangul word between English words is a name (or a place the gazetteer finds):
    uncertain, unless a keep word, a place, a verb form or a closed word; the affectionate
    이 of a name stays outside (연경이 was).  Moved here from ``cues_en`` (round 17).  Read
    only where a Hangul word follows a Latin one (``_LATIN_THEN_HANGUL``)."""
    out: list[Hit] = []
    if _LATIN_THEN_HANGUL.search(folded) is None:
        return out
    for match in _HANGUL_ISLAND().finditer(folded):
        word = match.group(1)
        if folded[max(0, match.start(1) - 4) : match.start(1)].casefold() == "the ":
            continue  # the 별빛 karaoke: a business's or a place's name (orgs.py)
        affectionate = word[-1] == "이" and len(word) > 2 and korean.final_consonant(word[-2])
        if affectionate:
            word = word[:-1]  # a place never takes the affectionate 이 (round 11)
        if word in res.keep_native or word in res.gaz_hangul:
            continue
        if word in res.gaz_marked and not affectionate:
            continue
        if korean.verb_like(word, res) or word in closed_words("ko") or _borrowed(word, res):
            continue
        if _beside_thing(folded, match.start(1), len(word), res):
            continue
        if thing_before(folded, match.start(1)) or _glossed_after(folded, match.start(1), word):
            continue
        out.append(
            Hit(
                start=match.start(1),
                end=match.start(1) + len(word),
                label="PERSON",
                detector="cue",
                rule="hangul_in_english",
                uncertain=True,
            )
        )
    return out
