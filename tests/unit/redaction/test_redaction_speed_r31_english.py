"""Round 31 speed: the English path's shortcuts, each compared with the plain computation.

``catchall._LatinScan._scan`` says which runs of capitalised tokens hold a token outside the
keep intervals; ``hits`` decides only those (a run kept whole is all skipped by
``flagged``).  The tests compare its flags with ``KeepSpans.contains`` token by token and the
hits with the runs all decided, and ``skip`` (its tests reordered) with ``skip`` as it was,
on the development passages and on made texts
(``bench/redaction_outputs.py`` checks the whole engine's outputs).

``normalize._fold_slowly`` folds a run of ASCII characters and Hangul syllables with no mark
after it in one ``translate``: compared with the fold cluster by cluster, offsets included,
on every line of the passages that takes the slow path and on made lines of marks, jamo and
compatibility characters; and each character of the run's class folds alone as ``translate``
folds it.

``PhraseIndex.find`` reads its cached first-word regex and its case tests inline, and
``keep._latin_spans`` calls the month and landmark rules only for a word they can decide: each
compared with the code it replaced on the passages and on texts made of the index's own
phrases in every case, glued to letters and digits and to the characters that fold to ASCII.

``romanised_joined_en.find_joined_given_names`` skips its scan of lower-case words where none
of the text's distinct words is a joined given name: compared with the scan always run.

``addresses_lots.romanised_lots`` scans for an estate's danji only in a text holding "danji"
(every match of the case-sensitive pattern does; the gate was "anji", which Yanji holds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fieldkit.redaction import addresses_lots, catchall, keep, normalize, romanised_joined_en
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans, keep_spans
from fieldkit.redaction.normalize import fold, fold_key
from fieldkit.redaction.phrases import PhraseIndex, words_of
from fieldkit.redaction.resources import Resources
from speed_helpers import made_texts, passages

_CAPITALS = (
    "In ", "The ", "China ", "Seoul ", "Kim ", "Sarah ", "Park", "Q. ", "A. ", "Ri.", "North ",
    "Korea", "-", " ", ". ", "\n", "Jilin City ", "Tumen River ", "June ", "Han ", "Kim은 ",
    "Sarah가 ", "KTV에서 ", "God's ", "I ", "Mr. ", "Younger Brother ", "Ok-sun ", "the ",
    "and ", "said ", "2003 ", "\"", "Hye-in", "Pastor's ", "SIM ", "Chosun ", "Han",
    "was Han, ", "Brother-in-law ", "Big Sister ", "Chinese or ", "THE ", "May ", "it was ",
    "God's ", "in South!", "I'm ",
)  # fmt: skip


def _hits_decided_whole(scan: catchall._LatinScan) -> Iterator[Hit]:
    """``hits`` as before round 31: every run decided, also one kept whole."""
    for run in scan._runs():
        if len(run) > 1 and "가" <= scan.folded[run[-1].end() : run[-1].end() + 1] <= "힣":
            yield from scan._join(scan._with_glued_end(run))
        else:
            yield from scan._join(scan.flagged(run))


def _skip_as_it_was(scan: catchall._LatinScan, match: re.Match[str]) -> bool:
    word = match.group()
    possessive = word.endswith(("'s", "’s")) and len(word) > 3
    folded = scan.folded
    return (
        scan.keep.contains(*match.span())
        or (possessive and scan.keep.contains(match.start(), match.end() - 2))
        or word in catchall._PRONOUN
        or (len(word) == 1 and not scan.strict)
        or catchall._role_word(folded, match)
        or catchall.beside_a_people(folded, *match.span())
        or (word == "Han" and catchall.han_people(folded, *match.span()))
        or (word in catchall._KOREAS and catchall.korea_for_short(folded, *match.span()))
        or (len(word) >= 3 and word.isupper() and word.casefold() in scan.res.function_en)
        or (
            word.casefold() in catchall.DATE_WORDS
            and catchall.date_word_is_date(folded, *match.span())
        )
    )


def _compare(text: str, res: Resources, keep: KeepSpans, strict: bool) -> None:
    scan = catchall._LatinScan(text, res, keep, strict)
    for match in catchall._CAP_TOKEN().finditer(text):
        assert scan.skip(match) is _skip_as_it_was(scan, match), (text, match)
    runs, live = scan._scan()
    assert live == [any(not keep.contains(*m.span()) for m in run) for run in runs], text
    assert list(scan.hits()) == list(_hits_decided_whole(scan)), text


def test_catchall_live_runs_on_the_passages(texts: list[str], res: Resources) -> None:
    skipped = 0
    for text in texts:
        keep = keep_spans(text, res)
        _compare(text, res, keep, False)
        _compare(text, res, keep, True)
        live = catchall._LatinScan(text, res, keep, False)._scan()[1]
        skipped += live.count(False)
    assert skipped > 1000  # the shortcut is taken


def test_catchall_live_runs_on_made_texts(res: Resources) -> None:
    for number, text in enumerate(made_texts(31, _CAPITALS, count=2000, size=12)):
        folded = fold(text)
        _compare(folded, res, keep_spans(folded, res), number % 2 == 0)
        # intervals of every size, also ones that cut a token or hold several runs
        cuts = [(i, i + 1 + (i * 7) % 13) for i in range(0, len(folded), 3 + number % 5)]
        _compare(folded, res, KeepSpans(cuts), False)


# --- the slow fold's runs --------------------------------------------------------------------


def _fold_by_cluster(chunk: str, base: int) -> tuple[str, list[int]]:
    """``_fold_slowly`` as before round 31: one cluster at a time."""
    pieces: list[str] = []
    starts: list[int] = []
    for match in normalize._CLUSTER().finditer(chunk):
        folded = normalize._fold_char(match.group()) or " "
        pieces.append(folded)
        starts.extend([base + match.start()] * len(folded))
    return "".join(pieces), starts


_ODD = (
    "a", "Z", "9", " ", "\t", "`", "\n", "e\u0301", "o\u0306", "\u0301", "가", "힣", "\u1100",
    "\u1161", "\u11a8", "\u1100\u1161\u11a8", "한\u11a8", "ﬁ", "①", "Ａ", "é", "—", "’", "ŏ",
    "\u00a0", "\u3000", "漢", "x\u20d0", "\ufe20", "İ", "ß", ".",
)  # fmt: skip


def test_slow_fold_runs_on_the_passages() -> None:
    lines = 0
    for text in passages():
        for line in normalize._LINE().finditer(text):
            if line.group() and not normalize._fast(line.group()):
                lines += 1
                got = normalize._fold_slowly(line.group(), line.start())
                assert got == _fold_by_cluster(line.group(), line.start()), line.group()
    assert lines > 20


def test_slow_fold_runs_on_made_lines() -> None:
    for number, text in enumerate(made_texts(3131, _ODD, count=3000, size=14)):
        assert normalize._fold_slowly(text, number) == _fold_by_cluster(text, number), text


def test_a_run_character_folds_as_translate_does() -> None:
    table = normalize._table()
    for code in (*range(0x80), *range(0xAC00, 0xD7A4)):
        assert normalize._fold_char(chr(code)) == chr(code).translate(table), hex(code)


# --- the phrase index's loop and the keep-list's Latin spans --------------------------------


def _find_as_it_was(index: PhraseIndex[Any], folded: str, words: frozenset[str]) -> list[Any]:
    """``PhraseIndex.find`` before round 31."""
    out: list[Any] = []
    present = words & index._by_first.keys()
    if not present:
        return out
    last_end = 0
    for word in index._first_words(folded, present):
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
        at = (found.lastindex or 1) - 1
        value = index._value_at(found)
        for phrase in candidates[at + 1 :] if value is None else ():
            match = index._phrase(phrase).match(folded, start)
            if match is not None:
                value = index._value_at(match)
                if value is not None:
                    found = match
                    break
        if value is not None:
            last_end = found.end()
            out.append((start, found.end(), value))
    return out


def _latin_spans_as_they_were(folded: str, res: Resources) -> list[tuple[int, int]]:
    return [
        (s, e)
        for s, e, _v in res.keep_latin.find(folded, words_of(folded))
        if keep._month_as_date(folded, s, e) and not keep._names_business(folded, s, e)
    ]


def _phrase_pieces(index: PhraseIndex[Any]) -> tuple[str, ...]:
    """Every 40th phrase of the index (and the case-ruled ones), in three cases, with the
    characters a phrase's edges are tested against."""
    phrases = sorted(p for group in index._by_first.values() for p in group)
    chosen = phrases[::40] + [p for p in phrases if fold(p).casefold().replace(" ", "") in (
        index._caps | index._upper)][::5]  # fmt: skip
    cased = {v for p in chosen for v in (p, p.lower(), p.upper(), p.title())}
    glue = (" ", " ", ". ", "-", "x", "9", "\n", "\u212a", "\u0130", "'s ", "é", "(")
    return (*sorted(cased), *glue)


