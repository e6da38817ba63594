"""A two-syllable given name typed with a space inside it (round 26).

향숙이는 화장실에 숨었어요 names her; a woman typing in haste, or a transcriber hearing a
pause, writes the same name 향 숙이랑 or 순 희가 elsewhere in the passage, and no rule reads a
name there: each half alone is a syllable, and 순 or 희 is no name a rule finds.  So a
two-syllable Hangul given name a rule found is a seed of propagation in its spaced form too,
found again only as a whole word with at most a particle a person takes after it (향 숙이랑,
순 희가, 순 희 말로는), never inside a longer word (순 희망 is "pure hope").
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.namelike_ko import namelike_syllables

__all__ = ["SPACED_KEY", "spaced_after", "spaced_seed"]

SPACED_KEY = "\x05"
"""A seed key that starts with this is a given name spelled with a space: ``spaced_after``."""

_AFTER = lazy_pattern(
    r"(?:이가|이는|이를|이랑|이하고|이하구|이한테|이도|이네|가|는|를|도|랑|이랑|하고|하구|"
    r"한테|에게|의|이|은|을)?(?![가-힣])"
)
"""A person's particle, the affectionate 이 before one, or none, then the word ends."""


def spaced_seed(surface: str, hit: Hit) -> str | None:
    """The key of the spaced spelling of a two-syllable given name (향숙 -> 향 숙), or None:
    only a name both of whose syllables are frequent in given names, found as a person
    by a rule that is sure of it."""
    if hit.label != "PERSON" or hit.uncertain or len(surface) != 2:
        return None
    if not all("가" <= s <= "힣" for s in surface):
        return None
    syllables = namelike_syllables()
    if not all(s in syllables for s in surface):
        return None
    return SPACED_KEY + surface[0] + " " + surface[1]


def spaced_after(text: str, end: int) -> bool:
    """The spaced name ends its word here, bare or with a person's particle (향 숙이랑)."""
    found = _AFTER().match(text, end)
    if found is None:
        return False
    particle = found.group()
    if particle.startswith("이") and len(particle) > 1:
        return korean.final_consonant(text[end - 1])  # 숙이랑: the affectionate 이
    return True
