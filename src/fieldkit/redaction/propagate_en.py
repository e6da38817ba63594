"""Propagation of a lower-case English name that is also a kept word (round 11, lane EN).

A note typed in lower case names a woman once under a naming cue (a broker called june, a
friend called may) and then writes her bare: june found her again.  The keep list holds the
month, so propagation used to skip every later "june", the person's included.  A lower-case
occurrence of a seed a naming cue found in lower case is that person again, unless it reads
as the kept word: before a digit (june 2001, may 3rd) or after a word that opens a date (in
june, since may, last june, early may).
"""

from __future__ import annotations

import re

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["named_lower_here"]

_NAMING_RULES = ("lower_named", "naming_cue", "quoted_after_naming")
_DATE_BEFORE = lazy_pattern(
    r"\b(?:in|of|since|until|till|by|last|next|early|late|mid|from|before|after|through|"
    r"during|every|this|that|each|around|about)\s+$",
    re.IGNORECASE,
)
_DATE_AFTER = lazy_pattern(r"\s*(?:,\s*)?(?:the\s+)?\d")


def named_lower_here(text: str, start: int, end: int, source: Hit) -> bool:
    """Is this kept lower-case word the person a naming cue found under the same spelling?"""
    if source.label != "PERSON" or not source.rule.startswith(_NAMING_RULES):
        return False
    word = text[start:end]
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False
    if _DATE_AFTER().match(text, end):
        return False
    return _DATE_BEFORE().search(text, max(0, start - 12), start) is None
