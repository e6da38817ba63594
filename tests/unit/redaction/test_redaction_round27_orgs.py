"""Round 27 of issue 11, organisations and addresses in Korean: what set BR (100 Korean
passages rich in named restaurants, karaoke bars, inns, schools and associations) showed the
rules missing.  Every sentence here is invented for these tests (no blind passage's text)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> list[tuple[str, str, bool]]:
    return [(text[s.start : s.end], s.label, s.uncertain) for s in engine.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("청도에 있는 99노래방에서 석 달 일했어요.", "99"),
        ("그 언니는 K7 노래방 카운터를 봤어요.", "K7"),
        ("단동 8090이라는 술집에서 처음 만났지요.", "8090"),
        ("연길 역 앞 365여관에 하룻밤 묵었어요.", "365"),
    ],
)
def test_a_number_or_letters_with_a_number_before_a_venue_is_its_name(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "ORG", False) in _spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "제3공장에서 일했어요.",  # a factory's rank
        "2층 식당에서 밥을 먹었어요.",  # a floor
        "2019.05 식당 일을 그만뒀어요.",  # a date
    ],
)
def test_a_rank_a_floor_or_a_date_before_a_noun_is_no_name(rules: Redactor, text: str) -> None:
    assert not any(r == "number_before_venue_ko" for r in _rules(rules, text))


def _rules(engine: Redactor, text: str) -> list[str]:
    return [s.rule for s in engine.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("목단강 기차역 옆 행운여관에 사흘 있었어요.", "행운"),
        ("우리는 평안식당에서 설거지를 했어요.", "평안"),
    ],
)
def test_a_noun_ending_like_a_modifier_glued_to_a_kind_is_a_name(
    rules: Redactor, text: str, name: str
) -> None:
    assert any(s == name and label == "ORG" for s, label, _ in _spans(rules, text))


@pytest.mark.parametrize(
    "text",
    ["작은 식당에서 일했어요.", "노인병원에 엄마가 있어요.", "다른식당으로 옮겼어요."],
)
def test_a_modifier_or_a_person_noun_before_a_kind_is_still_no_name(
    rules: Redactor, text: str
) -> None:
    assert not any(label == "ORG" for _, label, _ in _spans(rules, text))


def test_the_korean_reading_of_a_hanzi_business_name_is_that_business_again(
    rules: Redactor,
) -> None:
    text = "딸은 希望幼儿园에 다녔어요. 작년에 희망에 다시 가 봤어요."
    spans = _spans(rules, text)
    assert ("희망", "ORG", True) in spans


def test_a_hanzi_name_before_a_grill_is_a_restaurant(rules: Redactor) -> None:
    text = "사장 명함에 金星烤肉, 그렇게 써있었어요."
    assert any(s.startswith("金星") and label == "ORG" for s, label, _ in _spans(rules, text))


def test_a_place_before_the_polite_copula_is_a_place(rules: Redactor) -> None:
    text = "그 다리 건너편이 도문이지요, 다들 알아요."
    assert ("도문", "PLACE", False) in _spans(rules, text)


def test_a_town_that_is_also_a_word_before_its_centre_is_a_place(rules: Redactor) -> None:
    text = "우리는 통화 시내에서 만두를 팔았어요."
    assert any(s == "통화" and label == "PLACE" for s, label, _ in _spans(rules, text))


@pytest.mark.parametrize(
    "text",
    [
        "그 다음에 상담센터로 갔어요.",  # a word and its particle before a centre
        "우리 지역 하나센터 선생님이 왔어요.",  # where, not which
        "마을에 작은 처소교회가 있었어요.",  # a kind of church
        "훈춘 변방파출소에서 하루 있었어요.",  # a kind of police station
        "화룡 근처 양계장에서 일했어요.",  # a kind of farm, no surname and office
    ],
)
def test_ordinary_words_and_kinds_beside_an_organisation_noun_are_no_names(
    rules: Redactor, text: str
) -> None:
    names = [s for s, _, _ in _spans(rules, text)]
    assert not any(w in names for w in ("다음에", "지역", "처소", "변방", "양계장", "양"))


def test_a_modifier_and_a_noun_named_before_a_group_is_its_name(rules: Redactor) -> None:
    text = "서울 와서 맑은샘이라는 단체 사람이 집을 구해 줬어요."
    assert any(s == "맑은샘" and label == "ORG" for s, label, _ in _spans(rules, text))


def test_an_ordinary_phrase_named_before_a_group_is_still_no_name(rules: Redactor) -> None:
    text = "그게 좋은 일이라는 단체가 있었어요."
    assert not any(label == "ORG" for _, label, _ in _spans(rules, text))


@pytest.mark.parametrize(
    "text",
    [
        "오빠는 안산의 의류 회사에 다녀요.",  # what the company makes
        "동생은 평택 전자부품 공장에 다녀요.",  # two products joined, a kind
        "그 사람은 타일 회사에서 일해요.",
        "남편은 자동차 부품 공장에 다녀요.",  # a product spaced before a product
    ],
)
def test_products_before_a_company_or_a_factory_are_its_kind(rules: Redactor, text: str) -> None:
    assert not any(label == "ORG" for _, label, _ in _spans(rules, text))


def test_a_name_spaced_before_a_product_and_its_factory_is_its_name(rules: Redactor) -> None:
    text = "석 달 동안 금성 가발 공장에서 일했어요."
    assert any(s == "금성" and label == "ORG" for s, label, _ in _spans(rules, text))


def test_a_town_street_is_no_village(rules: Redactor) -> None:
    text = "연길 거리에 조선 식당이 많았어요."
    assert not any(s.endswith("거리") for s, _, _ in _spans(rules, text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("주소는 도문시 장안로 12호 3동 402인데, 지금은 없어요.", "도문시 장안로 12호 3동 402"),
        ("사무실은 中华路 88号 C座 1205, 거기였어요.", "中华路 88号 C座 1205"),
        ("그 집은 东城街 5组 21号. 거기서 살았어요.", "东城街 5组 21号"),
    ],
)
def test_a_room_before_a_copula_a_block_letter_and_a_street_group_stay_in_the_address(
    rules: Redactor, text: str, address: str
) -> None:
    assert any(s.endswith(address) and label == "ADDRESS" for s, label, _ in _spans(rules, text))


def test_a_count_after_units_is_no_room(rules: Redactor) -> None:
    spans = _spans(rules, "3동 2반 100명이 모였어요.")
    assert ("3동 2반", "ADDRESS", False) in spans


def test_a_venue_noun_before_the_polite_copula_after_a_vowel_keeps_its_name(
    rules: Redactor,
) -> None:
    text = "그러니까 은방울 케이티비죠, 거기서 일했어요."
    assert any(s == "은방울" and label == "ORG" for s, label, _ in _spans(rules, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("그때는 인쇄 공장에서 일했어요.", "인쇄"),  # a process
        ("친척이 딸기 농장을 했어요.", "딸기"),  # what a farm grows
        ("거기가 원래 인삼 농장이래요.", "인삼"),  # not a place before 농장 either
        ("언니는 복숭아 과수원에서 일했어요.", "복숭아"),
        ("시장에 휴대폰 가게가 있었어요.", "휴대폰"),  # what a shop sells
        ("딸은 수학 학원에 다녀요.", "수학"),  # what a school teaches
    ],
)
def test_what_a_factory_farm_shop_or_school_makes_or_teaches_is_its_kind(
    rules: Redactor, text: str, word: str
) -> None:
    assert not any(s == word for s, _, _ in _spans(rules, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("춤을 잘해서 노래방 손님들이 좋아했어요.", "잘해서"),  # a verb's connective
        ("배가 아프다니까 병원에 데려갔어요.", "아프다니까"),
        ("거기는 산골이라 병원이 없었어요.", "산골이라"),  # the copula's connective
        ("주인은 한족이었는데 식당을 팔았어요.", "한족이었는데"),
        ("회령 가믄 신발공장 있잖아요.", "가믄"),  # a northern "if"
        ("화룡시 소재 여관에서 잡혔다.", "소재"),  # "located in"
        ("세 번째 식당에서 일했어요.", "번째"),
    ],
)
def test_a_clause_end_or_an_ordinary_word_before_a_kind_is_no_name(
    rules: Redactor, text: str, word: str
) -> None:
    assert not any(s == word for s, _, _ in _spans(rules, text))


def test_a_verb_after_a_shops_name_slot_is_no_name(rules: Redactor) -> None:
    assert not any(label == "ORG" for _, label, _ in _spans(rules, "식당 이름은 몰라요."))


def test_a_name_spaced_before_a_kind_of_eatery_is_its_name(rules: Redactor) -> None:
    text = "우리는 은방울 만두집에서 일했어요."
    assert any(s == "은방울" and label == "ORG" for s, label, _ in _spans(rules, text))
