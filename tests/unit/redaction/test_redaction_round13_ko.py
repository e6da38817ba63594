"""Round 13 of issue 11, lane KO-RECALL: Korean person and place classes left on set J (the
affectionate -이 in a particle chain or a teknonym, a title or kinship word with the copula,
Chinese-reading surnames with 씨 and 氏, renaming, list markers before a place).  Every
sentence here is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, bool]:
    """Each redacted surface and whether it is uncertain."""
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


# --- 1. the affectionate -이 ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "uncertain"),
    [
        ("동생 말고 은결이에게는 편지를 못 썼어요.", "은결이", False),
        ("그때 솔빈이한테도 연락이 없었어요.", "솔빈이", False),
        ("옆방 별님이 엄마가 나를 숨겨줬어요.", "별님", False),
        ("구름이 아빠는 트럭을 몰았어요.", "구름", True),
        ("산골에서 만난 혁이가 길을 알려줬어요.", "혁이", True),
    ],
)
def test_an_affectionate_i_in_more_slots_is_a_name(
    engine: Redactor, text: str, surface: str, uncertain: bool
) -> None:
    assert _spans(engine, text).get(surface) is uncertain


@pytest.mark.parametrize(
    "text",
    [
        "사람이 엄마가 되면 생각이 달라져요.",
        "아이에게는 아무 말도 안 했어요.",
        "고양이한테도 밥을 줬어요.",
        "밥이가 없어서 굶었어요.",
        "돈이 엄마 같은 사람한테는 제일이에요.",
    ],
)
def test_a_word_ending_in_i_or_a_predicated_kin_word_is_left(engine: Redactor, text: str) -> None:
    assert not any(s.label == "PERSON" for s in engine.redact(text).spans)


# --- 2. a title or kinship word with the copula ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("우리 반장은 명순언니였거든요.", "명순"),
        ("공장 주인이 다들 변 사장이라 불렀어요.", "변"),
        ("그분은 여 선생이었는데 친절했어요.", "여"),
    ],
)
def test_a_title_with_the_copula_still_names(engine: Redactor, text: str, surface: str) -> None:
    assert surface in "".join(_spans(engine, text))


# --- 5. list markers and a city before its district -----------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("살았던 곳: ②장백현 시내, ③심양 근처", "장백현"),
        ("①하얼빈에서 이 년, ②목단강에서 일 년", "하얼빈"),
        ("나중에는 위해 환취구로 옮겼어요.", "위해"),
    ],
)
def test_a_list_marker_or_a_district_after_it_leaves_the_place(
    engine: Redactor, text: str, place: str
) -> None:
    assert any(
        s.label == "PLACE" and place in text[s.start : s.end] for s in engine.redact(text).spans
    )


@pytest.mark.parametrize(
    "text",
    [
        "방 번호는 3000위안짜리 5호실이었어요.",
        "친구를 위해 도구를 샀어요.",
        "그 동안 친구가 왔어요.",
    ],
)
def test_units_after_numbers_and_words_before_ordinary_words_are_left(
    engine: Redactor, text: str
) -> None:
    assert not any(s.label == "PLACE" for s in engine.redact(text).spans)


# --- 3. surnames marked by 씨 or 氏 -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("처음 간 데가 자오씨 집안이었어요.", "자오"),
        ("그 마을 차이 씨네 둘째가 데려갔어요.", "차이"),
        ("연락책: 석氏 (남, 50대)", "석"),
        ("매수자 쑨氏가 돈을 냈다", "쑨"),
    ],
)
def test_a_surname_marked_by_ssi_or_shi_is_a_name(
    engine: Redactor, text: str, surname: str
) -> None:
    assert any(
        s.label == "PERSON" and surname in text[s.start : s.end] for s in engine.redact(text).spans
    )


@pytest.mark.parametrize(
    "text", ["큰 차이 씨앗을 심었어요.", "오늘은 날씨가 좋아요.", "바이 씨디를 샀어요."]
)
def test_ssi_and_shi_elsewhere_are_left(engine: Redactor, text: str) -> None:
    assert not any(s.label == "PERSON" for s in engine.redact(text).spans)


# --- 4. a change of name; 6. the echoed question ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("남쪽에 와서는 서은비로 바꿨어요.", "서은비"),
        ("등본에는 윤다솜으로 올라가 있어요.", "윤다솜"),
        ("작년에 법원에서 문하진으로 개명했어요.", "문하진"),
        ("딸 이름이요? 새봄이에요.", "새봄"),
    ],
)
def test_a_new_name_or_an_answered_name_is_a_name(engine: Redactor, text: str, name: str) -> None:
    assert name in _spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "돈은 한국돈으로 바꿨어요.",
        "서류는 한국말로 적혀 있어요.",
        "언니가 손전화로 바꿔 줬어요.",
        "이름이요? 잘 모르겠어요.",
    ],
)
def test_languages_money_and_a_phone_handed_over_are_left(engine: Redactor, text: str) -> None:
    assert not any(s.label == "PERSON" for s in engine.redact(text).spans)
