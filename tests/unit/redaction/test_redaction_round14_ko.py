"""Round 14 of issue 11, lane KO-PERSON: Korean person classes left silent on set K (the
affectionate -이 on a common one-syllable word, lists a count or the speaker closes, a text
table's name column, a call said twice, a naming cue before a modified person noun).  Every
sentence here is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _people(engine: Redactor, text: str) -> dict[str, bool]:
    """Each redacted person surface and whether it is uncertain."""
    return {
        text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans if s.label == "PERSON"
    }


def _assert_redacts(engine: Redactor, text: str, expected: str) -> None:
    assert engine.redact(text).text == expected


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
    _assert_redacts(engine, text, expected)
    assert all(_people(engine, text).values())  # a common word: uncertain


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
    assert not _people(engine, text)


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
    _assert_redacts(engine, text, expected)


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
    assert not _people(engine, text)


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
    _assert_redacts(engine, _TABLE, expected)
    assert _people(engine, _TABLE) == {"가람": True, "이순옥": False}


def test_a_table_with_no_name_header_is_left(engine: Redactor) -> None:
    text = "| 계절 | 일 |\n| 봄 | 농사 |\n| 가을 | 추수 |"
    assert not _people(engine, text)


# --- 4. a call said twice --------------------------------------------------------------------


def test_both_words_of_a_call_said_twice_are_the_name(engine: Redactor) -> None:
    _assert_redacts(
        engine,
        "가게에선 다들 나비 나비 하고 불렀어요.",
        "가게에선 다들 [인물-1] [인물-1] 하고 불렀어요.",
    )


def test_a_word_said_twice_before_a_shout_is_no_name(engine: Redactor) -> None:
    assert not _people(engine, "다들 빨리 빨리 하고 소리쳤어요.")


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
    _assert_redacts(engine, text, expected)


def test_a_reported_word_before_a_speaker_is_no_name(engine: Redactor) -> None:
    assert not _people(engine, "이게 사과라고 시장 아줌마가 줬어요.")
