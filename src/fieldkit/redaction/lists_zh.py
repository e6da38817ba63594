"""Chinese lists of people a count introduces (issue 11, round 14, second wave).

A Chinese record names several people after their count and kind: 另外两名女子春姬、美子,
三个人张伟、小红和阿明.  When one item of such a 、-list is already a redacted person, the
count and the person noun say what the others are: given names written alone (美子, 秀子),
which no surname or suffix rule reads.  Two signs are needed, as for Korean lists
(``lists_people_ko``): the counted person noun right before the list and a found name in
it; an item that is already another label (a place) is left alone.
"""

from __future__ import annotations

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["counted_people_zh"]

_HAN = "\u4e00-\u9fff"
_COUNT = "一二两三四五六七八九十几数"
_PEOPLE = "女子|男子|妇女|女人|男人|女孩|姑娘|孩子|人|同伴|朋友|同乡|嫌疑人"
_LIST = lazy_pattern(
    rf"[{_COUNT}\d]+(?:名|个|位)(?:{_PEOPLE})[：:，,]?"
    rf"((?:[{_HAN}]{{2,3}}、)+[{_HAN}]{{2,3}}?)(?=[、和与及在被，,。；]|$)"
)
_ITEM = lazy_pattern(rf"[{_HAN}]{{2,3}}")


def _covering(hits: list[Hit], start: int, end: int) -> Hit | None:
    return next((h for h in hits if h.start <= start and end <= h.end), None)


def _overlaps(hits: list[Hit], start: int, end: int) -> bool:
    return any(h.start < end and start < h.end for h in hits)


def counted_people_zh(text: str, hits: list[Hit]) -> list[Hit]:
    """The unfound items of a counted 、-list with one found person (module docstring)."""
    out: list[Hit] = []
    if "、" not in text:
        return out
    for match in _LIST().finditer(text):
        base = match.start(1)
        items = [(base + m.start(), base + m.end()) for m in _ITEM().finditer(match.group(1))]
        found = [_covering(hits, s, e) for s, e in items]
        if not any(h is not None and h.label == "PERSON" for h in found):
            continue
        for (start, end), hit in zip(items, found, strict=True):
            if hit is None and not _overlaps(hits, start, end):
                out.append(
                    Hit(
                        start=start,
                        end=end,
                        label="PERSON",
                        detector="cue",
                        rule="counted_list_zh",
                        uncertain=True,
                    )
                )
    return out
