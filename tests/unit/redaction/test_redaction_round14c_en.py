"""Round 14, third wave, lane EN-MIXED-ZH (issue 11).  Every sentence here is invented for
these tests (no blind passage's text, names or places), with the sentences where each rule
must not fire."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


def _covered(engine: Redactor, text: str, word: str) -> bool:
    at = text.index(word)
    return any(
        s.label == "PERSON" and s.start <= at and at + len(word) <= s.end
        for s in engine.redact(text).spans
    )


# --- 1. Old / Little / Big + a surname that is also an English word -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They earned little; the cook, Old Song, fed us late.", "Old Song"),
        ("The driver was Old Tan, who drank every night.", "Old Tan"),
        ("Then Little Long came in with the rice.", "Little Long"),
    ],
)
def test_a_prefix_and_a_word_surname_are_one_person(engine: Redactor, text: str, name: str) -> None:
    assert _spans(engine, text).get(name) == ("PERSON", True)


@pytest.mark.parametrize(
    "text",
    [
        "She walked to the Old Park every morning.",
        "We ate at Old Tan Restaurant twice.",
        "Little Song played on the radio.",
        "I am a Big Fan of the show.",
        "They stayed near Old Park for a week.",
    ],
)
def test_a_word_surname_after_a_determiner_or_before_a_name_stays(
    engine: Redactor, text: str
) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule.startswith("chinese_prefix")]


# --- 2. the name an app shows for an account -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her profile, name shown as 秀英; she sells cosmetics in town.", "秀英"),
        ("I saved her as 미영 in my phone.", "미영"),
        ("On his WeChat, name shown as Bright Moon, he never posted.", "Bright Moon"),
        ("His display name was Dongju and he wrote at night.", "Dongju"),
    ],
)
def test_a_displayed_name_is_a_person(engine: Redactor, text: str, name: str) -> None:
    assert _spans(engine, text).get(name, ("",))[0] == "PERSON"


def test_shown_as_without_name_is_no_cue(engine: Redactor) -> None:
    assert _spans(engine, "The map has the river shown as a blue line.") == {}


# --- 3. a role noun glossed in Hanzi is no name ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["The broker 人贩子 took our money.", "My husband 남편 was kind to the children."],
)
def test_a_role_noun_after_its_english_role_is_no_name(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.label == "PERSON"]


def test_the_name_after_the_glossed_role_stays(engine: Redactor) -> None:
    text = "The broker 人贩子 刘德明 took them."
    assert _spans(engine, text).get("刘德明", ("",))[0] == "PERSON"


# --- 4. Hangul names with a Korean particle in an English sentence ---------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Two boys, 바다랑 하늘, were taken across the river.", ("바다", "하늘")),
        ("My daughters, 별님이랑 은솔, stayed with me.", ("별님", "은솔")),
        ("We traveled with 미령이랑 순자, who knew the road.", ("미령", "순자")),
        ("We gave 순옥한테 the money before dawn.", ("순옥",)),
        ("Near the border; 하늘한테 a letter came in spring.", ("하늘",)),
        ("The police took 덕희에게서 her papers.", ("덕희",)),
    ],
)
def test_a_hangul_name_keeps_its_particle(
    engine: Redactor, text: str, names: tuple[str, ...]
) -> None:
    for name in names:
        assert _covered(engine, text, name), name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The 사과와 배 were cheap at the market.", "사과"),
        ("We sent 언니랑 동생 to the city first.", "언니"),
        ("I bought 쌀하고 콩 at the market.", "쌀"),
    ],
)
def test_words_joined_by_a_particle_stay(engine: Redactor, text: str, word: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule.startswith("particle_in")]


def test_a_korean_sentence_is_not_read_here(engine: Redactor) -> None:
    text = "언니랑 동생이 같이 왔어요. 엄마한테 전화했어요."
    assert not [s for s in engine.redact(text).spans if s.rule.startswith("particle_in")]


# --- 5. Chinese: a given name in the companion slot -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("传道笔记：李姐带秀兰去了延吉。", "秀兰"),
        ("王哥跟美玲一起走了。", "美玲"),
        ("她陪玉珍回了老家。", "玉珍"),
        ("老张带着桂芝到了图们。", "桂芝"),
    ],
)
def test_a_given_name_in_the_companion_slot(engine: Redactor, text: str, name: str) -> None:
    assert _spans(engine, text).get(name, ("",))[0] == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "妈妈带孩子去了医院。",
        "延边一带去了很多人。",
        "我们和朋友一起走了。",
        "老赵家从和龙领回来一个媳妇。",
        "她带路去了山里。",
    ],
)
def test_words_and_places_in_the_companion_slot_stay(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule == "zh_companion"]
