"""Issue 11 round 17, speed: each shortcut finds exactly what the slower way found.

No rule changed.  Each test compares a shortcut with the computation it replaced (written out
here as it was) on the development passages and on invented strings glued from the pieces the
shortcut relies on: phrases' first and second words in every case, separators, the letters
``re`` matches to ASCII in any case (ı ſ K İ), Hangul and Hanzi.
``bench/redaction_outputs.py`` checks the engine."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fieldkit.redaction import phrases, round13_zh
from fieldkit.redaction.phrases import CASE_TWINS, PhraseIndex, _present_regex, words_of
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts

_PIECES = (
    " ",
    "  ",
    "-",
    "'",
    ".",
    ",",
    "\n",
    "a",
    "A",
    "a.m.",
    "A.M.",
    "am",
    "I",
    "I'm",
    "the",
    "The",
    "THE",
    "man",
    "Man",
    "he",
    "t",
    "north",
    "North",
    "NORTH",
    "Korea",
    "korean",
    "Koreans",
    "Korean",
    "Chinese",
    "south",
    "Tumen",
    "tumen",
    "River",
    "Yanji",
    "Jilin",
    "Province",
    "City",
    "US",
    "us",
    "border",
    "Ms",
    "May",
    "x",
    "3",
    "\u0130",
    "\u0131",
    "\u017f",
    "\u212a",
    "nor\u0131h",
    "\u017fouth",
    "김",
    "长春",
    " Bar",
    " Hotel",
    " KTV",
    "Sunrise",
    "Cafe",
    "Tumenbar",
)


def _samples(texts: list[str]) -> list[str]:
    made = made_texts(17, _PIECES, 4000, 10)
    return [*texts, "\n\n".join(texts), *made, " ".join(made[:400])]


def test_case_twins_are_every_one() -> None:
    """``CASE_TWINS`` is every character beyond ASCII that ``re.IGNORECASE`` matches with an
    ASCII letter or digit (every code point read)."""
    ascii_alnum = re.compile("[a-z0-9]", re.IGNORECASE)
    twins = "".join(chr(c) for c in range(0x80, 0x110000) if ascii_alnum.fullmatch(chr(c)))
    assert twins == CASE_TWINS


# --- the phrase index: a first word counts where a second word follows -------------------


def _find_before(index: PhraseIndex[Any], folded: str, words: frozenset[str]) -> Iterator[Any]:
    """``PhraseIndex.find`` as it was before round 17 (every first word a place)."""
    present = words & index._by_first.keys()
    if not present:
        return
    last_end = 0
    lower = folded.lower()
    words_at = phrases._WORD_AT.finditer(folded)
    if len(lower) == len(folded):
        words_at = _present_regex(frozenset(present)).finditer(lower)
    for word in words_at:
        start = word.start()
        if start and folded[start - 1].isascii() and folded[start - 1].isalnum():
            continue
        if start < last_end:
            continue
        first = word.group().lower()
        candidates = index._by_first.get(first)
        if not candidates:
            continue
        found = index._first(first).match(folded, start)
        if found is None:
            continue
        position = (found.lastindex or 1) - 1
        value = index._value_at(found)
        for phrase in candidates[position + 1 :] if value is None else ():
            match = index._phrase(phrase).match(folded, start)
            if match is not None:
                value = index._value_at(match)
                if value is not None:
                    found = match
                    break
        if value is not None:
            last_end = found.end()
            yield start, found.end(), value


def test_phrase_find_is_unchanged(texts: list[str], res: Resources) -> None:
    for text in _samples(texts):
        words = words_of(text)
        for index in (res.keep_latin, res.gaz_latin):
            assert list(index.find(text, words)) == list(_find_before(index, text, words)), text


def test_phrase_find_with_odd_phrases() -> None:
    """Phrases whose first token is not their first word, whose second word holds other
    characters, and a first word that is also a phrase alone."""
    index = PhraseIndex(
        {
            "A&B Co": 1,
            "North Star": 2,
            "North": 3,
            "the Café Rouge": 4,
            "the Tumen": 5,
            "Man-o-war": 6,
            "NS": 7,
        },
        caps=frozenset({"North Star"}),
        upper=frozenset({"NS"}),
    )
    for text in (
        "A&B Co and a&b co",
        "the north star, North Star, NorthStar",
        "the café rouge and the Café Rouge",
        "the tumen, the-tumen, thetumen, the.Tumen",
        "man o war, Man-o-War, manowar",
        "ns NS Ns",
        "the \u212aumen north \u017ftar",
    ):
        words = words_of(text)
        assert list(index.find(text, words)) == list(_find_before(index, text, words)), text


# --- the Latin business kinds: read only with a kind word ------------------------------


def _business_names_before(folded: str, res: Resources) -> list[Any]:
    saved = round13_zh._LATIN_KIND_WORDS
    round13_zh._LATIN_KIND_WORDS = ("",)  # every text holds "": the pattern is always read
    try:
        return list(round13_zh._business_names(folded, res))
    finally:
        round13_zh._LATIN_KIND_WORDS = saved


def test_latin_kinds_unchanged(texts: list[str], res: Resources) -> None:
    for text in _samples(texts):
        assert list(round13_zh._business_names(text, res)) == _business_names_before(text, res)
