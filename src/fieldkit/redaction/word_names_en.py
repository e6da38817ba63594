"""An English word that is a given name, as the subject of a person's verb (issue 11,
round 26).

Women who settle in the South or work with churches take English names that are words:
Hope, Grace, Joy, Star, Ruby, Summer.  Inside a sentence the catch-all flags the capital;
opening one, a capital says nothing, so "Hope found me first" and "Star told me to wait"
were kept.  The grammar decides as it does for months (``months_en``): a word that is
also a given name, opening a clause and followed by a verb whose subject is a person
(told, paid, found, married ...), is a ``PERSON``, uncertain (the word is ordinary).
"Hope came", "Grace is enough" stay words.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.months_en import MONTH_NAMES, PERSON_VERBS
from fieldkit.redaction.resources import Resources

__all__ = ["find_word_names"]

_VERBS = f"{PERSON_VERBS} found finds"
_SUBJECT = lazy_pattern(
    rf"(?:^|(?<=[.!?;:\n]\s)|(?<=\band\s)|(?<=[\"“]))"
    rf"([A-Z][a-z]+) (?:(?:also|always|often|never|then|once|later|still|just|even|first) )?"
    rf"(?:{'|'.join(_VERBS.split())})\b"
)
_CAPITAL = lazy_pattern(r"(?<![A-Za-z'])[A-Z][a-z]+")


@lru_cache(maxsize=1)
def _word_names(lexicon: frozenset[str]) -> frozenset[str]:
    """Given names that the English word list holds as words (hope, grace, star), less
    the months (``months_en`` reads those)."""
    return frozenset(n for n in data.given_en() if n in lexicon) - MONTH_NAMES


def find_word_names(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """Hope found me: a word-name as the subject of a person's verb (module doc)."""
    names = _word_names(res.lex_en)
    if not words & names:
        return
    starts = (m.start() for m in _CAPITAL().finditer(folded) if m.group().casefold() in names)
    for match in finditer_from(_SUBJECT(), folded, starts):
        yield person_by_cue(*match.span(1), "word_name_subject", True)
