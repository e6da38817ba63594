"""What the learned flagger sees of a Korean text: its tokens and each token's features.

The flagger (``flagger``) is a conditional random field over the words of a text, trained
on the annotated development passages (``bench/flagger_train.py``).  Training and tagging
must describe a word the same way, so both read this module; a change here changes what the
shipped model means, which is why ``FEATURES_VERSION`` is recorded beside the model and a
test fails when they differ.

A token is a run of Hangul, Latin letters, Hanzi or digits, or one other character.  A
Hangul token is described by its stem and particles (``korean.split_particle``: 명숙이가 ->
명숙 + 이가), the stem's first and last syllables, its length, and what the engine's tables
say of it (a surname first, given-name syllables, an ordinary word, a frequent word, a place
of the gazetteer, a keep-list word); then the words around it.  The word itself is not a
feature (``_describe``): the model learns how names sit in sentences, not which names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from fieldkit.redaction import korean
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.resources import Resources

__all__ = [
    "FEATURES_VERSION",
    "Described",
    "Token",
    "describe",
    "described",
    "features",
    "sentences",
    "tokens",
]

FEATURES_VERSION = "1"

_TOKEN = re.compile(r"[가-힣]+|[A-Za-z]+|[\u4e00-\u9fff]+|[0-9]+|\S")


_SENTENCE = re.compile(r"[^\n.!?。！？]+[.!?。！？]*")


def sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) for each sentence or line of the text.  The model reads one
    sentence at a time, in training and in use: most sentences of a testimony name nobody,
    and a model that saw only whole annotated passages (nearly all with a name) would
    expect one in every short answer."""
    return [(m.start(), m.group()) for m in _SENTENCE.finditer(text)]


class Token(NamedTuple):
    start: int
    end: int
    text: str


def tokens(text: str, offset: int = 0) -> list[Token]:
    """The text's tokens with their offsets (plus ``offset``: where ``text`` starts in a
    longer one)."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]


def _script(word: str) -> str:
    first = word[0]
    if "가" <= first <= "힣":
        return "H"
    if first.isascii() and first.isalpha():
        return "L"
    if "\u4e00" <= first <= "\u9fff":
        return "Z"
    if first.isdigit():
        return "D"
    return "P"


class _Tables(NamedTuple):
    surnames: frozenset[str]
    given: frozenset[str]


def _tables() -> _Tables:
    return _Tables(korean.common_surnames(), korean.given_syllables())


def _describe(word: str, res: Resources, tables: _Tables) -> list[str]:
    """The features of one Hangul word on its own, without position.  Not the word itself
    nor its stem: a model that learns which words were names in the development passages
    (하나원 annotated by some writers and not by others) learns those passages; one that
    sees shapes (first and last syllables, length, particles, what the tables say) and
    neighbours learns how names sit in Korean sentences."""
    script = _script(word)
    if script != "H":
        return ["t=" + script, "w=" + (word.lower() if script == "L" else word)[:12]]
    stem, tail = korean.split_particle(word)
    size = len(stem)
    given = sum(ch in tables.given for ch in stem)
    out = [
        "t=H",
        "p=" + tail,
        "n=" + str(min(size, 5)),
        "f1=" + stem[0],
        "f2=" + stem[:2],
        "tl=" + tail[-1:],
        "l1=" + stem[-1],
        "l2=" + stem[-2:],
        "g=" + str(min(given, 3)) + "/" + str(min(size, 4)),
    ]
    if stem[0] in tables.surnames:
        out.append("sur")
        if size in (2, 3) and all(ch in tables.given for ch in stem[1:]):
            out.append("sur+given")
    if stem in res.lex_ko:
        out.append("lex")
    if stem in res.lex_ko_common:
        out.append("common")
    if stem in res.gaz_hangul or stem in res.gaz_marked:
        out.append("gaz")
    if stem in res.keep_native:
        out.append("keep")
    if size >= 2 and korean.ordinary(stem, res):
        out.append("ord")
    return out


def _context(word: str) -> list[str]:
    """The short description a neighbour contributes (its stem, particles and script)."""
    script = _script(word)
    if script != "H":
        return ["t=" + script, "w=" + (word.lower() if script == "L" else word)[:12]]
    stem, tail = korean.split_particle(word)
    return ["t=H", "s=" + stem, "p=" + tail, "l1=" + stem[-1]]


# The second item of both descriptions is what the pair features join: a Hangul word's
# stem (a neighbour) or particles (the word itself), another script's word.


_OFFSETS = ("-2:", "-1:", "+1:", "+2:")
_EDGES = tuple([tag + "edge"] for tag in _OFFSETS)


class Described(NamedTuple):
    """What one word contributes wherever it stands: its own description, its four
    descriptions as a neighbour (one per offset), and the key the pair features join."""

    own: list[str]
    near: tuple[list[str], ...]
    key: str


_WORDS: WordCache[str, Described] = WordCache(limit=8192)
"""Each word's description, kept across calls (``memory.WordCache``: bounded, emptied by
``forget_texts``).  Sentences a text has never shown are still made of words seen before
(particles, verbs, the interviewer's questions), and describing a word was two thirds of
the flagger's own work on a sentence read for the first time; the lists are shared, never
changed (``features`` copies them into each row).  About 2 KB a word: 8,192 words hold the
frequent ones of a long document and stay under 20 MB."""


def describe(word: str, res: Resources) -> Described:
    """The word's description, made afresh (``flagger_items`` keeps its own encoding)."""
    return _word(word, res, _tables())


def _word(word: str, res: Resources, tables: _Tables) -> Described:
    near = _context(word)
    return Described(
        _describe(word, res, tables), tuple([tag + f for f in near] for tag in _OFFSETS), near[1]
    )


def features(words: list[str], res: Resources) -> list[list[str]]:
    """One feature list per word: its own description and its neighbours' (two each side).

    Each distinct word is described once (``_WORDS``, across calls): a long answer repeats
    its words, and so do the answers of one interview."""
    parts = [described(w, res) for w in words]
    return [_row(parts, i) for i in range(len(parts))]


def described(word: str, res: Resources) -> Described:
    """The word's description (kept in ``_WORDS``)."""
    return _WORDS.derived(res, word, describe)  # ``WordCache.derived`` (round 31)


def _row(parts: list[Described], i: int) -> list[str]:
    """The features of the word at ``i``: its own, its neighbours', and the two pairs."""
    mine = parts[i]
    last = len(parts) - 1
    row = ["b", *mine.own]
    for k, j in enumerate((i - 2, i - 1, i + 1, i + 2)):
        row.extend(parts[j].near[k] if 0 <= j <= last else _EDGES[k])
    if i > 0:
        row.append("-1|0:" + parts[i - 1].key + "|" + mine.own[1])
    if i < last:
        row.append("0|+1:" + mine.own[1] + "|" + parts[i + 1].key)
    return row
