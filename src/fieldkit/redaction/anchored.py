"""A pattern's matches found from its rare part: the same matches, a fraction of the cost.

Python's ``re`` tries a pattern that opens with a look-behind or a long alternation at
every position of the text.  When a rarer piece of the pattern (a hyphen between
lower-case letters, a romanised title) can be found first at C speed, the positions
where the whole pattern could start are read back from it, and the pattern itself is
only tried there.  ``finditer_from`` then yields exactly what ``regex.finditer(text)``
would, as long as the candidate starts include every position where the pattern matches:
it keeps finditer's rule that a match starts at or after the end of the previous one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from fieldkit.redaction.textview import current

__all__ = [
    "char_test",
    "finditer_from",
    "hangul_word_starts",
    "literal_test",
    "matches_near",
    "phrase_starts",
    "positions",
    "starts_before",
    "starts_word",
    "word_start",
]

_WORD = re.compile(r"\w")


def finditer_from(
    regex: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for a pattern that never matches empty, given a superset of
    the positions where it can match."""
    last = 0
    for start in sorted(set(starts)):
        if start < last:
            continue
        match = regex.match(text, start)
        if match is not None:
            yield match
            last = match.end()


def word_start(text: str, end: int, chars: str = "") -> int:
    """Where the run of word characters (``\\w``, plus ``chars``) that ends at ``end`` starts."""
    start = end
    while start and (_WORD.match(text, start - 1) or text[start - 1] in chars):
        start -= 1
    return start


def starts_before(text: str, anchor: re.Pattern[str], chars: str = "") -> Iterator[int]:
    """For every match of ``anchor``, where a word ending there could start: the start of
    the run of word characters (and ``chars``) before it and, when ``chars`` holds a
    hyphen, every position just after a hyphen in that run."""
    for found in anchor.finditer(text):
        end = found.start()
        start = word_start(text, end, chars)
        yield start
        if "-" in chars:
            hyphen = text.find("-", start, end)
            while hyphen >= 0:
                yield hyphen + 1
                hyphen = text.find("-", hyphen + 1, end)


def hangul_word_starts(
    text: str, first: re.Pattern[str], pairs: frozenset[str], longest: int
) -> Iterator[int]:
    """Where a Hangul word of at most ``longest`` syllables starts that ends just before a
    word of a list, or one whitespace character before it: for every place where one of
    the list's words can start (its first character, ``first``, then its first two,
    ``pairs``, or the whole word when it has one), the start of the run of Hangul
    syllables that ends there.  These are the candidate starts of a pattern
    ``([가-힣](?<![가-힣].)[가-힣]{0,longest-1}?)(\\s?)(words)``: finding the words first
    skips every word of the text that has no listed word after it."""
    for found in first.finditer(text):
        at = found.start()
        if text[at : at + 2] not in pairs and text[at] not in pairs:
            continue
        last = at - 1
        if last >= 0 and text[last].isspace():
            last -= 1
        if last < 0 or not "가" <= text[last] <= "힣":
            continue
        start = last
        while start > last - longest + 1 and start and "가" <= text[start - 1] <= "힣":
            start -= 1
        if not (start and "가" <= text[start - 1] <= "힣"):
            yield start


def literal_test(literals: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A test whether a text holds one of ``literals``: the ``search`` of their alternation,
    whose result is true exactly when ``any(literal in text for literal in literals)`` is.
    Round 30, speed: a rule's gate of six to thirteen words was a generator resumed once per
    word (about 1.7 us on a Korean answer); one search at C speed costs a third of it."""
    words = tuple(literals)
    if not words or not all(words):
        raise ValueError("literal_test needs non-empty literals")
    return re.compile("|".join(re.escape(word) for word in words)).search


def char_test(chars: Iterable[str]) -> Callable[[str], re.Match[str] | None]:
    """A test whether a text holds one of the characters ``chars``: the ``search`` of their
    class, whose result is true exactly when ``not frozenset(chars).isdisjoint(text)`` is.
    Round 31, speed: ``isdisjoint`` makes and hashes a string of every Hangul character
    of the text (about 1.2 us on a Korean answer); the class is searched at C speed (0.2)."""
    found = sorted(set(chars))
    if not found or not all(len(ch) == 1 for ch in found):
        raise ValueError("char_test needs single characters")
    return re.compile("[" + "".join(re.escape(ch) for ch in found) + "]").search


def positions(folded: str, literals: tuple[str, ...]) -> list[int]:
    """Where any of ``literals`` occurs, in order: the rare anchors (``str.find`` runs in C;
    a pattern with a look-behind at its head is tried at every character)."""
    out = []
    for literal in literals:
        index = folded.find(literal)
        while index >= 0:
            out.append(index)
            index = folded.find(literal, index + 1)
    return sorted(out)


_CASE_ODD = ("\u0130", "\u0131", "\u017f", "\u212a")
"""The only characters an ASCII letter matches under ``re.IGNORECASE`` besides its two cases
(İ and ı for i, ſ for s, the Kelvin sign for k)."""


def phrase_starts(folded: str, phrases: tuple[str, ...]) -> list[int] | None:
    """Where any of ``phrases`` (lower-case ASCII) starts in ``folded`` read case-insensitively,
    as ``(?i:phrase)`` would match there; ``None`` when the text cannot be read so by
    ``str.find`` (it lower-cases to another length, or holds one of ``_CASE_ODD``): the
    caller then scans the whole text.  Exact otherwise: an ASCII character matches another
    case-insensitively only as its lower case (round 14, speed).  Round 31, speed: the
    lower-cased text is made once per text for its several callers (``_findable``, kept on
    the text's ``textview`` view), and the phrases are tested joined, not one by one."""
    joined = "".join(phrases)
    if not (joined.isascii() and joined == joined.lower()):
        return None
    lowered = _findable(folded)
    return None if lowered is None else positions(lowered, phrases)


def _findable(folded: str) -> str | None:
    """``folded`` lower-cased when ``str.find`` in it reads the text as ``(?i:...)`` does
    (``phrase_starts``), else ``None``; computed once for the text being redacted."""
    known = current(folded)
    memo = known.memo if known is not None else None
    if memo is not None and _findable in memo:
        return memo[_findable]  # type: ignore[return-value]
    lowered: str | None = folded.lower()
    if len(folded) != len(lowered or "") or any(c in folded for c in _CASE_ODD):
        lowered = None
    if memo is not None:
        memo[_findable] = lowered
    return lowered


def matches_near(
    folded: str, anchors: list[int], rx: re.Pattern[str], back: int, ahead: int
) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` in a window around each anchor, each once."""
    seen = 0
    for anchor in anchors:
        start = max(seen, anchor - back)
        for match in rx.finditer(folded, start, min(len(folded), anchor + ahead)):
            if match.start() >= seen:
                seen = match.end()
                yield match


def starts_word(folded: str, start: int) -> bool:
    """Whether ``start`` opens a word: no letter, digit, apostrophe or underscore before it
    (the English cue rules' patterns leave that test to the few matches; one copy since
    round 30, where three modules had their own)."""
    return start == 0 or not (folded[start - 1].isalnum() or folded[start - 1] in "'_")
