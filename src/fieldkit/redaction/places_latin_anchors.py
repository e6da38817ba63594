"""Where the English place-noun rules of ``places._latin_context`` are tried (round 28, speed).

Their regexes open with a long alternation of nouns (or a whitespace class before one), which
``re`` tries at nearly every position of a text.  A match that yields a hit holds its noun as a
whole word of the text (``phrases.words_of``): only the nouns the text holds as words are
looked for, by ``str.find``, and the regex is tried where they start (``finditer_from``).  A
match of a noun inside a word, which the rule drops, may be missed; it never overlaps a
match that counts (a word's inside holds no space or hyphen), so the hits are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from fieldkit.redaction.anchored import finditer_from, positions

__all__ = ["lower_place_nouns", "nouns_from_words"]

_SPACED = frozenset(str.split("village county town township district"))
_HYPHENED = frozenset(str.split("ri dong gun up eup rodongjagu"))


def nouns_from_words(
    rx: re.Pattern[str], lowered: str, folded: str, words: frozenset[str], nouns: Iterable[str]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(lowered)`` (a noun, then what the rule reads after it) at each noun of
    ``nouns`` the text holds as a word; the whole scan when the text lower-cases to another
    length (the rule then reads ``folded`` at other positions than ``lowered``)."""
    if len(lowered) != len(folded):
        return rx.finditer(lowered)
    return finditer_from(rx, lowered, positions(lowered, tuple(sorted(words.intersection(nouns)))))


def lower_place_nouns(
    rx: re.Pattern[str], folded: str, words: frozenset[str]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(folded)`` for ``places._LOWER_PLACE_NOUN`` (a whitespace and a noun, or a
    hyphen and a suffix, each a whole word): every match, from the nouns' places."""
    if len(folded.lower()) != len(folded):
        return rx.finditer(folded)
    spaced = positions(folded, tuple(sorted(words & _SPACED)))
    starts = [at - 1 for at in spaced if at]
    if "-" in folded:
        starts.extend(positions(folded, tuple(sorted("-" + w for w in words & _HYPHENED))))
    return finditer_from(rx, folded, starts)
