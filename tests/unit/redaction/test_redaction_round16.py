"""Round 16 of issue 11: strong cues that a reading of the word silenced, found on the
development sets after set S was written and sealed (a romanised full name with a Korean
particle glued on, a record's role noun before a surname and a word-name that a verb's
reading swallowed, a word-name before a spaced 씨 split as a word and the particle 랑).
Every sentence here is invented for these tests (no blind passage's text, names or places)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from redaction_helpers import surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 1. the whole romanised name, its particle outside (before: Kim was left)
        ("센터 담당자 Grace Han은 서울에 있었다.", "Grace Han"),
        ("목사님 Daniel Lee가 도와줬어요.", "Daniel Lee"),
        ("담당자 John Park이 전화했어요.", "John Park"),
    ],
)
def test_a_romanised_full_name_keeps_its_last_word_before_a_korean_particle(
    rules: Redactor, text: str, name: str
) -> None:
    out = rules.redact(text)
    assert surfaces(rules, text, "PERSON") == {name: True}
    assert name.split()[-1] not in out.text


@pytest.mark.parametrize("text", ["KTV에서 일했어요.", "SNS로 연락했어요.", "TV를 봤어요."])
def test_a_lone_capitalised_word_glued_to_a_particle_is_left_to_the_other_rules(
    rules: Redactor, text: str
) -> None:
    assert rules.redact(text).text == text


def test_a_record_role_before_a_surname_and_a_verb_read_word_name_wins_uncertain(
    rules: Redactor,
) -> None:
    text = "면담 기록: 내담자 오다솜은 취업 교육을 마쳤다."
    assert surfaces(rules, text, "PERSON") == {"오다솜": True}


@pytest.mark.parametrize(
    "text",
    [
        "상담 메모: 내담자 우울감 호소.",  # a noun and its suffix (우울 + 감)
        "피해자 진술에 따르면 그는 도망쳤다.",
        "피해자 오다가 잡혔다.",  # "came and": a verb form and its particle
    ],
)
def test_a_record_role_before_an_ordinary_word_stays_no_name(rules: Redactor, text: str) -> None:
    assert not surfaces(rules, text, "PERSON")


def test_a_word_name_before_a_spaced_honorific_is_not_read_as_word_and_particle(
    rules: Redactor,
) -> None:
    assert surfaces(rules, "사랑 씨는 착했어요.", "PERSON") == {"사랑 씨": True}
    assert not surfaces(rules, "엄마랑 선생님이 왔어요.", "PERSON")
    assert not surfaces(rules, "학교의 선생님이 왔어요.", "PERSON")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 4. a word-name before a spaced kinship word or title, not split as word + particle
        ("가을 언니가 전화했어요.", "가을"),
        ("송이 아저씨가 데려갔어요.", "송이"),
        ("사랑 언니랑 같이 갔어요.", "사랑"),
        # 5. a counted name (하나) before an honorific or title and after a naming cue
        ("하나 언니가 울었어요.", "하나"),
        ("하나씨한테 돈을 줬어요.", "하나씨"),
        ("하나라는 여자가 있었어요.", "하나"),
        ("제 이름은 하나예요.", "하나"),
        # 6. she gave herself a name: 자기를 X라고 했다, and 그 언니를 X라고 불렀다
        ("그 사람은 자기를 바다라고 했어요.", "바다"),
        ("우리는 그 언니를 하나라고 불렀어요.", "하나"),
        # 7. a one-syllable noun alone before a title
        ("봄 언니가 전화했어요.", "봄"),
        ("그래서 꽃 언니가 왔어요.", "꽃"),
        ("샘 씨가 도와줬어요.", "샘"),
    ],
)
def test_a_word_name_before_a_title_or_after_a_naming_cue_is_redacted_uncertain(
    rules: Redactor, text: str, name: str
) -> None:
    assert surfaces(rules, text, "PERSON") == {name: True}


@pytest.mark.parametrize(
    "text",
    [
        "충청도 아줌마가 잘해줘요.",  # where she is from
        "조선족 언니가 도와줬어요.",
        "친구 하나가 먼저 잡혔어요.",  # a count after its noun
        "아들 하나, 딸 하나 있어요.",
        "하나도 몰랐어요.",
        "자기는 조선족이라고 했어요.",  # what he said he was, not what he was called
        "자기는 의사라고 했어요.",
        "두 살 언니가 있어요.",  # a counter after a number
        "세 달 동생이에요.",
        "한 번 언니가 말했어요.",
        "3 살 오빠예요.",
        "새 선생님이 왔어요.",  # a determiner or a word that says which
        "옆 언니가 도와줬어요.",
        "그 아저씨가 도와줬어요.",
        "즈 아빠 몰래 연락해요.",
        "큰 오빠가 왔어요.",
        "그 목걸이는 엄마 거였다.",
        "밥을 먹을 언니가 없어요.",
        "엄마랑 선생님이 왔어요.",
    ],
)
def test_words_that_say_which_whose_or_how_many_before_a_title_stay(
    rules: Redactor, text: str
) -> None:
    assert not surfaces(rules, text, "PERSON")


@pytest.mark.parametrize(
    ("text", "name", "uncertain"),
    [
        # 8. the speaker's companion, an English word too
        ("Hope and I crossed the river at night.", "Hope", True),
        ("That spring June and I were sold together.", "June", True),
        ("Me and Sunny walked to the station.", "Sunny", False),
    ],
)
def test_a_companion_of_the_speaker_is_a_person(
    rules: Redactor, text: str, name: str, uncertain: bool
) -> None:
    assert surfaces(rules, text, "PERSON") == {name: uncertain}


@pytest.mark.parametrize(
    "text",
    [
        "Mom and I crossed together.",
        "God and I talked every night.",
        "China and I have a long history.",
        "Heilongjiang and I were strangers.",
        "In 2003 my sister and I left.",
    ],
)
def test_kin_god_countries_and_provinces_beside_i_are_no_companion(
    rules: Redactor, text: str
) -> None:
    assert not surfaces(rules, text, "PERSON")


def test_a_word_name_said_again_as_the_subject_of_a_persons_predicate_is_the_person(
    rules: Redactor,
) -> None:
    text = "우리는 그 언니를 바다라고 불렀어요. 바다는 연길 사람이었어요. 바다가 울었어요."
    out = rules.redact(text)
    assert out.text.count("[인물-1]") == 3
    again = "하나 언니가 먼저 갔어요. 하나는 그때 열일곱 살이었어요."
    assert rules.redact(again).text.count("[인물-1]") == 2


def test_the_word_itself_stays_where_nothing_says_a_person(rules: Redactor) -> None:
    text = "우리는 그 언니를 바다라고 불렀어요. 바다는 넓었어요. 바다가 보였어요."
    assert rules.redact(text).text.endswith("바다는 넓었어요. 바다가 보였어요.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 9. a Title-case name with a Korean particle glued on, alone in a Korean sentence
        ("Sarah가 도와줬어요.", "Sarah"),
        ("Tom이랑 같이 갔어요.", "Tom"),
        ("목사님은 Peter라고 했어요.", "Peter"),
    ],
)
def test_a_latin_name_glued_to_a_korean_particle_is_flagged(
    rules: Redactor, text: str, name: str
) -> None:
    assert surfaces(rules, text, "PERSON") == {name: True}


@pytest.mark.parametrize("text", ["Kakao톡으로 연락했어요.", "WeChat으로 연락했어요."])
def test_a_latin_word_inside_a_korean_compound_or_in_camel_case_is_left(
    rules: Redactor, text: str
) -> None:
    assert rules.redact(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 10. a business named by a kept word or a counted name
        ("백두산이라는 식당에서 일했어요.", "백두산"),
        ("하나 식당에서 일했어요.", "하나"),
        ("연길에 있는 하나노래방에 팔려 갔어요.", "하나"),
    ],
)
def test_a_business_named_by_a_kept_word_or_a_counted_name_is_an_org(
    rules: Redactor, text: str, name: str
) -> None:
    assert surfaces(rules, text, "ORG") == {name: True}


def test_a_count_after_a_kind_noun_is_no_name(rules: Redactor) -> None:
    assert rules.redact("식당 하나가 있었어요.").text == "식당 하나가 있었어요."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 11. names glued to a kinship word or an office (a quick typist's missing spaces)
        ("준오빠가 선교회에 연결해 줬어요.", "준"),
        ("카톡에서는 Sunny언니라고 불렀어요.", "Sunny"),
        ("동생영미가 나중에 따라왔어요.", "영미"),
        ("마리아집사님이 성경책을 주셨어요.", "마리아집사님"),
        # 12. a nickname or a real name told with 별명/본명, the copula's 인 outside
        ("별명이 까마귀인 운전사가 있었어요.", "까마귀"),
        ("별명이 꼬맹이였어요, 키가 제일 작아서.", "꼬맹이"),
        ("이름이 영희인 여자가 있었어요.", "영희"),
        # 13. an English title or naming cue before a Korean name
        ("Mr. 최 from the church kept us.", "최"),
        ("Her name was 하나, it means one.", "하나"),
    ],
)
def test_names_glued_to_kin_or_office_and_told_by_nickname_are_redacted(
    rules: Redactor, text: str, name: str
) -> None:
    assert name in surfaces(rules, text, "PERSON")


@pytest.mark.parametrize(
    "text",
    [
        "새언니가 왔어요. 큰언니가 왔어요. 친오빠가 왔어요.",
        "동생들이 왔어요. 아들놈이 왔어요.",
        "교회집사님이 오셨어요.",
        "우리교회목사님이 왔어요.",
        "전화하라고 번호를 적어 줬어요.",  # a noun + 하다, told to do
        "봄이라고 해도 거긴 추웠어요.",  # "even if it was spring"
        "중국 돈 5천 위안에 팔렸어요.",  # a currency after a number
        "이모는 마흔다섯, 이모부는 쉰이었어요.",  # ages
        "함경북도에서 온 언니 둘이랑 같이 있었어요.",  # "who came from"
        "우리 반 반장이 밥을 더 줬어요.",  # our class's leader
        "새 담당자 선생님은 아직 못 만났어요.",
    ],
)
def test_words_that_look_cued_but_name_no_one_stay(rules: Redactor, text: str) -> None:
    assert not surfaces(rules, text, "PERSON") and not surfaces(rules, text, "PLACE")
