"""Issue 11 round 17, speed: each shortcut finds exactly what the slower way found.

No rule changed.  Each test compares a shortcut with the computation it replaced (written out
here as it was) on the development passages and on invented strings glued from the pieces the
shortcut relies on: phrases' first and second words in every case, separators, the letters
``re`` matches to ASCII in any case (ı ſ K İ), Hangul and Hanzi.
``bench/redaction_outputs.py`` checks the engine."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fieldkit.redaction import (
    glued_names_ko,
    naming_hanzi_ko,
    orgs_short_forms_ko,
    orgs_spaced_ko,
    phrases,
    places_hanzi_ko,
    round11_en,
    round13_zh,
    spelled,
    surname_marks_ko,
    titles_ko,
)
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.phrases import (
    CASE_TWINS,
    PhraseIndex,
    _present_regex,
    trie_pattern,
    words_of,
)
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import forget, view
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


# --- whole-text patterns read from their rare part ----------------------------------------

_DIGITS_AND_SSI = (
    " ",
    "-",
    "@",
    "_",
    "\n",
    "A",
    "b",
    "Cafe",
    "Hotel",
    "hotel",
    "KTV",
    "7",
    "24",
    "\u0663",
    "x9",
    "9X",
    "2nd",
    "1990s",
    "씨",
    " 씨",
    "남궁",
    "제갈",
    "사마",
    "가",
    "는",
    "네",
)


def _anchored_samples(texts: list[str]) -> list[str]:
    made = made_texts(171, _DIGITS_AND_SSI, 4000, 8)
    return [*texts, "\n\n".join(texts), *made, " ".join(made[:400])]


def test_chinese_ssi_unchanged(texts: list[str]) -> None:
    rx = surname_marks_ko._rx()["ssi"]
    for text in _anchored_samples(texts):
        found = (
            [(h.start, h.end) for h in surname_marks_ko._chinese_ssi(text)] if "씨" in text else []
        )
        assert found == [m.span() for m in rx.finditer(text)], text


def test_digit_names_unchanged(texts: list[str]) -> None:
    rx = round11_en._digit_name_rx()
    for text in _anchored_samples(texts):
        before = []
        for match in rx.finditer(text):
            name = match.group(1)
            if not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
                continue
            if re.fullmatch(r"\d+(?:st|nd|rd|th|s)", name, re.IGNORECASE):
                continue
            before.append(match.span(1))
        assert [(h.start, h.end) for h in round11_en._digit_names(text)] == before, text


_KIN_PIECES = (
    " ",
    ",",
    "\n",
    "동생",
    "남동생",
    "여동생",
    "언니",
    "딸",
    "아들",
    "친구",
    "영미",
    "순옥",
    "이가",
    "는",
    "가",
    "들",
    "아이",
    "x",
    "7",
)


def test_kin_before_glued_name_unchanged(texts: list[str], res: Resources) -> None:
    made = made_texts(172, _KIN_PIECES, 4000, 6)
    for text in [*texts, "\n\n".join(texts), *made, " ".join(made[:400])]:
        before = [m.span() for m in glued_names_ko._KIN_FIRST().finditer(text)]
        after = [
            m.span()
            for m in finditer_from(
                glued_names_ko._KIN_FIRST(), text, _starts(glued_names_ko._KIN_AT, text)
            )
        ]
        assert after == before, text


_SCRIPT_PIECES = (
    " ",
    "\n",
    "东风",
    "新兴",
    "华丰",
    "金星",
    "长白山",
    "王",
    "촌",
    "진",
    "마을",
    "에",
    "식당",
    "복장공장",
    "한국",
    "조선족",
    "조선",
    "식당",
    "교회",
    " 무지개",
    "에서",
    "라는",
    " 주방",
    "the first of ",
    "May",
    "may",
    "June",
    " the third",
    "Mayday",
    "x",
    "7",
)


def _starts(anchor: re.Pattern[str], text: str) -> list[int]:
    return [found.start() for found in anchor.finditer(text)]


def _anchored(
    rx: re.Pattern[str], starts: Callable[[str], Iterable[int]], text: str
) -> list[tuple[int, int]]:
    return [m.span() for m in finditer_from(rx, text, starts(text))]


def test_patterns_read_from_their_anchors(texts: list[str]) -> None:
    """Each pattern now tried only where its rare part is finds what ``finditer`` found."""
    hanzi_starts = lambda text: (start for start, _ in view(text).hanzi_runs)  # noqa: E731
    cases = (
        (places_hanzi_ko._VILLAGE(), hanzi_starts),  # lazy since round 28
        (orgs_spaced_ko._HANZI_KIND(), hanzi_starts),
        (orgs_spaced_ko._APPOSED, lambda text: _starts(orgs_spaced_ko._NATION_AT, text)),
        (spelled._MONTH_WORD(), lambda text: _starts(spelled._MONTH_AT, text)),
    )
    made = made_texts(173, _SCRIPT_PIECES, 4000, 8)
    for text in [*texts, "\n\n".join(texts), *made, " ".join(made[:400])]:
        forget()
        for rx, starts in cases:
            assert _anchored(rx, starts, text) == [m.span() for m in rx.finditer(text)], text
    forget()


def test_korean_titles_unchanged(texts: list[str]) -> None:
    """Titles after a space, found from the title words instead of from every space."""
    spaced = re.compile(rf"[ \t](?={trie_pattern(frozenset(cue_words().get('title', 'ko')))})")
    title, after = titles_ko.title_pattern(), titles_ko.after_title()
    pieces = (" ", "\t", "\n", "김", "선생", "선생님", "사장", "씨", "님", "은", "이", "x", "부장")
    made = made_texts(174, pieces, 4000, 8)
    for text in [*texts, "\n\n".join(texts), *made]:
        before = []
        for space in spaced.finditer(text):
            match = title.match(text, space.end())
            rest = after.match(text, match.end()) if match is not None else None
            if match is not None and rest is not None:
                before.append((match.span(), rest.group(1)))
        found = [(match.span(), particle) for match, particle in titles_ko._find(text)]
        assert found == before, text


def test_chinese_dates_unchanged(texts: list[str]) -> None:
    pieces = tuple("十一二三九正腊月初日号五年x ")
    made = made_texts(175, pieces, 4000, 8)
    for text in [*texts, "\n\n".join(texts), *made]:
        found = [(h.start, h.end) for h in spelled._chinese_dates(text)]
        assert found == [m.span() for m in spelled._ZH_DATE().finditer(text)], text


def test_bracketed_short_forms_unchanged(texts: list[str]) -> None:
    pieces = ("희망나눔센터", "나눔", "센터", "희망", *"(（)） \u3000\nx")
    made = made_texts(176, pieces, 4000, 8)
    for text in [*texts, "\n\n".join(texts), *made]:
        found = [m.span() for m in orgs_short_forms_ko._bracketed(text)]
        assert found == [m.span() for m in orgs_short_forms_ko._BRACKETED().finditer(text)], text


def test_hanzi_named_unchanged(texts: list[str]) -> None:
    pieces = (
        "王菲",
        "刘德华",
        "菲",
        "라는",
        "이라고",
        "란",
        "이란",
        "라",
        "이름이",
        "별명은",
        "호적명이",
    )
    pieces += (" ", "예요", "이에요", "였", "x", "가")
    rx = naming_hanzi_ko._HANZI_NAMED()  # lazy since round 28
    made = made_texts(177, pieces, 4000, 8)
    for text in [*texts, "\n\n".join(texts), *made]:
        found = [
            m.span() for m in finditer_from(rx, text, naming_hanzi_ko._hanzi_named_starts(text))
        ]
        assert found == [m.span() for m in rx.finditer(text)], text
