"""Round 28 speed: English rules tried only where they can match.

Python's ``re`` tries a pattern that opens with a look-behind, a group or an alternation at
nearly every position of a text; ``str.find`` finds a literal at C speed.  Round 28 finds
the literal every match opens with (a month word, a digit, a cue word, a place noun held as
a word, a stop) and tries the pattern only there (``anchored.finditer_from``), and puts a
cheap test before a regex where the regex cannot match.  These tests compare, never time:
each shortcut against the plain computation, on the development passages and on texts made
of pieces that reach each rule (``bench/redaction_outputs.py`` checks the whole engine).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest

from fieldkit.redaction import (
    addresses,
    addresses_lots,
    catchall,
    cues_en,
    cues_titles_en,
    keep,
    names,
    pattern_windows,
    patterns,
    peoples_en,
    places,
    roles,
    romanised_joined_en,
    round11_en,
    tables_en,
)
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.phrases import words_of
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import TextView
from speed_helpers import made_texts, passages

_PIECES = (
    "the 3rd of May ",
    "the\u00a012 June ",
    "the\n5 of july ",
    "May 2011, ",
    "on jan 3 ",
    "Sept. 14th ",
    "march 31 ",
    "in 1998 ",
    "married 3 ",
    "İstanbul ",
    "Mr. Lee said ",
    "my husband Young Park ",
    "Auntie Rose, ",
    "known as Little Rabbit. ",
    "called June ",
    "MR KIM ",
    "a village called Sinpa ",
    "the town of Hoeryong ",
    "downtown of Musan ",
    "Hyesan-dong ",
    "Songpyong-ri ",
    " village ",
    " township ",
    "Musan county ",
    "Harbin Train Station ",
    "hometown ",
    "Han or Manchu ",
    "Manchu and Han, ",
    "Hui or \n",
    "Big Sister Hong ",
    "Brother-in-law ",
    "sister-in-law's ",
    "Hyesun Park ",
    "Park Hyesun ",
    "Kim \nSunhee ",
    "Grace Lee to ",
    "Hope Center staff ",
    "Name | From | Age\n",
    "Sunhee | Hyesan | 34\n",
    "a, b, c\n",
    "hi its sunhee. ",
    "ok so minjeong! ",
    "\n",
    ". ",
    "Report On Crossing Points\n",
    "Jeongwang-dong 1857-4, Room 302 ",
    "102-1504, 77 Mokdong-ro ",
    "Jongno-gil ",
    "$ 40 ",
    "ok-hee ",
    "Sun-hee ",
)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [fold(t) for t in passages()] + made_texts(2028, _PIECES, 3000, 8)


@pytest.fixture(scope="module")
def english(texts: list[str]) -> list[str]:
    return [t for t in texts if re.search("[A-Za-z]", t)]


def _found(matches: Iterator[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", ["date_month_day", "date_day_month"])
def test_month_rules_from_their_starts_find_every_match(name: str, english: list[str]) -> None:
    regex = next(rule.regex for rule in patterns.RULES if rule.name == name)
    found = 0
    for text in english:
        plain = _found(regex.finditer(text))
        assert _found(pattern_windows.matches(regex, name, text, "month", {})) == plain, text
        found += len(plain)
    assert found > 100


def test_a_case_number_needs_hangul() -> None:
    rule = next(rule for rule in patterns.RULES if rule.name == "case_number_ko")
    assert rule.regex.search("2021드단10457")
    assert pattern_windows._NEEDED["case_number_ko"].search("2021드단10457")


def _english_regexes(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = words_of(text)
    by_title, by_naming = cues_titles_en._english_cues()
    titles = tuple(w for first in sorted(words & by_title.keys()) for w in by_title[first])
    naming = tuple(w for first in sorted(words & by_naming.keys()) for w in by_naming[first])
    return titles, naming


def test_cue_regexes_from_their_words_find_every_match(english: list[str]) -> None:
    found = 0
    for text in english:
        titles, naming = _english_regexes(text)
        if not titles and not naming:
            continue
        title_rx, naming_rx = cues_titles_en._english_rx(titles, naming)
        for rx, cue_words in ((title_rx, titles), (naming_rx, naming)):
            plain = _found(rx.finditer(text))
            assert _found(cues_titles_en._from_words(rx, text, cue_words)) == plain, text
            found += len(plain)
    assert found > 100


def _plain_anchors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(places, "lower_place_nouns", lambda rx, folded, words: rx.finditer(folded))
    monkeypatch.setattr(
        places, "nouns_from_words", lambda rx, lowered, folded, words, nouns: rx.finditer(lowered)
    )


def test_place_nouns_from_their_words_give_the_same_hits(
    english: list[str], res: Resources, monkeypatch: pytest.MonkeyPatch
) -> None:
    anchored = [list(places._latin_context(t, res, words_of(t))) for t in english]
    _plain_anchors(monkeypatch)
    plain = [list(places._latin_context(t, res, words_of(t))) for t in english]
    assert anchored == plain
    rules = {h.rule for hits in plain for h in hits}
    assert {"lowercase_place_noun", "name_before_place_noun", "place_noun_of_name"} <= rules


def _heading_lines_as_they_were(folded: str) -> list[tuple[int, int]]:
    out = []
    for match in re.finditer(r"[^\n]+", folded):
        words = re.findall(r"[A-Za-z][A-Za-z'’]{3,}", match.group())
        caps = sum(1 for w in words if w[0].isupper())
        share = 0.5 if not match.group().rstrip().endswith(".") else 0.7
        if caps >= catchall._HEADING_MIN and caps >= share * len(words):
            out.append(match.span())
    return out


def test_a_heading_is_read_for_the_line_asked(english: list[str], res: Resources) -> None:
    headings = 0
    for text in english:
        lines = _heading_lines_as_they_were(text)
        scan = catchall._LatinScan(text, res, KeepSpans([]), False)
        for capital in re.finditer("[A-Z]", text):
            index = capital.start()
            expected = any(s <= index < e for s, e in lines)
            assert scan.in_heading(index) == expected, (text, index)
            headings += expected
    assert headings > 0


def _beside_a_people_as_it_was(folded: str, start: int, end: int) -> bool:
    after = peoples_en._AFTER.match(folded, end)
    if after is not None and after.group(1).casefold() in peoples_en._peoples():
        return peoples_en._PAIR_END.match(folded, after.end()) is not None
    before = peoples_en._BEFORE.search(folded[max(0, start - 30) : start])
    if before is not None and before.group(1).casefold() in peoples_en._peoples():
        return peoples_en._PAIR_END.match(folded, end) is not None
    return False


def test_beside_a_people_and_role_words_as_they_were(english: list[str]) -> None:
    pairs = 0
    for text in english:
        for word in re.finditer(r"[A-Z][A-Za-z'\-]*", text):
            expected = _beside_a_people_as_it_was(text, *word.span())
            assert peoples_en.beside_a_people(text, *word.span()) == expected, text
            pairs += expected
            low = word.group().casefold()
            in_law = roles._IN_LAW.fullmatch(low)
            assert (in_law is not None) <= ("-in-law" in low)
    assert pairs > 0


def test_the_skipped_searches_cannot_match(english: list[str]) -> None:
    """Where a cheap test skips a regex, the regex finds nothing there."""
    before, after = romanised_joined_en._WORD_BEFORE(), romanised_joined_en._WORD_AFTER()
    for text in english[-3000:]:  # the made texts: every position of each is tried
        for index in range(len(text) + 1):
            if not text.endswith((" ", " \n"), 0, index):
                assert before.search(text, max(0, index - 11), index) is None
            if text[index : index + 1] != " ":
                assert after.match(text, index) is None
        for anchor in round11_en._BEFORE_TO.finditer(text):
            last = text.rfind(" ", 0, anchor.start())
            if not "A" <= text[last + 1 : last + 2] <= "Z":
                window = (max(0, anchor.start() - 32), anchor.start())
                assert round11_en._TWO_WORDS_BACK.search(text, *window) is None


def _split_as_it_was(line: str, offset: int, separator: str) -> list[tuple[int, int]]:
    cells, start = [], 0
    for index in [*(i for i, ch in enumerate(line) if ch == separator), len(line)]:
        cell = line[start:index]
        lead = len(cell) - len(cell.lstrip())
        cells.append((offset + start + lead, offset + start + len(cell.rstrip())))
        start = index + 1
    if separator == "|" and line.strip().startswith("|"):
        cells = cells[1:]
    if separator == "|" and line.strip().endswith("|"):
        cells = cells[:-1]
    return cells


def test_cells_are_cut_as_they_were(texts: list[str]) -> None:
    for text in texts:
        for line in text.split("\n"):
            for separator in tables_en._SEPARATORS:
                expected = _split_as_it_was(line, 7, separator)
                assert tables_en._split(line, 7, separator) == expected


def test_lower_case_sentences_from_their_openings(english: list[str]) -> None:
    found = 0
    for text in english:
        plain = _found(cues_en._LOWER_SENTENCE.finditer(text))
        starts = [0, *cues_en.positions(text, (".", "!", "?", "\n"))]
        assert _found(cues_en.finditer_from(cues_en._LOWER_SENTENCE, text, starts)) == plain
        found += len(plain)
    assert found > 100


def test_words_of_is_the_findall_it_replaced(texts: list[str]) -> None:
    pick = random.Random(28)
    alphabet = "aZ09 -_'\n\u0130\u0131\u017f\u212a\u00e9\u00df\ufb03\uac00\u4e00\U0001f600"
    made = [
        "".join(pick.choice(alphabet) for _ in range(pick.randint(0, 30))) for _ in range(20000)
    ]
    for text in texts + made:
        assert words_of(text) == frozenset(re.findall("[a-z0-9]+", text.lower())), text


_SHUT_GATES = {
    "surname shapes: hyphen": (
        lambda t: "-" in t,
        [names._regexes()["lower_pair"], names._regexes()["hyphen_given"]],
    ),
    "romanised lot": (
        lambda t: any(s in t for s in addresses_lots._LOT_SUFFIXES),
        [addresses_lots._ROMANISED_LOT()],
    ),
    "road suffix": (
        addresses_lots.road_suffix,
        [addresses_lots._FLAT_BEFORE_ROAD(), addresses._ROMANISED_GATE],
    ),
    "number anchors": (
        lambda t: TextView(t).has_digit or any(s in t for s in "$¥￦₩"),
        [keep._NUMBER_ANCHOR],
    ),
}


@pytest.mark.parametrize("name", list(_SHUT_GATES))
def test_a_shut_gate_skips_only_texts_its_patterns_cannot_match(
    name: str, texts: list[str]
) -> None:
    gate, regexes = _SHUT_GATES[name]
    shut = [t for t in texts if not gate(t)]
    assert shut and len(shut) < len(texts)
    for regex in regexes:
        assert [t for t in shut if regex.search(t) is not None] == []
        assert any(regex.search(t) is not None for t in texts if gate(t))
