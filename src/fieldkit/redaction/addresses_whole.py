"""An address with the places written next to it, as one span (split from ``addresses``
in round 33, unchanged but for the Chinese province taken with its address).

The address rules find the numbers and the street; the envelope's towns, districts and
villages around them are the gazetteer's and the place rules' hits, joined here after both
have run, so that the placeholder stands for the whole address and no town is left beside it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from fieldkit.redaction.hanzi_provinces import province_before
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["whole_addresses"]

_GAP_BEFORE = ("", " ", ",", ", ")
_GAP_AFTER = (",", ", ")
_ADMIN_AFTER = lazy_pattern(
    r" (?:District|County|City|Town|Township|Province|New Area|\d{1,3}-(?:qu|li|ri|dong|cun)\b)\b"
)
"""What a place in an English address carries after it: its unit, or a numbered part of a
housing estate (Wangjing Xiyuan 3-qu: round 35)."""


def whole_addresses(folded: str, hits: list[Hit]) -> list[Hit]:
    """Each address with the places written right before or after it, as one span: an
    envelope's order in Korean and Chinese (회령시 유선동 3인민반, 남양 7인민반, 延吉市河南街
    建工小区7号楼) and English's, places after a comma (Room 301, Unit 2, 38 Jianshe Street,
    Tumen; 188 Zhengyang Road, Chengyang District, Qingdao).  A place the keep-list kept
    is no hit here, so a province stays in the text, except a Chinese one glued before the
    address (吉林省长春市...: the address is written whole, round 33).  Round 35: another
    address after a comma joins too (Building 7, Wangjing Xiyuan 3-qu, Room 1502).  The
    places next to an address are found by bisection: a long document holds thousands of places and
    hundreds of addresses (a scan of every place per address made a 2 MB document 25 times
    slower)."""
    if not any(h.label == "ADDRESS" for h in hits):
        return hits
    places = _Places([h for h in hits if _joins(h)])
    if not places.by_start:
        return hits
    out = []
    for hit in hits:
        if hit.label == "ADDRESS":
            start, end = _extended(folded, hit.start, hit.end, places)
            start = province_before(folded, start)  # 吉林省长春市...: whole (round 33)
            hit = hit._replace(start=start, end=end, core=None)
        out.append(hit)
    return out


def _joins(hit: Hit) -> bool:
    """A place, another address, or (round 35) a capitalised name the catch-all could not
    place (Building 7, Wangjing Xiyuan 3-qu, Room 1502: an estate's name)."""
    return hit.label in ("PLACE", "ADDRESS") or hit.rule == "capitalised_word"


class _Places:
    """Place hits sorted by start and by end, for bisection."""

    def __init__(self, places: list[Hit]) -> None:
        self.by_start = sorted(places, key=lambda h: h.start)
        self.starts = [h.start for h in self.by_start]
        self.by_end = sorted(places, key=lambda h: h.end)
        self.ends = [h.end for h in self.by_end]

    def ending_near(self, start: int, end: int) -> Iterator[Hit]:
        """Places ending from two characters before ``start`` to ``end``."""
        index = bisect.bisect_left(self.ends, start - 2)
        while index < len(self.ends) and self.ends[index] <= end:
            yield self.by_end[index]
            index += 1

    def starting_near(self, start: int, end: int) -> Iterator[Hit]:
        """Places starting from ``start`` to two characters after ``end``."""
        index = bisect.bisect_left(self.starts, start)
        while index < len(self.starts) and self.starts[index] <= end + 2:
            yield self.by_start[index]
            index += 1


def _extended(folded: str, start: int, end: int, places: _Places) -> tuple[int, int]:
    grown = True
    while grown:
        grown = False
        for place in places.ending_near(start, end):
            if place.start < start and (
                place.end > start or folded[place.end : start] in _GAP_BEFORE
            ):
                start, grown = place.start, True
        for place in places.starting_near(start, end):
            if place.end > end and (place.start < end or folded[end : place.start] in _GAP_AFTER):
                end, grown = place.end, True
                admin = _ADMIN_AFTER().match(folded, end)
                end = admin.end() if admin else end
    return start, end
