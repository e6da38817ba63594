"""An English word before a Hangul one that makes it a thing (round 27, English precision).

An English sentence that borrows a Korean word (I can't eat 냉이; a 노텔, the little DVD
player; a string of 구슬) puts before it what no name takes: an article or a quantifier, a
verb of eating or cooking, a measure and "of".  The Hangul-island rule and the catch-all
flag such a word as a person; this tells them the sentence makes it a thing.  "of" alone is
not enough (the mother of 순희), nor are verbs a person is the object of (sold, met, made),
nor a verb that is also a role noun (the cook 영란이).
"""

from __future__ import annotations

import re

__all__ = ["thing_before"]

_THING_BEFORE = re.compile(
    r"(?:\b(?:a|an|some|any|many|much|more|few|no|other|of|eat|eats|ate|eaten|eating|cooked|cooking|"
    r"drank|drinking|boil|boiled|fry|fried|steamed|tasted)) $",
    re.IGNORECASE,
)
_VERB_AFTER_SUBJECT = re.compile(
    r"\b(?:i|we|you|they|to|can|could|would|will|mostly|often|always|never) (?:cook|drink) $",
    re.IGNORECASE,
)
"""cook and drink as verbs: after a subject or a modal (I cook 국수), not after "the"."""
_LETTER = re.compile("[a-zA-Z\u0130\u0131\u017f\u212a]")
"""What an ASCII letter matches under ``re.IGNORECASE``: itself in either case, and İ, ı
(for i), ſ (for s) and the Kelvin sign (for k).  Every word of the patterns needs one."""
_MEASURE_OF = re.compile(
    r"\b(?:lots?|plenty|bags?|bowls?|bottles?|pots?|boxe?s?|sacks?|pieces?|plates?|cups?|handfuls?|"
    r"baskets?|jars?|kilos?|packs?|packets?|strings?|kinds?|sorts?|full) of $",
    re.IGNORECASE,
)


def thing_before(folded: str, start: int) -> bool:
    """An English word before the Hangul one that makes it a thing (round 27): an article or
    a quantifier (a 노텔, too many 눈물), a verb of eating or cooking (can't eat 냉이), a
    measure (a string of 구슬).  "of" alone is not enough: the mother of 순희."""
    before = folded[max(0, start - 16) : start]
    if _LETTER.search(before) is None:
        return False  # no English word: before nearly every Hangul word (round 28, speed)
    found = _THING_BEFORE.search(before)
    if found is None:
        return _VERB_AFTER_SUBJECT.search(before) is not None
    return not found.group().casefold().startswith("of") or _MEASURE_OF.search(before) is not None
