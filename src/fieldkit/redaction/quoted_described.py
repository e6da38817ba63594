"""A quoted name with a bracket that describes its bearer (round 34).

Field notes and intake forms give a broker or a buyer by the name women used, in quotes,
and what is known of the person in a bracket after it: '독수리'(조선족 男, 40대), '여우'(본명
모름), "Mama Kim" (한족 여성).  The quoted word is often an everyday one (an animal, a fox), so
no word list calls it a name; the bracket does: a sex, an age, a nationality or 본명 (the real
name) is said of a person, never of a place or a thing.
"""

from __future__ import annotations

from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_described_names"]

_QUOTED_THEN_BRACKET = lazy_pattern(
    r"['‘\"“]([가-힣]{1,6}|[\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z .'-]{0,20}[A-Za-z])['’\"”]"
    r"\s?[(（]([^)）\n]{1,40})[)）]"
)
_SAID_OF_A_PERSON = lazy_pattern(
    r"男|女|\d{1,2}\s?(?:세|살|대)|본명|실명|조선족|한족|중국인|남자|여자|남성|여성"
    r"|아줌마|아저씨|할머니|할아버지|브로커|\b(?:male|female|real name|aged?|broker)\b"
)
"""What a bracket says only of a person: a sex, an age, a nationality, the real name."""


def find_described_names(folded: str, res: Resources) -> list[Hit]:
    """Quoted names whose bracket describes a person (``_SAID_OF_A_PERSON``): certain."""
    del res  # the bracket decides, not a word list
    if "(" not in folded and "（" not in folded:
        return []
    out: list[Hit] = []
    for match in _QUOTED_THEN_BRACKET().finditer(folded):
        if _SAID_OF_A_PERSON().search(match.group(2)) is None:
            continue
        out.append(person_by_cue(*match.span(1), "quoted_name_described", uncertain=False))
    return out
