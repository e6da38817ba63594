"""Which of the Korean cue rules' rare anchor words a text holds: one scan for them all.

A Korean answer is some fifty characters, and most cue rules open by scanning it for their
own list of words (offices, rank words, church offices, epithets, children in birth
order ...); most answers hold none of a list, so each rule's scan finds nothing and costs
0.4-2 us.  Round 32, speed: the lists are one alternation, scanned once per text, whose
result says which lists the text holds (a bit each); a rule whose list is absent returns
at once, exactly as its own scan would have found nothing.  Only rare lists are here: a
list most answers hold (titles, kinship nouns) would make the scan cost more than it saves.

The scan stops at every character a listed word opens with and looks ahead from there,
so every place where a listed word starts is read, overlapping words too.  The alternation
is a trie (``phrases.trie_pattern``) whose optional groups are greedy, so at each place it
reads the longest listed word there, and every other listed word that starts there is a
prefix of it: the word's bits are those of the lists holding one of its prefixes.  The
result is kept on the text's view (``textview``), dropped with it when the call ends.

The titles (frequent, so no bit) are scanned the same way once per text for the three
rules that read from them (``title_starts``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.textview import current

__all__ = [
    "CHILD",
    "CHURCH",
    "EPITHET",
    "HABIT",
    "MASK",
    "OFFICE",
    "RANK",
    "RECORD",
    "SURNAME_ROLE",
    "holds",
    "lists",
    "title_starts",
]

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
EPITHET = 32
"""epithets_ko's listed epithets (털보, 짱구 ...)."""
HABIT = 64
"""epithets_ko's habit suffixes (쟁이, 꾸러기)."""
CHILD = 128
"""slots_ko's children in birth order (큰애, 둘째 ...)."""
MASK = 256
"""surnames_ko's mask characters (○, *, O, X ...)."""


def _surname_roles() -> tuple[str, ...]:
    from fieldkit.redaction.address_terms_ko import ROLES_AFTER_SURNAME

    return tuple(ROLES_AFTER_SURNAME.split())


def _church() -> tuple[str, ...]:
    from fieldkit.redaction.persons_ko import CHURCH_OFFICES

    return CHURCH_OFFICES


def _records() -> tuple[str, ...]:
    from fieldkit.redaction.strong_cues_ko import RECORD_ROLES

    return tuple(RECORD_ROLES.split("|"))


def _epithets() -> tuple[str, ...]:
    from fieldkit.redaction.epithets_ko import EPITHETS

    return tuple(EPITHETS)


def _habits() -> tuple[str, ...]:
    from fieldkit.redaction.epithets_ko import HABIT_SUFFIXES

    return HABIT_SUFFIXES


def _children() -> tuple[str, ...]:
    from fieldkit.redaction.slots_patterns_ko import BIRTH_ORDER

    return tuple(BIRTH_ORDER.split("|"))


def _masks() -> tuple[str, ...]:
    from fieldkit.redaction.surnames_ko import MASK_CHARS

    return tuple(MASK_CHARS)


_LISTS: dict[int, Callable[[], tuple[str, ...]]] = {
    OFFICE: lambda: tuple(cue_words().get("office", "ko")),
    SURNAME_ROLE: _surname_roles,
    RANK: lambda: tuple(cue_words().get("rank_word", "ko")),
    CHURCH: _church,
    RECORD: _records,
    EPITHET: _epithets,
    HABIT: _habits,
    CHILD: _children,
    MASK: _masks,
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
    rx = re.compile(_look_ahead(set(by_word), capture=True))
    return rx.findall, bits


def _look_ahead(words: set[str], *, capture: bool = False) -> str:
    """A pattern matching one character where one of ``words`` starts (group 1: the longest
    word there, with ``capture``): the word's first character, then, looking back over it,
    its opening and the trie.  Read from a first character, ``re`` skips to the next one at
    C speed: a pattern opening with a look-ahead is tried at every position (1.6 -> 1.2 us
    a Korean answer, 1.0 -> 0.4 a mixed one)."""
    trie = f"({trie_pattern(words)})" if capture else f"(?:{trie_pattern(words)})"
    return rf"{_class(w[0] for w in words)}(?<=(?={_opening(words)})(?={trie}).)"


def _opening(words: Iterable[str]) -> str:
    """What a listed word opens with: its first two characters (one for a word of one),
    as character classes, tested before the trie's branches (a class costs ``re`` one
    look-up; the branches, one per first character, are tried one by one: 3.4 -> 1.7 us a
    Korean answer)."""
    longer = [word for word in words if len(word) > 1]
    single = [word for word in words if len(word) == 1]
    pair = _class(w[0] for w in longer) + _class(w[1] for w in longer)
    return f"(?:{pair}|{_class(single)})" if single else pair


def _class(chars: Iterable[str]) -> str:
    return "[" + "".join(sorted({re.escape(ch) for ch in chars})) + "]"


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


@lru_cache(maxsize=1)
def _title_scan() -> re.Pattern[str]:
    """The look-ahead of the titles and 씨 (a title too, and ``glued_titles_ko``'s own)."""
    words = {*cue_words().get("title", "ko"), "씨"}
    return re.compile(_look_ahead(words))


def _title_anchors(folded: str) -> list[int]:
    return [match.start() for match in _title_scan().finditer(folded)]


def title_starts(folded: str) -> list[int]:
    """Where a Korean title (``cue_words`` ``title``) or 씨 starts, in order, overlapping
    ones too.  Three rules scanned the text for the titles (``titles_ko``, ``strong_cues_ko``,
    ``glued_titles_ko``): one scan now serves them, each tries its pattern only there
    (``anchored.finditer_from``, which needs a superset of where it matches; round 32,
    speed: three scans of ~2 us a Korean answer, one of ~1.5)."""
    known = current(folded)
    if known is None:
        return _title_anchors(folded)
    memo = known.memo
    anchors = memo.get(_title_anchors)
    if anchors is None:
        anchors = memo[_title_anchors] = _title_anchors(folded)
    return anchors  # type: ignore[return-value]
