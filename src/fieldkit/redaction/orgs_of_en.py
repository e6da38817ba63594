"""English organisation names built with "of" (Bridge of Hope, Wings of Freedom).

Split from ``orgs.py`` (round 17, which had grown past 430 lines): the rule reads only
capitalised Latin words around " of " and shares nothing with the kind-noun rules there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["of_runs"]


_OF_AFTER = re.compile(r" of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?![\w'])")
_OF_BEFORE = lazy_pattern(r"(?<![\w'])((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)$")


_WORD_BEFORE = lazy_pattern(r"([A-Za-z]+)[ ,]+$")
_CAPITAL_AFTER = lazy_pattern(r"[ :]+[A-Z]")


def _title_case_line(folded: str, at: int) -> bool:
    """Most longer words of the line are capitalised: a heading, not a sentence."""
    start = folded.rfind("\n", 0, at) + 1
    end = folded.find("\n", at)
    words = re.findall(r"[A-Za-z]{4,}", folded[start : end if end >= 0 else len(folded)])
    return len(words) >= 6 and sum(w[0].isupper() for w in words) * 10 >= len(words) * 7


def of_runs(folded: str, res: Resources) -> Iterator[Hit]:
    """Bridge of Hope, Wings of Freedom: a name built with "of" between capitalised words is
    an organisation (uncertain), mid-sentence only, unless the keep-list holds it whole
    (Ministry of State Security) or its tail is kept or a place (of Korea, of Jilin).
    Anchored on " of ", then read back: a pattern opening with a capital is tried at
    every position of every English text."""
    for after in _OF_AFTER.finditer(folded):
        head = _OF_BEFORE().search(folded, max(0, after.start() - 40), after.start())
        if head is None:
            continue
        start, end, tail = head.start(1), after.end(), after.group(1)
        before = _WORD_BEFORE().search(folded, max(0, start - 20), start)
        if before is None or not before.group(1).islower():
            continue  # a Title Case heading (Source of Anxiety) is no name
        if _CAPITAL_AFTER().match(folded, end) or _title_case_line(folded, start):
            continue
        if res.keep_latin.get(folded[start:end]) is not None or tail in res.keep_latin:
            continue
        if res.gaz_latin.get(tail) is not None:
            continue
        yield Hit.at((start, end), label="ORG", detector="org", rule="of_run", uncertain=True)
