"""Romanised Korean given names written as one word (issue 11, round 20, set AN).

``romanised_en`` reads a given name whose syllables a hyphen or a space parts (ok-hee,
KIM OK HEE).  A message typed on a phone joins them (``hi its sunhee``, ``bring eunji
too``) and a case note writes a joined given name before its surname (``Hyesun Park
confirms``), where the capitalised rules saw one word they doubted and left the surname.

A joined given name is a word that splits into exactly two romanised syllables, each of
which reads as a syllable common in Korean given names (``name_syllables_ko.tsv``: 혜 and
선, 민 and 정), and that is no English word.  So:

* **before or after a Korean surname, capitalised** (Hyesun Park, Park Hyesun): a person,
  certain, the surname inside the span;
* **in lower case, alone** (sunhee, minjeong): a person, uncertain (for the review).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.romanised_en import romanised_syllable

__all__ = ["find_joined_given_names"]

_CAPITALISED_PAIR = lazy_pattern(r"\b([A-Z][a-z]{1,9}) ([A-Z][a-z]{1,9})\b")
_LOWER_WORD = lazy_pattern(r"(?<![\w@./'-])([a-z]{4,10})(?![\w@'-])")


@lru_cache(maxsize=8192)
def _given_reading(part: str) -> bool:
    """``part`` reads as one syllable common in Korean given names (hee: 희; jeong: 정)."""
    if not romanised_syllable(part):
        return False
    given = korean.given_syllables()
    return any(len(r) == 1 and r in given for r in hangul.latin_to_hangul(part, limit=8))


@lru_cache(maxsize=8192)
def _joined_given(word: str) -> bool:
    """Two given-name syllables joined: sunhee (sun + hee), eunji (eun + ji)."""
    low = word.casefold()
    return any(
        _given_reading(low[:cut]) and _given_reading(low[cut:]) and low[:cut] != low[cut:]
        for cut in range(1, len(low))
    )


def _name(word: str, res: Resources) -> bool:
    low = word.casefold()
    return low not in res.lex_en and low.capitalize() not in res.keep_latin and _joined_given(word)


def _surname(word: str, res: Resources) -> bool:
    low = word.casefold()
    return low in res.sur_ko_latin and low not in res.function_en


def find_joined_given_names(folded: str, res: Resources) -> Iterator[Hit]:
    """The rules of the module docstring."""
    for match in _CAPITALISED_PAIR().finditer(folded):
        first, second = match.group(1), match.group(2)
        given_first = _surname(second, res) and _name(first, res)
        if given_first or (_surname(first, res) and _name(second, res)):
            yield Hit.at(match.span(), label="PERSON", detector="cue", rule="joined_given_surname")
    for match in _LOWER_WORD().finditer(folded):
        if _name(match.group(1), res):
            yield Hit.at(
                match.span(1),
                label="PERSON",
                detector="cue",
                rule="joined_given_lower",
                uncertain=True,
            )
