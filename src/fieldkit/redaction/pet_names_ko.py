"""Names only the affectionate 이 shows: a Chinese name in Hanzi, a doubled syllable (round 35).

Korean adds 이 to a given name that ends in a consonant and then the particle (建国이가,
빙빙이가); after a common noun or a place the particle follows directly (延吉에서, 빙빙
돌다).  The Hangul rules read the 이 after Hangul names (``cues_ko``, ``affectionate_ko``);
a Chinese name written in Hanzi (建国 is also "founding the nation", 海燕 "petrel") and a
child's doubled-syllable name (冰冰 as 빙빙, 冬冬 as 둥둥: words for spinning and floating)
fell outside them, and were kept silently with the 이 beside them.  이랑 is left out: it is
also the plain "and" after a consonant (延吉이랑 도문).
"""

from __future__ import annotations

from fieldkit.redaction.cuewords import gazetteer_entry
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view
from fieldkit.redaction.things_named_ko import noun_in_i

__all__ = ["find_pet_names"]

_AFTER_I = r"이(?:가|는|한테|에게|네|도|를|하고|랑은)(?![가-힣])"
_HANZI_THEN_I = lazy_pattern(rf"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{{2,3}}){_AFTER_I}")
_DOUBLED_THEN_I = lazy_pattern(rf"(?<![가-힣])(([가-힣])\2){_AFTER_I}")


def find_pet_names(folded: str, res: Resources) -> list[Hit]:
    """Hanzi names and doubled syllables before the affectionate 이 and a particle: certain,
    since no adverb (빙빙 "round and round") or common noun takes that 이."""
    if "이" not in folded:
        return []
    out: list[Hit] = []
    hanzi = _HANZI_THEN_I().finditer(folded) if view(folded).has_hanzi else ()
    for match in hanzi:  # (most Korean text has no Hanzi: no scan for it)
        if gazetteer_entry(match.group(1), res) is None:
            out.append(person_by_cue(*match.span(1), "hanzi_affectionate_i", uncertain=False))
    for match in _DOUBLED_THEN_I().finditer(folded):
        if not noun_in_i(match.group(1) + "이", res):  # 꿍꿍이가: a noun in 이 (a scheme)
            out.append(person_by_cue(*match.span(1), "doubled_affectionate_i", uncertain=False))
    return out
