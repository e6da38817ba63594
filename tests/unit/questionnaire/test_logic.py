"""Skip logic, consent gating, constraints, navigation and progress."""

from __future__ import annotations

import pytest

from fieldkit.errors import AnswerError, ConsentRequiredError
from fieldkit.questionnaire import Flow, Questionnaire


@pytest.fixture
def flow(tiny: Questionnaire) -> Flow:
    return Flow(tiny)


def test_nothing_but_consent_before_consent(flow: Flow) -> None:
    assert flow.relevant_ids({}) == ["consent"]
    assert flow.relevant_ids({"consent": "no"}) == ["consent"]
    with pytest.raises(ConsentRequiredError):
        flow.check_answer("birth_year", 1970, {})
    assert flow.check_answer("consent", "yes", {}) == "yes"


def test_skip_logic_hides_and_shows(flow: Flow) -> None:
    base = {"consent": "yes", "sold": "no"}
    assert "price" not in flow.relevant_ids(base)
    assert "price" in flow.relevant_ids({**base, "sold": "yes"})
    assert "drug_note" not in flow.relevant_ids({**base, "means": ["force"]})
    assert "drug_note" in flow.relevant_ids({**base, "means": ["force", "drugging"]})


def test_irrelevant_answers_are_kept_but_not_effective(flow: Flow) -> None:
    answers = {"consent": "yes", "sold": "no", "price": {"amount": 3000, "currency": "CNY"}}
    effective, _ = flow.effective(answers)
    assert "price" not in effective
    assert flow.progress(answers).answered == 2


def test_constraint_sees_other_answers(flow: Flow) -> None:
    answers = {"consent": "yes", "birth_year": 1980}
    with pytest.raises(AnswerError, match="Crossing before birth"):
        flow.check_answer("crossed", "1975-03", answers)
    with pytest.raises(AnswerError, match="출생 전입니다"):
        flow.check_answer("crossed", "1975-03", answers, lang="ko")
    assert flow.check_answer("crossed", "1998-03", answers) == "1998-03"


def test_bounds_and_types(flow: Flow) -> None:
    answers = {"consent": "yes"}
    with pytest.raises(AnswerError, match="must be at least 1930"):
        flow.check_answer("birth_year", 1900, answers)
    with pytest.raises(AnswerError, match="expected one of: yes, no"):
        flow.check_answer("sold", "maybe", answers)
    with pytest.raises(AnswerError, match="no such question"):
        flow.check_answer("nope", 1, answers)


def test_navigation_follows_relevance(flow: Flow) -> None:
    answers = {"consent": "yes", "birth_year": 1975, "sold": "no"}
    assert flow.next_after("sold", answers) == "means"
    assert flow.next_after("sold", {**answers, "sold": "yes"}) == "price"
    assert flow.previous_before("means", answers) == "sold"
    assert flow.first_unanswered(answers) == "crossed"


def test_progress_lists_missing_required(flow: Flow) -> None:
    assert flow.progress({}).missing_required == ("consent",)
    progress = flow.progress({"consent": "yes"})
    assert progress.missing_required == ("birth_year", "sold")
    assert 0 < progress.fraction < 1


def test_constraint_and_consent_errors_carry_every_language(flow: Flow) -> None:
    with pytest.raises(AnswerError) as info:
        flow.check_answer("crossed", "1975-03", {"consent": "yes", "birth_year": 1980})
    assert info.value.localized("ko") == "출생 전입니다"
    assert info.value.localized("en") == "Crossing before birth"
    with pytest.raises(ConsentRequiredError) as consent:
        flow.check_answer("sold", "yes", {})
    assert consent.value.localized("ko") == "면담 동의를 먼저 받아 기록하세요"
