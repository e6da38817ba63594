"""Round 31 speed: the Korean cue rules with fewer generators and cheaper gates.

A Korean answer is some fifty characters and most of the cue rules find nothing in it, so
what a rule costs there is its frame and its gate.  Round 31 (1) turns the sub-rules of the
round-7, round-10, round-11 and round-29 person modules (``persons_ko``, ``family_names_ko``,
``ranks_ko``, ``strong_cues_ko``, ``slots_ko``, ``persons_round29_ko``) into plain functions
returning lists, concatenated in the same order; (2) replaces the gates written
``not SET.isdisjoint(folded)`` (a string made and hashed for every Hangul character) by
``anchored.char_test``, one character-class search, and the gates written ``any(word in
folded for word in WORDS)`` by ``anchored.literal_test``.  These tests compare each gate
with the plain computation it replaced, on the development passages and on texts made of
the listed characters and words (``bench/redaction_outputs.py`` checks the whole engine's
outputs, and the list-returning sub-rules are compared with their generators' order by it).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from fieldkit.redaction import (
    names_noted_ko,
    names_partial_ko,
    orgs_industry,
    orgs_ko,
    orgs_legal_forms_ko,
    persons_ko,
    predicates_ko,
    ranks_ko,
    slots_ko,
    strong_cues_ko,
)
from fieldkit.redaction.anchored import char_test
from fieldkit.redaction.engine import Redactor
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import TextView
from speed_helpers import folded_passages, made_texts

_PAPERS = ("호적", "호구", "신분증", "주민등록", "여권", "공민증", "서류", "등록증", "출생증")
"""``names_partial_ko.find_partial_names``'s words, as its ``any`` listed them."""

_CHAR_GATES = [
    ("strong_cues_ko._HAS_QUOTE", strong_cues_ko._HAS_QUOTE, strong_cues_ko._QUOTE_SET),
    ("orgs_ko._HAS_OPENING", orgs_ko._HAS_OPENING, orgs_ko._OPENING),
    (
        "orgs_industry._rx()[1]",
        orgs_industry._rx()[1],
        frozenset(w[0] for w in orgs_industry.INDUSTRY),
    ),
]
_WORD_GATES = [
    ("names_partial_ko._HAS_PAPERS", names_partial_ko._HAS_PAPERS, _PAPERS),
    ("names_noted_ko._HAS_STATING", names_noted_ko._HAS_STATING, ("진술", "주장", "자칭", "자백")),
    (
        "names_noted_ko._HAS_REAL_NAME",
        names_noted_ko._HAS_REAL_NAME,
        ("본명", "본이름", "진짜 이름", "실명"),
    ),
    (
        "names_noted_ko._HAS_NAMING_WORD",
        names_noted_ko._HAS_NAMING_WORD,
        ("이름", "별명", "예명", "가명"),
    ),
]


def _char_pieces(chars: frozenset[str]) -> tuple[str, ...]:
    """Each character and neighbours that are none of them (Hangul, Latin, punctuation)."""
    return (*sorted(chars), "가", "이", "름", "a", "A", " ", ".", "`", "\n", "’", "」", "、")


