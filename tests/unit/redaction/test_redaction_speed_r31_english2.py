"""Round 31 speed (second pass): the English path's shortcuts, each compared with the plain
computation.

``names._surname_shapes`` reads the capitalised words that a second word follows from one
scan (``cap_pair``) instead of ``cap_word`` with ``pair_tail`` tried after each match: the
words, starts and tails are compared with the loop it replaced on the development passages
and on made texts of capitalised words, hyphens, apostrophes, commas and spaces.
"""

from __future__ import annotations

from fieldkit.redaction import names
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