def _indexes(res: Resources) -> list[PhraseIndex[Any]]:
    return [res.keep_latin, res.gaz_latin]


def test_phrase_find_on_the_passages(texts: list[str], res: Resources) -> None:
    for index in _indexes(res):
        found = 0
        for text in texts:
            words = words_of(text)
            got = list(index.find(text, words))
            assert got == _find_as_it_was(index, text, words), text
            found += len(got)
        assert found > 100
    for text in texts:
        assert keep._latin_spans(text, res, words_of(text)) == _latin_spans_as_they_were(
            text, res
        ), text


def test_phrase_find_on_made_texts(res: Resources) -> None:
    months = ("June ", "june ", "in June ", "with June ", "April 3 ", "May ", "August, ")
    landmarks = ("Baekdu ", "Baekdu restaurant ", "Tumen ", "Tumen River ", "Galaxy karaoke ")
    for number, index in enumerate(_indexes(res)):
        pieces = _phrase_pieces(index) + months + landmarks
        for text in made_texts(310 + number, pieces, count=1500, size=8):
            folded = fold(text)
            words = words_of(folded)
            assert list(index.find(folded, words)) == _find_as_it_was(index, folded, words), text
            assert keep._latin_spans(folded, res, words) == _latin_spans_as_they_were(
                folded, res
            ), text


