"""Function words are never names: not in ``redact``, not in the auditor's strict ``scan``."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def surfaces(engine: Redactor, text: str, strict: bool = True) -> list[str]:
    return [text[s.start : s.end] for s in engine.scan(text, strict=strict)]


@pytest.mark.parametrize(
    "text",
    [
        "Her husband drank every night.",
        "In 2003 I crossed the river.",
        "So I ran. We hid. On the third day we left. To be safe we walked.",
        "You know how it was. Do you understand? An old man helped. No one came.",
        "Oh, we were hungry. OK, I will say it. She said: In the end we ran.",
        '"Her shoes were wet," she said. (In 2003 I left.) We waited - In spring we ran.',
        "• In 2004 we moved.\n1. In 2005 we moved again.",
    ],
)
def test_sentence_initial_function_words_are_not_flagged(engine: Redactor, text: str) -> None:
    assert surfaces(engine, text) == []
    assert engine.redact(text).text == text


def test_content_word_surnames_opening_a_sentence_stay_flagged_in_strict_mode(
    engine: Redactor,
) -> None:
    text = "Park said nothing. Song left. Moon was quiet."
    assert surfaces(engine, text) == ["Park", "Song", "Moon"]
    assert engine.redact(text).text == text  # normal mode: an ordinary word opening a sentence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I told In about it.", "In"),  # a capitalised function word mid-sentence: a name
        ("Her Kyong-ok was my aunt.", "Kyong-ok"),  # "her Kyong-ok": the given name is enough
        ("We met So Myong-hui there.", "So Myong-hui"),
        ("Then Ms. Her came back.", "Ms. Her"),
    ],
)
def test_names_that_look_like_function_words_are_still_found(
    engine: Redactor, text: str, name: str
) -> None:
    assert name in surfaces(engine, text)
    assert name not in engine.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "그녀는 매일 밤 술을 마셨다. 그런데 아무도 몰랐어요.",
        "저는 2003년에 강을 건넜어요. 이제 저는 괜찮아요.",
        "이 사람이 저를 팔았어요. 그분이 도와줬어요. 우리 엄마는 아팠어요.",
    ],
)
def test_korean_function_words_are_not_flagged(engine: Redactor, text: str) -> None:
    assert surfaces(engine, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My mother said 她很好 and left.", "她很好"),
        ("He wrote 我们走吧 on the wall.", "我们走吧"),
        ("They called 他们的 people.", "他们的"),
    ],
)
def test_hanzi_function_words_are_not_flagged(engine: Redactor, text: str, kept: str) -> None:
    assert surfaces(engine, text) == []
    assert kept in engine.redact(text).text


def test_a_hanzi_name_next_to_function_words_is_still_found(engine: Redactor) -> None:
    text = "She said 王建国的妈妈 was kind."
    assert "王建国" in surfaces(engine, text)
    assert "王建国" not in engine.redact(text).text


@pytest.mark.parametrize("name", ["Ok-sun", "Hye-in", "Sun-hee", "Son-hui"])
def test_a_korean_given_name_of_english_syllables_opening_a_sentence_is_found(
    engine: Redactor, name: str
) -> None:
    text = f"{name} came home. Later {name} left."
    assert name not in engine.redact(text).text
    assert name in surfaces(engine, f"{name} came home.")


@pytest.mark.parametrize("text", ["Well-being matters. So-called brokers.", "Ha-ha, she said."])
def test_hyphenated_english_words_opening_a_sentence_are_not_names(
    engine: Redactor, text: str
) -> None:
    assert engine.redact(text).text == text


def test_a_word_after_a_dash_is_not_part_of_the_word_before(engine: Redactor) -> None:
    text = "I was sent to college in North Korea—by then I was nineteen."
    assert engine.redact(text).text == text
    assert surfaces(engine, text) == []
