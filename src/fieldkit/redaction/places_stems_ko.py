"""South Korean neighbourhoods named without their suffix, and industrial complexes (issue 11,
round 12).

A resettled woman names where she works the way everyone does: 인천 남동공단에서, 반월공단,
시화산단, a 동 without its 동 before a shop (신림 X버거, 목동 X커피에서).  ``places_dong_ko``
finds a listed 동 only with its suffix and, when the name is also a word (목동), only before a
verb of living or a home; this module adds two constructions, each opened on a rare anchor and
read back to the word before it:

* ``<place>공단``, ``<place>산단``, ``<place>산업단지``: the complex takes a place's name (a
  gazetteer spelling or a listed 동's stem: 남동, 반월, 구로); 공단 alone is also a public
  corporation (국민연금공단), whose first word is no place, so the name must be one;
* ``<동 or its stem> <shop>``: a listed 동 (목동) or the stem of one (신림 for 신림동) as its
  own word right before a word ending in a shop or workplace noun (메가커피에서, X밥버거,
  편의점); a stem that is a common word (중앙, 시내) says nothing and is left.  Uncertain:
  listed for review.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.places_dong_ko import dong_or_stem, dong_province
from fieldkit.redaction.resources import Resources

__all__ = ["stem_places"]

_COMPLEX = re.compile(r"국가(?:산업단지|산단|공단)|산업단지|산단|공단")
"""An industrial complex (국가 first, as the optional prefix was tried; round 13: an
alternation that opens with a literal in every branch is scanned for at C speed)."""
_SHOP = lazy_pattern(
    r"\s+[가-힣A-Za-z]*(?:커피|카페|편의점|마트|치킨|버거|피자|식당|빵집|미용실|네일|"
    r"노래방|피시방|PC방|찜질방|분식|김밥|국밥|호프|집|공장|물류|센터점|점)"
    r"(에서|에|으로|로|서)?(?:는|도|만)?(?![가-힣])"
)
"""A word that ends in a shop or workplace noun, with at most a locative after it."""
_SHOP_NOUN = re.compile(
    "커피|카페|점|마트|치킨|버거|피자|식당|집|미용실|네일|방|분식|김밥|국밥|호프|공장|물류"
)
"""What every ``_SHOP`` match holds (편의점, 센터점 hold 점; 빵집 집; the four 방 rooms 방): a text
without any has no word before a shop to read (round 14, speed: three Korean passages in
four)."""
_WORD = re.compile(r"[가-힣](?<![가-힣].)[가-힣]{1,3}(?=\s)")
"""A Hangul word of two to four syllables before a space (the look-behind after its first
syllable: round 13, speed)."""


def _place_stem(stem: str, res: Resources) -> bool:
    """A gazetteer spelling (Hangul) or a listed 동, 읍 or 면 with this stem."""
    if stem in res.gaz_hangul or stem in res.gaz_marked:
        return True
    return any(dong_province(stem + end) is not None for end in "동읍면")


def _complexes(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _COMPLEX.finditer(folded):
        start = match.start()
        while start and "가" <= folded[start - 1] <= "힣":
            start -= 1
        stem = folded[start : match.start()]
        if not 2 <= len(stem) <= 4 or not _place_stem(stem, res):
            continue
        yield Hit(
            start=start,
            end=match.end(),
            label="PLACE",
            detector="context",
            rule="complex_ko",
            uncertain=False,
        )


def _named(word: str, shop: re.Match[str], res: Resources) -> bool:
    """A listed 동 (a common word, 목동, only when a locative follows the shop: 목동
    X커피에서), or the stem of one that is no common word (신림)."""
    if dong_province(word) is not None and word[-1] in "동읍면가":
        return word not in res.lex_ko_common or shop.group(1) is not None
    return word not in res.lex_ko_common and dong_province(word + "동") is not None


def _before_shops(folded: str, res: Resources) -> Iterator[Hit]:
    if _SHOP_NOUN.search(folded) is None:
        return
    may_be_named = dong_or_stem()  # what ``_named`` needs whatever the shop (round 12, speed)
    for match in _WORD.finditer(folded):
        word = match.group()
        if word not in may_be_named:
            continue
        shop = _SHOP().match(folded, match.end())
        if shop is None or not _named(word, shop, res):
            continue
        yield Hit(
            start=match.start(),
            end=match.end(),
            label="PLACE",
            detector="context",
            rule="dong_stem_ko",
            uncertain=True,
        )


def stem_places(folded: str, res: Resources) -> Iterator[Hit]:
    """Industrial complexes and 동 named by their stem before a shop (see the module doc)."""
    yield from _complexes(folded, res)
    yield from _before_shops(folded, res)
