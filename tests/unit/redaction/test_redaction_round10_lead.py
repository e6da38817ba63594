"""Round 10 (lead): an English naming cue wins over the word list (issue 11, item 1).

"A woman called june" kept the name because june is an English word; a strong cue may only
make a span uncertain, never keep it.  Invented sentences, and the ones where "called" or
"went by" is no naming.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _people(engine: Redactor, text: str) -> list[tuple[str, bool]]:
    result = engine.redact(text)
    return [(text[s.start : s.end], s.uncertain) for s in result.spans if s.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the broker was a woman called june, maybe 40.", [("june", True)]),
        ("a girl called hope came with us.", [("hope", True)]),
        ("a woman known as lucky ran the house.", [("lucky", True)]),
        ("a man called young park sold me", [("young park", False)]),
        ("A man called Young Park sold me.", [("Young Park", False)]),
        ("a woman called sunny moon helped us.", [("sunny moon", False)]),
    ],
)
def test_a_naming_cue_wins_over_an_english_word(
    engine: Redactor, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _people(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "she called again the next day.",
        "she called her sister in seoul.",
        "she called home twice.",
        "we called the police.",
        "he called me names.",
        "the place is called heaven by them.",
        "she was called mother by everyone.",
        "then we went by bus to the border.",
        "the group went by sleeper bus to the next town.",
    ],
)
def test_called_and_went_by_that_name_no_one(engine: Redactor, text: str) -> None:
    assert _people(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村委会介绍给一个孙姓男子，收费八千元。", [("孙", False)]),
        ("一名金姓女子到派出所报案。", [("金", False)]),
        ("那个欧阳姓男人又来了。", [("欧阳", False)]),
        ("他姓孙，是个老板。", [("孙", False)]),
    ],
)
def test_a_surname_before_xing_and_a_person_noun_is_the_name(
    engine: Redactor, text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _people(engine, text) == expected


@pytest.mark.parametrize(
    "text", ["老百姓都知道这件事。", "村里有两个同姓男子。", "请问您贵姓？", "老百姓男人都去了。"]
)
def test_words_with_xing_are_no_surname_cue(engine: Redactor, text: str) -> None:
    assert _people(engine, text) == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("02:15 WeChat msg from moonlight_0433, writes she is fine.", "moonlight_0433"),
        ("QQ msg from 88123456 at night.", "88123456"),
        ("KakaoTalk message from mina_22 said hi.", "mina_22"),
    ],
)
def test_an_online_id_after_msg_from(engine: Redactor, text: str, handle: str) -> None:
    result = engine.redact(text)
    found = [text[s.start : s.end] for s in result.spans if s.label == "ONLINE_ID"]
    assert found == [handle]


def test_words_after_an_app_are_no_online_id(engine: Redactor) -> None:
    text = "a WeChat message from her cousin came the next day."
    assert [s.label for s in engine.redact(text).spans] == []
