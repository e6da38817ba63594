"""InterviewSession: answers stored at once, history, completion, identity terms."""

from __future__ import annotations

import pytest

from fieldkit.errors import AnswerError, ConsentRequiredError
from fieldkit.session import Workspace, unlock_workspace

from helpers import PASSPHRASE


def test_answers_are_stored_the_moment_they_are_given(workspace: Workspace) -> None:
    session = workspace.new_interview()
    session.answer("consent", "yes")
    session.answer_text("birth_year", "1974")
    with unlock_workspace(workspace.directory, PASSPHRASE) as other:
        assert other.interview(session.id).answers == {"consent": "yes", "birth_year": 1974}


def test_same_value_twice_stores_one_revision(workspace: Workspace) -> None:
    session = workspace.new_interview()
    session.answer("consent", "yes")
    assert session.answer("consent", "yes") is None
    assert len(session.history("consent")) == 1


def test_edit_keeps_history(workspace: Workspace) -> None:
    session = workspace.new_interview()
    session.answer("consent", "yes")
    for year in ("1970", "1971", "1972"):
        session.answer_text("birth_year", year)
    assert [r.value for r in session.history("birth_year")] == [1970, 1971, 1972]


def test_consent_first(workspace: Workspace) -> None:
    session = workspace.new_interview()
    with pytest.raises(ConsentRequiredError):
        session.answer("sold", "yes")
    assert session.resume_question() == "consent"


def test_resume_at_first_unanswered(workspace: Workspace) -> None:
    session = workspace.new_interview()
    session.answer("consent", "yes")
    session.answer("birth_year", 1970)
    again = workspace.interview(session.id[:6])
    assert again.resume_question() == "crossed"


def test_mark_complete_lists_missing_then_succeeds(workspace: Workspace) -> None:
    session = workspace.new_interview()
    session.answer("consent", "yes")
    with pytest.raises(
        AnswerError, match="2 required question\\(s\\) unanswered: birth_year, sold"
    ):
        session.mark_complete()
    session.answer("birth_year", 1970)
    session.answer("sold", "no")
    session.mark_complete()
    assert session.row.status == "complete"
    session.clear("sold")
    assert session.row.status == "in_progress"


def test_a_changed_answer_can_invalidate_another(workspace: Workspace) -> None:
    session = workspace.new_interview()
    session.answer("consent", "yes")
    session.answer("birth_year", 1970)
    session.answer("crossed", "1998-02")
    session.answer("sold", "no")
    session.answer("birth_year", 2000)
    assert session.invalid_answers() == [("crossed", "Crossing before birth")]
    with pytest.raises(AnswerError, match="Crossing before birth"):
        session.mark_complete()


def test_identity_terms_seed_redaction(workspace: Workspace) -> None:
    session = workspace.new_interview()
    session.answer("consent", "yes")
    session.answer("name", "Kim Ok-sun; Ok-sun, 김옥순")
    session.answer("village", "Sinpo")
    session.add_known_term("Uncle Chol", "person")
    assert set(session.identity_terms()) == {
        ("Kim Ok-sun", "person"),
        ("Ok-sun", "person"),
        ("김옥순", "person"),
        ("Sinpo", "place"),
        ("Uncle Chol", "person"),
    }
    with pytest.raises(AnswerError, match="cannot be released"):
        session.release_term("Sinpo", "place")
    session.release_term("Tumen", "place")
    assert session.released_terms() == ["Tumen"]
    kinds = [e.payload for e in workspace.store.events.read("redaction_decision")]
    assert kinds == [{"kind": "known", "label": "person"}, {"kind": "release", "label": "place"}]


def test_summaries_report_status_and_progress(workspace: Workspace) -> None:
    session = workspace.new_interview("case-9")
    session.answer("consent", "yes")
    (summary,) = workspace.summaries()
    assert summary.ref == "case-9" and summary.status == "in_progress"
    assert summary.progress.answered == 1
