"""English strong cues: a title or role before a capitalised name (Ms. Baek, Auntie Rose,
my husband Young Park) and naming cues (called June, known as Park)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import finditer_from, phrase_starts, starts_word
from fieldkit.redaction.cuewords import closed_words, cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.months_en import months
from fieldkit.redaction.orgs import org_noun_before
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["english_cued"]

_ABBREVIATIONS = frozenset(
    {"Mr", "Ms", "Mrs", "Mx", "Dr", "Rev", "Prof", "Sr", "St"}
    | {"Det", "Insp", "Sgt", "Lt", "Capt", "Cpl", "Col", "Supt"}
)
"""Titles that may take a dot (Mr. Lee); any other word before a dot ends a sentence.  Round
36: police and military ranks as case notes abbreviate them (Det. Oh, Sgt. Wu: set CG)."""
_NAME_EN = r"[A-Z][a-z]+(?:['\-][A-Za-z][a-z]*)*"


_EPITHETS_EN = frozenset(str.split("little big old young"))
_NOT_NAMES_EN = frozenset(
    str.split(
        "the a an i he she we they it this that these those his her my our their your its me "
        "him them us you who which what when where there then and or but"
    )
)
"""Articles, pronouns and conjunctions: never a name after a cue.  Other function words
are, capitalised after a title: In, So, Do and Ha are Korean surnames, May a name."""


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*")
"""A word of the run after a cue (a token holds no line break, so its "'s" is at its end)."""


def _english_words(text: str, res: Resources, epithets: bool = False) -> list[re.Match[str]]:
    """The name words of a capitalised run after a cue, up to a function word, a kept
    place word, a role or title, or a pronoun.  With ``epithets`` (after a naming cue) a
    capitalised Little, Big, Old or Young opening the run is the nickname's own word."""
    closed = closed_words("en")
    kept: list[re.Match[str]] = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        word = word[:-2] if word.endswith("'s") else word  # round 32: no re.sub per token
        low = word.casefold()
        if low in _EPITHETS_EN and word[0].isupper() and not kept and epithets:
            kept.append(token)  # known as Little Rabbit: the epithet is the nickname's
            continue
        if low in _NOT_NAMES_EN or low in closed:
            if kept and kept[-1].group().casefold() in _EPITHETS_EN and len(kept) == 1:
                kept.clear()  # called Big Sister Hong: a title follows, the name is after it
                continue
            if kept:
                break
            continue  # "Auntie" in "called Auntie Kim": the name follows
        if (
            word in res.keep_latin
            and not _month_name(word, res)
            and not (kept and _given_after_surname(text, token, kept[-1].group(), res))
        ):
            break
        kept.append(token)
    return kept


def _given_after_surname(text: str, token: re.Match[str], previous: str, res: Resources) -> bool:
    """A kept month word after a surname and before no digit is a given name (his brother
    Zhang Jun, Kim Jun): round 11."""
    low = previous.casefold()
    if low not in res.sur_zh_latin and low not in res.sur_ko_latin:
        return False
    return token.group() in months() and not re.match(r"\s*\d", text[token.end() :])


def _month_name(word: str, res: Resources) -> bool:
    """A month that is also a given name (June, May): a name after a cue."""
    return word in months() and word.casefold() in data.given_en()


def _english_hit(
    folded: str, start: int, end: int, res: Resources, rule: str, core_from: int | None
) -> Hit | None:
    words = _english_words(folded[start:end], res, epithets=rule == "naming_cue")
    if not words:
        return None
    first = start + words[0].start()
    last = start + words[-1].end()
    if folded[last - 2 : last] == "'s":
        last -= 2
    ordinary = all(
        w.group().casefold() in res.lex_en
        and w.group().casefold() not in res.given_en
        and w.group().casefold() not in res.sur_ko_latin
        for w in words
    )
    suffix = "_ordinary" if ordinary else ""
    if core_from is not None:
        return Hit(
            start=core_from,
            end=last,
            label="PERSON",
            detector="cue",
            rule=rule + suffix,
            uncertain=ordinary,
            detail="",
            key="",
            core=(first, last),
        )
    return Hit(
        start=first,
        end=last,
        label="PERSON",
        detector="cue",
        rule=rule + suffix,
        uncertain=ordinary,
    )


@lru_cache(maxsize=1)
def _bound_titles() -> frozenset[str]:
    """English honorifics redacted with the name (Ms., Comrade): ``honorific`` rows of
    ``titles.tsv``; every other title and role stays in the text."""
    return frozenset(w.casefold() for w in data.titles()[("honorific", "en")])


_NAME_EN_RUN = rf"({_NAME_EN}(?:[ \-]{_NAME_EN}){{0,2}})"


def _first_word(phrase: str) -> str:
    return re.split(r"[\s\-.]", phrase.casefold(), maxsplit=1)[0]


