"""A business named by numbers or by Latin letters with numbers (round 27: 88노래방, 7080이라는
노래주점, V8 노래방).

Korean and Chinese signs often name a karaoke, a bar, an inn or a restaurant by a number (88,
7080: the songs of the seventies and eighties) or by a letter and a number (V8, K2).  The
kind-noun rules read a Hangul or Hanzi word before the noun, and the Latin rule a capitalised
word of letters only, so these names were left.  A run of two to four digits, or of one to
three letters joined to digits, glued or spaced before a venue noun (or before (이)라는 and
the noun) is the venue's name.  Only venues, whose signs carry such names: a number before a
factory or a school (3공장, 제2공장) is its count or its rank, and a Hangul syllable, a digit
or a sign of a date or an address (-, /, :, .) right before the run stops the rule (제2공장,
2024.05 식당, 010-88 식당).
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["find_numbered_venues"]

_VENUES = (
    "노래방|노래주점|노래연습장|가라오케|KTV|ktv|단란주점|룸살롱|나이트|클럽|술집|주점|호프|다방|"
    "카페|커피숍|식당|반점|음식점|여관|여인숙|모텔|호텔|민박|사우나|찜질방|안마방|안마소|마사지|"
    "피시방|PC방|pc방|편의점|마트|슈퍼|미용실"
)
_NUMBERED = lazy_pattern(
    r"(?<![0-9A-Za-z가-힣\-/:.,])([0-9]{2,4}|[A-Za-z]{1,3}[0-9]{1,4}|[0-9]{1,4}[A-Za-z]{1,3})"
    rf"(?:이라는|라는|이란|란)?\s?(?:{_VENUES})"
)


def find_numbered_venues(folded: str) -> Iterator[Hit]:
    """The numbered names before a venue noun (see the module doc); the caller runs this on
    texts with a digit and Hangul only."""
    for match in _NUMBERED().finditer(folded):
        yield Hit.at(match.span(1), label="ORG", detector="org", rule="number_before_venue_ko")
