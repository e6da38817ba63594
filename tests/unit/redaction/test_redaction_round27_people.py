"""Round 27 of issue 11, Korean people: what set BT (100 Korean passages dense with people)
showed the person rules missing.  Every sentence here is invented for these tests (no blind
passage's text)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.propagate_ko import glued_after_connective


def _spans(engine: Redactor, text: str) -> list[tuple[str, str, bool]]:
    return [(text[s.start : s.end], s.label, s.uncertain) for s in engine.redact(text).spans]


def _people(engine: Redactor, text: str) -> list[str]:
    return [s for s, label, _ in _spans(engine, text) if label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("참새는 진짜 이름이 아니고 다들 그렇게 불렀어요.", "참새"),
        ("달은 본명이 아니에요, 가게에서 붙인 거예요.", "달"),
        ("두부는 실명이 아니래요.", "두부"),
    ],
)
def test_the_subject_of_a_denied_real_name_is_a_name(rules: Redactor, text: str, name: str) -> None:
    assert name in _people(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "그 이름은 진짜 이름이 아니고 가짜예요.",
        "이건 본명이 아니에요.",
    ],
)
def test_a_word_for_a_name_denied_is_no_name(rules: Redactor, text: str) -> None:
    assert not any(s.rule.startswith("denied_real_name") for s in rules.redact(text).spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("그런데경숙이가왔어요. 경숙이는 웃었어요.", "경숙"),
        ("그리고해란이를데리고 나왔지요. 해란이 손이 차가웠어요.", "해란"),
    ],
)
def test_a_known_name_glued_to_a_connective_is_found_again(
    rules: Redactor, text: str, name: str
) -> None:
    first = text.index(name)
    assert any(s.start <= first < s.end and s.label == "PERSON" for s in rules.redact(text).spans)


@pytest.mark.parametrize(
    ("text", "name", "glued"),
    [
        ("그래서영순이를 불렀어요.", "영순", True),
        ("대영순이를 불렀어요.", "영순", False),  # no connective opens the word
        ("그래서영순시장에 갔어요.", "영순", False),  # no particle after the name
        ("안그래서영순이를 불렀어요.", "영순", False),  # the connective does not open the word
    ],
)
def test_only_a_connective_opening_the_word_and_a_particle_after_glue_a_name(
    text: str, name: str, glued: bool
) -> None:
    start = text.index(name)
    assert glued_after_connective(text, start, start + len(name)) is glued


def test_a_word_denied_to_be_a_real_name_is_that_person_elsewhere(rules: Redactor) -> None:
    text = "방에는 참새가 먼저 와 있었어요. 참새는 진짜 이름이 아니고 별명이에요."
    first = text.index("참새")
    assert any(s.start == first and s.label == "PERSON" for s in rules.redact(text).spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("포장반장 석씨 밑에서 일했어요.", "석씨"),
        ("생산조장 명철이가 나를 불렀어요.", "명철"),
    ],
)
def test_an_office_ending_a_compound_is_a_role_before_a_name(
    rules: Redactor, text: str, name: str
) -> None:
    at = text.index(name)
    assert any(s.start == at and s.label == "PERSON" for s in rules.redact(text).spans)


def test_a_kinship_word_glued_to_a_name_is_no_compound_role(rules: Redactor) -> None:
    text = "오늘 은하언니 만남."
    assert not any(s.rule.startswith("role_before_name") for s in rules.redact(text).spans)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("가게에서는 별명으로만 불렀어요. 나는 참새였고 언니는 두루미였어요.", "참새"),
        ("가게에서는 별명으로만 불렀어요. 나는 참새였고 언니는 두루미였어요.", "두루미"),
        ("사장이 이름을 새로 지어줬는데 걔는 홍련이었어요.", "홍련"),
    ],
)
def test_who_was_which_name_after_a_naming_word(rules: Redactor, text: str, name: str) -> None:
    assert name in _people(rules, text)


def test_i_was_a_noun_without_a_naming_word_is_no_name(rules: Redactor) -> None:
    text = "그때 나는 학생이었고 걔는 막내였어요."
    assert not any(s.rule.startswith("was_named") for s in rules.redact(text).spans)


@pytest.mark.parametrize("text", ["그건 본명이 아니에요.", "제 본명이 아니야, 가짜야."])
def test_the_negative_copula_after_a_real_name_is_no_name(rules: Redactor, text: str) -> None:
    assert not any(s.label == "PERSON" for s in rules.redact(text).spans)
