"""Gazetteer matching in Latin letters: Antu, Hoeryong, Tumen City, in Musan-gun.

A spelling marked as an ordinary word ("Relief", "Peace") is a place by its context,
by the same table as the Hangul and Hanzi spellings (``gazetteer.verdict``): an
administrative word or suffix after it makes it certain, a locative preposition before
it (in, to, from, near) uncertain or certain by its mark.  Split from ``gazetteer`` in
round 27, unchanged, to keep that module under the style guide's size.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.gazetteer import verdict
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.normalize import fold_key
from fieldkit.redaction.resources import Resources

__all__ = ["find_gazetteer_latin"]

_LATIN_SUFFIX = lazy_pattern(
    r"(?:\s+(?:[Cc]ounty|[Cc]ity|[Ss]tation|[Tt]own|[Tt]ownship|[Vv]illage|[Dd]istrict|"
    r"[Pp]refecture|[Bb]anner)|-(?:ri|dong|gun|si|shi|gu|guyok|up|eup|rodongjagu))(?![\w'])"
)
_CITY = re.compile(r"\s+(?:City|County|Banner)(?![\w'])")
"""Jilin City, Tumen City, Antu County, Aohan Banner: the name of the city or county, with
its administrative word as the annotation guidelines include it (the keep-list keeps Jilin,
not Jilin City); station, village and district stay outside, as the corpus annotates them."""
_LATIN_BEFORE = lazy_pattern(
    r"(?<![\w'])(?:in|to|from|near|at|into|towards?|via|outside|around|through|of)\s+$"
)


def find_gazetteer_latin(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """Latin spellings (any case, spacing or hyphenation; word-like ones capitalised)."""
    for start, end, province in res.gaz_latin.find(folded, words):
        uncertain = _latin_verdict(folded, start, end, res)
        if uncertain is None:
            continue
        city = _CITY.match(folded, end)  # Tumen City, Antu County: the name holds it
        yield Hit(
            start=start,
            end=city.end() if city else end,
            label="PLACE",
            detector="gazetteer",
            rule="latin",
            uncertain=uncertain,
            detail=province,
        )


def _latin_verdict(folded: str, start: int, end: int, res: Resources) -> bool | None:
    """Certain for a spelling that is only a name; for one marked as a word, by its context
    (``gazetteer.verdict``): a preposition before it, an administrative word after it."""
    mark = res.gaz_marked.get(fold_key(folded[start:end]), ("", ""))[1]
    if not mark:
        return False
    before = _LATIN_BEFORE().search(folded, max(0, start - 12), start) is not None
    suffix = _LATIN_SUFFIX().match(folded, end) is not None
    return verdict(mark, suffix, before, before, True)
