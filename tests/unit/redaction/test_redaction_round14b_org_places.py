"""Round 14 (second wave), lane ORG AND PLACES: short forms, sides, schools, plants, world
cities, journeys' ends, towns near a place, counted Chinese villages.

Every sentence is invented (other names, other places than the blind sets'); each class has
its expected output and a precision case where the rule must not fire.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _redacted(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


def _assert_all(engine: Redactor, cases: list[tuple[str, str]]) -> None:
    for text, expected in cases:
        assert _redacted(engine, text) == expected, text


# --- world cities (data/cities.tsv) -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지금은 미국 말고 시카고래요.", "지금은 미국 말고 [장소-1, 미국]래요."),
        ("언니는 맨체스터에서 일해요.", "언니는 [장소-1, 영국]에서 일해요."),
        ("언니는 파리에서 살아요.", "언니는 [장소-1, 프랑스]에서 살아요."),
        ("She lives in Melbourne now.", "She lives in [PLACE-1, Australia] now."),
        ("我妹妹在多伦多打工。", "我妹妹在[PLACE-1, 加拿大]打工。"),
    ],
)
def test_a_world_city_is_a_place_shown_by_its_country(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _redacted(engine, text) == expected


def test_a_city_spelled_as_a_word_needs_a_locative(engine: Redactor) -> None:
    _assert_all(
        engine, [("파리가 많았어요.", "파리가 많았어요."), ("我们吃了汉堡。", "我们吃了汉堡。")]
    )


# --- where a journey ended, a town near a place (places_reached_ko) ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "두만강 건너서 처음 간 데가 송골이었슴다.",
            "두만강 건너서 처음 간 데가 [장소-1]이었슴다.",
        ),
        ("처음 도착한 곳은 마두령이었어요.", "처음 도착한 곳은 [장소-1]이었어요."),
        (
            "지금은 회령 근처 솔뫼에 산대요.",
            "지금은 [장소-1, 북한 동북부] 근처 [장소-2]에 산대요.",
        ),
    ],
)
def test_a_journeys_end_and_a_town_near_a_place(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    ["처음 간 데가 식당이었어요.", "처음 간 데가 거기였어요.", "그 간 데가 없었다."],
)
def test_a_word_or_a_pointing_word_where_a_journey_ended_stays(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


def test_where_she_lives_and_a_place_corrected_by_another(engine: Redactor) -> None:
    _assert_all(
        engine,
        [
            ("지금 사는데는 수원 매탄이에요.", "지금 사는데는 [장소-1] [장소-2]이에요."),
            (
                "회령 아니고 무산이었어요.",
                "[장소-1, 북한 동북부] 아니고 [장소-2, 북한 동북부]이었어요.",
            ),
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("처음 간 데가 우리 고모집이었어요.", "처음 간 데가 우리 고모집이었어요."),
        ("지금 사는 곳은 아파트예요.", "지금 사는 곳은 아파트예요."),
        ("연길 말고 시골이었어요.", "[장소-1, 길림성] 말고 시골이었어요."),
        ("중국 말고 한국이에요.", "중국 말고 한국이에요."),
    ],
)
def test_a_word_where_she_lives_or_after_a_correction_stays(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _redacted(engine, text) == expected


def test_a_word_near_a_place_stays(engine: Redactor) -> None:
    _assert_all(
        engine,
        [
            ("연길 근처 공장에서 일했어요.", "[장소-1, 길림성] 근처 공장에서 일했어요."),
            ("연길 근처 시골에서 자랐어요.", "[장소-1, 길림성] 근처 시골에서 자랐어요."),
        ],
    )


# --- a full name and its short form in brackets (orgs_short_forms_ko) -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "푸른솔나눔센터(푸른솔센터)에서 한국어를 배웠다.",
            "[기관-1]([기관-2])에서 한국어를 배웠다.",
        ),
        ("한길정보고등학교(한길정보고)에 다녀요.", "[기관-1]([기관-2])에 다녀요."),
    ],
)
def test_a_name_and_its_short_form_in_brackets(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected


def test_a_bracket_that_is_no_short_form_or_a_kind_stays(engine: Redactor) -> None:
    _assert_all(engine, [("식당(중국집)에서 일했다.", "식당(중국집)에서 일했다.")])
    # the town is the place rules' own, the centre kept by the policy.  Inside the bracket
    # each retrain of the flagger has read 부천센터 either as one name (uncertain, a second
    # placeholder: rounds 21 and 24) or 부천 alone (the same organisation: round 22), so the
    # test holds what every reading keeps: the town never survives, the centre stays.
    out = _redacted(engine, "부천하나센터(부천센터)에 갔어요.")
    assert out.startswith("[기관-1]하나센터(") and out.endswith(")에 갔어요."), out
    assert "부천" not in out


# --- a school's name glued to its level (orgs.py) ---------------------------------------------


def test_a_school_name_that_reads_as_a_verb_form(engine: Redactor) -> None:
    _assert_all(
        engine,
        [
            ("딸이 은솔중학교 전학 후 힘들어했다.", "딸이 [기관-1]중학교 전학 후 힘들어했다."),
            ("아들은 신남초등학교에 다녀요.", "아들은 [기관-1]초등학교에 다녀요."),
        ],
    )


@pytest.mark.parametrize("text", ["조선족중학교에 다녔어요.", "여자중학교에 다녔어요."])
def test_a_kind_of_school_stays(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


# --- a school's short form (orgs_schools_ko.find_level_schools) -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("아들은 새빛고 2학년이에요.", "아들은 [기관-1]고 2학년이에요."),
        ("은솔여고 졸업했어요.", "[기관-1]여고 졸업했어요."),
    ],
)
def test_a_school_by_its_short_form(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "수업중 학생들이 떠들었다.",
        "가방 들고 다녀요.",
        "최고 학생이었다.",
        "공부하고 다녀요.",
        "일하는중 학생",
        "밥먹고 졸업했어요.",
    ],
)
def test_during_and_the_verbs_and_are_no_school(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


# --- a word spaced before a kind of centre (orgs_centres_ko) ----------------------------------


def test_a_word_before_a_kind_of_centre_names_it(engine: Redactor) -> None:
    assert _redacted(engine, "새싹 상담센터로 갔어요.") == "[기관-1] 상담센터로 갔어요."


@pytest.mark.parametrize(
    "text",
    [
        "동네 상담센터로 갔어요.",
        "그 지원센터에서 만났어요.",
        "가족 상담센터에 갔어요.",
        "찾아간 상담센터",
        "많이 상담센터",
    ],
)
def test_a_where_word_a_service_or_a_verb_before_a_centre_stays(
    engine: Redactor, text: str
) -> None:
    assert _redacted(engine, text) == text


# --- a company's plant in a town, or after 직장은 (orgs_industry) -----------------------------


def test_a_company_after_the_workplace_topic(engine: Redactor) -> None:
    assert _redacted(engine, "직장은 한솔정밀이에요.") == "직장은 [기관-1]이에요."


def test_a_company_before_a_town_and_its_plant(engine: Redactor) -> None:
    text = "한결식품 안산 공장에서 일해요."
    assert _redacted(engine, text) == "[기관-1] [장소-1] 공장에서 일해요."


def test_a_trade_before_a_plant_is_no_branch(engine: Redactor) -> None:
    # 포장 is no town: the company's own rule decides; round 18: a company's kind glued to
    # its name (물류, 전자, 수산) is part of the registered name and is redacted with it
    text = "대한물류 포장 공장에서 일해요."
    assert _redacted(engine, text) == "[기관-1] 포장 공장에서 일해요."


# --- the side a helper acts for (orgs_sides_ko) -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("새벽빛 쪽 선교사님 도움으로 떠났어요.", "[기관-1] 쪽 선교사님 도움으로 떠났어요."),
        ("늘푸른 측 담당자가 왔다.", "[기관-1] 측 담당자가 왔다."),
    ],
)
def test_a_group_named_as_a_helpers_side(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "남편 쪽 사람들이 왔어요.",
        "가는 쪽 사람한테 물어봤어요.",
        "중국 측에서 거부했다.",
        "그쪽 사람이 왔어요.",
    ],
)
def test_a_word_a_direction_or_a_nation_before_a_side_stays(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text


# --- a Chinese village counted before its suffix (places_counted_zh) --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("后来住在一个李家堡的朋友家。", "后来住在一个[PLACE-1]的朋友家。"),
        ("在一个下河屯的亲戚家躲了半年。", "在一个[PLACE-1]的亲戚家躲了半年。"),
    ],
)
def test_a_counted_village_is_named_whole(engine: Redactor, text: str, expected: str) -> None:
    assert _redacted(engine, text) == expected


def test_a_naming_verb_stays_outside_the_village(engine: Redactor) -> None:
    text = "住在一个叫响石屯的地方。"
    assert _redacted(engine, text) == "住在一个叫[PLACE-1]的地方。"


@pytest.mark.parametrize("text", ["那是一个山村，很穷。", "远处有一个城堡。", "我们吃了汉堡。"])
def test_a_village_word_or_a_castle_stays(engine: Redactor, text: str) -> None:
    assert _redacted(engine, text) == text
