"""Chinese provinces written before the places inside them, glued, as an address does.

A Chinese address and a police record name the province first, with no space: 吉林省长春市,
辽宁省丹东市宽甸县, 内蒙古自治区赤峰市.  A rule that reads a place's name back from its suffix
(市, 县, 街) takes a few characters and would take the province's tail with them (林省长春市:
吉 left before the placeholder, a city that does not exist named in the text): the name
starts after the province (round 33).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import data

__all__ = ["after_province", "province_before", "province_ends_at"]

_PROVINCE_TAIL = r"(?:省|(?:壮族|回族|维吾尔)?自治区)?"
_MARKS = ("省", "自治区")


@lru_cache(maxsize=1)
def _provinces_zh() -> re.Pattern[str]:
    names = sorted(
        (s for s in data.provinces() if "\u4e00" <= s[0] <= "\u9fff"), key=len, reverse=True
    )
    return re.compile(f"(?:{'|'.join(names)}){_PROVINCE_TAIL}")


def after_province(folded: str, start: int, suffix: int) -> int:
    """Where a name starts that the stem took from behind a province: a Chinese address
    names the province first, glued (吉林省长春市, 辽宁省丹东市, 内蒙古自治区赤峰市), and
    the four characters back from 市 held the province's tail (林省长春市 left 吉 before the
    placeholder and named a city that does not exist: round 33).  A province's bare name
    that opens the stem may open the place's own (河南街道, 河北村), and one that reaches the
    suffix is the place's (吉林市, 河南屯): only one with its 省 or 自治区, or one the stem
    starts inside, is cut off."""
    for match in _provinces_zh().finditer(folded, max(0, start - 6), suffix):
        inside = match.start() < start < match.end()
        marked = match.start() == start and match.group().endswith(_MARKS)
        if (inside or marked) and match.end() < suffix:
            start = match.end()
    return start


def province_ends_at(folded: str, index: int) -> bool:
    """A province's spelling closes right before ``index`` (内蒙古 before 赤峰: its last
    character is no surname opening a person's name)."""
    return province_before(folded, index) < index


def province_before(folded: str, index: int) -> int:
    """Where a province written right before ``index`` starts (吉林省 of 吉林省长春市...,
    or round 38 with its 省 and a space, 黑龙江省 鸡西市), or ``index``: an address is taken
    whole with it, as a Korean one is (round 33)."""
    for match in _provinces_zh().finditer(folded, max(0, index - 9), index):
        if match.end() == index:
            return match.start()
        spaced = match.end() == index - 1 and folded[match.end()] == " "
        if spaced and match.group().endswith(_MARKS):
            return match.start()  # 黑龙江省 鸡西市 ...: written with a space (round 38)
    return index
