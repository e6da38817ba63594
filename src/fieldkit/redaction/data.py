"""Load the policy tables shipped in ``fieldkit/redaction/data``.

Policy lives in these files, not in code: what is a place, what is kept, which
words are titles.  Each loader reads one file once (``lru_cache``) through
``importlib.resources`` so the engine works from a wheel or a zip as well as
from a checkout.  The formats are tab-separated, ``#`` starts a comment line,
and ``|`` separates alternative spellings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

__all__ = [
    "Place",
    "Surname",
    "chinese_words",
    "extra_words",
    "function_words",
    "gazetteer",
    "given_en",
    "given_ko",
    "hanzi_readings",
    "keep_entries",
    "lexicon",
    "lexicon_ranked",
    "provinces",
    "romanisation",
    "rows",
    "surnames_ko",
    "surnames_zh",
    "titles",
]


def _read(name: str) -> str:
    return resources.files("fieldkit.redaction").joinpath("data").joinpath(name).read_text("utf-8")


def rows(name: str) -> list[list[str]]:
    """Non-comment, non-blank lines of a data file, split on tabs."""
    out = []
    for line in _read(name).splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.split("\t"))
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(r[0] for r in rows(name))


@cache
def lexicon(lang: str) -> frozenset[str]:
    """Frequent ordinary words of ``en``, ``ko`` or ``zh`` (lower-case for English)."""
    return frozenset(lexicon_ranked(lang))


@cache
def lexicon_ranked(lang: str) -> tuple[str, ...]:
    """The same words, most frequent first."""
    return tuple(r[0] for r in rows(f"lexicon_{lang}.txt"))


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
    for display, spellings in rows("provinces.tsv"):
        out.append(("province", display))
        out.extend(("province", s) for s in spellings.split("|"))
    return tuple(out)


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Every spelling of a province-level unit -> its display name."""
    out: dict[str, str] = {}
    for display, spellings in rows("provinces.tsv"):
        for spelling in spellings.split("|"):
            out[spelling] = display
    return out


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: one place below province level, in every script."""

    province: str
    kind: str
    hanzi: tuple[str, ...]
    hangul: tuple[str, ...]
    latin: tuple[str, ...]


@lru_cache(maxsize=1)
def gazetteer() -> tuple[Place, ...]:
    """Every place in ``gazetteer.tsv``."""
    out = []
    for province, kind, hanzi, hangul, latin in rows("gazetteer.tsv"):
        out.append(
            Place(
                province,
                kind,
                tuple(filter(None, hanzi.split("|"))),
                tuple(filter(None, hangul.split("|"))),
                tuple(filter(None, latin.split("|"))),
            )
        )
    return tuple(out)


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
