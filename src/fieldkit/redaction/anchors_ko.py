"""Which of the Korean cue rules' anchor words a text holds: one scan for them all.

A Korean answer is some fifty characters, and most cue rules open by scanning it for their
own list of words (titles, offices, role and kinship nouns); most answers hold none of a
list, so each rule's scan finds nothing and costs 1-3 us.  Round 32, speed: the lists
are one alternation, scanned once per text, whose result says which lists the text holds
(a bit each); a rule whose list is absent returns at once, exactly as its own scan would
have found nothing.

The scan is a look-ahead tried at every position, so every place where a listed word
starts is read, overlapping words too; the alternation is longest first
(``cuewords.alternation``), so at each place it reads the longest listed word there, and
every other listed word that starts there is a prefix of it: the word's bits are those of
the lists holding one of its prefixes.  The result is kept on the text's view
(``textview``), dropped with it when the call ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from fieldkit.redaction.cuewords import alternation, cue_words
from fieldkit.redaction.textview import current

__all__ = ["CHURCH", "OFFICE", "RANK", "RECORD", "SURNAME_ROLE", "holds", "lists"]

OFFICE = 1
"""``office`` (ko): surnames_ko's glued offices."""
SURNAME_ROLE = 2
"""address_terms_ko's role nouns after a Chinese surname."""
RANK = 4
"""``rank_word`` (ko): ranks_ko's and strong_cues_ko's rank rules."""
CHURCH = 8
"""persons_ko's church offices (선교사, 집사 ...)."""
RECORD = 16
"""strong_cues_ko's roles of a formal statement (피해자, 진술인 ...)."""


def _surname_roles() -> tuple[str, ...]:
    from fieldkit.redaction.address_terms_ko import _ROLES

    return tuple(_ROLES.split())


def _church() -> tuple[str, ...]:
    from fieldkit.redaction.persons_ko import _CHURCH

    return _CHURCH


def _records() -> tuple[str, ...]:
    from fieldkit.redaction.strong_cues_ko import _RECORD_ROLES

    return tuple(_RECORD_ROLES.split("|"))


_LISTS: dict[int, Callable[[], tuple[str, ...]]] = {
    OFFICE: lambda: tuple(cue_words().get("office", "ko")),
    SURNAME_ROLE: _surname_roles,
    RANK: lambda: tuple(cue_words().get("rank_word", "ko")),
    CHURCH: _church,
    RECORD: _records,
}
"""The lists: rare in an answer (each in about one in ten), so their rules mostly return
at once; a frequent list (titles, kinship nouns) would cost the scan more than it saves."""


@lru_cache(maxsize=1)
def lists() -> dict[int, frozenset[str]]:
    """Each list's words, by its bit."""
    return {bit: frozenset(words()) for bit, words in _LISTS.items()}


@lru_cache(maxsize=1)
def _scan() -> tuple[Callable[[str], list[str]], dict[str, int]]:
    """The look-ahead's ``findall`` and each word's bits (its own and its prefixes')."""
    by_word: dict[str, int] = {}
    for bit, words in lists().items():
        for word in words:
            by_word[word] = by_word.get(word, 0) | bit
    bits = {}
    for word in by_word:
        found = 0
        for end in range(1, len(word) + 1):
            found |= by_word.get(word[:end], 0)
        bits[word] = found
    firsts = "".join(sorted({re.escape(word[0]) for word in by_word}))
    rx = re.compile(rf"(?=[{firsts}])(?=({alternation(tuple(by_word))}))")
    return rx.findall, bits


def _lists_held(folded: str) -> int:
    findall, bits = _scan()
    held = 0
    for word in findall(folded):
        held |= bits[word]
    return held


def holds(folded: str, bit: int) -> bool:
    """Whether ``folded`` holds a word of the list ``bit`` (the text's lists are read
    once, on the first rule's question, for the text being redacted)."""
    known = current(folded)
    if known is None:
        return bool(_lists_held(folded) & bit)
    memo = known.memo
    held = memo.get(_lists_held)
    if held is None:
        held = memo[_lists_held] = _lists_held(folded)
    return bool(held & bit)  # type: ignore[operator]