@lru_cache(maxsize=1)
def _english_cues() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(titles and roles, naming cues) before an English name, by their first word."""
    c = cue_words()
    out: tuple[dict[str, list[str]], dict[str, list[str]]] = ({}, {})
    kinds = (c.get("honorific", "en") + c.get("role", "en"), c.get("naming", "en"))
    for index, words in enumerate(kinds):
        for word in words:
            out[index].setdefault(_first_word(word), []).append(word)
    return tuple({k: tuple(v) for k, v in d.items()} for d in out)  # type: ignore[return-value]


@lru_cache(maxsize=1024)
def _english_rx(titles: tuple[str, ...], naming: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """(title regex, naming regex) over the cue words a text holds: one big alternation
    tried at every position cost a fifth of redaction time."""
    never = "(?!x)x"
    abbreviations = trie_pattern(set(_cases([w for w in titles if w in _ABBREVIATIONS])))
    others = trie_pattern(set(_cases([w for w in titles if w not in _ABBREVIATIONS])))
    title = rf"(?:({abbreviations or never})(\.?)|({others or never})),?\s+{_NAME_EN_RUN}"
    cue = trie_pattern(set(_cases(naming))) or never
    named = rf"(?:{cue})[:,]?\s+(?:the\s+)?[\"“'‘]?{_NAME_EN_RUN}"
    return re.compile(title), re.compile(named)


def _cases(words: list[str] | tuple[str, ...]) -> list[str]:
    """Each word in lower case, capitalised and in capitals: a case-sensitive alternation
    without a look-behind is several times faster than ``(?i:...)`` (the word boundary
    before it is checked on the few matches, ``starts_word``)."""
    return [v for w in words for v in {w.lower(), w[:1].upper() + w[1:].lower(), w.upper()}]


def english_cued(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    by_title, by_naming = _english_cues()
    titles = tuple(w for first in sorted(words & by_title.keys()) for w in by_title[first])
    naming = tuple(w for first in sorted(words & by_naming.keys()) for w in by_naming[first])
    if not titles and not naming:
        return
    title_rx, naming_rx = _english_rx(titles, naming)
    if len(titles) > _MANY_TITLES:
        among = frozenset(w.casefold() for w in titles)
        yield from _titled(folded, res, _CANDIDATE().finditer(folded), among)
    elif titles:
        yield from _titled(folded, res, _from_words(title_rx, folded, titles))
    if naming:
        yield from _named(folded, res, _from_words(naming_rx, folded, naming))


def _from_words(
    rx: re.Pattern[str], folded: str, words: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``rx.finditer(folded)`` for a cue regex (``_english_rx``), tried only where one of its
    cue words starts (round 28, speed: the regex opens with a group, so ``re`` tried it at
    every position).  Every match opens with a cue word in one of its cases (``_cases``),
    which is the word itself in the lower-cased text (``phrase_starts``)."""
    starts = phrase_starts(folded, _lowered(words))
    return rx.finditer(folded) if starts is None else finditer_from(rx, folded, starts)


@lru_cache(maxsize=1024)
def _lowered(words: tuple[str, ...]) -> tuple[str, ...]:
    """The cue words in lower case, each once, per set of cue words (as ``_english_rx``):
    round 31, speed, lower-cased again for every text before."""
    return tuple({w.lower() for w in words})


_MANY_TITLES = 40
_CANDIDATE = lazy_pattern(rf"\b([A-Za-z]+(?:-[a-z]+)*)(\.?)(),?\s+{_NAME_EN_RUN}")
"""Any word before a capitalised one: for a long document holding most title words,
testing each such word against a set beats one long alternation.  The ``\b`` spares the
engine every start inside a word (half the time of this pattern)."""


def _titled(
    folded: str,
    res: Resources,
    found: Iterator[re.Match[str]],
    among: frozenset[str] | None = None,
) -> Iterator[Hit]:
    for match in found:
        if not starts_word(folded, match.start()):
            continue
        word = match.group(1) or match.group(3)
        if among is not None:
            if word.casefold() not in among:
                continue
            if match.group(2) and word not in _ABBREVIATIONS:
                continue  # "sister." ends a sentence
        if word.islower() and word.casefold() in _bound_titles() and not match.group(2):
            continue  # "miss" the verb, "madam": lower-case, no dot
        bound = word.casefold() in _bound_titles()
        core_from = match.start() if bound else None
        name = match.span(4)
        hit = _english_hit(folded, *name, res, "title_before_name", core_from)
        if hit is not None:
            yield hit


_PRONOUN_CUE = lazy_pattern(r"\b(?:her|him|herself|himself)\b", re.IGNORECASE)
"""A cue naming her or him (the church calls her X): a person, whatever noun stands before
(round 14)."""


def _named(folded: str, res: Resources, found: Iterator[re.Match[str]]) -> Iterator[Hit]:
    for match in found:
        if not starts_word(folded, match.start()):
            continue
        before = folded[max(0, match.start() - 25) : match.start()].casefold()
        hit = _english_hit(folded, match.start(1), match.end(1), res, "naming_cue", None)
        if hit is None:
            continue
        if re.search(r"(village|town|city|county|place|area|river|mountain)\W*$", before):
            hit = hit._replace(label="PLACE")
        elif org_noun_before(before) and not _PRONOUN_CUE().search(
            folded, match.start(), match.start(1)
        ):
            hit = hit._replace(label="ORG")  # a restaurant called the Happy Dragon
        yield hit
