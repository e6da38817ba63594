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

import bisect
import re
import unicodedata
from functools import lru_cache

from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["Folded", "fold", "fold_key"]

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d\u00ad"
_APOSTROPHES = "\u2018\u2019\u201b\u02bc\u02bb\u0060\u00b4\u2032"
_SPACES = (
    "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"
)
_MARKS = r"[\u0300-\u036f\u1160-\u11ff\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]"
"""What joins the character before it in a cluster (combining marks, medial and final jamo)."""
_CLUSTER = lazy_pattern(rf"(?s).{_MARKS}*")
_RUN = r"\x00-\x7f\u3000-\u3029\u4e00-\u9fff\uac00-\ud7a3"
"""Characters that ``_fold_char`` folds as the fast path's ``translate`` does, one to one:
ASCII, Hangul syllables and, since round 32 (speed), the CJK punctuation before its tone
marks and the Hanzi.  A Chinese line takes the slow path for one fullwidth comma (，, folded
to ","), and was then folded a Hanzi at a time."""
_PIECE = lazy_pattern(rf"(?s)([{_RUN}]+)(?!{_MARKS})|.{_MARKS}*")
"""A ``_CLUSTER``, or a run of clusters that are one ``_RUN`` character each (no mark after
it), which ``_fold_char`` folds as the fast path's ``translate`` does."""
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


@lru_cache(maxsize=1)
def _foldable_rx() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_table())) + "]")


def _foldable(text: str) -> bool:
    """Whether ``text`` holds a character ``_table`` folds (else translate keeps it as is)."""
    return _foldable_rx().search(text) is not None


@lru_cache(maxsize=8192)
def _fold_char(piece: str) -> str:
    """One cluster folded (a pure function of the cluster: the same syllables and letters
    recur in every line that takes the slow path, so it is cached)."""
    text = unicodedata.normalize("NFKC", piece)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text).translate(_table())


_LINE = lazy_pattern(r"[^\n]*\n?")


class Folded:
    """A folded copy of ``original`` and the map from folded to original offsets.

    Lines that fold one-to-one (nearly all) are translated at C speed; only a
    line with combining marks, decomposed Hangul or compatibility characters is
    folded character by character, and the offset map records just those lines.
    """

    __slots__ = ("_maps", "_slow", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        self._slow = False
        self._maps: list[tuple[int, int, list[int] | None]] = []
        if original.isascii():
            self.text = original.replace("\t", " ")
        elif _fast(original):
            # round 9, speed: translate looks every character up; most Korean and Chinese
            # text holds none of the table's, which one search finds at C speed
            self.text = original.translate(_table()) if _foldable(original) else original
        else:
            self._fold_lines(original)

    def _fold_lines(self, original: str) -> None:
        pieces: list[str] = []
        position = 0
        for line in _LINE().finditer(original):
            chunk = line.group()
            if not chunk:
                continue
            if _fast(chunk):
                folded, starts = chunk.translate(_table()), None
            else:
                folded, starts = _fold_slowly(chunk, line.start())
            self._maps.append((position, line.start(), starts))
            pieces.append(folded)
            position += len(folded)
        self.text = "".join(pieces)
        self._slow = True

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets for a folded ``[start, end)``, widened to whole clusters."""
        if not self._slow:
            return start, end
        first = self._original(start, False)
        last = self._original(end - 1, True) if end > start else first
        return first, max(last, first)

    def _original(self, index: int, upper: bool) -> int:
        """Original offset of folded ``index`` (its end when ``upper``)."""
        position = bisect.bisect_right(self._maps, (index, len(self.original) + 1, None)) - 1
        if position < 0:
            return 0
        fold_start, orig_start, starts = self._maps[position]
        if starts is None:
            return orig_start + (index - fold_start) + (1 if upper else 0)
        offset = min(index - fold_start, len(starts) - 1)
        if not upper:
            return starts[offset]
        return _cluster_end(self.original, starts[offset])


def _fast(text: str) -> bool:
    return unicodedata.is_normalized("NFKC", text) and not _NEEDS_SLOW.search(text)


def _fold_slowly(chunk: str, base: int) -> tuple[str, list[int]]:
    """A line folded cluster by cluster (``_fold_char``), with each folded character's
    original offset.  Round 31, speed: a run of ASCII characters and Hangul syllables with
    no mark after it is folded in one ``translate``, one offset per character (``_PIECE``);
    a line takes this path for one odd character, and was read a cluster at a time."""
    pieces: list[str] = []
    starts: list[int] = []
    table = _table()
    for match in _PIECE().finditer(chunk):
        if match.lastindex:
            pieces.append(match.group().translate(table))
            starts.extend(range(base + match.start(), base + match.end()))
            continue
        folded = _fold_char(match.group()) or " "
        pieces.append(folded)
        starts.extend([base + match.start()] * len(folded))
    return "".join(pieces), starts


def _cluster_end(original: str, start: int) -> int:
    match = _CLUSTER().match(original, start)
    return match.end() if match else start + 1


def fold(text: str) -> str:
    """The folded form of ``text`` (what detectors see)."""
    return Folded(text).text


_KEY_DROP = re.compile(r"[\s\-'.]+")


@lru_cache(maxsize=65536)
def fold_key(text: str) -> str:
    """A comparison key: folded, lower-case, without spaces, hyphens or apostrophes."""
    return _KEY_DROP.sub("", text if text.isascii() else fold(text)).casefold()
