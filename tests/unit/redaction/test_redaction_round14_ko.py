"""Round 14 of issue 11, lane KO-PERSON: Korean person classes left silent on set K (the
affectionate -이 on a common one-syllable word, lists a count or the speaker closes, a text
table's name column, a call said twice, a naming cue before a modified person noun).  Every
sentence here is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from redaction_helpers import assert_redacts, surfaces

# --- 1. the affectionate -이 on a common one-syllable word ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("달이는 어릴 때 나랑 같이 컸어요.", "[인물-1]는 어릴 때 나랑 같이 컸어요."),
        ("그날 봄이한테 전화했어요.", "그날 [인물-1]한테 전화했어요."),
        ("산이를 업고 강을 건넜어요.", "[인물-1]를 업고 강을 건넜어요."),
    ],
)
def test_a_common_one_syllable_word_with_i_and_a_particle_is_a_name(
    engine: Redactor, text: str, expected: str
) -> None:
    assert_redacts(engine, text, expected)
    assert all(surfaces(engine, text, "PERSON").values())  # a common word: uncertain


@pytest.mark.parametrize(
    "text",
    [
        "별은 밤에만 보여요.",
        "밥이가 없어서 굶었어요.",
        "길이는 짧아도 튼튼해요.",
        "먹이는 거 말고 높이는 거요.",
        "같이는 못 가요.",
    ],
)
def test_a_plain_particle_a_doubled_subject_or_a_word_in_i_is_left(
    engine: Redactor, text: str
) -> None:
    assert not surfaces(engine, text, "PERSON")


# --- 2. lists a person count or the speaker closes -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "수용소에서 박소영·보람·영광 세 명과 지냈다.",
            "수용소에서 [인물-1]·[인물-2]·[인물-3] 세 명과 지냈다.",
        ),
        ("가을, 소망, 나 셋이서 강을 건넜지.", "[인물-1], [인물-2], 나 셋이서 강을 건넜지."),
        (
            "그 방엔 옥희, 보람, 귤이, 나, 그리고 막내가 있었어요.",
            "그 방엔 [인물-1], [인물-2], [인물-3]이, 나, 그리고 막내가 있었어요.",
        ),
    ],
)
def test_the_members_of_a_counted_list_or_one_with_the_speaker_are_people(
    engine: Redactor, text: str, expected: str
) -> None:
    assert_redacts(engine, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "사과, 배, 감 세 개를 샀어요.",
        "'야, 너 어디 가니' 하더라고요.",
        "회령, 무산, 온성 세 군데를 다녔어요.",
    ],
)
def test_a_list_of_things_or_places_or_a_call_is_no_list_of_people(
    engine: Redactor, text: str
) -> None:
    assert not surfaces(engine, text, "PERSON")


# --- 3. a text table's name column -----------------------------------------------------------

_TABLE = (
    "가족\n| 이름 | 관계 | 사는 곳 |\n|---|---|---|\n| 가람 | 조카 | 모름 |\n"
    "| 이순옥 | 언니 | 미상 |\n| 미상 | 삼촌 | 모름 |"
)


def test_the_cells_under_a_name_header_are_names(engine: Redactor) -> None:
    expected = (
        "가족\n| 이름 | 관계 | 사는 곳 |\n|---|---|---|\n| [인물-1] | 조카 | 모름 |\n"
        "| [인물-2] | 언니 | 미상 |\n| 미상 | 삼촌 | 모름 |"
    )
    assert_redacts(engine, _TABLE, expected)
    assert surfaces(engine, _TABLE, "PERSON") == {"가람": True, "이순옥": False}


def test_a_table_with_no_name_header_is_left(engine: Redactor) -> None:
    text = "| 계절 | 일 |\n| 봄 | 농사 |\n| 가을 | 추수 |"
    assert not surfaces(engine, text, "PERSON")


# --- 4. a call said twice --------------------------------------------------------------------


def test_both_words_of_a_call_said_twice_are_the_name(engine: Redactor) -> None:
    assert_redacts(
        engine,
        "가게에선 다들 나비 나비 하고 불렀어요.",
        "가게에선 다들 [인물-1] [인물-1] 하고 불렀어요.",
    )


def test_a_word_said_twice_before_a_shout_is_no_name(engine: Redactor) -> None:
    assert not surfaces(engine, "다들 빨리 빨리 하고 소리쳤어요.", "PERSON")


# --- 5. a naming cue before a modified person noun -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("사모님은 로즈라고 영국 분이었고요.", "사모님은 [인물-1]라고 영국 분이었고요."),
        ("동생은 수정이라고 영국 사람인데 착해요.", "동생은 [인물-1]이라고 영국 사람인데 착해요."),
    ],
)
def test_a_name_before_a_nation_and_a_person_noun_is_a_name(
    engine: Redactor, text: str, expected: str
) -> None:
    assert_redacts(engine, text, expected)


def test_a_reported_word_before_a_speaker_is_no_name(engine: Redactor) -> None:
    assert not surfaces(engine, "이게 사과라고 시장 아줌마가 줬어요.", "PERSON")


# --- 6. a surname glued between a role or pointing word and its title ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("브로커최씨아저씨가 돈을 가져갔어요.", "브로커[인물-1]아저씨가 돈을 가져갔어요."),
        ("저기류과장님이 왔어요.", "저기[인물-1]과장님이 왔어요."),
        ("거기한팀장님이 서류를 봐 줬어요.", "거기[인물-1]팀장님이 서류를 봐 줬어요."),
    ],
)
def test_a_surname_glued_inside_a_role_word_and_its_title_is_a_name(
    engine: Redactor, text: str, expected: str
) -> None:
    assert_redacts(engine, text, expected)


@pytest.mark.parametrize("text", ["거기정말 좋았어요.", "브로커가 씨앗을 줬어요."])
def test_a_pointing_word_before_an_adverb_or_a_role_before_a_noun_is_left(
    engine: Redactor, text: str
) -> None:
    assert not surfaces(engine, text, "PERSON")


# --- 7. a famous full name the lexicon holds -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("장난으로 박신혜 할까 했어요.", "박신혜"),
        ("아니 이문세가 아니라 다른 사람이었나.", "이문세"),
    ],
)
def test_a_famous_full_name_is_uncertain_not_kept(
    engine: Redactor, text: str, surface: str
) -> None:
    assert surfaces(engine, text, "PERSON").get(surface) is True


def test_a_rare_word_of_a_name_shape_whose_half_is_a_word_is_kept(engine: Redactor) -> None:
    assert not surfaces(engine, "조선말을 배웠어요.", "PERSON")


# --- 8. a one-syllable given name after 외자 --------------------------------------------------


def test_the_syllable_after_oeja_is_the_given_name(engine: Redactor) -> None:
    assert_redacts(
        engine,
        "제 이름은 윤솔이에요. 외자로 솔.",
        "제 이름은 [인물-1]이에요. 외자로 [인물-2].",
    )


def test_oeja_before_a_verb_names_nothing(engine: Redactor) -> None:
    assert not surfaces(engine, "외자로 된 이름이 많아요.", "PERSON")


# --- 9. a name given in the text, again with its affectionate 이 ----------------------------


def test_a_named_word_with_its_affectionate_i_is_the_name_again(engine: Redactor) -> None:
    assert_redacts(
        engine,
        "아들 이름을 한결이라고 지었어요. 한결이 태어난 날은 비가 왔어요.",
        "아들 이름을 [인물-1]이라고 지었어요. [인물-1]이 태어난 날은 비가 왔어요.",
    )


def test_a_word_a_role_cue_flagged_is_not_looked_for_again(engine: Redactor) -> None:
    assert not surfaces(engine, "친구 번호를 받았어요. 번호가 틀렸어요.", "PERSON")


# --- 10. a Hanzi word in a person's slot ----------------------------------------------------


def test_a_hanzi_word_in_apposition_or_before_a_kin_genitive_is_a_name(engine: Redactor) -> None:
    assert_redacts(
        engine,
        "공장에서 만난 花子, 그 여자가 반장이었어요. 花子의 남편이 경찰이었지.",
        "공장에서 만난 [인물-1], 그 여자가 반장이었어요. [인물-1]의 남편이 경찰이었지.",
    )


@pytest.mark.parametrize(
    "text", ["户口의 문제가 컸어요.", "그건 白酒의 맛이었어요.", "老板의 아내가 좋았어요."]
)
def test_a_hanzi_word_before_a_thing_is_left(engine: Redactor, text: str) -> None:
    assert not surfaces(engine, text, "PERSON")


# --- 11. two names in the affectionate form, and a list's member after 그리고 -----------------


def test_a_word_paired_with_a_name_in_the_same_called_form_is_a_name(engine: Redactor) -> None:
    assert_redacts(
        engine,
        "구름이랑 달이는 같은 날 태어났어요.",
        "[인물-1]이랑 [인물-2]는 같은 날 태어났어요.",
    )


def test_two_nouns_with_plain_particles_are_no_pair_of_names(engine: Redactor) -> None:
    assert not surfaces(engine, "밥이랑 국이는 식었어요.", "PERSON")


def test_the_member_after_a_closing_and_is_a_person(engine: Redactor) -> None:
    assert (
        surfaces(engine, "그 방엔 옥희, 보람, 나, 그리고 제일 작은 보배.", "PERSON").get("보배")
        is True
    )


def test_kin_words_in_a_list_with_the_speaker_are_left(engine: Redactor) -> None:
    assert not surfaces(engine, "엄마, 아빠, 나, 그리고 동생.", "PERSON")


# --- 12. Korean and Chinese names inside English sentences ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "순옥이 was sent back in May, and nobody told me.",
            "[PERSON-1]이 was sent back in May, and nobody told me.",
        ),
        (
            "My son is 한결이 (it means one way) because of his father.",
            "My son is [PERSON-1]이 (it means one way) because of his father.",
        ),
        (
            "방 집사님 from the church gave me rice.",
            "[PERSON-1] 집사님 from the church gave me rice.",
        ),
        (
            "Ask for 花子; that's what they call her there.",
            "Ask for [PERSON-1]; that's what they call her there.",
        ),
    ],
)
def test_names_in_the_mixed_slots(engine: Redactor, text: str, expected: str) -> None:
    assert_redacts(engine, text, expected)


@pytest.mark.parametrize(
    "text", ["We ate 김치 (kimchi) every day.", "이 책 is mine.", "그 사람 was kind."]
)
def test_a_glossed_word_or_a_determiner_in_english_is_left(engine: Redactor, text: str) -> None:
    assert not surfaces(engine, text, "PERSON")


def test_a_place_glossed_by_its_romanisation_stays_a_place(engine: Redactor) -> None:
    spans = engine.redact("She was born in 운평동 (Unpyong-dong).").spans
    assert {s.label for s in spans} == {"PLACE"}


# --- 13. one letter, a Hanzi nickname, a quoted name with its 이, a guide's quoted name -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "이름이 한 글자로 솔. 그분이 가르쳐 줬어요.",
            "이름이 한 글자로 [인물-1]. 그분이 가르쳐 줬어요.",
        ),
        ("별명이 李白이었어요, 얼굴이 닮아서.", "별명이 [인물-1]이었어요, 얼굴이 닮아서."),
        ('"구름"이가 제 딸이에요.', '"[인물-1]"이가 제 딸이에요.'),
        ('안내원 "솔미"가 역에서 기다렸다.', '안내원 "[인물-1]"가 역에서 기다렸다.'),
    ],
)
def test_names_said_in_one_letter_a_nickname_or_quotes(
    engine: Redactor, text: str, expected: str
) -> None:
    assert_redacts(engine, text, expected)


@pytest.mark.parametrize(
    "text", ["외자로 해야 돼요.", "한 글자로 쓰다.", "'사랑'이 제일 중요해요.", "안내원이 왔어요."]
)
def test_a_verb_after_one_letter_or_a_quoted_subject_is_left(engine: Redactor, text: str) -> None:
    assert not surfaces(engine, text, "PERSON")


# --- precision: what these rules must not take ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "돼지를 죽이는 날이었어요.",  # a verb in 이다 (죽여 is a word)
        "상에 놓이는 반찬이 많았어요.",
        "약을 달이는 냄새가 났어요.",  # an object before: a verb's adnominal
        "달이는 동안 기다렸어요.",  # a bound noun after
    ],
)
def test_a_verb_in_i_da_is_no_affectionate_name(engine: Redactor, text: str) -> None:
    assert not surfaces(engine, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "저, 그게, 뭐냐 하면요.",
        "나, 참, 기가 막혀서.",
        "너, 이거, 알아?",
        "감자, 옥수수, 나, 그리고 동생이 먹었어요.",
        "한국인, 중국인 두 명이 왔어요.",
    ],
)
def test_spoken_fillers_and_lists_with_one_sign_of_people_are_left(
    engine: Redactor, text: str
) -> None:
    assert not surfaces(engine, text, "PERSON")


@pytest.mark.parametrize("text", ["여기도사장님이 있어요.", "민병대가 왔어요.", "이정표를 봤어요."])
def test_a_particle_after_a_pointing_word_or_a_group_noun_is_no_name(
    engine: Redactor, text: str
) -> None:
    assert not surfaces(engine, text, "PERSON")


# --- 14. the doubled subject before a person's verb, the household 네, the spoken 에요 -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("우리 봄이가 아팠어요.", "우리 [인물-1]가 아팠어요."),
        ("별이네 집에서 잤어요.", "[인물-1]네 집에서 잤어요."),
        ("제일 친한 애가 다래에요.", "제일 친한 애가 [인물-1]에요."),
    ],
)
def test_a_persons_verb_a_household_or_a_spoken_copula_names(
    engine: Redactor, text: str, expected: str
) -> None:
    assert_redacts(engine, text, expected)


@pytest.mark.parametrize(
    "text", ["돈이가 없어서 울었어요.", "별이네!", "친구가 학교에요.", "남편이 부자에요."]
)
def test_a_doubled_subject_an_exclamation_or_a_place_after_a_person_noun_is_left(
    rules: Redactor, text: str
) -> None:
    assert not surfaces(rules, text, "PERSON")
