"""Round 30 speed: the cue rules' word-list gates, one search at C speed each.

A Korean answer is some fifty characters; the cue rules each open with a gate, and a gate
written ``any(word in folded for word in WORDS)`` resumed a generator once per word (about
1.7 us for a list of thirteen).  ``anchored.literal_test`` compiles the list into one
alternation whose ``search`` is true exactly when that ``any`` is.  These tests compare each
converted gate with the plain ``any`` on the development passages and on texts made of the
listed words, their halves and their neighbours (``bench/redaction_outputs.py`` checks the
whole engine's outputs).  ``spoken_ko.bound_noun_phrase`` first tests every bound noun in one
``endswith``: compared with its loop as it was.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import (
    companions_zh,
    epithets_ko,
    glued_names_ko,
    hangul,
    online_labels_ko,
    orgs_schools_ko,
    orgs_taught_ko,
    round13_en,
    round13_zh,
    slots_ko,
    spoken_ko,
)
from fieldkit.redaction.anchored import literal_test
from speed_helpers import folded_passages, made_texts

_GATES = [
    (companions_zh._HAS_VERB, companions_zh._VERBS),
    (epithets_ko._HAS_SUFFIX, epithets_ko.HABIT_SUFFIXES),
    (glued_names_ko._HAS_KIN_WORD, glued_names_ko._KIN_WORDS),
    (online_labels_ko._HAS_LABEL, ("닉네임", "대화명", "아이디", "계정", "프로필", "이름", "닉")),
    (orgs_schools_ko._HAS_SCHOOL_WORD, orgs_schools_ko._SCHOOL_WORDS),
    (orgs_taught_ko._HAS_KIND, orgs_taught_ko._KINDS),
    (round13_en._HAS_PREFIX, round13_en._PREFIXES),
    (round13_zh._HAS_LATIN_KIND_WORD, round13_zh._LATIN_KIND_WORDS),
    (round13_zh._HAS_KIND_ANCHOR, round13_zh._KIND_ANCHORS),
    (slots_ko._HAS_NAME_NOUN, ("이름", "본명", "가명", "예명", "별명", "실명")),
]


def _pieces(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word, its halves, a space, a dot and a few characters it could touch."""
    halves = [part for word in words for part in (word[: len(word) // 2], word[len(word) // 2 :])]
    return (*words, *(h for h in halves if h), " ", ".", "가", "이", "a", "A", "ー", "\n")


@pytest.mark.parametrize("gate, words", _GATES, ids=[w[0] for _g, w in _GATES])
def test_gate_is_any_on_the_passages(gate, words) -> None:
    for text in folded_passages():
        assert bool(gate(text)) is any(word in text for word in words), text


@pytest.mark.parametrize("gate, words", _GATES, ids=[w[0] for _g, w in _GATES])
def test_gate_is_any_on_made_texts(gate, words) -> None:
    texts = made_texts(30, _pieces(words), count=2000, size=4)
    held = 0
    for text in texts:
        expected = any(word in text for word in words)
        assert bool(gate(text)) is expected, text
        held += expected
    assert 0 < held < len(texts)  # both answers reached


def test_literal_test_escapes_and_refuses_empty() -> None:
    assert literal_test((".", "a+b"))("x.y")
    assert not literal_test(("a+b",))("aab")
    assert literal_test(("a+b",))("a+b")
    with pytest.raises(ValueError):
        literal_test(())
    with pytest.raises(ValueError):
        literal_test(("a", ""))


def _bound_noun_phrase_plain(stem: str, is_verb) -> bool:
    """``spoken_ko.bound_noun_phrase`` as it was before round 30: every bound noun tried."""
    if len(stem) >= 4 and stem.endswith("까봐"):
        return True
    for bound, finals in spoken_ko._BOUND_AFTER.items():
        if not stem.endswith(bound) or len(stem) <= len(bound):
            continue
        rest = stem[: -len(bound)]
        last = rest[-1]
        if not "가" <= last <= "힣" or hangul.decompose(last)[2] not in finals:
            continue
        if len(rest) == 1:
            return rest in spoken_ko._SHORT_ADNOMINAL
        return last in "는을인" or is_verb(rest)
    return False


def test_bound_noun_phrase_end_test_is_the_plain_loop() -> None:
    """The one ``endswith`` of every bound noun first, then the loop: the same answers."""
    words = {w for text in folded_passages() for w in text.split()}
    bounds = tuple(spoken_ko._BOUND_AFTER)
    pieces = (*bounds, "할", "갈", "는", "인", "철", "가", "사", "까봐", "a", "1")
    words |= set(made_texts(31, pieces, count=3000, size=3))
    for is_verb in (lambda _w: False, lambda _w: True, lambda w: len(w) % 2 == 0):
        for word in words:
            assert spoken_ko.bound_noun_phrase(word, is_verb) is _bound_noun_phrase_plain(
                word, is_verb
            ), word
