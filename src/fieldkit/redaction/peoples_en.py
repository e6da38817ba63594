"""A people named beside a people of the keep-list, and "Han" as a people (round 27).

"Han or Joseonjok", "Manchu or Hui": a capitalised word joined by "or", "and" or a comma to a
people of the keep-list's ``ethnic`` rows is another people, not a person.  The word alone
(Han, Hui) is a surname and a given syllable too, so it is never kept on its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import data

__all__ = ["beside_a_people", "han_people", "korea_for_short"]

_AFTER = re.compile(r",? (?:or|and) ([A-Z][A-Za-z\-]+)")
_BEFORE = re.compile(r"([A-Z][A-Za-z\-]+),? (?:or|and) $")
_PAIR_END = re.compile(
    r"(?:[^\w\s'’-]|\s*$|\s+(?:were|was|are|is|or|and|in|to|at|from|by|with|all|both|too|alike|"
    r"either|people|peoples|families)\b)"
)
"""What may follow the pair: a stop, a verb of being, a preposition, or a people's noun.  An
adjective before a noun (Lee and Chinese police) is no pair of peoples."""


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    return frozenset(w.casefold() for kind, w in data.keep_entries() if kind == "ethnic")


def beside_a_people(folded: str, start: int, end: int) -> bool:
    """The word at ``[start, end)`` is joined to a listed people on either side.  Round 28,
    speed: each side's regex is tried only where its joining word is (``_AFTER`` opens with
    a comma or a space, ``_BEFORE`` ends with "or " or "and ", a final line break allowed
    by its ``$``): most capitalised words have neither, and a failed ``search`` tries
    every position of its window."""
    after = _AFTER.match(folded, end) if folded[end : end + 1] in (",", " ") else None
    if after is not None and after.group(1).casefold() in _peoples():
        return _PAIR_END.match(folded, after.end()) is not None
    if not folded.endswith(("or ", "and ", "or \n", "and \n"), 0, start):
        return False
    before = _BEFORE.search(folded[max(0, start - 30) : start])
    if before is not None and before.group(1).casefold() in _peoples():
        return _PAIR_END.match(folded, end) is not None
    return False


_HAN_AS_PEOPLE = re.compile(
    r"(?:\b(?:was|is|were|are)\s+Han(?=[,.;:!?)]|\s+(?:and|but|or|from|too|himself|herself)\b)"
    r"|\b(?:a|an)\s+Han\s+[a-z]|\bthe\s+Han\s+(?:people|say|said|call|called|majority|men|women)\b)"
)
_IT_WAS = re.compile(r"\b(?:it|this|that)\s+(?:was|is)\s+$", re.IGNORECASE)
_NAME_WORDS = re.compile(r"\b(?:name|surname|called|named|Mr|Mrs|Ms|Dr)\b", re.IGNORECASE)


def han_people(folded: str, start: int, end: int) -> bool:
    """ "Han" as China's majority people, not the surname 한: after a verb of being before a
    stop or a conjunction (he was Han, from the south), after "a" before a noun (a Han
    family), as "the Han" who say or are (the Han people).  A name word before it (his name
    was Han) keeps it a name."""
    if folded[start:end] != "Han":
        return False
    found = _HAN_AS_PEOPLE.search(folded, max(0, start - 6), min(len(folded), end + 12))
    if found is None or not found.start() <= start < found.end():
        return False
    if _IT_WAS.search(folded, max(0, start - 12), start) is not None:
        return False  # Who bought you? It was Han.: the answer names a man
    return _NAME_WORDS.search(folded, max(0, start - 24), start) is None


_SHORT_KOREA = re.compile(r"(?:in|from|to|the|us|and)\s+$", re.IGNORECASE)
_NOT_A_NAME_AFTER = re.compile(r"(?:[^\w\s\-]|\s*$|\s+[a-z])")


def korea_for_short(folded: str, start: int, end: int) -> bool:
    """ "North" and "South" alone for the two Koreas (she is in South!, us North people): no
    capitalised word follows, so no name of a place or a business is cut (North Star
    Mission, South Gate) (round 27)."""
    if folded[start:end] not in ("North", "South"):
        return False
    if _SHORT_KOREA.search(folded, max(0, start - 6), start) is None:
        return False
    return _NOT_A_NAME_AFTER.match(folded, end) is not None
