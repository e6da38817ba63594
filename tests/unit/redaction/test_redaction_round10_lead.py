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


def test_a_town_before_a_border_detention_centre_is_the_town(engine: Redactor) -> None:
    text = "She was held four days at the Tumen border detention centre."
    result = engine.redact(text)
    assert [(text[s.start : s.end], s.label) for s in result.spans] == [("Tumen", "PLACE")]


@pytest.mark.parametrize(
    "text", ["She crossed the Tumen at night.", "The border detention centre was full."]
)
def test_the_river_and_a_bare_facility_stay(engine: Redactor, text: str) -> None:
    assert [s.label for s in engine.redact(text).spans] == []


@pytest.mark.parametrize(
    "text", ["DOB 12 Feb 1979, from Kilju.", "Ref: case notes. Tel and Fax unknown. Approx 40."]
)
def test_form_field_abbreviations_are_no_names(engine: Redactor, text: str) -> None:
    assert _people(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("중국에 두고 온 아들 金哲, 진저가 올해 열다섯이에요.", ["金哲", "진저"]),
        ("우리 아들은 李明明, 리밍밍이요.", ["李明明", "리밍밍"]),
    ],
)
def test_a_hanzi_name_and_its_reading_after_a_comma(
    engine: Redactor, text: str, expected: list[str]
) -> None:
    assert [name for name, _ in _people(engine, text)] == expected


def test_a_word_after_a_hanzi_name_and_a_comma_is_no_reading(engine: Redactor) -> None:
    text = "남편 王强, 그리고 시어머니가 있었어요."
    assert [name for name, _ in _people(engine, text)] == ["王强"]


def test_the_word_for_an_administrative_dong_is_never_a_certain_place(engine: Redactor) -> None:
    text = (
        "행정동 기준으로 보면 그래요."  # a 동 is so named; the word is flagged for review at most
    )
    assert [s.uncertain for s in engine.redact(text).spans] in ([], [True])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("그 협회는 좋았다.", []),
        ("그 단체는 없었어요.", []),
        ("우리를 도와준 단체는 새날이었어요.", ["새날"]),
    ],
)
def test_a_verb_after_an_organisation_noun_is_no_name(
    engine: Redactor, text: str, expected: list[str]
) -> None:
    result = engine.redact(text)
    assert [text[s.start : s.end] for s in result.spans if s.label == "ORG"] == expected
