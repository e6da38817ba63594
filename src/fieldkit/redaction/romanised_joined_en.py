"""Romanised Korean given names written as one word (issue 11, round 20, set AN).

``romanised_en`` reads a given name whose syllables a hyphen or a space parts (ok-hee,
KIM OK HEE).  A message typed on a phone joins them (``hi its sunhee``, ``bring eunji
too``) and a case note writes a joined given name before its surname (``Hyesun Park
confirms``), where the capitalised rules saw one word they doubted and left the surname.

A joined given name is a word that splits into exactly two romanised syllables, each of
which reads as a syllable common in Korean given names (``name_syllables_ko.tsv``: 혜 and
선, 민 and 정), and that is no English word.  So:

* **before or after a Korean surname, capitalised** (Hyesun Park, Park Hyesun): a person,
  certain, the surname inside the span;
* **in lower case, alone** (sunhee, minjeong): a person, uncertain (for the review); read
  only in a text whose writer does not capitalise (a sentence opening in lower case: ``hi
  its``, ``ok so``), where a name goes uncapitalised too.

Both are found by patterns the ``re`` engine runs over the text (a trie of the Korean
surnames' spellings beside a capitalised word; the lower-case gate), so an English text
pays little for them (round 20: read word by word they cost English passages a tenth).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.romanised_en import romanised_syllable

__all__ = ["find_joined_given_names"]

_LOWER_WORD = lazy_pattern(r"(?<![\w@./'-])([a-z]{4,10})(?![\w@'-])")
_LOWER_OPENING = lazy_pattern(r"[.!?]\s+[a-z]")
"""A sentence that opens in lower case: the writer does not capitalise."""
_WORD_BEFORE = lazy_pattern(r"\b([A-Z][a-z]{1,9}) $")
_WORD_AFTER = lazy_pattern(r" ([A-Z][a-z]{1,9})\b")


@lru_cache(maxsize=4)
def _surname_pattern(surnames: frozenset[str]) -> re.Pattern[str]:
    """A capitalised Korean surname as a word (a trie: it fails at the first letter almost
    everywhere, so the scan stays in ``re``)."""
    trie = trie_pattern(frozenset(s.capitalize() for s in surnames if s.isalpha()))
    return re.compile(rf"(?:{trie})\b")


@lru_cache(maxsize=8192)
def _given_reading(part: str) -> bool:
    """``part`` reads as one syllable common in Korean given names (hee: 희; jeong: 정)."""
    if not romanised_syllable(part):
        return False
    given = korean.given_syllables()
    return any(len(r) == 1 and r in given for r in hangul.latin_to_hangul(part, limit=8))


@lru_cache(maxsize=8192)
def _joined_given(word: str) -> bool:
    """Two given-name syllables joined: sunhee (sun + hee), eunji (eun + ji)."""
    low = word.casefold()
    return any(
        _given_reading(low[:cut]) and _given_reading(low[cut:]) and low[:cut] != low[cut:]
        for cut in range(1, len(low))
    )


def _name(word: str, res: Resources) -> bool:
    low = word.casefold()
    return low not in res.lex_en and low.capitalize() not in res.keep_latin and _joined_given(word)


def _surname(word: str, res: Resources) -> bool:
    low = word.casefold()
    return low in res.sur_ko_latin and low not in res.function_en


def find_joined_given_names(
    folded: str, res: Resources, words: frozenset[str] | None = None
) -> Iterator[Hit]:
    """The rules of the module docstring (``words``: the text's lower-case Latin words,
    ``phrases.words_of``, if known)."""
    for surname in _surname_pattern(res.sur_ko_latin).finditer(folded):
        start, end = surname.span()
        if (start and folded[start - 1].isalpha()) or not _surname(surname.group(), res):
            continue  # inside a word, or a function word (In, We, So: round 32, speed)
        before = after = None  # round 28, speed: each regex only beside its space
        if folded.endswith((" ", " \n"), 0, start):  # its "$" also stands before a final "\n"
            before = _WORD_BEFORE().search(folded, max(0, start - 11), start)
        if folded[end : end + 1] == " ":
            after = _WORD_AFTER().match(folded, end)
        if before is not None and _name(before.group(1), res):
            start = before.start(1)
        elif after is not None and _name(after.group(1), res):
            end = after.end(1)
        else:
            continue
        yield Hit.at((start, end), label="PERSON", detector="cue", rule="joined_given_surname")
    if not folded[:1].islower() and _LOWER_OPENING().search(folded) is None:
        return
    if words is not None and not _any_name(words, res):
        return
    for match in _LOWER_WORD().finditer(folded):
        if _name(match.group(1), res):
            yield Hit.at(
                match.span(1),
                label="PERSON",
                detector="cue",
                rule="joined_given_lower",
                uncertain=True,
            )


def _any_name(words: frozenset[str], res: Resources) -> bool:
    """Whether a word of the text can be a lower-case joined given name (``_name``).
    Round 31, speed: each word ``_LOWER_WORD`` finds is one of the text's words (no letter
    or digit touches it), so where none of the distinct words is a name, the scan of
    every occurrence finds none.  Round 32, speed: the words of the English word list,
    which ``_name`` refuses first (a word of ``words`` is its own lower case), are taken
    out at C speed, not read one by one (a long lower-case text holds a thousand)."""
    return any(4 <= len(w) <= 10 and w.isalpha() and _name(w, res) for w in words - res.lex_en)
