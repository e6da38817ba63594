"""Round 16 of issue 11: strong cues that a reading of the word silenced, found on the
development sets after set S was written and sealed (a romanised full name with a Korean
particle glued on, a record's role noun before a surname and a word-name that a verb's
reading swallowed, a word-name before a spaced 씨 split as a word and the particle 랑).
Every sentence here is invented for these tests (no blind passage's text, names or places)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from redaction_helpers import surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 1. the whole romanised name, its particle outside (before: Kim was left)
        ("센터 담당자 Grace Han은 서울에 있었다.", "Grace Han"),
        ("목사님 Daniel Lee가 도와줬어요.", "Daniel Lee"),
        ("담당자 John Park이 전화했어요.", "John Park"),
    ],
)
def test_a_romanised_full_name_keeps_its_last_word_before_a_korean_particle(
    rules: Redactor, text: str, name: str
) -> None:
    out = rules.redact(text)
    assert surfaces(rules, text, "PERSON") == {name: True}
    assert name.split()[-1] not in out.text


@pytest.mark.parametrize("text", ["KTV에서 일했어요.", "SNS로 연락했어요.", "TV를 봤어요."])
def test_a_lone_capitalised_word_glued_to_a_particle_is_left_to_the_other_rules(
    rules: Redactor, text: str
) -> None:
    assert rules.redact(text).text == text


def test_a_record_role_before_a_surname_and_a_verb_read_word_name_wins_uncertain(
    rules: Redactor,
) -> None:
    text = "면담 기록: 내담자 오다솜은 취업 교육을 마쳤다."
    assert surfaces(rules, text, "PERSON") == {"오다솜": True}


@pytest.mark.parametrize(
    "text",
    [
        "상담 메모: 내담자 우울감 호소.",  # a noun and its suffix (우울 + 감)
        "피해자 진술에 따르면 그는 도망쳤다.",
        "피해자 오다가 잡혔다.",  # "came and": a verb form and its particle
    ],
)
def test_a_record_role_before_an_ordinary_word_stays_no_name(rules: Redactor, text: str) -> None:
    assert not surfaces(rules, text, "PERSON")


def test_a_word_name_before_a_spaced_honorific_is_not_read_as_word_and_particle(
    rules: Redactor,
) -> None:
    assert surfaces(rules, "사랑 씨는 착했어요.", "PERSON") == {"사랑 씨": True}
    assert not surfaces(rules, "엄마랑 선생님이 왔어요.", "PERSON")
    assert not surfaces(rules, "학교의 선생님이 왔어요.", "PERSON")
