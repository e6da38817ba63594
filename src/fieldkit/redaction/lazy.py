"""Regular expressions compiled on first use instead of at import.

Start-up (import + ``Redactor.default()``) compiled some four hundred patterns,
about a third of it in ``re``'s Python-level charset builder (a ``[가-힣]`` or
Hanzi class costs 0.3-0.7 ms each, several times that under ``re.I``).  Most of
them serve rules that an ordinary Korean or English answer never reaches: a
Chinese-only rule, a gate that opens on a rare literal.  Those are declared with
``lazy_pattern`` and compiled the first time a rule asks for one; the patterns
that nearly every call uses stay eager, so the first redaction does not pay the
start-up's saving back.  Each getter is a ``functools.cache`` of one
``re.compile``: the same pattern, flags and matches as before (``LAZY`` lists
them for the test that checks it).

Round 28, speed: 44 more, each 0.3-3 ms to compile, that no English passage of the
development corpus reaches and at most 3% of the Korean ones: the Chinese and mixed-script
rules (``doubled_zh``, ``chinese``, ``places_hanzi``, a Hanzi run in ``textview``, a Hangul
name glossed in English in ``cues_en`` and ``islands_mixed``) and rare ones
(``chat_labels._HANDLE``, ``orgs_schools_ko._LEVEL``, ``apposed_ko``'s seven, each behind a
literal gate, ``addresses._BEFORE_UNITS``) and four English ones a Korean answer seldom
reaches (``catchall._CAP_TOKEN``); about 55 ms of the start-up, paid by the first Chinese,
mixed or English call, or the first that opens a gate, instead (``test_redaction_speed_r28_startup``
lists them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

LAZY: list[tuple[str, int, Callable[[], re.Pattern[str]]]] = []
"""Every lazily compiled pattern: its source, its flags and its getter."""


def lazy_pattern(pattern: str, flags: int | re.RegexFlag = 0) -> Callable[[], re.Pattern[str]]:
    """A getter that compiles ``pattern`` on its first call and returns it ever after."""

    @cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    LAZY.append((pattern, int(flags), compiled))
    return compiled
