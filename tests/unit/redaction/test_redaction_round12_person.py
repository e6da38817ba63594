"""Round 12 of issue 11, lane PERSON-KO: Korean person classes left on set H (name fields,
family table rows, the household 가 of a lone surname, names paired in a list, a colon chat
with one other side).  Every sentence here is invented for these tests (no blind passage's
text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.fields_ko import find_fields
from fieldkit.redaction.normalize import fold


def _spans(engine: Redactor, text: str) -> dict[str, bool]:
    """Each redacted surface and whether it is uncertain."""
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


def _fields(engine: Redactor, text: str) -> dict[str, str]:
    folded = fold(text)
    return {folded[h.start : h.end]: h.rule for h in find_fields(folded, engine.res)}


# --- 1. name fields and family table rows ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("성명: 한다래 / 생년: 1991년", "한다래"),
        ("이름 : 구슬비, 나이 27", "구슬비"),
        ("성함: 문보배 (여)", "문보배"),
        ("본인 성명 탁은솔, 1985년생", "탁은솔"),
        ("가명: 해님 / 연락처 없음", "해님"),
    ],
)
def test_a_name_field_holds_a_name_even_a_word(engine: Redactor, text: str, name: str) -> None:
    assert name in _spans(engine, text)
    assert _fields(engine, text).get(name, "").startswith("name_field")


@pytest.mark.parametrize(
    "text",
    ["성명: 미상 / 나이 40대", "이름: 모름, 조선족 남자", "이름 짓는 게 어려웠다: 다들 말했다"],
)
def test_a_name_field_saying_no_name_is_left(engine: Redactor, text: str) -> None:
    assert _fields(engine, text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("가족\n딸1 남궁새봄 - 2010년 북송\n딸2 남궁가람 - 한국", "남궁새봄"),
        ("외손녀 황보미 12 - 외할머니가 키움", "황보미"),
        ("가족: 큰아들 편두리 - 소식 없음", "편두리"),
        ("손자 육한별 9세, 중국에 있음", "육한별"),
    ],
)
def test_a_family_table_row_names_its_member(engine: Redactor, text: str, name: str) -> None:
    assert name in _spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "딸 하나 - 중국에 두고 옴",
        "아들 둘 10살, 8살",
        "엄마 손전화가 191-555-0101이었어요",
        "언니 번호가 138-0000-1111인데 안 받아요",
    ],
)
def test_a_table_row_needs_a_name_not_a_number_or_a_noun(engine: Redactor, text: str) -> None:
    assert {r for r in _fields(engine, text).values() if r.startswith("family_row")} == set()


# --- 2. a lone surname with the household 가 ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("분조장이 탁가 영감이었는데 아주 모질었소.", "탁"),
        ("그 동네 보안원이 함가였는데 다들 무서워했지.", "함"),
        ("감방에 변가 성 가진 간수가 있었다.", "변"),
        ("그 해 도가 성 지도원이 새로 왔다.", "도"),
        ("이천 위안에서 중개 탁가 떼고 남은 돈", "탁"),
        ("우리는 육가네 집에 숨어 있었다.", "육"),
        ("석가 놈이 돈을 다 가져갔어.", "석"),
    ],
)
def test_a_surname_with_the_household_ga_is_a_person(
    engine: Redactor, text: str, surname: str
) -> None:
    assert any(s.startswith(surname) for s in _spans(engine, text)), _spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "제가 영감을 받아서 그렸어요.",
        "이가 아파서 병원에 갔다.",
        "정가에 사고 고가에 팔았다.",
        "그가 네 번이나 찾아왔다.",
        "오가는 사람이 많았다.",
        "누가 영감이래?",
        "나가 놀아라.",
        "중개 염가 판매라고 써 있었다.",  # 염가 "a low price" is a word
    ],
)
def test_a_subject_particle_or_a_price_is_no_surname(engine: Redactor, text: str) -> None:
    assert not any(r.startswith("surname_household_ga") for r in _fields(engine, text).values())


# --- 3. names paired in a list -----------------------------------------------------------------


def test_the_other_member_of_a_pair_with_a_name_is_a_person(engine: Redactor) -> None:
    spans = _spans(engine, "그날 박은하하고 지우가 같이 왔어요.")
    assert "박은하" in spans
    assert spans.get("지우") is True  # a word too: redacted, uncertain


def test_a_comma_pair_closed_by_rang_is_a_list(engine: Redactor) -> None:
    spans = _spans(engine, "주말에 최다솜을 만났어요. 최다솜, 하윤이랑 셋이서 갔어요.")
    assert "하윤" in spans


def test_a_pair_among_a_group_of_people_is_two_people(engine: Redactor) -> None:
    spans = _spans(engine, "같이 잡힌 애들 중에 나비랑 구름이 있었어요.")
    assert spans.get("나비") is True and spans.get("구름") is True


def test_a_group_without_a_pair_names_nobody(engine: Redactor) -> None:
    spans = _spans(engine, "반 애들 중에 공부랑 운동 다 잘하는 애가 있었어요.")
    assert "공부" not in spans and "운동" not in spans


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("박은하랑 학교가 달라요.", "학교"),
        ("엄마랑 박은하가 왔어요.", "엄마"),
        ("박은하하고 얘기했어요.", "얘기"),
        ("김철수, 축구선수하고 이름이 같아요.", "축구선수"),
    ],
)
def test_a_common_noun_role_or_verb_beside_a_name_stays(
    engine: Redactor, text: str, word: str
) -> None:
    assert word not in _spans(engine, text)


def test_people_named_in_turn_while_names_are_given(engine: Redactor) -> None:
    text = "가게에서 내 가명은 별이었어요. 앞방 언니는 나비, 또 하나는 구름. 본명은 몰라요."
    spans = _spans(engine, text)
    assert spans.get("나비") is True and spans.get("구름") is True


def test_my_own_name_in_a_list_of_given_names(engine: Redactor) -> None:
    assert _spans(engine, "손님방 애들 이름이 다 보석 이름, 나는 호박.").get("호박") is True


@pytest.mark.parametrize(
    "text",
    [
        "큰 애는 학생, 또 하나는 군인.",
        "이름 물어봐서, 나는 몰라.",
        "둘째 애는 착해, 또 하나는 말썽.",
    ],
)
def test_no_names_given_no_names_in_turn(engine: Redactor, text: str) -> None:
    assert not [r for r in _fields(engine, text).values() if r.startswith("named_in_turn")]


# --- 4. a colon chat with one other side ------------------------------------------------------


def test_one_speaker_facing_the_writer_is_a_person(engine: Redactor) -> None:
    text = "(캡처)\n丽丽: 언니 어디야?\n나: 집이야\n丽丽: 내일 봐"
    spans = engine.redact(text).spans
    assert [text[s.start : s.end] for s in spans if s.label == "PERSON"] == ["丽丽", "丽丽"]


@pytest.mark.parametrize(
    "text",
    [
        "문: 어디서 왔어요?\n답: 무산이요.",  # two roles, no name
        "참고: 녹취 없음\n나: 네",  # a note beside the writer, said once
        "오늘: 비\n나: 집",  # a single label said once is no speaker
    ],
)
def test_roles_alone_or_a_label_said_once_name_nobody(engine: Redactor, text: str) -> None:
    out = engine.redact(text)
    assert not [s for s in out.spans if s.label == "PERSON" and s.rule.startswith("speaker")]


# --- 5. a surname glued to an office whose whole is a word, and a quoted pun on it -------------


def test_what_a_person_is_called_is_the_whole_word(engine: Redactor) -> None:
    text = "우리는 그 남자를 천사장이라 불렀어요."
    assert _spans(engine, text).get("천사장") is True  # a word too ("archangel"): uncertain


def test_a_quoted_word_before_a_verb_of_teasing_is_a_nickname(engine: Redactor) -> None:
    spans = _spans(engine, '동네 애들은 그 아저씨를 "곰돌이"라고 놀렸어요.')
    assert "곰돌이" in spans


@pytest.mark.parametrize(
    "text",
    ["애들이 나를 바보라고 놀렸다.", "그걸 두고 운이라고 비꼬았다.", "그 남자를 만나러 갔다."],
)
def test_an_unquoted_taunt_or_no_calling_names_nobody(engine: Redactor, text: str) -> None:
    out = engine.redact(text)
    assert not [s for s in out.spans if s.rule.startswith(("called_quoted", "called_person"))]
