"""Round 8 of issue 11: speaker labels, Hanzi surnames glued to a Korean title, and the
military and police ranks.  Every sentence here is invented for these tests (no blind
passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.resources import build
from fieldkit.redaction.speakers import find_speakers


def _spans(engine: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in engine.redact(text).spans]


# --- 1. Speaker labels of a dialogue -----------------------------------------------------


def test_speaker_labels_of_a_dialogue_are_persons(engine: Redactor) -> None:
    text = "미란: 그날 비가 왔지?\n소연: 응, 미란아 너도 봤잖아.\n미란: 맞아."
    out = engine.redact(text).text
    assert "미란" not in out and "소연" not in out
    assert out.count("[인물-1]") == 3  # the name after its label too (미란아)


def test_speaker_label_that_is_a_word_is_uncertain(engine: Redactor) -> None:
    text = "하늘: 어디 가?\n보람: 시장에 가."
    result = engine.redact(text)
    got = {text[s.start : s.end]: s.uncertain for s in result.spans}
    assert got.get("하늘") is True and got.get("보람") is True


def test_latin_speaker_labels(engine: Redactor) -> None:
    text = "Dara: where is the bus?\nYeri: behind the market.\nQ: when did you leave?"
    found = _spans(engine, text)
    assert "Dara" in found and "Yeri" in found and "Q" not in found


@pytest.mark.parametrize(
    "text",
    [
        "문: 언제 떠났어요?\n답: 봄에요.\n면담자: 네.",  # role labels only
        "미란: 그날 비가 왔지?\n답: 응.",  # one name label: no dialogue
        "시간: 오후 3시\n장소: 교회\n내용: 예배",  # a form, not a dialogue
        "언니: 가자\n엄마: 그래",  # kinship labels
        "질문: 왜요?\n통역: 이유를 묻습니다.",
    ],
)
def test_speaker_labels_do_not_fire(text: str) -> None:
    assert list(find_speakers(text, build())) == []


# --- 2. A Hanzi surname glued to a Korean title ------------------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("그때 金경관이 문을 두드렸어요.", "金"),
        ("朴사장이 돈을 안 줬어요.", "朴"),
        ("马대장이 우리를 불렀어요.", "马"),
        ("孙선생님께 배웠어요.", "孙"),
        ("옆집 刘대마가 밥을 줬어요.", "刘"),
    ],
)
def test_hanzi_surname_glued_to_title(engine: Redactor, text: str, surname: str) -> None:
    result = engine.redact(text)
    assert surname in _spans(engine, text)
    assert surname not in result.text


@pytest.mark.parametrize(
    "text",
    [
        "中国사람이 많았어요.",  # a Hanzi word before Hangul, no title
        "金사과를 샀어요.",  # 사과 is no title
        "韩국에서 왔어요.",
    ],
)
def test_hanzi_before_hangul_without_title(engine: Redactor, text: str) -> None:
    assert not [s for s in _spans(engine, text) if len(s) == 1]


# --- 3. Ranks the office list lacked -----------------------------------------------------


def test_new_ranks_are_in_the_lists() -> None:
    titles = set(cue_words().get("title", "ko"))
    assert {"하전사", "상등병", "초급병사", "특무상사", "대위", "중위"} <= titles
    words = set(cue_words().get("rank_word", "ko"))
    assert {"상사", "하사", "전사", "소위"} <= words
    assert not words & set(cue_words().get("office", "ko"))  # kept apart from the offices


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("리 하전사가 밤에 왔어요.", "리"),
        ("강 상등병이 총을 들었어요.", "강"),
        ("최상사라고 불렀어요.", "최"),
        ("박하사가 문을 열었어요.", "박"),
        ("김 상사님이 오셨어요.", "김"),
        ("윤 특무상사가 지켰어요.", "윤"),
    ],
)
def test_surname_before_rank(engine: Redactor, text: str, surname: str) -> None:
    assert any(s.startswith(surname) for s in _spans(engine, text))
    assert not engine.redact(text).text.startswith(surname)


@pytest.mark.parametrize(
    "text",
    [
        "직장 상사가 화를 냈어요.",  # 상사 "boss"
        "이 상사가 너무 무서웠어요.",  # 이 "this"
        "그분이 상을 하사하셨어요.",  # 하사 "bestow"
        "소위 말하는 탈북자예요.",  # 소위 "so-called"
        "그는 용감한 전사였어요.",  # 전사 "warrior"
    ],
)
def test_rank_words_do_not_fire(engine: Redactor, text: str) -> None:
    assert engine.redact(text).text == text
