"""A surname an official record writes in capitals before a hyphenated given name (round 34).

Asylum decisions and case files write the family name in capitals: Applicant HAN Ok-ryon,
Ms AN Sun-hui.  HAN and AN are English words too (the Han Chinese, "an"), so the surname
rules, which read Title case, leave them; before a Korean given name they are her surname,
and left they would name her family in the export.
"""

from __future__ import annotations

import re

from fieldkit.redaction.resources import Resources

__all__ = ["capitals_surname_before"]

_CAPITALS_BEFORE = re.compile(r"(?<![\w-])([A-Z]{1,5}) $")


def capitals_surname_before(folded: str, start: int, res: Resources) -> int:
    """Where the person starts whose hyphenated given name starts at ``start``: at the
    capitals before it when they spell a Korean surname (``sur_ko_latin``)."""
    found = _CAPITALS_BEFORE.search(folded, max(0, start - 7), start)
    if found is None or found.group(1).lower() not in res.sur_ko_latin:
        return start
    return found.start(1)
