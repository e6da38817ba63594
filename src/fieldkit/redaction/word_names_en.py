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


@lru_cache(maxsize=1)
def _word_names(lexicon: frozenset[str]) -> frozenset[str]:
    """Given names that the English word list holds as words (hope, grace, star), less
    the months (``months_en`` reads those)."""
    return frozenset(n for n in data.given_en() if n in lexicon) - MONTH_NAMES


def find_word_names(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """Hope found me: a word-name as the subject of a person's verb (module doc)."""
    present = words & _word_names(res.lex_en)
    if not present:
        return
    for match in finditer_from(_SUBJECT(), folded, _capitalised(folded, present)):
        yield person_by_cue(*match.span(1), "word_name_subject", True)


def _capitalised(folded: str, present: frozenset[str]) -> list[int]:
    """Where a word-name the text holds starts capitalised and whole (no lower-case letter
    after it): at a place where ``_SUBJECT`` matches, exactly where its word is one of the
    names (that word, a space after it, is one of the text's ``words``).  Round 32, speed:
    every capital of 38 of the 136 English bench passages was matched and folded before,
    since "will", "soon" and "young" let a text in; ``str.find`` reads the few names."""
    starts = []
    for name in present:
        word = name.capitalize()
        at = folded.find(word)
        while at >= 0:
            if not "a" <= folded[at + len(word) : at + len(word) + 1] <= "z":
                starts.append(at)
            at = folded.find(word, at + 1)
    return starts
