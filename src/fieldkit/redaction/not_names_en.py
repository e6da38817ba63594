"""English: a capitalised word used as an adjective is no name (issue 11, round 11, precision).

The catch-all flags a capitalised word mid-sentence even when it is an ordinary word, since
given names are words too (June, Grace).  On new writers' testimony its false positives were
mostly nationality and origin words before a noun: ``the Thai police``, ``a Lao driver``,
``the Cambodian border``, ``twelve NK women``, ``her SK papers``, ``the Western way``.  The
slot "determiner + capitalised word + lower-case word" holds an adjective, whoever writes;
it holds a name only when the word is one (a listed given name or a Korean or Chinese
surname: ``the Kim family``, ``the Han family`` stay flagged; round 13: the ethnic group
``a Han man``, ``Han Chinese`` and events ``the Olympics`` are dropped, ``round13_en``).
A capitalised run (``the Golden Lotus massage parlour``) is the organisation rules'
business: the next word must be lower-case.
"""

from __future__ import annotations

import re

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.plain_words_en import plain_word_en
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.round13_en import ethnic_or_event

__all__ = ["drop_adjectives"]

_NEXT = lazy_pattern(r" ([a-z]+)\b")
_DETERMINER = lazy_pattern(
    r"(?:^|(?<=[^\w]))(?:the|a|an|her|his|their|our|my|its|your|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|some|many|other|all)\s+$",
    re.IGNORECASE,
)
"""A determiner right before: the slot of an adjective before its noun (``the Thai police``,
``twelve NK women``); without one, ``and Dragon came`` may be a nickname and a verb."""


def _adjective(text: str, hit: Hit, res: Resources) -> bool:
    word = text[hit.start : hit.end]
    low = word.casefold()
    if low not in res.lex_en or low in res.given_en:
        return False
    if low in res.sur_ko_latin or low in res.sur_zh_latin:
        return False
    following = _NEXT().match(text, hit.end)
    if following is None or following.group(1) not in res.lex_en:
        return False
    return _DETERMINER().search(text, max(0, hit.start - 12), hit.start) is not None


def drop_adjectives(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """``hits`` less the catch-all's uncertain one-word hits on an ordinary English word
    followed by a lower-case word (an adjective before its noun), and the plain words of
    ``plain_words_en`` (round 14: the same April, Sunny days, became Han)."""
    return [
        hit
        for hit in hits
        if not (
            hit.detector == "catchall"
            and hit.uncertain
            and hit.label in ("PERSON", "PLACE")
            and (_adjective(text, hit, res) or ethnic_or_event(text, hit, res))
        )
        and not plain_word_en(text, hit, res)
    ]
