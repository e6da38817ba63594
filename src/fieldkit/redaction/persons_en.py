"""English person cues of round 7 (issue 11): quoted names and nicknames.

Found from their rare anchor, an opening quote, and read back and forward from there:

* **a quoted name after a naming verb** (called the driver "Big Head", goes by "mina",
  refers to her daughter as "Bom"): the quoted words, lower case too, whatever the lexicon
  says (uncertain when every word is an ordinary English word);
* **a quoted nickname** ("Big Ok" and "Little Ok"): a nickname adjective (Big, Little,
  Old ...) and a capitalised word in quotes are one name (uncertain); the catch-all used to
  flag the second word alone and leave "Big" and "Little" behind;
* **a companion of the speaker** (Hope and I crossed together, me and June): a capitalised
  word joined to *I* or *me* by *and* is a person, an English word too (uncertain), unless
  it is a role or kinship word (Mom and I), a function word or a place (round 16).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.months_en import MONTH_NAMES
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.roles import english_roles, role_word, romanised_title

__all__ = ["find_companions_en", "find_quoted_names"]

_NAMING = (
    r"(?:\b(?:called|calls|call|nicknamed|named|goes\s+by|went\s+by|go\s+by|"
    # known only as, known to the workers as, knew him only as (round 41)
    r"known\s+(?:only\s+|simply\s+|just\s+)?(?:to\s+[\w\s'-]{1,30}?\s+)?as|"
    r"knew\s+(?:her\s+|him\s+|them\s+)?(?:only\s+|simply\s+|just\s+)?as|"
    r"refers?\s+to\s+[\w\s'-]{1,40}?\s+as|referred\s+to\s+[\w\s'-]{1,40}?\s+as)"
    r"(?:\s+(?:the\s+|her\s+|his\s+|their\s+)?[\w'-]+){0,3}?\s*)$"
)


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    return {
        "quoted": re.compile(r"[\"“]([A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,2})[\"”]"),
        "naming": re.compile(_NAMING, re.IGNORECASE),
    }


_NICKNAME_FIRST = frozenset(
    str.split("big little old young fat skinny tall short small baby lucky crazy")
)
"""The adjectives English nicknames open with ("Big Ok", "Little Ok", "Old Zhang")."""


def _ordinary(word: str, res: Resources) -> bool:
    return word.casefold() in res.lex_en


def find_quoted_names(folded: str, res: Resources) -> Iterator[Hit]:
    """Quoted names and nicknames (module docstring)."""
    rx = _rx()
    for quoted in rx["quoted"].finditer(folded):
        words = quoted.group(1).split()
        if words[0] in ("the", "a", "an"):
            continue  # "the Korean's boy": a description, not what she is called
        ordinary = [_ordinary(w, res) for w in words]
        named = rx["naming"].search(folded, max(0, quoted.start() - 60), quoted.start())
        if named is not None and (
            _group_word(named.group(), words) or role_word(words[-1]) or romanised_title(words[-1])
        ):
            continue  # called me "sister-in-law": a kinship word, no name (round 27)
        title_case = all(w[0].isupper() for w in words)
        if named is not None and (title_case or not all(ordinary)):
            yield _hit(quoted.span(1), "quoted_after_naming", all(ordinary))
            continue  # (called it "the end": lower-case ordinary words are no name)
        if len(words) == 2 and title_case and words[0].casefold() in _NICKNAME_FIRST:
            yield _hit(quoted.span(1), "quoted_nickname", True)


_GROUP = re.compile(r"(?i)\b(?:us|them|themselves|ourselves|people|defectors|refugees)\b")


def _group_word(naming: str, words: list[str]) -> bool:
    """A lower-case word that names a group (South Koreans would call us "saeteomin",
    they called them "kkotjebi"): what a people is called, no one's name (round 27)."""
    return len(words) == 1 and words[0].islower() and _GROUP.search(naming) is not None


def _hit(span: tuple[int, int], rule: str, uncertain: bool) -> Hit:
    return person_by_cue(span[0], span[1], rule, uncertain)


_BEFORE_AND = lazy_pattern(r"(?<![\w'-])([A-Z][a-z]+(?:-[a-z]+)?)$")
_AFTER_AND = lazy_pattern(r"([A-Z][a-z]+(?:-[a-z]+)?)(?![\w'-])")
_SPEAKER = lazy_pattern(r"(?:I|me)(?![\w'])")
_NOT_COMPANIONS = frozenset(str.split("god jesus lord christ mum mummy mommy daddy papa mama"))
"""Who a testimony may pair with *I* that is no one to hide (God and I, Mama and I)."""


def find_companions_en(folded: str, res: Resources) -> Iterator[Hit]:
    """Hope and I, me and June: the speaker's companion (module docstring); read from each
    " and " (a pattern tried at every position cost a hundredth of the engine's time)."""
    at = folded.find(" and ")
    while at >= 0:
        span = _companion_at(folded, at)
        if span is not None and _companion(folded[span[0] : span[1]], res):
            yield _hit(
                span, "companion_of_speaker", folded[span[0] : span[1]].casefold() in res.lex_en
            )
        at = folded.find(" and ", at + 5)


def _companion_at(folded: str, at: int) -> tuple[int, int] | None:
    """The capitalised word joined to *I* or *me* by the " and " at ``at``."""
    if _SPEAKER().match(folded, at + 5):
        before = _BEFORE_AND().search(folded, max(0, at - 30), at)
        return before.span(1) if before else None
    if folded[max(0, at - 2) : at] in ("Me", "me") or folded[max(0, at - 1) : at] == "I":
        speaker = at - (1 if folded[at - 1] == "I" else 2)
        if speaker and (folded[speaker - 1].isalnum() or folded[speaker - 1] in "'-"):
            return None  # "Time and", "AI and": the end of a longer word
        after = _AFTER_AND().match(folded, at + 5)
        return after.span(1) if after else None
    return None


def _companion(word: str, res: Resources) -> bool:
    """A capitalised word that may be a person beside the speaker: not kin, God, a
    function word, a place or a kept word (a month is: June and I)."""
    low = word.casefold()
    if low in res.function_en or low in english_roles() or low in _NOT_COMPANIONS:
        return False
    if word in res.gaz_latin or word in data.provinces():
        return False  # Yanji and I: a place, the place rules' case
    return res.keep_latin.get(low) is None or low in MONTH_NAMES
