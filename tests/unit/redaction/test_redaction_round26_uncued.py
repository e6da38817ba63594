"""Round 26, lane people without a cue (set BO as development material): Korean names with
only a particle, the spoken 하구 for 하고, a name typed with a space inside it, a one-syllable
name met again.  Every sentence here is invented for these tests (no blind passage's text)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in engine.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("미옥하구 덕순이하구 나하구 넷이서 밭을 맸어요.", "미옥"),
        ("미옥하구 덕순이하구 나하구 넷이서 밭을 맸어요.", "덕순"),
    ],
)
def test_the_spoken_hagu_joins_names_as_hago_does(rules: Redactor, text: str, name: str) -> None:
    assert name not in rules.redact(text).text


@pytest.mark.parametrize(
    "text",
    ["일하구 나서 밥을 먹었어요.", "공부하구 일하구 다 했지요.", "빨래하구 청소하구 했어요."],
)
def test_a_verb_in_the_spoken_hagu_stays(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "미 란이랑 나는 같은 차를 탔어요. 미란이는 뒷자리에 숨었지요.",
        "정란이가 먼저 갔어요. 정 란이는 나보다 두 살 어렸지.",
        "순 애가 그러는데 사장이 돈을 안 준대요. 순애 씨는 거기서 일했어요.",
    ],
)
def test_a_given_name_typed_with_a_space_is_that_person(rules: Redactor, text: str) -> None:
    out = rules.redact(text).text
    for half in ("미 란", "정 란", "순 애"):
        assert half not in out


def test_a_spaced_name_is_never_read_inside_a_longer_word(rules: Redactor) -> None:
    text = "은주 씨가 왔어요. 그건 은 주머니에 넣었어요."
    assert "은 주머니" in rules.redact(text).text


def test_a_common_word_named_with_its_i_is_that_person_again(rules: Redactor) -> None:
    text = "달 밝은 밤이었는데 달이가 창문을 두드렸어. 달이는 신발도 없이 왔더라구."
    out = rules.redact(text).text
    assert "달이가" not in out
    assert "달이는" not in out
    assert "달 밝은" in out


@pytest.mark.parametrize(
    "text",
    [
        "하나가 어제 전화해서 울었어요.",
        "하나는 저보다 두 살 어려요.",
        "하나는 제 조카예요, 지금 연길에 있어요.",
    ],
)
def test_hana_opening_a_sentence_as_a_person_is_a_name(rules: Redactor, text: str) -> None:
    spans = rules.redact(text).spans
    assert any(text[s.start : s.end] == "하나" and s.uncertain for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "애가 둘인데 하나는 아들이고 하나는 딸이에요.",
        "아들이 둘이었어요. 하나는 죽었고 다른 애는 중국에 있어요.",
        "사과가 하나 남았어요.",
        "방 하나가 비었어요.",
    ],
)
def test_hana_as_one_of_a_count_stays(rules: Redactor, text: str) -> None:
    assert "하나" in rules.redact(text).text


def test_a_district_named_after_its_town_is_that_place_again_though_a_province(
    rules: Redactor,
) -> None:
    text = "도문 하남에서 살았어요. 하남 시장에서 장사했지요."
    assert _spans(rules, text).count(("하남", "PLACE")) == 2


def test_a_province_said_alone_stays_kept(rules: Redactor) -> None:
    text = "하남성에서 왔어요. 하남 사람이에요."
    assert "하남 사람" in rules.redact(text).text


def test_bun_with_the_name_s_i_is_a_name(rules: Redactor) -> None:
    text = "분이랑 순이는 자매였어. 분이는 집결소에서 나왔어요."
    out = rules.redact(text).text
    assert "분이는" not in out
    assert "분이랑" not in out


@pytest.mark.parametrize(
    "text", ["아는 분이랑 같이 갔어요.", "그 분이 도와줬어요.", "좋은 분이네요."]
)
def test_bun_the_honorific_person_noun_stays(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


def test_a_named_word_younger_than_someone_is_that_person(rules: Redactor) -> None:
    text = "나랑 구름이랑 같이 왔어요. 동생은 구름보다 두 살 어려요."
    assert "구름보다" not in rules.redact(text).text


def test_a_word_compared_in_size_stays(rules: Redactor) -> None:
    text = "나랑 구름이랑 같이 왔어요. 산이 구름보다 높았어요."
    assert "구름보다 높았어요" in rules.redact(text).text


def test_going_to_school_is_what_a_person_does(rules: Redactor) -> None:
    text = "저랑 소망이랑 같이 왔어요. 소망은 학교 다녀요."
    assert _spans(rules, text).count(("소망", "PERSON")) == 2


def test_a_named_word_with_no_person_s_verb_is_not_found_again(rules: Redactor) -> None:
    text = "저랑 소망이랑 같이 왔어요. 소망은 크지요."
    assert _spans(rules, text).count(("소망", "PERSON")) == 1


def test_the_child_as_the_topic_of_giving_birth_is_a_name(rules: Redactor) -> None:
    text = "우리 소망이랑 보배는 연길에서 낳았어요."
    assert "보배" not in rules.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "언니는 한국에서 낳았어요.",
        "첫애는 병원에서 낳았고.",
        "작년에는 낳았어요.",
        "나는 딸을 낳았어요.",
    ],
)
def test_a_topic_that_names_no_one_before_giving_birth_stays(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


def test_the_northern_idu_for_ido_before_a_name(rules: Redactor) -> None:
    text = "우리 옆집 애 이름두 솔이였슴다."
    assert "솔이였" not in rules.redact(text).text


def test_a_famous_full_name_someone_resembles_is_flagged(rules: Redactor) -> None:
    text = "동네 사람들이 우리 오빠보고 이정재 닮았다고 했어요."
    spans = rules.redact(text).spans
    assert any(text[s.start : s.end] == "이정재" and s.uncertain for s in spans)


@pytest.mark.parametrize(
    "text", ["딸은 엄마 닮았어요.", "아들이 아빠를 닮아서 키가 커요.", "눈이 송아지 닮았어요."]
)
def test_resembling_a_kinsman_stays(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text
