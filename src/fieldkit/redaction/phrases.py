"""Find many fixed phrases in a text fast, without a per-character Python loop.

Python's ``re`` tries the branches of a big alternation one after another, so a
regex of thousands of place names is slow.  Instead each phrase is indexed by
its first word; a text's distinct words are collected once (``findall``, C
speed), intersected with the index, and only the phrases whose first word is
present are compiled into a (cached) regex.  Native-script phrases (Hangul,
Hanzi) are looked up by the caller in plain dicts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from collections.abc import Set as AbstractSet
from functools import lru_cache
from itertools import chain
from typing import Any, Generic, TypeVar

from fieldkit.redaction.normalize import fold, fold_key

__all__ = ["CASE_TWINS", "PhraseIndex", "longest_first", "trie_pattern", "words_of"]

V = TypeVar("V")
_WORD = re.compile(r"[a-z0-9]+")
_SPLIT = re.compile(r"[\s\-'.]+")
_WORD_AT = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+")
_LOWER_WORD = re.compile(r"[a-z0-9]+")
CASE_TWINS = "\u0130\u0131\u017f\u212a"
"""The characters other than ASCII that ``re.IGNORECASE`` matches with an ASCII letter or digit
(İ, ı, ſ and the Kelvin sign K; a test reads every code point for them)."""
_TWIN = re.compile(f"[{CASE_TWINS}]")
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
"""What ``str.isascii() and str.isalnum()`` holds of one character (``PhraseIndex.find``)."""
_SEPARATOR = "\x00"
"""Between a first word and a second in ``_gate``'s entries (no word holds it)."""


_WORD_CHARS = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789")
_WORD_BYTES = bytes(c if c in _WORD_CHARS else 32 for c in range(256))
"""Every byte but an ASCII lower-case letter or digit made a space (``words_of``)."""


def words_of(folded: str) -> frozenset[str]:
    """The distinct lower-case ASCII words of a folded text: ``_WORD.findall`` of it lower-cased
    (the runs of ``[a-z0-9]``).  Round 28, speed: read as bytes, each other character one
    byte (``?`` for a character beyond ASCII) made a space, then split, all at C speed."""
    lowered = folded.lower().encode("ascii", "replace").translate(_WORD_BYTES)
    return frozenset(lowered.decode("ascii").split())


def _phrase_regex(phrase: str) -> str:
    tokens = [t for t in _SPLIT.split(phrase) if t]
    body = r"[\s\-'.]*".join(re.escape(t) for t in tokens)
    if phrase.endswith("."):
        body += r"\.?"
    return body


def trie_pattern(words: frozenset[str] | set[str]) -> str:
    """An alternation of literal words as a trie (``ta(?:xi|nk)``, not ``taxi|tank``):
    Python's ``re`` tries a flat alternation's branches one by one at every position, a
    trie lets it fail after one character; six times faster over a long text."""
    return _trie(words, _literal_edge)


def _literal_edge(char: str, rest: str) -> str:
    return re.escape(char) + rest


