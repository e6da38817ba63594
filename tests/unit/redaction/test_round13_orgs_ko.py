"""Round 13, lane KO-ORG: Korean organisation rules (own examples, not a blind set's)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _orgs(engine: Redactor, text: str) -> list[str]:
    result = engine.redact(text)
    return [text[s.start : s.end] for s in result.spans if s.label == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "삼 년 동안 식당에서 설거지만 했어요.",
        "매일 교회에 나갔습니다.",
        "올해 학교에 들어가요.",
        "2003년에는 공장도 문을 닫았어요.",
        "첨엔 식당 일인 줄 알았지요.",
        "서울엔 교회가 많더라고요.",
        "사람들 병원 가는 날이었어요.",
        "애들 학교 보내느라 힘들었어요.",
    ],
)
def test_clause_words_before_a_spaced_kind_are_not_names(engine: Redactor, text: str) -> None:
    assert _orgs(engine, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("해바라기 노래방에서 일했다.", "해바라기"),
        ("목련 식당에서 일했어요.", "목련"),
    ],
)
def test_names_before_a_spaced_kind_stay_redacted(engine: Redactor, text: str, name: str) -> None:
    assert name in " ".join(_orgs(engine, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("심양 조선식당 아리랑 주방에서 일했어요.", "아리랑"),
        ("한국식당 무지개에서 삼 년 일했어요.", "무지개"),
        ("조선족교회 샛별교회에 다녔어요.", "샛별"),
        ("한국식당 금강산 사장이 조선족이었어요.", "금강산"),
    ],
)
def test_a_name_after_its_nation_and_kind_is_redacted(
    engine: Redactor, text: str, name: str
) -> None:
    assert any(name in org for org in _orgs(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "한국식당 주방에서 일했어요.",
        "중국식당 같은 데서 일했지요.",
        "한국회사 사장님이 좋았어요.",
        "한국식당 가서 일했어요.",
        "조선식당 많아요.",
        "중국식당 일하면서 돈을 모았어요.",
        "한국식당 알바를 했어요.",
        "한국식당 영희가 소개해 줬어요.",
    ],
)
def test_ordinary_words_after_a_nation_and_kind_are_kept(rules: Redactor, text: str) -> None:
    assert _orgs(rules, text) == []


def test_a_hanzi_name_before_a_korean_kind_is_an_org_and_its_reading_follows(
    rules: Redactor,
) -> None:
    text = "청도 美星 복장공장, 우리는 미성이라 했는데 거기서 일했어요."
    orgs = _orgs(rules, text)
    assert "美星" in orgs
    assert "미성" in orgs


@pytest.mark.parametrize(
    "text",
    [
        "中国 식당에서 일했어요.",  # a kind of restaurant, kept
        "延吉 식당에서 일했어요.",  # a town: the place rules' own
    ],
)
def test_kept_words_and_towns_before_a_korean_kind_are_no_org(engine: Redactor, text: str) -> None:
    assert not any("\u4e00" <= c <= "\u9fff" for org in _orgs(engine, text) for c in org)


@pytest.mark.parametrize(
    "text",
    [
        "신발공장에서 삼 년 일했어요.",
        "그 사람은 인형공장 다녔대요.",
        "야간학교에서 한글을 배웠어요.",
        "지하교회에 몰래 다녔어요.",
        "통조림가공공장에서 일했어요.",
    ],
)
def test_a_kind_compound_is_no_name(engine: Redactor, text: str) -> None:
    assert _orgs(engine, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("목련 신발공장에서 일했어요.", "목련"),
        ("샛별교회에 다녔어요.", "샛별"),
    ],
)
def test_a_name_before_a_kind_compound_stays(engine: Redactor, text: str, name: str) -> None:
    assert any(name in org for org in _orgs(engine, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("내일 3시에 햇살센터로 와요.", "햇살"),
        ("별빛상담센터에서 상담을 받았어요.", "별빛"),
    ],
)
def test_a_centre_named_before_its_kind(engine: Redactor, text: str, name: str) -> None:
    assert any(name in org for org in _orgs(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "주민센터로 서류 떼러 갔어요.",
        "고객센터에 전화했어요.",
        "물류센터에서 일해요.",
        "하나센터에서 상담을 받았어요.",
        "우리센터에 오세요.",
    ],
)
def test_a_kind_of_centre_is_no_name(engine: Redactor, text: str) -> None:
    assert _orgs(engine, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("전화 받으면 무조건 '한라산냉면입니다' 해야 돼요.", "한라산"),
        ('전화가 오면 "금룡반점입니다" 하고 받았어요.', "금룡"),
    ],
)
def test_the_phone_greeting_names_the_business(engine: Redactor, text: str, name: str) -> None:
    assert any(name in org for org in _orgs(engine, text))


@pytest.mark.parametrize(
    "text",
    [
        "전화 받으면 '사장님입니다' 했어요.",
        "전화 오면 '여기입니다' 해요.",
        "전화해서 '순자예요' 했어요.",
    ],
)
def test_a_greeting_without_a_business_gives_no_org(engine: Redactor, text: str) -> None:
    assert _orgs(engine, text) == []
