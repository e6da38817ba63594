"""Whom someone resembles is a person (round 26).

나보고 이영애 닮았다고: a full name the frequency lexicon holds (an actress's, so the
catch-all keeps it) before 닮다 "to look like" is a person's name, whoever she is: a
surname and two given-name syllables (``korean.name_shaped``) right before 닮았, 닮은, 닮아.
Redacted uncertain, for the review (a famous name identifies no witness, but the review
decides that, not the lexicon).  A kin word (엄마 닮았어요) is no surname and two
given-name syllables, so it never reaches here; a young animal in 아지 (강아지 닮았다) stays.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_resembled_ko"]

_RESEMBLED = lazy_pattern(r"(?<![가-힣])([가-힣]{3})(?:을|를)?\s?닮(?:았|은|아|고|는)")


def find_resembled_ko(folded: str, res: Resources) -> list[Hit]:
    """A full name in the lexicon before 닮다 (module doc), uncertain."""
    out: list[Hit] = []
    if "닮" not in folded:
        return out
    for match in _RESEMBLED().finditer(folded):
        name = match.group(1)
        if name.endswith("아지"):
            continue  # 강아지, 송아지: a young animal, what a nickname is made of
        if name in res.lex_ko and name[0] in res.sur_ko_hangul and korean.name_shaped(name, res):
            out.append(person_by_cue(match.start(1), match.end(1), "resembled", True))
    return out
