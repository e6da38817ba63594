"""Round 27 of issue 11, Korean precision: ordinary words that must stay, as set BU (Korean
passages full of verbs, common nouns and public facts) showed the rules taking them for
names.  Every sentence here is invented for these tests (no blind passage's text)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> list[tuple[str, str, bool]]:
    return [(text[s.start : s.end], s.label, s.uncertain) for s in engine.redact(text).spans]


@pytest.mark.parametrize(
    "text",
    [
        "빚을 갚느라고 밤에도 일했어요.",  # 느라고 after a consonant stem: no 라고 cue
        "돈 버느라 집에 못 갔어요.",  # 느라 after an open stem
        "시어머니 돌보느라 잠을 못 잤지요.",  # after a role word, no name
        "아이 키우느라구 고생했슴다.",  # the northern 구
    ],
)
def test_the_cause_ending_nura_is_no_naming_cue(rules: Redactor, text: str) -> None:
    assert _spans(rules, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "이름은 적지 마세요, 부탁이에요.",  # a polite imperative after 이름은
        "이름은 지워주세요.",
        "별명이 무엇이었냐고 묻더라고요.",  # a reported question
        "고향이 어디냐고 물었지요.",
    ],
)
def test_an_imperative_or_a_reported_question_is_no_name(rules: Redactor, text: str) -> None:
    assert not any(label == "PERSON" for _, label, _ in _spans(rules, text))


def test_a_name_before_a_naming_cue_still_counts(rules: Redactor) -> None:
    assert any(s == "은하" for s, _, _ in _spans(rules, "딸 이름은 은하라고 지었어요."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("교육원 같은 기수 언니들이 아직도 연락해요.", "기수"),  # a determiner's noun
        ("다른 학년 언니는 벌써 취직했어요.", "학년"),
        ("수용소 동기 언니가 먼저 나갔어요.", "동기"),  # a cohort, like 동창 and 선배
        ("어머니 직업이 뭐였냐고 묻더라고요.", "직업"),  # what is hers
        ("안내원 없이 밤에 강을 건넜어요.", "없이"),  # an adverb, closed class
        ("그냥 돈 벌러 나선 거임다.", "나선"),  # a verb's modifier before 거임다
    ],
)
def test_a_common_noun_beside_a_kin_or_role_word_stays(
    rules: Redactor, text: str, word: str
) -> None:
    assert not any(s == word for s, _, _ in _spans(rules, text))


def test_a_name_before_a_kin_word_is_still_found(rules: Redactor) -> None:
    assert any(s == "옥분" for s, _, _ in _spans(rules, "같이 일하던 옥분 언니가 도와줬어요."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("그 마을엔 노름뱅이들 천지였어요.", "노름뱅이"),  # a person suffix, no name
        ("욕심쟁이들 밑에서 일했슴다.", "욕심쟁이"),
        ("자기들끼리 수군거렸어요.", "자기들끼리"),  # 끼리 follows a plural
        ("문을 쾅쾅 두드렸어요.", "쾅쾅"),  # a mimetic word said twice, ending in a stop
        ("가슴이 덜컥덜컥 했지요.", "덜컥덜컥"),
    ],
)
def test_a_derived_or_mimetic_word_is_no_name(rules: Redactor, text: str, word: str) -> None:
    assert not any(word.startswith(s) or s.startswith(word) for s, _, _ in _spans(rules, text))


@pytest.mark.parametrize(
    "text",
    [
        "요즘은 이제 만나러 갑니다 재방송을 봐요.",  # a programme everyone watches
        "어머니는 아침마당을 좋아하셨어요.",
        "모란봉클럽에 나오는 사람들 보면 다 안다.",  # a kept title that ends in a kind noun
        "행복이라고 할 만한 날은 없었어요.",  # "what could be called", nothing named
    ],
)
def test_a_programme_or_a_description_is_kept(rules: Redactor, text: str) -> None:
    assert _spans(rules, text) == []


def test_a_doubled_chinese_nickname_is_still_a_name(rules: Redactor) -> None:
    assert any(s.startswith("밍밍") for s, _, _ in _spans(rules, "밍밍이가 나를 도와줬어요."))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("중국 과자라고 하니까 애들이 좋아했어요.", "과자"),  # a country says what kind
        ("한국 약이라고 해서 비싸게 샀어요.", "약"),
        ("식당으로가면 밥은 먹을 수 있다고 했어요.", "식당으로가면"),  # spacing dropped
    ],
)
def test_a_kind_of_thing_or_a_glued_clause_is_no_name(
    rules: Redactor, text: str, word: str
) -> None:
    assert not any(s == word for s, _, _ in _spans(rules, text))


def test_a_language_test_before_a_school_is_what_it_teaches(rules: Redactor) -> None:
    assert _spans(rules, "저녁엔 토플 학원에 다녔어요.") == []
