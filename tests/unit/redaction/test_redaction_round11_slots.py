"""Round 11 of issue 11, lane SLOTS: Korean names that are words, in the slots only a name
fills (``slots_ko.py``, the one-syllable nickname seeds of ``propagate_ko.py``).  Every
sentence here is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.slots_ko import find_name_slots


def _spans(engine: Redactor, text: str) -> dict[str, bool]:
    """Each redacted surface and whether it is uncertain."""
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


def _rules(engine: Redactor, text: str) -> dict[str, str]:
    """What this module alone finds (the invented texts fold one to one)."""
    folded = fold(text)
    return {folded[h.start : h.end]: h.rule for h in find_name_slots(folded, engine.res)}


def _untouched(engine: Redactor, text: str) -> None:
    out = engine.redact(text)
    assert out.text == text, [text[s.start : s.end] for s in out.spans]


# --- 1. name statements -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("본명은 미소였어요. 나중에 바꿨지.", "미소"),
        ("가명은 구슬이고 본명은 몰라요.", "구슬"),
        ("본명은 은별이. 그 애는 나중에 잡혔다.", "은별"),
        ("본이름은 바위였슴다, 다들 알아요.", "바위"),
        ("예명은 노을이라요, 노래 부를 때만 썼지.", "노을"),
    ],
)
def test_a_name_statement_names_the_word(engine: Redactor, text: str, name: str) -> None:
    assert _rules(engine, text).get(name) == "name_statement"
    spans = _spans(engine, text)
    assert name in spans, spans
    assert name not in engine.redact(text).text


def test_a_word_name_in_a_statement_is_uncertain(engine: Redactor) -> None:
    assert _spans(engine, "본명은 미소였어요.")["미소"] is True


def test_a_northern_copula_stays_outside_the_name(engine: Redactor) -> None:
    out = engine.redact("우리 애 이름이 별이야요.")
    assert out.text.endswith("]이야요."), out.text
    assert "별" not in out.text.replace("별이야요", "")


@pytest.mark.parametrize(
    "text",
    [
        "이름이 뭐예요?",
        "이름은 모르고 얼굴만 알아요.",
        "이름이 좋다.",
        "이름이 진짜 예뻤어.",
        "그 이름이 누구 이름인지 아세요?",
        "진짜 이름은 끝까지 몰랐어요.",
        "그 사람 이름이 뭐더라.",
    ],
)
def test_no_name_statement_without_a_name(engine: Redactor, text: str) -> None:
    assert _rules(engine, text) == {}


# --- 2. vocatives and self-naming -----------------------------------------------------------


def test_a_quoted_vocative_called_is_a_person(engine: Redactor) -> None:
    text = '시집에서는 다들 "하늘아" 하고 불렀어요.'
    assert _rules(engine, text) == {"하늘": "quoted_vocative"}
    assert _spans(engine, text) == {"하늘": True}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("아버지, 저 솔이야요. 이 편지는 인편으로 보냅니다.", "솔"),
        ("엄마, 나 구슬이야. 잘 지내?", "구슬"),
        ("'미소야, 내 바위다, 내일 장마당에서 보자.'", "바위"),
    ],
)
def test_self_naming_at_the_head_of_a_letter_or_a_call(
    engine: Redactor, text: str, name: str
) -> None:
    assert _rules(engine, text).get(name) == "self_named"
    assert name in _spans(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        '"얘야" 하고 불렀어요.',
        "얘야 하고 불렀어요.",
        "그래, 내 잘못이다.",
        "엄마, 나 학교야. 이따 갈게.",
        "봄이 와서 좋았어요.",
        "하늘이 맑아요.",
        '"엄마야" 하고 소리쳤다.',
        "빨리 가야 했어요.",
    ],
)
def test_no_vocative_or_self_naming_on_plain_words(engine: Redactor, text: str) -> None:
    _untouched(engine, text)


def test_a_place_after_self_naming_words_stays_a_place(engine: Redactor) -> None:
    text = "언니, 나 연길이야. 버스 탔어."
    assert "self_named" not in _rules(engine, text).values()
    assert {s.label for s in engine.redact(text).spans} == {"PLACE"}


# --- 3. children in birth order, ages in brackets ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("큰애는 하늘, 작은애는 구슬이에요.", {"하늘", "구슬"}),
        ("첫째 미소(12), 둘째 강산(9).", {"미소", "강산"}),
        ("막내는 별, 둘째는 솔.", {"별", "솔"}),
        ("작은애는 보람, 여기 와서 낳았슴다.", {"보람"}),
    ],
)
def test_children_named_in_birth_order(engine: Redactor, text: str, names: set[str]) -> None:
    rules = _rules(engine, text)
    assert {w for w, r in rules.items() if r == "child_in_order"} == names
    assert names <= set(_spans(engine, text))


def test_the_particle_after_a_child_stays_outside(engine: Redactor) -> None:
    assert _rules(engine, "막내 두리가, 그 애가 제일 아팠다.").get("두리") == "child_in_order"


@pytest.mark.parametrize(
    "text",
    [
        "큰애는 학교 다니고 작은애는 집에 있어요.",
        "큰애는 학교, 작은애는 유치원 다녀요.",
        "첫째는 아들이고 둘째는 딸이에요.",
        "첫째는 아들, 둘째는 딸.",
        "큰애 열넷, 작은애 열하나, 둘 다 할머니가 봐요.",
        "둘째는 한국에, 셋째는 중국에 있다.",
        "막내는 지금 일곱 살, 큰애는 열 살이에요.",
    ],
)
def test_no_child_name_for_what_a_child_is_or_does(engine: Redactor, text: str) -> None:
    _untouched(engine, text)


def test_a_predicate_with_a_copula_alone_is_no_child_name(engine: Redactor) -> None:
    assert _rules(engine, "큰딸은 결혼했고 작은딸은 학생이에요.") == {}


def test_a_name_shaped_word_before_an_age_in_brackets(engine: Redactor) -> None:
    text = "자녀: 박서윤(6, 동거), 장남은 군대."
    assert _rules(engine, text).get("박서윤") == "name_with_age"
    assert "박서윤" not in engine.redact(text).text


def test_no_name_before_a_bracket_without_a_name_shape(engine: Redactor) -> None:
    assert _rules(engine, "쌀값(3, 4월)은 올랐다.") == {}


# --- 4. nicknames and their compounds ---------------------------------------------------------


def test_a_quoted_nickname_glued_to_an_elder_noun(rules: Redactor) -> None:
    text = "그 노인을 '곰아바이'라 했지. 곰아바이는 착했다."
    assert _rules(rules, text).get("곰") == "nickname_kin"
    out = rules.redact(text)
    assert "곰" not in out.text and "아바이" in out.text


def test_a_one_syllable_nickname_is_found_again_before_a_particle(engine: Redactor) -> None:
    text = "'범'이라고 불린 사람이 있었는데, 범이 제일 무서웠어요. 범은 키가 컸다. 범위가 넓었다."
    out = engine.redact(text)
    assert out.text.count("범") == 1 and "범위가" in out.text, out.text


def test_a_quoted_word_whose_calling_verb_comes_later(engine: Redactor) -> None:
    text = "내 동무 중에 '깜순이'라구, 키가 작아서 다들 그렇게 불렀는데 먼저 떠났다."
    assert _rules(engine, text).get("깜순이") == "quoted_called_later"


@pytest.mark.parametrize(
    "text",
    [
        "그 할머니를 '옆집할매'라 했지.",
        "'사랑해'라고, 그 말을 처음 들었어요.",
        "곰이 산에서 내려왔다.",
    ],
)
def test_no_nickname_on_a_modifier_or_a_quotation(engine: Redactor, text: str) -> None:
    assert not any(
        r in ("nickname_kin", "quoted_called_later") for r in _rules(engine, text).values()
    )


# --- 5. a full name after a relative clause of shared work ------------------------------------


def test_a_famous_full_name_after_shared_work_is_uncertain(engine: Redactor) -> None:
    text = "우리 식당에서 같이 일한 김태희 기억나요?"
    assert _rules(engine, text) == {"김태희": "shared_work_name"}
    assert _spans(engine, text)["김태희"] is True


def test_no_shared_work_name_without_a_name_shape(engine: Redactor) -> None:
    assert _rules(engine, "같이 일한 사람들 기억나요?") == {}


# --- 3b. names listed after a naming noun -----------------------------------------------------


def test_names_paired_with_people_after_a_naming_noun(engine: Redactor) -> None:
    text = "가게에서는 다들 가명 썼어요. 나는 미나, 옆방 애는 솔이. 사장이 지었어요."
    rules = _rules(engine, text)
    assert rules.get("미나") == "named_list" and rules.get("솔") == "named_list", rules
    assert "솔이." not in engine.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "이름 얘기는 그만하고. 나는 학생이었다.",
        "가명을 썼어요. 나는 미나였어요.",
        "이름은 몰라요. 나는 집, 언니는 가게.",
    ],
)
def test_no_named_list_without_two_pairs_or_with_places(engine: Redactor, text: str) -> None:
    assert "named_list" not in _rules(engine, text).values()
