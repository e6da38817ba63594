"""Load the policy tables shipped in ``fieldkit/redaction/data``.

Policy lives in these files, not in code: what is a place, what is kept, which
words are titles.  Each loader reads one file once (``lru_cache``) through
``importlib.resources`` so the engine works from a wheel or a zip as well as
from a checkout.  The formats are tab-separated, ``#`` starts a comment line,
and ``|`` separates alternative spellings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from fieldkit.redaction.normalize import fold

__all__ = [
    "Place",
    "Surname",
    "chinese_words",
    "city_spellings",
    "extra_words",
    "first_column",
    "fold_name",
    "function_words",
    "gazetteer",
    "gazetteer_index",
    "given_en",
    "given_ko",
    "hanzi_readings",
    "keep_entries",
    "lexicon",
    "lexicon_ranked",
    "provinces",
    "provinces_native",
    "romanisation",
    "rows",
    "surnames_ko",
    "surnames_zh",
    "text",
    "titles",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """A closed class of words written inline, separated by white space."""
    return frozenset(text.split())


def _read(name: str) -> str:
    return resources.files("fieldkit.redaction").joinpath("data").joinpath(name).read_text("utf-8")


def text(name: str) -> str:
    """A data file's whole text (for large word lists read with their own loop)."""
    return _read(name)


def rows(name: str) -> list[list[str]]:
    """Non-comment, non-blank lines of a data file, split on tabs (a comprehension: the
    lexicons and the gazetteer are some 100,000 lines read at start-up; round 14, speed)."""
    return [
        line.split("\t")
        for line in _read(name).splitlines()
        if line and not line.isspace() and line[0] != "#"
    ]


def first_column(name: str) -> list[str]:
    """The first cell of each of ``rows(name)``.  Round 28, speed: a word list has no tab,
    so its lines are its words, with no list made for each (a lexicon of 27,000 lines read
    at start-up: 6.5 -> 2.5 ms)."""
    text = _read(name)
    words = [line for line in text.splitlines() if line and not line.isspace() and line[0] != "#"]
    return [line.split("\t")[0] for line in words] if "\t" in text else words


def _words(name: str) -> frozenset[str]:
    return frozenset(first_column(name))


@cache
def lexicon(lang: str) -> frozenset[str]:
    """Frequent ordinary words of ``en``, ``ko`` or ``zh`` (lower-case for English)."""
    return frozenset(lexicon_ranked(lang))


@cache
def lexicon_ranked(lang: str) -> tuple[str, ...]:
    """The same words, most frequent first."""
    return tuple(first_column(f"lexicon_{lang}.txt"))


