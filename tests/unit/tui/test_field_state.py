"""The status line never says "saved" over text that is only a draft, nor "not saved" over
a stored answer: every case of the field's state, in Korean first."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

import pytest

from fieldkit.session.navigation import InterviewView, Saved
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.field_state import edge_notice, field_state, status_text

AT = "2026-12-03T01:02:03+00:00"


def saved(qid: str = "q1", *, changed: bool = True, cleared: bool = False) -> Saved:
    return Saved(question_id=qid, changed=changed, cleared=cleared, at=AT)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_typed_text_not_kept_is_not_saved(lang: str) -> None:
    state = field_state("q1", "old answer", ("new text", True), {}, saved(), lang)
    assert state == {"ko": "저장 안 됨", "en": "not saved"}[lang]


def test_typed_text_kept_as_a_draft_says_draft_not_saved() -> None:
    drafts = {"q1": ("new text", AT)}
    state = field_state("q1", "old answer", ("new text", True), drafts, saved(), "ko")
    assert state.startswith("임시 저장됨 ")
    assert state.endswith("아직 제출 안 됨 (Enter 로 제출)")


def test_a_draft_of_other_text_is_not_this_text() -> None:
    drafts = {"q1": ("older text", AT)}
    assert field_state("q1", None, ("new text", True), drafts, None, "ko") == "저장 안 됨"


def test_the_answer_just_stored() -> None:
    assert field_state("q1", "yes", None, {}, saved(), "ko").startswith("✓ 저장됨 ")
    assert field_state("q1", None, None, {}, saved(cleared=True), "ko").startswith("✓ 지움 ")
    assert field_state("q1", "yes", None, {}, saved(changed=False), "ko") == "✓ 이미 저장됨"


def test_a_stored_answer_reopened() -> None:
    assert field_state("q1", "yes", None, {}, None, "ko") == "✓ 저장됨"


def test_an_empty_field_after_an_answer_elsewhere() -> None:
    assert field_state("q2", None, None, {}, saved("q1"), "ko").startswith("✓ 앞 질문의 답 저장됨")
    assert field_state("q2", None, None, {}, saved("q1", cleared=True), "ko") == ""
    assert field_state("q2", None, None, {}, None, "ko") == ""


def test_a_chosen_value_not_typed_is_not_a_draft() -> None:
    assert field_state("q1", None, (3, False), {}, None, "ko") == ""


def test_status_text_orders_notice_problem_state() -> None:
    assert status_text("첫 질문입니다", "숫자가 아닙니다", "저장 안 됨") == (
        "첫 질문입니다\n✗ 숫자가 아닙니다\n저장 안 됨",
        True,
    )
    assert status_text(None, None, "✓ 저장됨") == ("✓ 저장됨", False)
    assert status_text(None, None, "") == ("", False)


def _view(*, consent: bool, previous: str | None, next_id: str | None) -> InterviewView:
    question = SimpleNamespace(consent=consent)
    return cast(InterviewView, SimpleNamespace(question=question, previous=previous, next=next_id))


@pytest.mark.parametrize(
    ("consent", "previous", "next_id", "notice"),
    [
        (True, "q0", None, "동의를 받지 않았습니다."),
        (False, None, "q2", "첫 번째 질문입니다."),
        (True, None, "q2", "첫 번째 질문입니다."),
    ],
)
def test_a_move_that_stays_says_why(
    consent: bool, previous: str | None, next_id: str | None, notice: str
) -> None:
    """Refused consent ends the interview at its question; otherwise the first or the last."""
    view = _view(consent=consent, previous=previous, next_id=next_id)
    assert edge_notice(view, "ko") == notice


def test_the_last_question_says_so() -> None:
    view = _view(consent=False, previous="q1", next_id=None)
    assert edge_notice(view, "ko") == t("q.last", "ko")
    assert edge_notice(view, "en") == t("q.last", "en")
