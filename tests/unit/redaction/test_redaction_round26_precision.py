"""Round 26, lane PRECISION: things named, eaten and counted in northern and Yanbian speech
(set BP: foods, herbs, pills, games and Chinese words named with 이라구, 라구, 라는) are no
people, while a person named the same way still is.  Every sentence here is invented for
these tests (no blind passage's text)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.mark.parametrize(
    "text",
    [
        "우린 그걸 '콩떡'이라구 했지. 맛은 없었어요.",  # a demonstrative object: a thing
        "집결소에서 배앓이를 '물똥병'이라구들 했어요.",  # a thing as the object
        "조선에서는 국수를 '밀가리국'이라구두 했는데 맛있었지.",
        "아프믄 '홍산편'이라는 알약을 먹었슴다.",  # a thing's class noun after the cue
        "우리 엄마들은 그런 걸 '가슴병'이라구 했지.",
        "시장에서 '감자순대'라구 파는 걸 먹었어요.",  # a dish's compound
    ],
)
def test_a_thing_named_with_a_naming_cue_is_no_person(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("우리 오마니를 '곰돌'이라구 했지.", "곰돌"),  # a kinship object: a person
        ("그 언니를 '짱구'라고 불렀어요.", "짱구"),
        ("딸 이름을 보람이라구 지었어요.", "보람"),
        ("중국 사람들은 발음을 못해서 '싸랑'이라고 했어요.", "싸랑"),  # a verb between
    ],
)
def test_a_person_named_the_same_way_still_is(rules: Redactor, text: str, gone: str) -> None:
    assert gone not in rules.redact(text).text


def test_a_given_name_before_a_dish_is_a_business_not_a_dish(rules: Redactor) -> None:
    from fieldkit.redaction.things_named_ko import thing_compound

    res = rules.res
    assert thing_compound("감자순대", res)
    assert not thing_compound("순옥냉면", res)  # 순옥: a given name, the owner's
    assert not thing_compound("한성국", res)  # a surname and a given name ending in 국
    assert not thing_compound("무지개", res)  # 개 is no head: rainbows, wings, lightning


@pytest.mark.parametrize(
    "text",
    [
        "큰 다리 밑으루 조금 내려가믄 얕은 데가 있었어요.",  # the northern 으루
        "남는 돈으루 동생들 먹였지.",
        "그때는 토끼풀이구 냉이구 다 뜯었어요.",  # the northern 이구
    ],
)
def test_northern_particles_after_a_word_are_no_name(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


def test_a_particle_after_a_closing_quote_is_no_word(rules: Redactor) -> None:
    text = "우리는 그냥 '장사꾼'이라 했고 조선족들은 '거간꾼'이라 했지."
    assert "이라" in rules.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "쏸차이 볶는 냄새가 났어요.",  # a verb of cooking after the bare word
        "시어머니가 쭝야오를 달여줬는데 썼어요.",  # the object of 달이다
        "꽈즈 한 봉지씩 사왔지.",  # counted in a container
    ],
)
def test_what_is_eaten_cooked_or_counted_is_a_thing(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("순희랑 밥 먹었어요.", "순희"),  # a companion eats
        ("명숙이가 국수를 먹었어요.", "명숙"),  # a subject eats
    ],
)
def test_who_eats_is_still_a_person(rules: Redactor, text: str, gone: str) -> None:
    assert gone not in rules.redact(text).text


@pytest.mark.parametrize("text", ["떡 한상자를 받았어요.", "보리밥 한숟갈씩 줬어요."])
def test_a_number_and_a_container_is_a_count(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


@pytest.mark.parametrize("text", ["배앓이를 해서 고생했어요.", "누렁이가 앞장서서 갔지."])
def test_a_dictionary_noun_ending_in_i_is_no_affectionate_name(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


def test_two_given_name_syllables_and_i_stay_a_girl(rules: Redactor) -> None:
    assert "지은" not in rules.redact("같이 넘은 지은이는 발이 다 부었어요.").text


@pytest.mark.parametrize(
    "text",
    [
        "시아버지가 그게 '진돗개'라구 자랑을 했어요.",  # 그게: a thing, not 그 사람
        "어릴 적엔 윷놀이를 '나무받기'라구 했슴다.",  # a game's compound as the object
        "거기선 핸드폰 말구 '손전화'라구 해요.",  # another word for a thing
        "요즘은 '당근'이라는 앱으루 옷을 사요.",  # the class noun with the northern 으루
    ],
)
def test_what_the_clause_names_is_a_thing(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "딸은 그거 보고 기겁을 하지.",  # 하지: the light verb, no solstice nor town
        "가루를 내서 떡을 쪘어요.",  # a verb form a gazetteer also spells
        "인삼 한뿌리도 흙을 털어야 돼.",  # a number and a noun ending in 리
        "중국 사람들은 산후조리를 한 달 해요.",
        "여기 와서 함흥냉면이라고 파는 거 먹어봤어요.",  # a dish, no town's 면
    ],
)
def test_verbs_and_words_ending_in_a_place_suffix_are_no_place(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


def test_a_village_of_three_syllables_stays_a_village(rules: Redactor) -> None:
    assert "원정리" not in rules.redact("거기서 원정리 다리로 넘겨졌어요.").text


@pytest.mark.parametrize(
    "text",
    [
        "그냥 살아야 되니까 산거지.",  # a verb's adnominal, 거 and the copula's 지
        "로반이 하루에 열네시간씩 세워놨슴다.",  # 老板 as it is spoken (라오 said 로)
    ],
)
def test_spoken_forms_that_are_no_name(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text


def test_a_surname_before_the_spoken_laoban_is_still_read(rules: Redactor) -> None:
    assert "정" not in rules.redact("정 라오반이 월급을 안 줬어요.").text


@pytest.mark.parametrize(
    "text", ["춘절 되면 시집 식구들이 다 모였어요.", "동삼에는 쇠죽을 내가 끓였어요."]
)
def test_holidays_and_the_northern_winter_are_dates(rules: Redactor, text: str) -> None:
    assert rules.redact(text).text == text