def _by_language(name: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for lang, words in rows(name):
        out.setdefault(lang, set()).update(words.split())
    return {lang: frozenset(words) for lang, words in out.items()}


@lru_cache(maxsize=1)
def extra_words() -> dict[str, frozenset[str]]:
    """Ordinary words the frequency lists lack (탈북, 꽃제비), by language."""
    return _by_language("words_extra.tsv")


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Pronouns, articles, prepositions, conjunctions, auxiliaries, openers, by language."""
    return _by_language("function_words.tsv")


@lru_cache(maxsize=1)
def chinese_words() -> dict[str, frozenset[str]]:
    """Words that find names in running Chinese, by kind: surname, cue, after, stop."""
    return _by_language("chinese.tsv")


@lru_cache(maxsize=1)
def given_en() -> frozenset[str]:
    """Common English given names, lower-case."""
    return _words("given_en.txt")


@lru_cache(maxsize=1)
def given_ko() -> frozenset[str]:
    """Common Korean given names in Hangul."""
    return _words("given_ko.txt")


def western_names_ko() -> frozenset[str]:
    """Western given names in their usual Hangul spellings (그레이스, 데이빗): names, not the
    frequent words the Korean lists make of them (round 22)."""
    return _words("western_names_ko.txt")


@dataclass(frozen=True)
class Surname:
    """A surname in its native scripts and its Latin spellings."""

    native: tuple[str, ...]
    hanzi: tuple[str, ...]
    latin: tuple[str, ...]
    ambiguous: frozenset[str]
    """Latin spellings that are also ordinary English words (Park, Song, He)."""


def _surnames(name: str) -> tuple[Surname, ...]:
    out = []
    for native, hanzi, latin in rows(name):
        spellings = tuple(s.rstrip("*") for s in latin.split("|") if len(s.rstrip("*")) > 1)
        ambiguous = frozenset(s.rstrip("*") for s in latin.split("|") if s.endswith("*"))
        out.append(Surname(tuple(native.split("|")), tuple(hanzi.split("|")), spellings, ambiguous))
    return tuple(out)


@lru_cache(maxsize=1)
def surnames_ko() -> tuple[Surname, ...]:
    """Korean surnames (``native`` is Hangul, South then North spelling)."""
    return _surnames("surnames_ko.tsv")


@lru_cache(maxsize=1)
def surnames_zh() -> tuple[Surname, ...]:
    """Chinese surnames (``native`` is simplified Hanzi, ``hanzi`` traditional)."""
    return _surnames("surnames_zh.tsv")


@lru_cache(maxsize=1)
def titles() -> dict[tuple[str, str], tuple[str, ...]]:
    """``(kind, lang) -> words``; kinds are prefix, suffix and cue."""
    return {(kind, lang): tuple(words.split("|")) for kind, lang, words in rows("titles.tsv")}


@lru_cache(maxsize=1)
def keep_entries() -> tuple[tuple[str, str], ...]:
    """``(category, text)`` for every keep-list entry, provinces included."""
    out = [(cat, word) for cat, words in rows("keep.tsv") for word in words.split("|")]
    cities = city_spellings()
    for display, spellings in rows("provinces.tsv"):
        out.append(("province", display))
        out.extend(("province", s) for s in spellings.split("|"))
    return tuple((cat, word) for cat, word in out if word not in cities)


@lru_cache(maxsize=1)
def landmarks() -> frozenset[str]:
    """The keep-list's rivers and mountains (Baekdu, 백두산, 长白山): alone they point at no
    one, but a business named after one (the Baekdu restaurant, 백두산KTV) is a name that
    locates a woman as surely as a village (round 21).  Round 27: so do the brands, kept
    alone (a Galaxy charger) but a name before a business (the Galaxy karaoke), and the old
    regions (the Hamgyong restaurant; a Hamgyong accent is kept)."""
    return frozenset(word for kind, word in keep_entries() if kind in ("river", "brand", "region"))


@lru_cache(maxsize=1)
def city_spellings() -> frozenset[str]:
    """Every spelling of a named city of ``cities.tsv`` (Seoul, 서울시, Beijing, 방콕): a
    place, never on the keep-list, even where ``provinces.tsv`` spells a province-level city
    so that its districts have a province."""
    out: set[str] = set()
    for place in _places("cities.tsv"):
        out.update((*place.hanzi, *place.hangul, *place.latin))
    return frozenset(out)


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Every spelling of a province-level unit -> its display name."""
    out: dict[str, str] = {}
    for display, spellings in rows("provinces.tsv"):
        for spelling in spellings.split("|"):
            out[spelling] = display
    return out


@lru_cache(maxsize=1)
def provinces_native() -> frozenset[str]:
    """The Hangul and Hanzi spellings of ``provinces`` (함경북도, 吉林省): what a Korean rule
    compares a word with (round 29: read by ``places`` and ``word_classes_ko`` alike)."""
    return frozenset(s for s in provinces() if not s.isascii())


@dataclass(frozen=True, kw_only=True)
class Place:
    """A gazetteer entry: one place below province level, in every script.

    Spellings are unmarked; ``words`` and ``frequent`` say which of them are
    also ordinary words (``*`` and ``**`` in ``gazetteer.tsv``), which the
    engine takes for the place only in a place context (``gazetteer.py``).
    """

    province: str
    kind: str
    hanzi: tuple[str, ...]
    hangul: tuple[str, ...]
    latin: tuple[str, ...]
    code: str = ""
    """The adcode (China) or GeoNames id (North Korea); empty for a hand-listed place."""
    words: frozenset[str] = frozenset()
    """Spellings that are also an ordinary word or a given name (안도, 延边, Jian)."""
    frequent: frozenset[str] = frozenset()
    """Spellings that are one of the most frequent words (위해, 동안, 和平); also in ``words``."""


def _spellings(column: str) -> tuple[tuple[str, ...], set[str], set[str]]:
    """(spellings, marked ``*`` or ``**``, marked ``**``) of one ``|``-separated column."""
    if "*" not in column:  # most columns (round 14, speed: this runs 11,700 times at start-up)
        return tuple(filter(None, column.split("|"))), set(), set()
    names, words, frequent = [], set(), set()
    for raw in filter(None, column.split("|")):
        name = raw.rstrip("*")
        names.append(name)
        if raw.endswith("*"):
            words.add(name)
        if raw.endswith("**"):
            frequent.add(name)
    return tuple(names), words, frequent


@lru_cache(maxsize=1)
def foreign_provinces() -> frozenset[str]:
    """Provinces and countries outside Korea (``regions.tsv``: China's provinces, and the
    nations other than the two Koreas): where a Hangul spelling transcribes a foreign name."""
    out: set[str] = set()
    for kind, code, *rest in rows("regions.tsv"):
        if kind == "country" and code == "cn":
            out.update(rest[0].split("|"))
        elif kind == "nation" and code not in ("North Korea", "South Korea"):
            out.add(code)
    return frozenset(out)


@lru_cache(maxsize=1)
def gazetteer() -> tuple[Place, ...]:
    """Every place in ``gazetteer.tsv`` (generated) and ``cities.tsv`` (the named cities,
    whose "province" is their country: their placeholder shows only that)."""
    return _places("gazetteer.tsv") + _places("cities.tsv")


def _places(name: str) -> tuple[Place, ...]:
    out = []
    for province, kind, code, *columns in rows(name):
        hanzi, hangul, latin = (_spellings(c) for c in columns)
        out.append(
            Place(
                province=province,
                kind=kind,
                hanzi=hanzi[0],
                hangul=hangul[0],
                latin=latin[0],
                code="" if code == "-" else code,
                words=frozenset(hanzi[1] | hangul[1] | latin[1]),
                frequent=frozenset(hanzi[2] | hangul[2] | latin[2]),
            )
        )
    return tuple(out)


@lru_cache(maxsize=1)
def gazetteer_index() -> dict[str, tuple[int, ...]]:
    """Every gazetteer spelling (folded, lower-case) -> the indexes of the places so spelled."""
    out: dict[str, list[int]] = {}
    for index, place in enumerate(gazetteer()):
        for name in dict.fromkeys((*place.latin, *place.hangul, *place.hanzi)):
            out.setdefault(fold_name(name).casefold(), []).append(index)
    return {k: tuple(v) for k, v in out.items()}


_PLAIN = re.compile(r"[\x20-\x7e가-힣\u4e00-\u9fff]+")


def fold_name(name: str) -> str:
    """``normalize.fold`` for a data file's spelling, without its cost when nothing folds."""
    return name if _PLAIN.fullmatch(name) else fold(name)


@lru_cache(maxsize=1)
def romanisation() -> dict[tuple[str, str], tuple[str, ...]]:
    """``(part, jamo) -> spellings``; part is initial, vowel or final; ``-`` is empty."""
    out = {}
    for part, jamo, _revised, _mr, spellings in rows("romanisation.tsv"):
        out[(part, jamo)] = tuple("" if s == "-" else s for s in spellings.split("|"))
    return out


@lru_cache(maxsize=1)
def hanzi_readings() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Hanzi -> (pinyin readings, Korean readings).  Loaded only when a known term needs it."""
    out = {}
    for row in rows("hanzi.tsv"):
        char, pinyin, hangul = [*row, "", ""][:3]
        out[char] = (tuple(filter(None, pinyin.split("|"))), tuple(filter(None, hangul.split("|"))))
    return out