def _case_ruled(index: PhraseIndex[Any]) -> tuple[str, ...]:
    """The phrases of each first word that holds a phrase matched only in one case (Bao'an,
    UN), in their cases: where the longest match is ruled out and a shorter one is read."""
    ruled = index._caps | index._upper
    groups = [c for c in index._by_first.values() if any(fold_key(p) in ruled for p in c)]
    return tuple(sorted({v for c in groups[::4] for p in c for v in (p, p.lower(), p.upper())}))


_MADE_INDEX = PhraseIndex(
    {"Bao an shan": 1, "Bao an": 2, "Bao": 3, "AM": 4, "A.M.": 5, "SIM": 6, "SIM card": 7},
    caps=frozenset({"Bao an shan", "Bao an"}),
    upper=frozenset({"SIM", "AM", "SIM card"}),
)
"""Longer phrases ruled out by case before shorter ones that are not (the shipped indexes
hold few such)."""


def test_phrase_find_on_a_made_index() -> None:
    pieces = ("Bao", "bao", "BAO", " an", " AN", " shan", "-", " ", "am", "AM", "a.m.", "A.M.")
    pieces += ("SIM", "sim", " card", " CARD", "9", "x", ". ")
    for text in made_texts(3101, pieces, count=3000, size=8):
        folded = fold(text)
        words = words_of(folded)
        got = list(_MADE_INDEX.find(folded, words))
        assert got == _find_as_it_was(_MADE_INDEX, folded, words), text


def test_phrase_find_on_few_words_glued_and_spaced(res: Resources) -> None:
    """A small vocabulary, so that a phrase recurs in one text, spaced and glued to a digit
    or a letter before it."""
    common = ("June ", "Seoul ", "China ", "In ", "UN ", "un ", "AM ", "the ", "Tumen River ")
    glue = (" ", "9", "x", "-", ". ")
    for number, index in enumerate(_indexes(res)):
        pieces = (*common, *_case_ruled(index)[:40], *glue)
        for text in made_texts(3100 + number, pieces, count=1500, size=8):
            folded = fold(text)
            words = words_of(folded)
            assert list(index.find(folded, words)) == _find_as_it_was(index, folded, words), text


# --- the danji gate ----------------------------------------------------------------------------


def test_every_danji_match_holds_the_gate(texts: list[str]) -> None:
    pieces = ("7", " 12", "-", "danji", "Danji", "DANJI", "anji", "Yanji", " ", "\n", "x", "단지")
    found = 0
    for text in [*texts, *made_texts(3102, pieces, count=3000, size=6)]:
        lots = addresses_lots.romanised_lots(text)
        for match in addresses_lots._DANJI().finditer(text):
            assert "danji" in match.group() and match.span() in lots, text
            found += 1
    assert found > 40


# --- joined given names in lower case ---------------------------------------------------------


def test_joined_names_with_the_word_gate(texts: list[str], res: Resources) -> None:
    pieces = ("hi its ", "ok so ", "sunhee", "eunji", "minjeong", "hyesun", " ", ". ", "? ")
    pieces += ("the ", "market ", "Sunhee ", "Park ", "@", "'s ", "-", "x", "9", "\u212a", "\n")
    pieces += ("bring ", "too", "Hyesun Park ", "sunhee_", "s.", "ji", "eun")
    found = 0
    for text in [*texts, *(fold(t) for t in made_texts(3103, pieces, count=3000, size=8))]:
        words = words_of(text)
        got = list(romanised_joined_en.find_joined_given_names(text, res, words))
        assert got == list(romanised_joined_en.find_joined_given_names(text, res)), text
        found += sum(h.rule == "joined_given_lower" for h in got)
    assert found > 100
