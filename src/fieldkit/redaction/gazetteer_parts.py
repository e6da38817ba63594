"""Parts of the gazetteer's scans (``gazetteer``, split off in round 32 to keep it short):
the openings of its spellings (a word or a position that opens none holds no place, and
the scans skip it without a call) and what stands around a Hanzi name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fieldkit.redaction.hanzi_provinces import province_ends_at
from fieldkit.redaction.resources import Resources

__all__ = ["SHORT", "hangul_openings", "hanzi_openings", "island", "surname_start"]

SHORT = 6  # syllables tried at every word that opens a spelling (round 9)

T = TypeVar("T")


def _per_tables(build: Callable[[Resources], T]) -> Callable[[Resources], T]:
    """``build(res)``, kept for each ``Resources`` it was asked of: data derived from the
    engine's own tables, holding nothing of a text (``forget_texts`` leaves it)."""
    kept: dict[int, tuple[Resources, T]] = {}

    def of(res: Resources) -> T:
        found = kept.get(id(res))
        if found is None or found[0] is not res:
            found = kept[id(res)] = (res, build(res))
        return found[1]

    of.__doc__ = build.__doc__
    return of


@_per_tables
def hangul_openings(res: Resources) -> tuple[frozenset[str], frozenset[str], int]:
    """The first two characters of every Hangul spelling: a word opening none is no place
    (round 9, speed); the first seven of the longer ones and the longest length (round 30:
    연변조선족자치주 and 231 more of 7-15 syllables were never tried; now past six when a
    word's first seven open one)."""
    spellings = (*res.gaz_hangul, *res.gaz_marked)
    longer = frozenset(w[: SHORT + 1] for w in spellings if len(w) > SHORT)
    longest = max(map(len, spellings), default=SHORT)
    return frozenset(w[:2] for w in spellings), longer, longest


@_per_tables
def hanzi_openings(res: Resources) -> frozenset[str]:
    """The first two characters of every Hanzi and marked spelling.  The Hanzi scan tries
    up to seven names at each position of a run, each a call; every name it tries there,
    and the name without a closing suffix that ``_hanzi`` may look up instead, opens with
    the position's two characters: a position whose two open no spelling is skipped whole
    (round 32, speed: three calls in four of a Chinese pass's ``_hanzi`` found nothing)."""
    return frozenset(w[:2] for w in (*res.gaz_hanzi, *res.gaz_marked))


def _is_hanzi(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def island(folded: str, start: int, end: int) -> bool:
    """A Hanzi name alone among Hangul (적봉, 중국말로 赤峰 밑에; 赤峰 시골): a Korean writer
    switches script for a name more often than for a word, so even a frequent word's spelling
    is an uncertain place there, listed for review (round 12)."""
    if (start and _is_hanzi(folded[start - 1])) or (end < len(folded) and _is_hanzi(folded[end])):
        return False
    left = folded[max(0, start - 3) : start].rstrip(" ")
    right = folded[end : end + 3].lstrip(" ")
    return bool(left and "가" <= left[-1] <= "힣") or bool(right and "가" <= right[0] <= "힣")


def surname_start(folded: str, start: int, res: Resources) -> int | None:
    """Where a surname just before a word-like name starts (欧阳建华, 姚青山: a person); not
    the last character of a province before its city (内蒙古赤峰: round 33)."""
    if province_ends_at(folded, start):
        return None
    if start > 1 and folded[start - 2 : start] in res.sur_zh_hanzi:
        return start - 2
    if start > 0 and folded[start - 1] in res.sur_zh_hanzi:
        return start - 1
    return None
