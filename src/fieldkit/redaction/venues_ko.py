"""A venue named after the town it stands in (issue 11, round 18).

심양 서탑에 있는 모란각에서 해금이 언니를 만났어요: "the X in <town>" is a named place of
business or a landmark, whatever its name looks like (모란각 has no kind noun a business
rule could read).  The word after ``<a listed town>에 있는`` that is followed by a locative
particle or a copula is redacted as an ``ORG``, uncertain where it is also a word; never a
kind noun (식당, 교회: the business rules read the name before it), a closed word, a
kinship or role noun, or a verb form.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import kind_noun_length, korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["find_venues_ko"]

_VENUE = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,5})에\s있(?:는|던)\s([가-힣]{2,6}?)"
    r"(?:에서|에|으로|로|이에요|예요|이었[가-힣]{0,4}|였[가-힣]{0,4}|이요|요|인데|이고)(?![가-힣])"
)
"""<town>에 있는 X에서: the word after a town and 에 있는; the copula with any ending
(모란각이었는데요, 모란각이었고: round 29), not only 이었어요."""


def find_venues_ko(folded: str, res: Resources) -> list[Hit]:
    """Venues after a listed town and 에 있는 (module doc)."""
    out: list[Hit] = []
    if "있" not in folded:
        return out
    for match in _VENUE().finditer(folded):
        town, name = match.group(1), match.group(2)
        if town not in res.gaz_hangul and town not in res.gaz_marked:
            continue
        if _no_venue(name, res):
            continue
        out.append(
            Hit.at(
                match.span(2),
                label="ORG",
                detector="cue",
                rule="venue_in_town",
                uncertain=name in res.lex_ko or korean.ordinary(name, res),
            )
        )
    return out


def _no_venue(name: str, res: Resources) -> bool:
    if name in closed_words("ko") or name in korean_nouns() or kind_noun_length(name):
        return True  # 식당, 노래방, 진달래식당: the kind, or a name the business rules read
    if name in res.gaz_hangul or name in res.keep_native:
        return True  # 연길에 있는 화룡: a town, the gazetteer's
    return korean.verb_like(name, res)