def _trie(words: Iterable[str], edge: Callable[[str, str], str]) -> str:
    """``trie_pattern`` with each character and what follows it written by ``edge``."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root, edge)


def longest_first(words: Iterable[str]) -> str:
    """An alternation of literal words that tries the longer of two words first, as
    ``"|".join`` of the words sorted longest first does: as a trie (``trie_pattern``) when
    no word holds a letter with a case (Hangul, Hanzi), which is the same regex, faster
    (round 9, speed); as that flat alternation otherwise.

    The same: the words that match at a position all lie on one path of the trie (one
    character is read at a time), and its optional groups are greedy, so they are tried
    longest first, as in the sorted alternation.  Under ``re.IGNORECASE`` two branches
    of a trie could read the same character, hence the flat form for cased words."""
    unique = set(words)
    if all(w.lower() == w.upper() for w in unique):
        return trie_pattern(unique)
    return "|".join(re.escape(w) for w in sorted(unique, key=lambda w: (-len(w), w)))


def _emit(node: dict[str, dict], edge: Callable[[str, str], str]) -> str:  # type: ignore[type-arg]
    parts = [edge(char, _emit(child, edge)) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=4096)
def _present_regex(words: frozenset[str]) -> re.Pattern[str]:
    """The first words present in one text, for lower-cased text (fast literal scan)."""
    return re.compile(rf"{trie_pattern(words)}(?![a-z0-9])")


def _openings(first: str, phrases: list[str]) -> tuple[str, ...]:
    """``_gate``'s entries for the phrases opening with ``first``: the word and each phrase's
    second word, or the word alone when a phrase has no second word of ASCII letters and
    digits that its first token (the word itself) is followed by."""
    seconds = set()
    for phrase in phrases:
        tokens = [t for t in _SPLIT.split(phrase) if t]
        second = tokens[1].lower() if len(tokens) > 1 else ""
        if tokens[0].lower() != first or not (second.isascii() and _LOWER_WORD.fullmatch(second)):
            return (first + _SEPARATOR,)
        seconds.add(second)
    return tuple(sorted(first + _SEPARATOR + second for second in seconds))


@lru_cache(maxsize=4096)
def _gate(index: PhraseIndex[Any], present: frozenset[str]) -> re.Pattern[str]:
    """Where a phrase of ``index`` may begin in lower-cased text holding the first words
    ``present``: a first word, whole, followed (when every phrase of that word has a second
    word made of ASCII letters and digits only) by one of those second words after the
    phrases' separators (``PhraseIndex._openings``).  One trie, so a position is read once."""
    openings = chain.from_iterable(index.openings(word) for word in present)
    return re.compile(_trie(openings, _gate_edge))


def _gate_edge(char: str, rest: str) -> str:
    """The first word ends at ``_SEPARATOR``: what follows it is only looked at (so that a
    match is the first word, as ``_present_regex``'s are)."""
    if char == _SEPARATOR:
        return rf"(?![a-z0-9])(?=[\s\-'.]*{rest})"
    return re.escape(char) + rest


