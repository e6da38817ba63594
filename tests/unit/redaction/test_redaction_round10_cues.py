"""Round 10 of issue 11, lane STRONG CUES WIN: a strong cue always redacts, the lexicon may
only downgrade to uncertain (``strong_cues_ko.py``).  Every sentence here is invented for
these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.strong_cues_ko import find_strong_cues


def _spans(engine: Redactor, text: str) -> dict[str, bool]:
    """Each redacted surface and whether it is uncertain."""
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


def _rules(engine: Redactor, text: str) -> dict[str, str]:
    """What this module alone finds (the invented texts fold one to one)."""
    folded = fold(text)
    return {folded[h.start : h.end]: h.rule for h in find_strong_cues(folded, engine.res)}


# --- 1. a lone surname before a title, office, rank or 씨 -----------------------------------


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("그 교회는 염 목사님이신데 말이 적었어요.", "염"),
        ("우리 반은 곽 선생이었는데 엄했어요.", "곽"),
        ("주인은 봉 사장이고 부인은 몰라요.", "봉"),
        ("가게 주인은 탁씨고 그 형은 몰라요.", "탁"),
        ("변마담이 가게 열쇠를 가졌어요.", "변"),
        ("그날 밤 편노인 댁에서 잤어요.", "편"),
        ("여단 보위부 길 상위가 조사했어요.", "길"),
    ],
)
def test_a_surname_before_a_title_in_any_form_is_a_person(
    engine: Redactor, text: str, surname: str
) -> None:
    spans = _spans(engine, text)
    assert any(s.startswith(surname) for s in spans), spans
    assert spans[next(s for s in spans if s.startswith(surname))] is False


def test_the_title_itself_stays_in_the_text(engine: Redactor) -> None:
    out = engine.redact("그 교회는 하 목사님이신데 말이 적었어요.")
    assert "목사님이신데" in out.text and "하 목사" not in out.text


def test_a_hanzi_surname_before_the_household_ga(engine: Redactor) -> None:
    text = "옆집 남자는 郭가였는데 다들 무서워했어요."
    assert _rules(engine, text).get("郭") == "hanzi_surname_ga"
    assert "郭" not in engine.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "이 사람이었는데 말을 안 했어요.",
        "그 목사님이신데 이름은 몰라요.",
        "전 목사님이셨는데 지금은 떠났어요.",
        "현 소장이었는데 곧 바뀌었어요.",
        "두 아저씨였는데 둘 다 키가 컸어요.",
        "솜씨고 뭐고 없었어요.",
        "노인이었는데 친절했어요.",
        "상위 열 명만 뽑았어요.",
        "왕언니가 다 시켰어요.",
        "왕할머니였는데 아흔이 넘었어요.",
        "제 선생님이셨어요.",
        "이 상위 개념은 어려워요.",
    ],
)
def test_closed_words_before_a_title_never_fire(engine: Redactor, text: str) -> None:
    assert _rules(engine, text) == {}


def test_a_surname_that_is_a_word_is_only_uncertain(engine: Redactor) -> None:
    assert _rules(engine, "그분은 도 목사님이신데 친절했어요.") == {
        "도": "surname_title_copula_ordinary"
    }


# --- 2. a word under a naming cue ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("다들 '메뚜기'라고 불렀어요.", "메뚜기"),
        ('사람들이 "호박"이라고 부르는 여자였어요.', "호박"),
        ("우리는 그 놈을 짱구라고 불렀어요.", "짱구"),
        ("별명 '족제비'. 족제비는 돈만 밝혔어요.", "족제비"),
        ("운전기사 '까치', 까치 중국말 잘함.", "까치"),
    ],
)
def test_a_word_under_a_naming_cue_is_redacted(engine: Redactor, text: str, word: str) -> None:
    out = engine.redact(text)
    assert word not in out.text, out.text


def test_a_quoted_word_flags_its_later_mentions(engine: Redactor) -> None:
    text = "경비 중에 '곰'이라고 불린 놈이 있었어요. 별명 '족제비'. 족제비가 문을 잠갔어요."
    out = engine.redact(text)
    assert "곰" not in out.text and "족제비" not in out.text
    assert all(s.uncertain for s in out.spans if text[s.start : s.end] in ("곰", "족제비"))


@pytest.mark.parametrize(
    "text",
    [
        "엄마라고 불렀어요.",
        "뭐라고 불러야 할지 몰랐어요.",
        "선생님이라고 불렀어요.",
        "이름을 '사장'이라고 부르래요.",
    ],
)
def test_a_role_or_a_question_under_a_naming_cue_is_no_name(engine: Redactor, text: str) -> None:
    assert _rules(engine, text) == {}


# --- 3. formal statements ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("진술인 서다은은 다음과 같이 진술하였다.", "서다은"),
        ("피해자 남하늘의 진술에 따르면 그렇다.", "남하늘"),
        ("내담자 윤소라는 상담 중 울었다.", "윤소라"),
        ("참고인 문별(여, 41세)은 출석하였다.", "문별"),
        ("탁가람(남, 52세)은 운전을 맡았다.", "탁가람"),
    ],
)
def test_a_record_names_its_people(engine: Redactor, text: str, name: str) -> None:
    out = engine.redact(text)
    assert name not in out.text, out.text


@pytest.mark.parametrize(
    "text",
    [
        "피해자 진술에 따르면 그렇다.",
        "가해자 처벌이 필요하다.",
        "증인 신문은 다음 주에 한다.",
        "그 여자(여, 36세)는 말이 없었다.",
    ],
)
def test_a_record_role_before_a_noun_is_no_name(engine: Redactor, text: str) -> None:
    assert _rules(engine, text) == {}


@pytest.mark.parametrize(
    "text",
    [
        "진술인 조선족 식당에서 일했다.",
        "진술인 거기서 두 달 지냈다.",
        "진술인 중국행 버스를 탔다.",
    ],
)
def test_a_record_role_before_a_word_and_a_particle_is_no_name(engine: Redactor, text: str) -> None:
    assert _rules(engine, text) == {}


# --- later additions: a rank ending a clause, a full name after a naming noun, 라는 -----------


def test_a_spaced_surname_before_a_rank_word_ending_a_clause(engine: Redactor) -> None:
    assert _rules(engine, "담당은 길 상위, 말수가 적었다.") == {"길": "surname_rank_clause"}
    assert _rules(engine, "이 상위, 저 상위 다 싫었다.") == {}


def test_a_famous_or_word_name_after_a_naming_noun_is_uncertain(engine: Redactor) -> None:
    text = "선생님 성함이 이순신이라 다들 웃었어요."
    hits = [h for h in find_strong_cues(fold(text), engine.res) if h.rule == "naming_full_name"]
    assert [(text[h.start : h.end], h.uncertain) for h in hits] == [("이순신", True)]
    assert _spans(engine, text).get("이순신") is True
    assert _rules(engine, "그분 성함이 어떻게 되세요?") == {}


def test_a_word_before_rane_and_a_person_noun(engine: Redactor) -> None:
    assert "바야르" not in engine.redact("안내는 바야르라는 몽골 남자였어요.").text
    for text in (
        "경찰이라는 사람이 왔어요.",
        "조선족이라는 남자였어요.",
        "한국이라는 나라에 왔어요.",
    ):
        assert _rules(engine, text) == {}, text


def test_no_vocative_after_a_glued_ssi(engine: Redactor) -> None:
    assert _rules(engine, "로씨야 말을 배웠다.") == {}
