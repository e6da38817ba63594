"""Normalisation before matching, with a way back to the caller's offsets.

Every detector runs on a *folded* copy of the text: NFKC, diacritics removed
(``ŏ`` -> ``o``), every dash folded to ``-``, every apostrophe to ``'``, every
space to `` ``.  Almost all real text folds one character to one character, so
the fast path is a single ``str.translate`` (C speed) and offsets carry over
unchanged.  Text with combining marks, decomposed Hangul or compatibility
characters takes a slower path that records where each folded character came
from.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["Folded", "fold", "fold_key"]

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad"
_APOSTROPHES = "\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032"
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)
_CLUSTER = re.compile(r"(?s).[\u0300-\u036f\u1160-\u11ff\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]*")
_NEEDS_SLOW = re.compile(r"[\u0300-\u036f\u1100-\u11ff\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]")


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """One-to-one folds for Latin letters with diacritics and for punctuation."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = "".join(
            c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != chr(code):
            table[code] = base
    table.update({ord(c): "-" for c in _DASHES})
    table.update({ord(c): "'" for c in _APOSTROPHES})
    table.update({ord(c): " " for c in _SPACES})
    table[0x201C] = table[0x201D] = '"'
    return table


def _fold_char(piece: str) -> str:
    text = unicodedata.normalize("NFKC", piece)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text).translate(_table())


class Folded:
    """A folded copy of ``original`` and the map from folded to original offsets."""

    __slots__ = ("_starts", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self._starts: list[int] | None = None
        if original.isascii():
            self.text = original.replace("\t", " ")
        elif unicodedata.is_normalized("NFKC", original) and not _NEEDS_SLOW.search(original):
            self.text = original.translate(_table())
        else:
            self._fold_slowly(original)
        if self._starts is None and len(self.text) != len(original):
            self._fold_slowly(original)

    def _fold_slowly(self, original: str) -> None:
        pieces: list[str] = []
        starts: list[int] = []
        for match in _CLUSTER.finditer(original):
            folded = _fold_char(match.group()) or " "
            pieces.append(folded)
            starts.extend([match.start()] * len(folded))
        starts.append(len(original))
        self.text = "".join(pieces)
        self._starts = starts

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets for a folded ``[start, end)``, widened to whole clusters."""
        if self._starts is None:
            return start, end
        starts = self._starts
        last = starts[end] if end < len(starts) else len(self.original)
        if end > 0 and last <= starts[end - 1]:
            last = _cluster_end(self.original, starts[end - 1])
        return starts[start], last


def _cluster_end(original: str, start: int) -> int:
    match = _CLUSTER.match(original, start)
    return match.end() if match else start + 1


def fold(text: str) -> str:
    """The folded form of ``text`` (what detectors see)."""
    return Folded(text).text


_KEY_DROP = re.compile(r"[\s\-'.]+")


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """A comparison key: folded, lower-case, without spaces, hyphens or apostrophes."""
    return _KEY_DROP.sub("", text if text.isascii() else fold(text)).casefold()
