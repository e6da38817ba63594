"""Round 9 of issue 11, lane ENGLISH / CHINESE / ORGANISATIONS: romanised Korean names in
any case, Chinese given names and nicknames in Hanzi, organisations.  Every sentence here
is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.romanised_en import romanised_syllable


def _spans(engine: Redactor, text: str) -> dict[str, bool]:
    """Each span's text -> whether it is uncertain."""
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


# --- 1. Romanised Korean names in any case -------------------------------------------------


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("hee", True),
        ("myong", True),
        ("suk", True),
        ("eun", True),
        ("park", False),
        ("tech", False),
        ("law", False),
        ("school", False),
    ],
)
def test_the_syllable_inventory_comes_from_the_romanisation_table(
    part: str, expected: bool
) -> None:
    assert romanised_syllable(part) is expected


def test_lower_case_hyphenated_given_name_is_uncertain_without_a_cue(engine: Redactor) -> None:
    text = "saw jung-ae at the bus stop on friday"
    assert _spans(engine, text) == {"jung-ae": True}


def test_lower_case_given_name_after_a_role_word_is_certain(engine: Redactor) -> None:
    text = "her neighbour soon-ja says the boat left at night"
    assert _spans(engine, text).get("soon-ja") is False


def test_surname_after_the_given_name_joins_the_span(engine: Redactor) -> None:
    text = "hye-rin choi paid for the bus."
    assert _spans(engine, text) == {"hye-rin choi": False}


def test_surname_before_the_given_name_joins_the_span(engine: Redactor) -> None:
    text = "we waited for kim dae-sung until noon."
    assert "kim dae-sung" in _spans(engine, text)


def test_a_sentence_end_is_no_surname(engine: Redactor) -> None:
    text = "the bell went ding-dong. min-jun ran out."
    got = _spans(engine, text)
    assert got.get("min-jun") is True and "ding-dong. min-jun" not in got


@pytest.mark.parametrize(
    "text",
    [
        "we wrote by e-mail and shopped at the co-op.",
        "it was so-so, she said, and the kids danced hip-hop.",
        "my mother-in-law made a to-do list; no-one came.",
        "we played ping-pong and walked zig-zag up the hill.",
    ],
)
def test_english_hyphenated_words_are_no_names(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule.startswith("romanised")]


def test_capitals_surname_and_given_syllables_are_one_person(engine: Redactor) -> None:
    text = "NAME OF APPLICANT: PAK MYONG OK, born in the north."
    got = _spans(engine, text)
    assert got.get("PAK MYONG OK") is False


def test_capitals_given_name_before_surname(engine: Redactor) -> None:
    text = "Signed by MI HYANG KIM on the last page."
    assert _spans(engine, text).get("MI HYANG KIM") is False


def test_capitals_surname_before_english_words_is_no_full_name(engine: Redactor) -> None:
    text = "THE REPORT BY KIM WAS LATE. OH NO."
    result = engine.redact(text)
    assert not [s for s in result.spans if s.rule == "romanised_caps"]


# --- 2. Chinese given names and nicknames in Hanzi --------------------------------------------


def test_given_name_after_a_chinese_cue_verb(engine: Redactor) -> None:
    got = _spans(engine, "你好，我是春梅。明天别告诉秋菊。")
    assert got.get("春梅") is True and got.get("秋菊") is not None


def test_given_name_before_a_kinship_address(engine: Redactor) -> None:
    got = _spans(engine, "春燕姐，你最近好吗？")
    assert got.get("春燕") is True


def test_diminutive_that_is_a_word_only_after_a_naming_word(engine: Redactor) -> None:
    assert _spans(engine, "你好，我是小雪。").get("小雪") is True
    assert "老实" not in _spans(engine, "那个人为人老实，我们都知道。")


@pytest.mark.parametrize(
    "text",
    [
        "我在亲戚家躲了三个月。",  # a role noun, then a place and a verb
        "我帮婆婆喂猪、种玉米。",
        "这是真的。我是朝鲜人。别告诉警察。我是老师。",
        "我跟他去了两次。",
    ],
)
def test_chinese_slots_that_hold_no_name(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule.startswith("zh_given")]


def test_hanzi_diminutive_before_a_korean_particle(engine: Redactor) -> None:
    got = _spans(engine, "거기서 나는 小燕이, 언니는 红红이라고 불렸어요. 小燕아 잘 있니.")
    assert "小燕" in got


def test_hanzi_diminutive_after_a_korean_kin_word(engine: Redactor) -> None:
    got = _spans(engine, "두고 온 아들 小龙, 지금 열 살이에요.")
    assert got.get("小龙") is not None


