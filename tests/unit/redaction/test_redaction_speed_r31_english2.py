"""Round 31 speed (second pass): the English path's shortcuts, each compared with the plain
computation.

``names._surname_shapes`` reads the capitalised words that a second word follows from one
scan (``cap_pair``) instead of ``cap_word`` with ``pair_tail`` tried after each match: the
words, starts and tails are compared with the loop it replaced on the development passages
and on made texts of capitalised words, hyphens, apostrophes, commas and spaces.

``anchored.phrase_starts`` lower-cases the text once per text (kept on its ``textview`` view)
and tests its phrases joined; ``cues_titles_en._lowered`` keeps each set of cue words lower-
cased: compared with the computation as it was, with the text's view kept, with another
text's view kept and with none, on the passages and on made texts holding the characters
that ``re.IGNORECASE`` matches to ASCII letters and ones that lower-case to two.
"""

from __future__ import annotations

from fieldkit.redaction import anchored, cues_titles_en, names, textview
from speed_helpers import folded_passages, made_texts

_PIECES = (
    "Kim", "Park", "Ok", "-", "-Hee", "-hee", "'", "'s", ",", ", ", " ", "  ", "\n", "Lee",
    "Sun", "a", "the", "O", "K", "Mc", "Donald", "x", "1", ".", "Young-Ja", "Ja", "Ri ",
    "-H", "'Neil", "I", "é", "Han", "_", "Ah", "KIM", "ſ", " Kim", ", Lee", " Ja-Hee",
)  # fmt: skip


def _pairs_as_before(folded: str) -> list[tuple[str, int, str, str]]:
    """``_surname_shapes``' loop head before round 31: each ``cap_word`` match, then
    ``pair_tail`` tried at its end."""
    rx = names._regexes()
    out = []
    for cap in rx["cap_word"].finditer(folded):
        tail = rx["pair_tail"].match(folded, cap.end())
        if tail is not None:
            out.append((cap.group(), cap.start(), tail.group(1), tail.group(2)))
    return out


def _pairs(folded: str) -> list[tuple[str, int, str, str]]:
    """The loop head since: ``cap_pair``'s matches with a tail (the others are words before
    a hyphen, skipped)."""
    found = names._regexes()["cap_pair"].finditer(folded)
    return [(m.group(), m.start(), *m.group(1, 2)) for m in found if m.group(1) is not None]


def test_cap_pair_is_cap_word_then_pair_tail_on_the_passages() -> None:
    found = 0
    for text in folded_passages():
        expected = _pairs_as_before(text)
        assert _pairs(text) == expected, text[:80]
        found += len(expected)
    assert found > 500  # the passages exercise the rule


def test_cap_pair_is_cap_word_then_pair_tail_on_made_texts() -> None:
    found = 0
    for text in made_texts(3101, _PIECES, 4000, 12):
        expected = _pairs_as_before(text)
        assert _pairs(text) == expected, text
        found += len(expected)
    assert found > 800


def _phrase_starts_as_before(folded: str, phrases: tuple[str, ...]) -> list[int] | None:
    lowered = folded.lower()
    if len(lowered) != len(folded) or any(c in folded for c in anchored._CASE_ODD):
        return None
    if not all(p.isascii() and p == p.lower() for p in phrases):
        return None
    return anchored.positions(lowered, phrases)


_PHRASES = (
    names._cue_phrases(),
    ("called", "named"),
    ("that", "which"),
    (),
    ("Called", "named"),
    ("known as", "ıt"),
    ("mr", "kim"),
)
_ODD = (
    "called ",
    "Named ",
    "NAMED",
    "İ",
    "ı",
    "ſ",
    "\u212a",
    "ß",
    "ŉ",
    "Mr. ",
    "Kim ",
    "that",
    " ",
    "x",
)


def _compare_phrase_starts(texts: list[str]) -> int:
    found = 0
    for text in texts:
        for phrases in _PHRASES:
            expected = _phrase_starts_as_before(text, phrases)
            found += len(expected or ())
            assert anchored.phrase_starts(text, phrases) == expected, (text, phrases)
            textview.view(text)
            assert anchored.phrase_starts(text, phrases) == expected, (text, phrases)
            assert anchored.phrase_starts(text, phrases) == expected, (text, phrases)  # memo
            other = "called that mr " + text
            textview.view(other)  # another text's view kept, its lowering made
            assert anchored.phrase_starts(other, phrases) == _phrase_starts_as_before(
                other, phrases
            )
            assert anchored.phrase_starts(text, phrases) == expected, (text, phrases)
            textview.forget()
    return found


def test_phrase_starts_is_the_plain_computation_on_the_passages() -> None:
    assert _compare_phrase_starts(folded_passages()) > 1000


def test_phrase_starts_is_the_plain_computation_on_made_texts() -> None:
    texts = made_texts(3102, _ODD, 1500, 8)
    assert _compare_phrase_starts(texts) > 500
    assert sum(_phrase_starts_as_before(t, ()) is None for t in texts) > 100  # odd ones read


def test_cue_words_lowered_once_are_the_words_lowered() -> None:
    by_title, by_naming = cues_titles_en._english_cues()
    for words in [*by_title.values(), *by_naming.values(), ("Mrs", "MRS", "mrs", "Ms")]:
        assert sorted(cues_titles_en._lowered(words)) == sorted({w.lower() for w in words})
