"""Round 14 of issue 11, lane KO-PERSON, second wave: the grammar behind set N's silent
person misses (address terms, surnames before roles and offices, a name said again as a
predicate, a kinship noun before a word in 이, writing to someone, a name glossed by a
language, by its Hanzi, by its real name or by its meaning, a counted Chinese list).  Every
sentence here is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from redaction_helpers import assert_redacts, surfaces


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. X댁: the wife from X
        (
            "시어머니가 평양댁이 오늘도 왔네 하고 웃었어요.",
            "시어머니가 [인물-1]이 오늘도 왔네 하고 웃었어요.",
        ),
        ("옆집 청주댁이 떡을 가져왔어요.", "옆집 [인물-1]이 떡을 가져왔어요."),
        # 2. a Chinese surname reading before a role noun
        ("뤄 경찰이 나를 조사했어요.", "[인물-1] 경찰이 나를 조사했어요."),
        ("가오 의사 부인이 약을 줬어요.", "[인물-1] 의사 부인이 약을 줬어요."),
        # 3. a surname before a public-office title
        ("서류는 박 주무관이 받았어요.", "서류는 [인물-1] 주무관이 받았어요."),
        ("이 주무관이 서류를 받아 줬어요.", "[인물-1] 주무관이 서류를 받아 줬어요."),
        # 4. a word a cue named, said again with the copula or the household 네
        (
            "그러니까 믿음이요? 네, 믿음이요. 이름이 믿음이라고 했어요.",
            "그러니까 [인물-1]이요? 네, [인물-1]이요. 이름이 [인물-1]이라고 했어요.",
        ),
        (
            "딸 이름이 바다예요. 가끔 바다네 이모가 옷을 보내줘요.",
            "딸 이름이 [인물-1]예요. 가끔 [인물-1]네 이모가 옷을 보내줘요.",
        ),
        (
            "옆집 사는 애가 구름이네 집에서 자요. 막내 조카가 구름이에요.",
            "옆집 사는 애가 [인물-1]네 집에서 자요. 막내 조카가 [인물-1]이에요.",
        ),
        # 5. a kinship noun, then a name that is a word in 이
        ("남편과 아들 동이는 남았다.", "남편과 아들 [인물-1]는 남았다."),
        # 6. writing to someone is a verb only people do
        ("장미소가 어제 편지를 보냈어요.", "[인물-1]가 어제 편지를 보냈어요."),
        # 7. the other name a language gives
        (
            "아들은 中国 이름이 亮亮이고, 조선말로는 영철이에요.",
            "아들은 中国 이름이 [인물-1]이고, 조선말로는 [인물-2]이에요.",
        ),
        # 8. the Hanzi beside its reading, the name before its real one
        ("딸 중국 이름이 핑핑, 平平이에요.", "딸 중국 이름이 [인물-1], [인물-2]이에요."),
        (
            "친구 별(본명 최별님)이 같이 왔어요.",
            "친구 [인물-1](본명 [인물-2])이 같이 왔어요.",
        ),
        # 9. a full name found solid, spelled again with a space
        ("그분이 박준호 씨예요. 박 준호, 맞아요.", "그분이 [인물-1]예요. [인물-1], 맞아요."),
    ],
)
def test_round14b_korean_person_classes(engine: Redactor, text: str, expected: str) -> None:
    assert_redacts(engine, text, expected)


def test_a_word_name_or_an_official_this_is_uncertain(engine: Redactor) -> None:
    assert surfaces(engine, "남편과 아들 동이는 남았다.", "PERSON") == {"동이": True}
    assert surfaces(engine, "이 주무관이 서류를 받아 줬어요.", "PERSON") == {"이": True}
    assert surfaces(engine, "옆집 청주댁이 떡을 가져왔어요.", "PERSON") == {"청주댁": False}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 10. a Korean word glossed by its meaning in English
        (
            "We named him 솔, which means pine tree.",
            "We named him [PERSON-1], which means pine tree.",
        ),
        # 11. a counted Chinese list with one found name
        (
            "警方带走三名妇女美子、春姬和她。",
            "警方带走三名妇女[PERSON-1]、[PERSON-2]和她。",
        ),
    ],
)
def test_round14b_mixed_and_chinese_classes(engine: Redactor, text: str, expected: str) -> None:
    assert_redacts(engine, text, expected)


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
        "그 회사가 저한테 메일을 보냈어요.",
        "她去过两个地方延吉、图们。",
        "동네 이름이 진 달래예요.",
    ],
)
def test_round14b_rules_leave_houses_words_verbs_and_places(engine: Redactor, text: str) -> None:
    assert not surfaces(engine, text, "PERSON")
