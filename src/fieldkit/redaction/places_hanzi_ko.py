"""A village written in Hanzi with its Korean place suffix (issue 11, round 14).

A Korean speaker who lived in a Chinese village often writes its name as the sign did, in
Hanzi, and adds the Korean word for what it is: 东风촌, 新兴진, 青松리 ("X village",
"X town").  The Hanzi alone is often an ordinary Chinese word (东风 "east wind", 青松
"green pine"), which the Hanzi catch-all keeps; the glued Hangul suffix says it is a place, as
촌, 진, 향 and 리 do after a Hangul name.  The span is the name with its suffix, as the
gazetteer's spans are (동풍촌).  Never a kept word (中国촌) or a run glued to more Hanzi.
Anchor: a Hanzi character followed by one of the suffixes (rare outside such names).
"""

from __future__ import annotations

from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["find_hanzi_villages"]

_VILLAGE = lazy_pattern(
    r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(촌|진|향|리|툰|마을)"
    r"(?=$|[^가-힣]|에|으로|로|은|는|이|가|을|를|의|도|까지|부터|사람|쪽|근처)"
)
"""2-4 Hanzi, a Korean place suffix, then a particle, a place word or no Hangul."""


def find_hanzi_villages(folded: str, res: Resources) -> list[Hit]:
    """东风촌, 新兴진: a Hanzi name and a Korean place suffix (see the module doc); the
    caller runs this on texts with both Hanzi and Hangul."""
    out: list[Hit] = []
    starts = (start for start, _ in view(folded).hanzi_runs)  # round 17, speed
    for match in finditer_from(_VILLAGE(), folded, starts):
        name = match.group(1)
        if name in res.keep_native:
            continue
        out.append(
            Hit.at(
                match.span(),
                label="PLACE",
                detector="cue",
                rule="hanzi_village_ko",
                uncertain=name in res.lex_zh and match.group(2) == "리",
                core=match.span(1),
            )
        )
    return out
