"""Round 14 of issue 11, lane KO-PERSON, second wave: the grammar behind set N's silent
person misses (address terms, surnames before roles and offices, a name said again as a
predicate, a kinship noun before a word in 이, writing to someone, a name glossed by a
language, by its Hanzi, by its real name or by its meaning, a counted Chinese list).  Every
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. X댁: the wife from X
        (
            '동네 사람들은 다 나를 "어이 평양댁" 하고 불렀어요.',
            '동네 사람들은 다 나를 "어이 [인물-1]" 하고 불렀어요.',
        ),
        ("옆집 청주댁이 떡을 가져왔어요.", "옆집 [인물-1]이 떡을 가져왔어요."),
        # 2. a Chinese surname reading before a role noun
        (
            "그때 뤄 경찰이라고 있었는데 말이 통했어요.",
            "그때 [인물-1] 경찰이라고 있었는데 말이 통했어요.",
        ),
        ("마을 의사가 가오 의사인데 한족이었어요.", "마을 의사가 [인물-1] 의사인데 한족이었어요."),
        # 3. a surname before a public-office title
        ("담당 주무관 박 주무관.", "담당 주무관 [인물-1] 주무관."),
        ("이 주무관이 서류를 받아 줬어요.", "[인물-1] 주무관이 서류를 받아 줬어요."),
        # 4. a word a cue named, said again with the copula or the household 네
        (
            "이름이 믿음이라고요? — 네, 믿음이요.",
            "이름이 [인물-1]이라고요? — 네, [인물-1]이요.",
        ),
        (
            "딸 이름이 바다예요. 가끔 바다네 고모가 사진을 보내줘요.",
            "딸 이름이 [인물-1]예요. 가끔 [인물-1]네 고모가 사진을 보내줘요.",
        ),
        (
            "옆집 사는 애가 구름이네 집에서 자요. 시누이 딸이 구름이에요.",
            "옆집 사는 애가 [인물-1]네 집에서 자요. 시누이 딸이 [인물-1]이에요.",
        ),
        # 5. a kinship noun, then a name that is a word in 이
        ("저와 딸 송이는 강을 건넜다.", "저와 딸 [인물-1]는 강을 건넜다."),
        # 6. writing to someone is a verb only people do
        ("하은비가 저한테 문자를 보냈어요.", "[인물-1]가 저한테 문자를 보냈어요."),
        # 7. the other name a language gives
        (
            "亮亮이, 조선말로는 영철인데요, 걔가 학교 다닐 때 아팠어요.",
            "[인물-1]이, 조선말로는 [인물-2]인데요, 걔가 학교 다닐 때 아팠어요.",
        ),
        # 8. the Hanzi beside its reading, the name before its real one
        ("중국 이름은 핑핑, 平平.", "중국 이름은 [인물-1], [인물-2]."),
        (
            "언니 순(본명 박순자)이 같이 왔어요.",
            "언니 [인물-1](본명 [인물-2])이 같이 왔어요.",
        ),
        # 9. a full name found solid, spelled again with a space
        (
            "그 사람 이름이요? 박준호요... 박 준호? 박준호.",
            "그 사람 이름이요? [인물-1]요... [인물-1]? [인물-1].",
        ),
    ],
)
def test_round14b_korean_person_classes(engine: Redactor, text: str, expected: str) -> None:
    _assert_redacts(engine, text, expected)


def test_a_word_name_or_an_official_this_is_uncertain(engine: Redactor) -> None:
    assert _people(engine, "저와 딸 송이는 강을 건넜다.") == {"송이": True}
    assert _people(engine, "이 주무관이 서류를 받아 줬어요.") == {"이": True}
    assert _people(engine, "옆집 청주댁이 떡을 가져왔어요.") == {"청주댁": False}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 10. a Korean word glossed by its meaning in English
        (
            "The son she left behind is called 솔, which just means pine.",
            "The son she left behind is called [PERSON-1], which just means pine.",
        ),
        # 11. a counted Chinese list with one found name
        (
            "王丽说她和另外两名女子美子、春姬在镇上被抓获。",
            "[PERSON-1]说她和另外两名女子[PERSON-2]、[PERSON-3]在镇上被抓获。",
        ),
    ],
)
def test_round14b_mixed_and_chinese_classes(engine: Redactor, text: str, expected: str) -> None:
    _assert_redacts(engine, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "시댁에 갔다가 큰댁이랑 고모댁에도 들렀어요.",
        "그 후 경찰이 와서 다 데려갔어요.",
        "이 사무실 계장님이 왔다.",
        "그 노래 제목이 사랑이에요.",
        "딸 나이는 열 살이에요.",
        "딸 길이는 짧아요.",
        "그 사람이 저한테 문자를 보냈어요.",
        "그 과일은 조선말로는 사과인데요.",
        "조선말로 읽으면 그렇게 돼요.",
        "북한 가족 연락은 브로커 통해서 함(본명모름).",
        "The town is called 평양, which means flat land.",
        "她去过两个地方延吉、图们。",
        "동네 이름이 진 달래예요.",
    ],
)
def test_round14b_rules_leave_houses_words_verbs_and_places(engine: Redactor, text: str) -> None:
    assert not _people(engine, text)
