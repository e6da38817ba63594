"""Find many fixed phrases in a text fast, without a per-character Python loop.

Python's ``re`` tries the branches of a big alternation one after another, so a
regex of thousands of place names is slow.  Instead each phrase is indexed by
its first word; a text's distinct words are collected once (``findall``, C
speed), intersected with the index, and only the phrases whose first word is
present are compiled into a (cached) regex.  Native-script phrases (Hangul,
Hanzi) are looked up by the caller in plain dicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Generic, TypeVar

from fieldkit.redaction.normalize import fold, fold_key

__all__ = ["PhraseIndex", "words_of"]

V = TypeVar("V")
_WORD = re.compile(r"[a-z0-9]+")
_SPLIT = re.compile(r"[\s\-'.]+")


def words_of(folded: str) -> frozenset[str]:
    """The distinct lower-case ASCII words of a folded text."""
    return frozenset(_WORD.findall(folded.lower()))


def _phrase_regex(phrase: str) -> str:
    tokens = [t for t in _SPLIT.split(phrase) if t]
    body = r"[\s\-'.]*".join(re.escape(t) for t in tokens)
    if phrase.endswith("."):
        body += r"\.?"
    return body


class PhraseIndex(Generic[V]):
    """Whole-word Latin phrases -> values, matched case-insensitively.

    A phrase in ``caps`` only matches where the text capitalises it, for names
    that are also ordinary words ("Anak", "Bayan").
    """

    def __init__(self, phrases: dict[str, V], caps: frozenset[str] = frozenset()) -> None:
        self._values: dict[str, V] = {}
        self._by_first: dict[str, set[str]] = {}
        self._caps = {fold_key(c) for c in caps}
        for phrase, value in phrases.items():
            folded = fold(phrase).strip()
            words = _WORD.findall(folded.lower())
            if not words:
                continue
            self._values.setdefault(fold_key(folded), value)
            self._by_first.setdefault(words[0], set()).add(folded)
        self._compiled = lru_cache(maxsize=256)(self._compile)

    def __contains__(self, text: str) -> bool:
        return fold_key(text) in self._values

    def get(self, text: str) -> V | None:
        """The value for a phrase (any case, spacing or hyphenation)."""
        return self._values.get(fold_key(text))

    def _compile(self, firsts: frozenset[str]) -> re.Pattern[str]:
        phrases = {p for first in firsts for p in self._by_first[first]}
        ordered = sorted(phrases, key=lambda p: (-len(p), p))
        body = "|".join(_phrase_regex(p) for p in ordered)
        return re.compile(rf"(?<![A-Za-z0-9])(?:{body})(?![A-Za-z0-9])", re.IGNORECASE)

    def find(self, folded: str, words: frozenset[str]) -> Iterator[tuple[int, int, V]]:
        """``(start, end, value)`` for every phrase occurring in ``folded``."""
        present = words & self._by_first.keys()
        if not present:
            return
        for match in self._compiled(frozenset(present)).finditer(folded):
            key = fold_key(match.group())
            if key in self._caps and not match.group()[0].isupper():
                continue
            value = self._values.get(key)
            if value is not None:
                yield match.start(), match.end(), value