def test_hanzi_word_before_a_korean_particle_is_no_name(engine: Redactor) -> None:
    result = engine.redact("거기는 户口가 없으면 安全이 없어요.")
    assert not [s for s in result.spans if s.rule.startswith("zh_diminutive")]


def test_mandarin_sound_of_a_hanzi_name_beside_it(engine: Redactor) -> None:
    text = "그 집 남편 于海(위하이)는 술을 많이 마셨어요."
    got = _spans(engine, text)
    assert "于海" in got and "위하이" in got


# --- 3. Organisations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She sorted shrimp for Bada Trading in the port.", "Bada Trading"),
        ("He drove a van for Sunny Foods for a year.", "Sunny Foods"),
        ("We prayed with the Morning Dew Fellowship on Fridays.", "Morning Dew"),
        ("The Olive Tree Foundation paid the lawyer.", "Olive Tree"),
        ("I slept at the Safe Harbour Centre in the capital.", "Safe Harbour"),
    ],
)
def test_english_kind_nouns_of_round_9(engine: Redactor, text: str, name: str) -> None:
    got = _spans(engine, text)
    assert any(name in span for span in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Our mission was to get her out before winter.",
        "We met in the center of town.",
        "She was sent to the Labor Training Camp, a detention place.",
    ],
)
def test_english_kind_nouns_alone_are_no_names(engine: Redactor, text: str) -> None:
    result = engine.redact(text)
    assert not [s for s in result.spans if s.label == "ORG"]


def test_korean_kind_noun_before_a_spoken_copula(engine: Redactor) -> None:
    got = _spans(engine, "아니 거기 말고 샘물교회였지, 지하에 있던 데.")
    assert "샘물" in got


def test_hangul_name_spaced_before_a_kind_noun_in_english(engine: Redactor) -> None:
    got = _spans(engine, "On Sundays I help at 빛누리 교회 near the station.")
    assert "빛누리" in got


def test_korean_sentence_comma_is_no_english_seam(engine: Redactor) -> None:
    result = engine.redact("월급은 삼백 원, 방은 가게 뒤 창고였어요.")
    assert not [s for s in result.spans if s.rule == "hangul_name_before_kind_in_english"]


def test_court_and_branch_towns_are_places(engine: Redactor) -> None:
    text = "이혼 소송은 춘천지방법원 원주지원이었어요."
    got = _spans(engine, text)
    assert any("춘천" in s for s in got) and "원주" in got


def test_compass_branch_is_no_town(engine: Redactor) -> None:
    result = engine.redact("재판은 대구지법 서부지원에서 했어요.")
    texts = [result.text]
    assert "서부지원" in texts[0]


def test_support_is_no_court(engine: Redactor) -> None:
    result = engine.redact("정부 지원에서 받았어요. 생계지원이었어요.")
    assert not [s for s in result.spans if s.rule == "court_town"]


def test_korean_gloss_of_a_hanzi_business_name(engine: Redactor) -> None:
    got = _spans(engine, "그때 红星식당(홍성)에서 설거지를 했어요.")
    assert "红星" in got and "홍성" in got


def test_name_before_a_bracket_that_says_what_it_is(engine: Redactor) -> None:
    got = _spans(engine, "Money came from Quiet River (an NGO in the south) in May.")
    assert "Quiet River" in got


def test_korean_title_and_lone_surname_in_an_english_sentence(engine: Redactor) -> None:
    got = _spans(engine, "At the church in town, 전도사님 윤, who spoke Chinese, met us.")
    assert got.get("윤") is False


def test_korean_title_and_a_word_in_a_korean_sentence(engine: Redactor) -> None:
    result = engine.redact("목사님 강 건너편에 계셨어요. Then we left.")
    assert not [s for s in result.spans if s.rule == "korean_title_surname_in_english"]


def test_restaurant_named_after_a_town_with_gwan(engine: Redactor) -> None:
    got = _spans(engine, "단둥에 있는 청진관에서 일했어요. 그 집이 청진관이었지.")
    assert "청진관" in got


@pytest.mark.parametrize("text", ["도서관에서 공부했어요.", "영사관에 갔어요.", "체육관이었어요."])
def test_words_in_gwan_are_no_restaurant(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule == "town_restaurant_hall"]


def test_mandarin_nickname_leaves_its_particle_outside(engine: Redactor) -> None:
    text = "큰딸 샤오린은 지금 학교 다녀요. 샤오위안이 왔다."
    got = _spans(engine, text)
    assert "샤오린" in got and "샤오린은" not in got and "샤오위안" in got
