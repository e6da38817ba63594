"""A province's Korean reading that is also a town elsewhere (issue 11, round 38).

The keep-list holds every spelling of a province, and a province points at no one: 하남
(Henan), 해남 (Hainan).  But the same Hangul names a South Korean city or county (하남시 in
Gyeonggi, 해남군 in South Jeolla) and a town's quarter (延吉河南, Yanji's district south of
the river), where women live and work.  The development sets hold bare 하남 in a place's
slot seventeen times, sixteen of them annotated a place by writers who never saw the engine.

So a province spelling that the gazetteer also gives, with a city's or county's suffix, to
a place in another province is a place, *uncertain*, where a place's slot follows it: a
locative particle (하남에서, 하남 쪽에), or an area or a facility after it (하남 시내, 하남
초등학교, 하남 미사지구); never before 사람, as a province's people are talked of (하남
사람).  The set is derived from the data (``provinces.tsv`` and the gazetteer), not listed;
a spelling that is also a number (사천 "four thousand", Sichuan, Sacheon) is left out, and
the province with its own suffix (하남성) stays kept.  No region is shown for it: the
spelling names a province and towns in several.  ``res`` is unused: the signature is every
cue rule's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.resources import Resources

__all__ = ["find_province_homonyms"]

_RULE = "province_homonym_ko"
_SUFFIXES = "시군구"
_NUMBER = re.compile("^[일이삼사오육칠팔구]?[십백천만]$")
_SLOT = (
    r"(?:에서|에서는|에는|에|으로|로|까지|서|쪽)(?![가-힣])"
    r"|\s(?:쪽|근처|시내|동네)"
    r"|\s[가-힣]*(?:학교|지구|시장|파출소|병원|아파트)(?![가-힣]{2})"
)


@lru_cache(maxsize=1)
def _homonyms() -> tuple[Callable[[str], object] | None, re.Pattern[str] | None]:
    """The gate and the pattern of the province spellings that name a listed town of
    another province (module doc), from ``provinces.tsv`` and the gazetteer."""
    provinces = data.provinces()
    cities = data.city_spellings()
    towns: dict[str, set[str]] = {}
    for place in data.gazetteer():
        for spelling in place.hangul:
            if spelling[-1:] in _SUFFIXES:
                towns.setdefault(spelling[:-1], set()).add(place.province)
    found = sorted(
        spelling
        for spelling, province in provinces.items()
        if len(spelling) == 2
        and all("가" <= c <= "힣" for c in spelling)
        and spelling not in cities
        and not _NUMBER.match(spelling)
        and towns.get(spelling, set()) - {province}
    )
    if not found:
        return None, None
    pattern = re.compile(rf"(?<![가-힣])({'|'.join(found)})(?={_SLOT})")
    return literal_test(found), pattern


def find_province_homonyms(folded: str, res: Resources) -> list[Hit]:
    """Uncertain places where a province's spelling stands in a town's slot (module doc)."""
    gate, pattern = _homonyms()
    if gate is None or pattern is None or not gate(folded):
        return []
    return [
        Hit.at(match.span(1), label="PLACE", detector="cue", rule=_RULE, uncertain=True)
        for match in pattern.finditer(folded)
    ]
