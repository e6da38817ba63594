"""Round 14 of issue 11, lane PRECISION, second wave: words whose class or slot rules out a
name (set N's false positives, now development material).  Every sentence here is invented
for these tests (no passage's text, names or places); each positive case has its expected
output, and each class has a case where the rule must not fire."""

from __future__ import annotations

from fieldkit.redaction import Redactor


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


def _expect(engine: Redactor, cases: list[tuple[str, str]]) -> None:
    for text, expected in cases:
        assert _out(engine, text) == expected, text


# --- Korean person slots ----------------------------------------------------------------------


def test_a_person_noun_with_its_particle_before_a_title_is_no_name(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("감방 지도원이 아주머니들을 불렀어요.", "감방 지도원이 아주머니들을 불렀어요."),
            ("중국 남자애가 통역 도와줬어요.", "중국 남자애가 통역 도와줬어요."),
        ],
    )


def test_a_name_before_a_title_stays(engine: Redactor) -> None:
    assert _out(engine, "순이 아주머니가 밥을 줬어요.") == "[인물-1] 아주머니가 밥을 줬어요."


def test_size_and_birth_order_before_kin_are_no_name(engine: Redactor) -> None:
    text = "큰형님네, 둘째 형님네 다 한 동네에 살았어요."
    assert _out(engine, text) == text
    assert _out(engine, "복순 형님이 왔어요.") == "[인물-1] 형님이 왔어요."


def test_a_governed_noun_and_a_reflexive_are_no_name(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("아버지 생각 많이 났어요.", "아버지 생각 많이 났어요."),
            ("참석: 옥란, 옥란 아들, 본인.", "참석: [인물-1], [인물-1] 아들, 본인."),
            ("어머니 옥분 씨가 왔어요.", "어머니 [인물-1]가 왔어요."),
        ],
    )


def test_departments_and_compounds_of_common_nouns_are_no_name(engine: Redactor) -> None:
    _expect(
        engine,
        [
            (
                "담당 선생님이 병원 동행(한빛병원 산부인과)을 해줌.",
                "담당 선생님이 병원 동행([기관-1]병원 산부인과)을 해줌.",
            ),
            ("정신건강의학과 예약 권유함.", "정신건강의학과 예약 권유함."),
            ("주민센터에서 기초생활수급 서류 접수.", "주민센터에서 기초생활수급 서류 접수."),
        ],
    )


def test_a_name_with_gwa_and_a_named_centre_stay(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("정안과 같이 갔어요.", "[인물-1]과 같이 갔어요."),
            ("새빛나눔센터 통해 교실 다님.", "[기관-1] 통해 교실 다님."),
        ],
    )


def test_an_auxiliary_in_rlaeyo_is_no_name(engine: Redactor) -> None:
    text = "동생이 다시 말해 주실래요 하고 물었어요."
    assert _out(engine, text) == text


def test_propagation_skips_the_adjective_of_a_word(engine: Redactor) -> None:
    text = "딸 이름은 향기인데 하나도 향기롭지 않았어요. 향기가 보고 싶어요."
    expected = "딸 이름은 [인물-1]인데 하나도 향기롭지 않았어요. [인물-1]가 보고 싶어요."
    assert _out(engine, text) == expected


# --- Korean organisation slots ----------------------------------------------------------------


def test_grammatical_forms_are_no_business_name(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ('"솔바람"이라는 식당에서 일했어요.', '"[기관-1]"이라는 식당에서 일했어요.'),
            (
                "그 사람이 저를 왕청에 있는 KTV로 보냈어요.",
                "그 사람이 저를 [장소-1, 길림성]에 있는 KTV로 보냈어요.",
            ),
            (
                "다 사장이라고 해요, 가게 주인이든 식당 주인이든.",
                "다 사장이라고 해요, 가게 주인이든 식당 주인이든.",
            ),
            ("아이는 시내 부속병원 갔어요.", "아이는 시내 부속병원 갔어요."),
        ],
    )


def test_a_business_name_before_its_kind_stays(engine: Redactor) -> None:
    assert _out(engine, "금강식당에서 일했어요.") == "[기관-1]식당에서 일했어요."


# --- Korean place slots -----------------------------------------------------------------------


def test_a_market_by_its_side_of_town_is_a_place(engine: Redactor) -> None:
    assert _out(engine, "단동 서시장 뒤에 살았어요.") == "[장소-1, 료녕성] [장소-2] 뒤에 살았어요."


def test_nouns_in_a_place_slot_are_no_place(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("도문 장날이면 시장에 갔어요.", "[장소-1, 길림성] 장날이면 시장에 갔어요."),
            (
                "거기서 삼봉리 다리로 넘겨졌어요.",
                "거기서 [장소-1, 북한 동북부] 다리로 넘겨졌어요.",
            ),
            (
                "탈북 경로: 무산 건너편에서 도강 → 용정.",
                "탈북 경로: [장소-1, 북한 동북부] 건너편에서 도강 → [장소-2, 길림성].",
            ),
            ("광산 다니는 오빠가 있었어요.", "광산 다니는 오빠가 있었어요."),
            ("밤에 메콩강 건넜어요.", "밤에 메콩강 건넜어요."),
        ],
    )


def test_a_township_in_myeon_stays(engine: Redactor) -> None:
    assert _out(engine, "유선면에 살았어요.") == "[장소-1, 북한 동북부]에 살았어요."


# --- English ----------------------------------------------------------------------------------


def test_report_words_provinces_and_adjectives_are_no_names(engine: Redactor) -> None:
    _expect(
        engine,
        [
            (
                "Interviewee states that her aunt kept the money.",
                "Interviewee states that her aunt kept the money.",
            ),
            (
                "At the market in Hunchun, Respondent 3 sold socks.",
                "At the market in [PLACE-1, Jilin], Respondent 3 sold socks.",
            ),
            (
                "By spring she was back in Hwanghae Province.",
                "By spring she was back in Hwanghae Province.",
            ),
            (
                "She named her Korean-born daughter 달래.",
                "She named her Korean-born daughter [PERSON-1].",
            ),
            (
                "The NGO's office on Xinhua Street was closed.",
                "The NGO's office on [PLACE-1] Street was closed.",
            ),
            ("She was taken down the Mekong by boat.", "She was taken down the Mekong by boat."),
        ],
    )


def test_english_names_and_towns_stay(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("Kim Mi-ok came later.", "[PERSON-1] came later."),
            (
                "By spring she was back in Hoeryong.",
                "By spring she was back in [PLACE-1, northeast North Korea].",
            ),
        ],
    )


# --- Chinese ----------------------------------------------------------------------------------


def test_a_deictic_or_a_count_before_a_suffix_is_no_place(engine: Redactor) -> None:
    _expect(
        engine,
        [
            ("将该女子卖给本村村民张有福。", "将该女子卖给本村村民[PERSON-1]。"),
            ("直到过年才去了一趟乡里。", "直到过年才去了一趟乡里。"),
            ("卖到了白石村。", "卖到了[PLACE-1]。"),
        ],
    )