def _word_pieces(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each word, its halves, a space and characters it could touch."""
    halves = [part for word in words for part in (word[: len(word) // 2], word[len(word) // 2 :])]
    return (*words, *(h for h in halves if h), " ", ".", "가", "이", "a", "\n")


@pytest.mark.parametrize("name, gate, chars", _CHAR_GATES, ids=[g[0] for g in _CHAR_GATES])
def test_char_gate_is_the_set_test(name: str, gate: Callable, chars: frozenset[str]) -> None:
    texts = folded_passages() + made_texts(31, _char_pieces(chars), count=2000, size=3)
    held = 0
    for text in texts:
        expected = not chars.isdisjoint(text)
        assert bool(gate(text)) is expected, (name, text)
        held += expected
    assert 0 < held < len(texts)  # both answers reached


@pytest.mark.parametrize("name, gate, words", _WORD_GATES, ids=[g[0] for g in _WORD_GATES])
def test_word_gate_is_the_any(name: str, gate: Callable, words: tuple[str, ...]) -> None:
    texts = folded_passages() + made_texts(131, _word_pieces(words), count=2000, size=4)
    held = 0
    for text in texts:
        expected = any(word in text for word in words)
        assert bool(gate(text)) is expected, (name, text)
        held += expected
    assert 0 < held < len(texts)


def test_char_test_escapes_and_refuses_what_is_no_character() -> None:
    assert char_test("]^-\\")("a^b")
    assert char_test("]^-\\")("\\")
    assert not char_test("]^-\\")("abc")
    assert not char_test("a-c")("b")  # a dash is a character, not a range
    with pytest.raises(ValueError):
        char_test("")
    with pytest.raises(ValueError):
        char_test(("ab",))


_PREDICATE_PIECES = (
    "진달래가 ",
    "제 친구예요",
    "우리 언니였어요",
    '보라가 그랬어요, "가자" ',
    '명순이가 "가자" 했어요 ',
    "“ ",
    "해바라기는 우리끼리 부르던 별명인데 ",
    "나비는 별명이었어요 ",
    "기쁨이가 누나고 ",
    "별이랑 해는 자매였는데 ",
    "봄이 엄마가 ",
    "달래하고 저하고 ",
    "저랑 순이랑 ",
    "하나랑 저랑 ",
    "신분증은 리화 명의였어요 ",
    "명의",
    "이름",
    " 형",
    "이 딸",
    "나하고",
    "그건 ",
    "엄마가 ",
    "\n",
    " ",
)


@pytest.fixture(scope="module")
def res() -> Resources:
    return Redactor.default().res


def test_predicate_gate_is_every_gate() -> None:
    """The one alternation finds nothing exactly when every gate finds nothing."""
    gates = {rule[2] for rule in predicates_ko._RULES}
    gates |= {predicates_ko._GATE_PAIR, predicates_ko._GATE_POSSESSOR}
    gates |= {predicates_ko._GATE_WITH_ME}
    texts = folded_passages() + made_texts(231, _PREDICATE_PIECES, count=3000, size=3)
    opened = 0
    for text in texts:
        shut = all(gate.search(text) is None for gate in gates)
        assert (predicates_ko._any_gate().search(text) is None) is shut, text
        opened += not shut
    assert 0 < opened < len(texts)


def test_predicate_people_are_the_ungated_ones(res: Resources) -> None:
    """The gated rule finds what its body finds with every gate tried (the plain one)."""
    texts = folded_passages() + made_texts(232, _PREDICATE_PIECES, count=3000, size=4)
    found = 0
    for text in texts:
        expected = list(predicates_ko._people(text, res))
        assert predicates_ko.find_predicate_people_ko(text, res) == expected, text
        found += bool(expected)
    assert found


def _has_hanzi(text: str) -> bool:
    return TextView(text).has_hanzi


def _legal_gate(text: str) -> bool:
    return "(주)" in text or "㈜" in text


_SHUT_GATES = [
    ("slots voc_quoted", slots_ko._HAS_QUOTE, lambda: slots_ko._rx()["voc_quoted"]),
    ("slots nick_kin", slots_ko._HAS_QUOTE, lambda: slots_ko._rx()["nick_kin"]),
    ("slots quoted_rago", slots_ko._HAS_QUOTE, lambda: slots_ko._rx()["quoted_rago"]),
    ("persons recalled", persons_ko._HAS_RECALLED, lambda: persons_ko._rx()["recalled"]),
    ("ranks seam", _has_hanzi, lambda: ranks_ko._rx()["seam"]),
    ("legal glued", _legal_gate, lambda: orgs_legal_forms_ko._GLUED),
]
_SHUT_PIECES = (
    "'곰아'라고 불렀어요 ",
    "\u201c순이야\u201d 부르면 ",
    "'곰아바이'라 했지 ",
    "'털보'라구, ",
    "「봄」이라고, ",
    "리영남인가 ",
    "박경철이었나 ",
    "순덕인지 ",
    "이던가 ",
    "이였나, ",
    "王사장 ",
    "李 ",
    "(주)한빛 ",
    "㈜대명 ",
    "주식회사 ",
    "인가",
    "었",
    "'",
    "’",
    "\u300c",
    "가",
    " ",
    ",",
    "\n",
)


@pytest.mark.parametrize("name, gate, pattern", _SHUT_GATES, ids=[g[0] for g in _SHUT_GATES])
def test_shut_gate_leaves_nothing_to_find(name: str, gate: Callable, pattern: Callable) -> None:
    """Where the gate is shut the pattern finds nothing (so skipping it changes nothing);
    the made texts reach both a shut gate and a match."""
    texts = folded_passages() + made_texts(331, _SHUT_PIECES, count=3000, size=4)
    shut = matched = 0
    for text in texts:
        found = pattern().search(text) is not None
        if not gate(text):
            assert not found, (name, text)
            shut += 1
        matched += found
    assert shut and matched, name


def test_slots_quote_gate_is_the_quote_set() -> None:
    chars = frozenset(slots_ko._QUOTES)
    for text in folded_passages() + made_texts(332, _char_pieces(chars), count=2000, size=3):
        assert bool(slots_ko._HAS_QUOTE(text)) is not chars.isdisjoint(text), text
