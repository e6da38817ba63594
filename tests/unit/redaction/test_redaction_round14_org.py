"""Round 14, lane ORG-AND-OTHERS: organisations, account names, months, clefts.

Every sentence is invented (other names, other places than the blind sets'); each class has
its expected output and a precision case where the rule must not fire.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _redacted(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


def _labels(engine: Redactor, text: str) -> list[tuple[str, str]]:
    result = engine.redact(text)
    return [(text[s.start : s.end], s.label) for s in result.spans]


# --- a kind noun before the name (orgs_kind_first_ko) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("한국 식당 무궁화에서 삼 년 일했어요.", "한국 식당 [기관-1]에서 삼 년 일했어요."),
        ("조선족 교회 빛고을에 다녔어요.", "조선족 교회 [기관-1]에 다녔어요."),
        (
            "탈북여성 지원단체 한마음에서 전화가 왔어요.",
            "탈북여성 지원단체 [기관-1]에서 전화가 왔어요.",
        ),
        ("NGO 두루빛에서 도와줬어요.", "NGO [기관-1]에서 도와줬어요."),
        ("식당 뚜레미에서 일했어요.", "식당 [기관-1]에서 일했어요."),
    ],
)
def test_a_name_after_its_kind_noun(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "한국 식당 주방에서 일했어요.",
        "지원단체 사람들이 왔어요.",
        "식당 일에 지쳤어요.",
        "식당 하면서 돈을 모았어요.",
        "NGO 단체에서 연락이 왔어요.",
        "한국 식당 하기에 좋은 곳이에요.",
        "식당 앞에서 기다렸어요.",
    ],
)
def test_a_part_a_person_or_a_verb_after_a_kind_is_no_name(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


def test_a_person_with_a_comitative_after_a_kind_stays_a_person(engine: Redactor) -> None:
    text = "식당 김철수하고 같이 일했어요."
    assert ("김철수", "PERSON") in _labels(engine, text)


# --- a name before a glued trade and kind (orgs_trade_ko) -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("소망 발마사지에서 일했어요.", "[기관-1] 발마사지에서 일했어요."),
        ("두리 가발공장에서 이 년 있었어요.", "[기관-1] 가발공장에서 이 년 있었어요."),
        ("天宫 발마사지라는 데서 일했어요.", "[기관-1] 발마사지라는 데서 일했어요."),
    ],
)
def test_a_name_before_a_trade_and_kind(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "그 가발공장에서 일했어요.",
        "작은 가발공장에서 일했어요.",
        "삼 년 동안 가발공장에서 일했어요.",
        "발마사지라는 데서 일했어요.",
    ],
)
def test_a_modifier_or_clause_word_before_a_trade_is_no_name(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


# --- signs and Latin names (orgs_signs_ko) ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("간판은 은방울이었고, 손님이 많았어.", "간판은 [기관-1]이었고, 손님이 많았어."),
        (
            "간판 이름이 달맞이였는데, 거기서 일했어요.",
            "간판 이름이 [기관-1]였는데, 거기서 일했어요.",
        ),
        ("'해돋이' 간판이 보였어요.", "'[기관-1]' 간판이 보였어요."),
        ("Morning Dew라는 NGO가 도와줬어요.", "[기관-1]라는 NGO가 도와줬어요."),
        ("Grace 교회에서 만났어요.", "[기관-1] 교회에서 만났어요."),
    ],
)
def test_a_sign_or_a_latin_name_names_the_business(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _redacted(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    ["간판이 없었어요.", "간판은 중국어였어요.", "NGO 단체가 도와줬어요.", "Korea 식당에 갔어요."],
)
def test_no_sign_name_where_none_is_given(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


# --- a Hanzi village with a Korean suffix (places_hanzi_ko) -----------------------------------


def test_a_hanzi_village_with_its_korean_suffix(engine: Redactor) -> None:
    text = "제가 살던 데는 东风촌이야."
    assert ("东风촌", "PLACE") in _labels(engine, text)
    assert "东风" not in _redacted(engine, text)


def test_a_kept_hanzi_word_with_a_suffix_is_no_village(engine: Redactor) -> None:
    text = "中国촌에 가 봤어요."
    assert _redacted(engine, text) == text


# --- an account name after its label (online_labels_ko) --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("제 닉네임은 달콤토끼였어요.", "제 닉네임은 [계정-1]였어요."),
        ("대화명이 푸른별이었는데 바꿨어요.", "대화명이 [계정-1]이었는데 바꿨어요."),
    ],
)
def test_an_account_name_after_its_label(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected
    assert any(label == "ONLINE_ID" for _, label in _labels(engine, text))


@pytest.mark.parametrize(
    "text", ["아이디가 없었고 그냥 했어요.", "아이디는 모르고 번호만 알아요.", "닉네임이 뭐였어요?"]
)
def test_a_verb_or_question_after_the_label_is_no_account(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


# --- English: a month that names a girl, "calls her X" (months_en, cues.tsv) -----------------


def test_a_month_word_as_the_subject_of_a_persons_verb(engine: Redactor) -> None:
    text = "We met in May. May told me where the bus stopped."
    assert _redacted(engine, text) == "We met in May. [PERSON-1] told me where the bus stopped."


@pytest.mark.parametrize("text", ["June came and went.", "May was hot that year.", "May I sit?"])
def test_a_month_as_a_month_stays(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


def test_calls_her_names_a_person_even_after_a_church(engine: Redactor) -> None:
    text = "Everyone at the mission calls her Blossom now."
    assert ("Blossom", "PERSON") in _labels(engine, text)


def test_calls_her_before_a_lower_case_word_is_no_name(engine: Redactor) -> None:
    text = "She calls her mother every day."
    assert _redacted(engine, text) == text


# --- Chinese: the one who bought her, named (slots_zh) ----------------------------------------


def test_a_full_name_in_the_cleft_slot_even_when_it_opens_with_a_word(engine: Redactor) -> None:
    text = "卖她的人是韩国明，后来跑了。"
    assert _redacted(engine, text) == "卖她的人是[PERSON-1]，后来跑了。"


@pytest.mark.parametrize("text", ["买她的是韩国人。", "买她的是个老光棍。"])
def test_a_people_or_a_description_in_the_cleft_slot_is_no_name(
    engine: Redactor, text: str
) -> None:
    assert _redacted(engine, text) == text
