"""A café or shop named by its brand where someone works (issue 11, round 12).

Where a woman works part-time locates her: X커피에서 알바해요, X치킨에서 일했어요.  A brand
glued to its kind (커피, 치킨, 버거, 피자, 베이커리) is a shop's name when
the sentence says someone works there: the word with a locative (에서, 서), then within two
words a verb of working (알바, 일하다, 근무, 아르바이트).  The rule opens on that verb (rare)
and reads back.  The kinds ``orgs.tsv`` lists (카페, 마트, 편의점) are left to ``orgs.py``,
which redacts the name before them and keeps the kind (행복편의점 -> [기관-1]편의점).

Never: the kind alone or spaced after a word (동네 치킨집에서 일해요: no brand), a closed word
or a where-word glued before it (우리커피, 학교베이커리), or a shop without a work verb
(X커피에서 만났어요: a meeting place says less, and a brand alone is too often a chain's).
"""

from __future__ import annotations

import re

from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_shop_orgs"]

_WORK = re.compile(r"알바|아르바이트|일했|일해|일하|일을|근무")
"""A word for working; it opens its word, which the rule reads back (round 13: a
look-behind first was tried at every position of a long document)."""


_SHOP_BEFORE = lazy_pattern(
    r"(?<![가-힣A-Za-z])([가-힣A-Za-z]{2,8}?)(커피|치킨|밥버거|버거|피자|베이커리)"
    r"(?:에서|서)(?:는|도|만)?\s(?:[가-힣]{1,4}\s){0,2}$"
)

_WHERE = frozenset(
    ("동네", "학교", "회사", "시내", "근처", "역앞", "병원", "공항", "단지", "아파트")
)
"""Where a shop is, glued to its kind (학교베이커리, 동네치킨): no brand.  A brand is often an
ordinary noun (달빛, 하늘), so the dictionary is no test here."""


def find_shop_orgs(folded: str, res: Resources) -> list[Hit]:
    """<brand><kind>에서 ... 알바 (see the module doc)."""
    out: list[Hit] = []
    del res
    for work in _WORK.finditer(folded):
        if work.start() and "가" <= folded[work.start() - 1] <= "힣":
            continue  # inside a word
        shop = _SHOP_BEFORE().search(folded, max(0, work.start() - 40), work.start())
        if shop is None:
            continue
        brand = shop.group(1)
        if brand in closed_words("ko") or brand in _WHERE:
            continue
        out.append(
            Hit(
                start=shop.start(1),
                end=shop.end(2),
                label="ORG",
                detector="context",
                rule="shop_ko",
                uncertain=True,
            )
        )
    return out
