"""The app's services: views with live skip logic, draft checks, saving, jumps, review."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fieldkit.errors import AnswerError, ConfigError, WorkspaceError
from fieldkit.session import InterviewSession, Workspace
from fieldkit.session.listing import filter_summaries, list_interviews
from fieldkit.session.navigation import (
    build_view,
    check_draft,
    editable_text,
    move,
    save_text,
    save_value,
    section_entry,
)
from fieldkit.session.preferences import get_preference, set_preference
from fieldkit.session.review import history, review
from fieldkit.session.safety import PANIC_PHRASE, idle_lock_seconds, panic_wipe, workspace_exists
from fieldkit.store import Policy

NEW_MODULES = [
    "fieldkit.session.navigation",
    "fieldkit.session.review",
    "fieldkit.session.narrative",
    "fieldkit.session.listing",
    "fieldkit.session.preferences",
    "fieldkit.session.safety",
]


@pytest.fixture
def session(workspace: Workspace) -> InterviewSession:
    interview = workspace.new_interview("K-01")
    interview.answer("consent", "yes")
    return interview


@pytest.mark.parametrize("module", NEW_MODULES)
def test_app_services_do_not_load_the_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "print(sorted(m for m in sys.modules if m.startswith(('textual', 'rich'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_view_of_a_new_interview_is_consent_alone(workspace: Workspace) -> None:
    view = build_view(workspace.new_interview(), None, "en")
    assert view.question.id == "consent"
    assert view.question.consent
    assert view.total == 1
    assert [(s.id, s.asked) for s in view.sections] == [("start", 1), ("identity", 0), ("story", 0)]
    assert view.next is None


def test_outline_follows_skip_logic(session: InterviewSession) -> None:
    session.answer("sold", "yes")
    listed = [q for q, _, _ in build_view(session, "sold", "en").sections[0].questions]
    assert "price" in listed
    session.answer("sold", "no")
    listed = [q for q, _, _ in build_view(session, "sold", "en").sections[0].questions]
    assert "price" not in listed


def test_view_in_korean_with_the_sealed_section(session: InterviewSession) -> None:
    view = build_view(session, "name", "ko")
    assert view.question.label == "이름"
    assert view.question.sealed
    assert view.question.sensitivity == "direct"
    assert view.sections[1].current


def test_a_question_no_longer_asked_falls_back_to_where_to_resume(
    session: InterviewSession,
) -> None:
    session.answer("sold", "no")
    assert build_view(session, "price", "en").question.id == "birth_year"


@pytest.mark.parametrize(
    ("qid", "text", "problem"),
    [
        ("birth_year", "", None),
        ("birth_year", "1974", None),
        ("birth_year", "2020", "must be at most 2010"),
        ("birth_year", "19x4", "expected a whole number"),
        ("crossed", "1998년 2월", None),
        ("crossed", "1960-01", "Crossing before birth"),
        ("price", "3,000 위안", None),
    ],
)
def test_check_draft(session: InterviewSession, qid: str, text: str, problem: str | None) -> None:
    session.answer("birth_year", 1970)
    found = check_draft(session, qid, text, "en")
    assert found == problem if problem is None else problem in (found or "")
    assert session.answers == {"consent": "yes", "birth_year": 1970}  # nothing stored


def test_constraint_messages_in_korean(session: InterviewSession) -> None:
    session.answer("birth_year", 1970)
    assert check_draft(session, "crossed", "1960-01", "ko") == "출생 전입니다"


def test_save_text_stores_clears_and_reports_unchanged(session: InterviewSession) -> None:
    saved = save_text(session, "birth_year", "1974", "en")
    assert (saved.changed, saved.cleared) == (True, False)
    assert saved.at
    assert not save_text(session, "birth_year", " 1974 ", "en").changed
    cleared = save_text(session, "birth_year", "", "en")
    assert (cleared.changed, cleared.cleared) == (True, True)
    assert "birth_year" not in session.answers
    assert [r.value for r in session.history("birth_year")] == [1974, None]


def test_save_value_for_choices(session: InterviewSession) -> None:
    save_value(session, "means", ["force", "deception"], "en")
    assert session.answers["means"] == ["deception", "force"]
    assert save_value(session, "means", [], "en").cleared
    with pytest.raises(AnswerError):
        save_value(session, "sold", "maybe", "en")


def test_editable_text_reads_back_to_the_same_value(session: InterviewSession) -> None:
    session.answer("sold", "yes")
    session.answer_text("price", "3,000 元")
    question = session.flow.by_id["price"]
    text = editable_text(question, session.answers["price"])
    assert text == "3000 CNY"
    assert save_text(session, "price", text, "en").changed is False


def test_move_stays_put_at_either_end(workspace: Workspace) -> None:
    fresh = workspace.new_interview()
    assert move(fresh, "consent", "previous", "en").question.id == "consent"
    assert move(fresh, "consent", "next", "en").question.id == "consent"  # no consent yet


def test_section_entry(session: InterviewSession) -> None:
    assert section_entry(session, "identity") == "name"
    session.answer("name", "Kim")
    assert section_entry(session, "identity") == "village"
    with pytest.raises(WorkspaceError):
        section_entry(session, "nowhere")


def test_section_entry_before_consent(workspace: Workspace) -> None:
    with pytest.raises(AnswerError) as raised:
        section_entry(workspace.new_interview(), "story")
    assert raised.value.hint == "record consent first"


def test_review_lists_missing_and_invalid(session: InterviewSession) -> None:
    session.answer("birth_year", 1980)
    session.answer("crossed", "1998-02")
    session.answer("birth_year", 2000)  # the crossing is now before birth
    view = review(session, "en")
    assert [r.question_id for r in view.missing] == ["sold"]
    assert [r.question_id for r in view.invalid] == ["crossed"]
    assert not view.can_complete
    rows = {r.question_id: r for r in view.rows}
    assert rows["consent"].answer == "Yes"
    assert rows["name"].sealed


def test_history_reads_as_people_write(session: InterviewSession) -> None:
    session.answer("sold", "yes")
    session.answer("sold", "no")
    session.clear("sold")
    assert [h.answer for h in history(session, "sold", "ko")] == ["예", "아니요", ""]


def test_listing_filters_by_reference_and_status(workspace: Workspace) -> None:
    workspace.new_interview("K-01")
    done = workspace.new_interview("K-02")
    done.answer("consent", "no")
    summaries = workspace.summaries()
    assert [s.ref for s in filter_summaries(summaries, "k-02")] == ["K-02"]
    assert len(filter_summaries(summaries, "in progress")) == 2
    assert len(list_interviews(workspace, "")) == 2
    done.mark_complete()  # closed as declined
    assert [s.ref for s in list_interviews(workspace, "declined")] == ["K-02"]
    assert [s.ref for s in list_interviews(workspace, "동의 안")] == ["K-02"]  # as listed in Korean
    assert [s.ref for s in list_interviews(workspace, "진행")] == ["K-01"]


def test_the_korean_status_words_are_the_apps() -> None:
    from fieldkit.session.listing import STATUS_KO
    from fieldkit.tui.i18n import t

    assert {status: t(f"status.{status}", "ko") for status in STATUS_KO} == STATUS_KO


def test_preferences_are_whitelisted(workspace: Workspace) -> None:
    assert get_preference(workspace, "language") is None
    set_preference(workspace, "language", "ko")
    set_preference(workspace, "theme", "textual-light")
    assert get_preference(workspace, "language") == "ko"
    with pytest.raises(ConfigError):
        set_preference(workspace, "language", "fr")
    with pytest.raises(ConfigError):
        set_preference(workspace, "theme", "Kim Young-hee; Musan")
    with pytest.raises(ConfigError):
        set_preference(workspace, "notes", "x")  # type: ignore[arg-type]


def test_idle_lock_follows_the_policy(workspace: Workspace) -> None:
    assert idle_lock_seconds(workspace) == 300
    workspace.set_policy(Policy(lock_after_minutes=0))
    assert idle_lock_seconds(workspace) is None


def test_panic_wipe_needs_the_phrase(workspace: Workspace) -> None:
    directory = workspace.directory
    with pytest.raises(WorkspaceError):
        panic_wipe(directory, workspace, typed="destroy")
    assert workspace_exists(directory)
    panic_wipe(directory, workspace, typed=PANIC_PHRASE)
    assert not workspace_exists(directory)
    assert workspace.store.closed
