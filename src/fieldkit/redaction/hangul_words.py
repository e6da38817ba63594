"""One table of a text's Hangul words for the rules that walk every one of them.

The gazetteer, the name-like words and the bare 동 each walked the text's Hangul words
(``textview``'s runs), sliced each and asked their own cached question of it; about one word
in ten passes any of them.  Each registers its question of a word alone (``register``, at
import), and ``words`` answers all of them for a text in one walk: one slice and one look-up
a word, the answers kept per word (``_FACTS``: bounded, emptied with the other word caches)
and the table on the text's view, dropped when the call ends (round 32, speed).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["Word", "register", "words"]

Word = tuple[int, int, str]
"""A Hangul word's start, end and text."""

_TESTS: list[Callable[[str, Resources], bool]] = []
_FACTS: WordCache[str, int] = WordCache()
"""The registered tests' answers for each word, one bit each, kept across calls."""


def register(test: Callable[[str, Resources], bool]) -> int:
    """Add a rule's question of a word alone (a pure function of the word and the tables);
    the number to pass to ``words``.  The answers kept before it lack its bit: dropped."""
    _TESTS.append(test)
    _FACTS.forget_words()
    return len(_TESTS) - 1


def words(folded: str, res: Resources, test: int) -> list[Word]:
    """The Hangul words of ``folded`` (each run of ``[가-힣]``) for which the registered
    ``test`` holds, in order."""
    memo = view(folded).memo
    kept = cast("tuple[Resources, list[list[Word]]] | None", memo.get(words))
    if kept is None or kept[0] is not res or len(kept[1]) != len(_TESTS):
        kept = (res, _table(folded, res))
        memo[words] = kept
    return kept[1][test]


def _table(folded: str, res: Resources) -> list[list[Word]]:
    lists: list[list[Word]] = [[] for _ in _TESTS]
    facts = _FACTS.of(res)
    for start, end in view(folded).hangul_runs:
        token = folded[start:end]
        bits = facts.get(token)
        if bits is None:
            bits = facts[token] = _bits(token, res)
        if bits:
            word = (start, end, token)
            for index, found in enumerate(lists):
                if bits >> index & 1:
                    found.append(word)
    return lists


def _bits(token: str, res: Resources) -> int:
    return sum(1 << index for index, test in enumerate(_TESTS) if test(token, res))