class PhraseIndex(Generic[V]):
    """Whole-word Latin phrases -> values, matched case-insensitively.

    A phrase in ``caps`` only matches where the text capitalises it, for names
    that are also ordinary words ("Anak", "Bayan"); an acronym in ``upper`` only
    where it is in capitals ("SIM" card, not the surname "Sim"), unless another
    phrase is spelled the same but for case and dots ("AM" and "A.M.").
    """

    def __init__(
        self,
        phrases: dict[str, V],
        caps: frozenset[str] = frozenset(),
        upper: frozenset[str] = frozenset(),
    ) -> None:
        self._values: dict[str, V] = {}
        self._by_first: dict[str, list[str]] = {}
        self._caps = {fold_key(c) for c in caps}
        self._upper = {fold_key(u) for u in upper} - {
            fold_key(p) for p in phrases if p not in upper
        }
        self._regex: dict[str, re.Pattern[str]] = {}
        self._first_regex: dict[str, re.Pattern[str]] = {}
        for phrase, value in phrases.items():
            folded = fold(phrase).strip()
            words = _WORD.findall(folded.lower())
            if not words:
                continue
            self._values.setdefault(fold_key(folded), value)
            self._by_first.setdefault(words[0], []).append(folded)
        self._openings: dict[str, tuple[str, ...]] = {}  # ``openings``
        for first, group in self._by_first.items():
            group.sort(key=len, reverse=True)
            self._by_first[first] = list(dict.fromkeys(group))

    def __contains__(self, text: str) -> bool:
        return self.get(text) is not None

    def get(self, text: str) -> V | None:
        """The value for a phrase (any case, spacing or hyphenation; acronyms in capitals)."""
        key = fold_key(text)
        if key in self._upper and not text.isupper():
            return None
        return self._values.get(key)

    def _phrase(self, phrase: str) -> re.Pattern[str]:
        regex = self._regex.get(phrase)
        if regex is None:
            regex = re.compile(rf"(?:{_phrase_regex(phrase)})(?![A-Za-z0-9])", re.IGNORECASE)
            self._regex[phrase] = regex
        return regex

    def openings(self, first: str) -> tuple[str, ...]:
        """``_gate``'s entries for the phrases opening with ``first`` (``_openings``).  Made
        for every first word at once on first use, not at start-up (the gazetteer has
        thousands), and never word by word: what is kept says nothing of the texts read."""
        if not self._openings:
            self._openings = {w: _openings(w, group) for w, group in self._by_first.items()}
        return self._openings[first]

    def _first(self, first: str) -> re.Pattern[str]:
        """One regex for all the phrases opening with ``first``: each phrase's own regex
        (``_phrase``) as a numbered group, longest first.  At a position its match is the
        match of the first phrase whose own regex matches there (the branches are tried in
        order and nothing follows them), and ``lastindex`` says which phrase (round 12,
        speed: one regex call per word instead of one per phrase)."""
        regex = self._first_regex.get(first)
        if regex is None:
            branches = (
                rf"((?:{_phrase_regex(phrase)})(?![A-Za-z0-9]))" for phrase in self._by_first[first]
            )
            regex = re.compile("|".join(branches), re.IGNORECASE)
            self._first_regex[first] = regex
        return regex

    def _value_at(self, match: re.Match[str]) -> V | None:
        """The value of a phrase matched in the text, unless its case rules it out."""
        key = fold_key(match.group())
        if key in self._caps and not match.group()[0].isupper():
            return None
        if key in self._upper and not match.group().isupper():
            return None
        return self._values.get(key)

    def find(self, folded: str, words: frozenset[str]) -> Iterator[tuple[int, int, V]]:
        """``(start, end, value)`` for every phrase occurring in ``folded``, longest first.

        Round 31, speed: the keep-list's index is read at a dozen words of every text, so
        the loop reads ``_first`` and ``_value_at`` inline (its cached regex, its case
        tests) and the word boundary before a first word by one set lookup."""
        present = words & self._by_first.keys()
        if not present:
            return
        by_first, regexes, values = self._by_first, self._first_regex, self._values
        caps, upper = self._caps, self._upper
        last_end = 0
        for word in self._first_words(folded, present):
            start = word.start()
            if start < last_end or (start and folded[start - 1] in _ASCII_ALNUM):
                continue
            first = word.group().lower()
            candidates = by_first.get(first)
            if not candidates:
                continue
            found = (regexes.get(first) or self._first(first)).match(folded, start)
            if found is None:
                continue
            text = found.group()
            key = fold_key(text)
            if (key in caps and not text[0].isupper()) or (key in upper and not text.isupper()):
                value = None
            else:
                value = values.get(key)
            if value is None:
                found, value = self._later(folded, start, candidates, found)
            if value is not None:
                last_end = found.end()
                yield start, last_end, value

    def _later(
        self, folded: str, start: int, candidates: list[str], found: re.Match[str]
    ) -> tuple[re.Match[str], V | None]:
        """The first phrase after the one ``found`` (ruled out by its case) that matches at
        ``start`` with a case that allows it, and its value."""
        for phrase in candidates[(found.lastindex or 1) :]:
            match = self._phrase(phrase).match(folded, start)
            if match is not None:
                value = self._value_at(match)
                if value is not None:
                    return match, value
        return found, None

    def _first_words(self, folded: str, present: AbstractSet[str]) -> Iterator[re.Match[str]]:
        """The first words of phrases in the text, where a phrase may begin.

        Round 17, speed: a first word counts only where it is followed by a second word one
        of its phrases continues with (``_gate``): "the" opens "the Tumen", "the North" ...,
        and most of a text's "the", "a", "man" open none, yet each cost a regex and a
        lookup.  The gate reads the lower-cased text, which is the phrases' case-blind
        match only when no character of the text is a case twin of an ASCII letter or digit
        (``CASE_TWINS``); otherwise every occurrence of a first word counts, as before."""
        lower = folded.lower()  # once (round 12, speed): it was lowered twice
        if len(lower) != len(folded):
            return _WORD_AT.finditer(folded)
        if not folded.isascii() and _TWIN.search(folded):  # round 28, speed: isascii is read
            return _present_regex(frozenset(present)).finditer(lower)
        return _gate(self, frozenset(present)).finditer(lower)
