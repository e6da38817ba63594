"""Round 4 of issue 11: named cities, whole addresses and the silent-miss classes of blind
sets A and B (now development material), one rule per test, on sentences written for these
tests (invented names, none copied from the sets)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import PlaceRegions, Redactor, data


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


def _spans(engine: Redactor, text: str) -> list[tuple[str, str, bool]]:
    return [(text[s.start : s.end], s.label, s.uncertain) for s in engine.redact(text).spans]


# --- 1. Every named city is a place; its placeholder shows only the country -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지금은 대전에서 살아요.", "지금은 [장소-1, 한국]에서 살아요."),
        ("평양시에 사는 삼촌이 있어요.", "[장소-1, 북한]에 사는 삼촌이 있어요."),
        ("언니는 울산 남구에 살아요.", "언니는 [장소-1, 한국] [장소-2]에 살아요."),
        (
            "We flew from Hanoi to Seoul.",
            "We flew from [PLACE-1, Vietnam] to [PLACE-2, South Korea].",
        ),
        ("stuck in phnom penh for a week", "stuck in [PLACE-1, Cambodia] for a week"),
        ("我在天津打工三年。", "我在[PLACE-1, 中国]打工三年。"),
        ("She lives in Pyongyang now.", "She lives in [PLACE-1, North Korea] now."),
    ],
)
def test_named_cities_are_places_showing_their_country(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _out(engine, text) == expected


def test_a_city_shows_its_country_whatever_the_questionnaire_groups() -> None:
    regions = PlaceRegions({"Pyongyang": "west_and_south", "Beijing": "north"})
    assert regions.shown("North Korea", "en") == "North Korea"
    assert regions.shown("China", "ko") == "중국"
    # a district of Pyongyang still shows its province's region, as before
    assert regions.shown("Pyongyang", "en") == "west and south of North Korea"


def test_a_city_that_is_an_ordinary_word_needs_a_place_context(engine: Redactor) -> None:
    assert _spans(engine, "대구를 두 마리 샀어요.") == [("대구", "PLACE", True)]
    assert _spans(engine, "대구시 달서구에 살아요.")[0] == ("대구시", "PLACE", False)
    assert _out(engine, "크게 상해를 입었어요.") == "크게 상해를 입었어요."


def test_provinces_and_countries_stay_kept(engine: Redactor) -> None:
    text = "경기도에 살다가 함경북도 사람을 만났어요. 중국과 태국을 거쳤어요."
    assert _out(engine, text) == text
    assert _out(engine, "I was born in North Hamgyong, not in Jilin.") == (
        "I was born in North Hamgyong, not in Jilin."
    )


def test_no_city_spelling_is_on_the_keep_list() -> None:
    kept = {word for _cat, word in data.keep_entries()}
    assert not kept & data.city_spellings()
    assert {"서울", "Seoul", "北京", "방콕", "Ulaanbaatar"} <= data.city_spellings()


# --- 2. Addresses whole -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # North Korean 인민반 (neighbourhood unit), with or without its town and 동
        ("우리 집은 청진시 포항동 14인민반이었어요.", "청진시 포항동 14인민반"),
        ("고향 집은 온성 9인민반이었어요.", "온성 9인민반"),
        ("그 집은 남산동 3인민반에 있었어요.", "남산동 3인민반"),
        # Korean apartment, 동 and 호, with the town before it
        ("지금은 안산 무지개아파트 204동 1103호에 살아요.", "안산 무지개아파트 204동 1103호"),
        (
            "연길시 신흥가 공원소구 3동 1단원 402호에 숨어 있었어요.",
            "연길시 신흥가 공원소구 3동 1단원 402호",
        ),
        # Chinese room-first and compound forms, with the city and street before them
        ("我住在龙井市安民街幸福小区5号楼3单元202室。", "龙井市安民街幸福小区5号楼3单元202室"),
        ("后来搬到了302室。", "302室"),
        # English room-first forms and a romanised Korean road name, places after a comma
        (
            "The flat was Room 1204, Unit 1, Building 9, 16 Renmin Road, Hunchun.",
            "Room 1204, Unit 1, Building 9, 16 Renmin Road, Hunchun",
        ),
        (
            "Her dorm was Building 2, 55 Hongqi Street, Shibei District, Qingdao, near the port.",
            "Building 2, 55 Hongqi Street, Shibei District, Qingdao",
        ),
        (
            "I rent at 28 Gyeongin-ro 45beon-gil, Bupyeong-gu, Incheon.",
            "28 Gyeongin-ro 45beon-gil, Bupyeong-gu, Incheon",
        ),
    ],
)
def test_an_address_is_one_span_with_its_places(engine: Redactor, text: str, address: str) -> None:
    spans = _spans(engine, text)
    assert (address, "ADDRESS", False) in spans
    assert len([s for s in spans if s[1] in ("ADDRESS", "PLACE")]) == 1


def test_an_address_never_takes_a_kept_province_or_a_subject(engine: Redactor) -> None:
    assert _out(engine, "언니가 3동 501호에 살아요.") == "언니가 [주소-1]에 살아요."
    assert _out(engine, "Room 301, Unit 2, in Jilin.") == "[ADDRESS-1], in Jilin."
    assert _out(engine, "세 식구가 7인민반에 살았어요.") == "세 식구가 [주소-1]에 살았어요."


# --- 4. Silent misses in cue contexts (classes of sets A and B) ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # X라는 + a noun for a person: the name, never a place by its last syllable (리)
        ("식당에 한가리라는 아줌마가 있었어요.", "식당에 [인물-1]라는 아줌마가 있었어요."),
        ("방에 하늘이라는 언니가 있었어요.", "방에 [인물-1]이라는 언니가 있었어요."),
        # X라고 하는 + a person noun
        ("별님이라고 하는 애가 제일 어렸어요.", "[인물-1]이라고 하는 애가 제일 어렸어요."),
        # a person noun, then X라고 and a comma
        ("옆방 여자가 구슬이라고, 말이 없었어요.", "옆방 여자가 [인물-1]이라고, 말이 없었어요."),
        # a Hanzi name inside a Korean sentence, before a naming cue or after 이름이
        ("그 집에 张学友라는 남자가 왔어요.", "그 집에 [인물-1]라는 남자가 왔어요."),
        ("시아버지 이름이 周润发예요.", "시아버지 이름이 [인물-1]예요."),
        # a given name ending in 하 after a kinship word is no verb stem (은하, 지하)
        ("우리 딸 지하는 학교에 다녀요.", "우리 딸 [인물-1]는 학교에 다녀요."),
    ],
)
def test_cued_names_are_never_silent(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_naming_cue_before_a_quotation_is_no_name(engine: Redactor) -> None:
    assert _out(engine, "그게 무슨 뜻이라는 거예요?") == "그게 무슨 뜻이라는 거예요?"
    assert _out(engine, "평화라는 말이 좋았어요.") == "평화라는 말이 좋았어요."


# --- Keep-list loss: ordinary Korean the catch-all and the place rules no longer flag ------


@pytest.mark.parametrize(
    "text",
    [
        "그는 구류소에서 나왔어요.",  # a listed word and a bound noun (구류 + 소)
        "김장철에는 바빴어요.",
        "그 여자분은 친절했어요.",
        "센터 선생님들은 좋았어요.",  # an office's plural
        "그 사람 도집결소에서 봤어요.",  # a syllable before a listed word
        "권사님이 밥을 해주셨어요.",  # an office and 님
        "전도사님은 떠났어요.",
        "돈을 넘기면 끝이에요.",  # a verb before 면 (if ...), no township
        "큰삼촌은 군대에 갔어요.",  # an uncle, no village (촌)
    ],
)
def test_ordinary_korean_is_not_flagged(rules: Redactor, text: str) -> None:
    assert _out(rules, text) == text


def test_a_county_whose_name_ends_like_a_verb_is_still_a_place(engine: Redactor) -> None:
    assert _out(engine, "외삼촌 있는 길주군으로 옮겼어요.") == (
        "외삼촌 있는 [장소-1, 북한 동북부]으로 옮겼어요."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gazetteer spelling before a copula (이니까) opens a word as a place
        (
            "강을 건너면 바로 화룡이니까 금방이에요.",
            "강을 건너면 바로 [장소-1, 길림성]이니까 금방이에요.",
        ),
        # a place noun's subject: even a frequent word is a place there, uncertain
        (
            "제가 시집간 데가 통화, 거기서 살았어요.",
            "제가 시집간 데가 [장소-1, 길림성], 거기서 살았어요.",
        ),
        ("고향이 길주예요.", "고향이 [장소-1, 북한 동북부]예요."),
        # a full name before a title with 님
        ("통역은 박서진 선교사님이 해주셨어요.", "통역은 [인물-1] 선교사님이 해주셨어요."),
        # an English role or kinship noun before a Hangul or Hanzi name
        ("My son 하늘, who is nine now.", "My son [PERSON-1], who is nine now."),
        ("The broker 赵强 took our money.", "The broker [PERSON-1] took our money."),
        # a business glued to 안마 (massage)
        ("백합안마라는 데서 일했어요.", "[기관-1]안마라는 데서 일했어요."),
    ],
)
def test_more_cued_names_and_places(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_a_place_subject_needs_a_gazetteer_spelling(engine: Redactor) -> None:
    assert _out(engine, "사는 데가 지시를 받는 곳이에요.") == "사는 데가 지시를 받는 곳이에요."
    assert _spans(engine, "제가 시집간 데가 통화, 거기서 살았어요.")[0][2] is True


def test_an_ordinary_word_named_a_person_is_found_again_before_a_person_particle(
    rules: Redactor,
) -> None:
    text = "옆방 여자가 구슬이라고, 말이 없었어요. 사장이 구슬한테 소리쳤고 구슬 장사도 했어요."
    assert _out(rules, text) == (
        "옆방 여자가 [인물-1]이라고, 말이 없었어요. "
        "사장이 [인물-1]한테 소리쳤고 구슬 장사도 했어요."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok, my line is sun_hee88 now", "ok, my line is [ONLINE_ID-1] now"),
        ("Line: jiyoung_0412", "Line: [ONLINE_ID-1]"),
        ("the line is busy and the line was long", "the line is busy and the line was long"),
    ],
)
def test_a_line_id_needs_a_digit_or_underscore(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_a_chain_branch_names_its_town_and_the_chain(engine: Redactor) -> None:
    spans = _spans(engine, "롯데마트 회령점에서 일했어요.")
    assert spans[0] == ("롯데마트", "ORG", True)  # a listed word: uncertain
    assert spans[1][0].startswith("회령")
    assert spans[1][1:] == ("PLACE", False)
    assert _out(engine, "여기가 출발점이에요.") == "여기가 출발점이에요."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("교회에서 만난 언니 딸이 은하예요.", "교회에서 만난 언니 딸이 [인물-1]예요."),
        ("제일 친한 동생이 순희예요.", "제일 친한 동생이 [인물-1]예요."),
        # a listed noun ending in ㅁ is no nominalised verb (보람 is not 보라 + ㅁ)
        ("학교에서 만난 친구가 보람이에요.", "학교에서 만난 친구가 [인물-1]이에요."),
        ("딸이 학생이에요.", "딸이 학생이에요."),
        ("남편이 중국사람이에요.", "남편이 중국사람이에요."),
    ],
)
def test_a_kinship_noun_then_a_given_name_as_copula(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _out(engine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Korean surname that is an English word before a hyphenated given name
        ("We met Park Young-ho in Yanji.", "We met [PERSON-1] in [PLACE-1, Jilin]."),
        ("The park was full of young people.", "The park was full of young people."),
        # the topic introduced at the sentence's end by a relative clause
        ("가람은 식당에서 같이 일하던 언니예요.", "[인물-1]은 식당에서 같이 일하던 언니예요."),
        ("이분은 교회에서 만난 언니예요.", "이분은 교회에서 만난 언니예요."),
        ("그 사람은 교회에서 만난 동생이에요.", "그 사람은 교회에서 만난 동생이에요."),
    ],
)
def test_surnames_before_hyphenated_names_and_introduced_topics(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _out(engine, text) == expected
