"""The interview from consent to complete, with skip logic, constraints and history.

Every assertion about answers reads a fresh unlock of the workspace, so it checks
what is on disk, not what the app holds in memory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import OptionList

from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.home import HomeScreen
from fieldkit.tui.screens.interview import InterviewScreen
from fieldkit.tui.screens.narrative import NarrativeScreen
from fieldkit.tui.screens.review import ReviewScreen
from tui_helpers import (
    interviewing,
    keys,
    reopen,
    settle,
    start_interview,
    status,
    text_of,
    typed,
    unlocked,
)

AppFactory = Callable[..., FieldkitApp]


def outline(app: FieldkitApp) -> str:
    options = app.screen.query_one("#outline", OptionList)
    return "\n".join(
        str(options.get_option_at_index(i).prompt) for i in range(options.option_count)
    )


def only_interview(directory: Path) -> dict[str, object]:
    with reopen(directory) as ws:
        (summary,) = ws.summaries()
        return ws.interview(summary.id).answers


async def test_complete_interview_from_consent_to_complete(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        assert isinstance(app.screen, HomeScreen)
        await start_interview(pilot, "K-01")
        assert isinstance(app.screen, InterviewScreen)
        assert "Consent first" in text_of(app, "#q-help")
        await keys(pilot, "1", "enter")  # consent: yes, then next
        await typed(pilot, "1974", "enter")
        await typed(pilot, "1998-02", "enter")
        await keys(pilot, "1", "enter")  # sold: yes
        await typed(pilot, "3000", "enter")  # price (asked because sold = yes)
        await keys(pilot, "2", "enter")  # means: drugging
        await typed(pilot, "sleeping pills", "enter")
        assert app.screen.query_one("#question").has_class("sealed")
        await typed(pilot, "Kim Young-hee", "enter")
        await typed(pilot, "Musan", "enter")
        await keys(pilot, "enter")  # the story: opens the editor
        assert isinstance(app.screen, NarrativeScreen)
        await typed(pilot, "Kim Young-hee was sold in 1998.")
        await keys(pilot, "ctrl+s")
        assert isinstance(app.screen, InterviewScreen)
        await keys(pilot, "ctrl+r")
        assert isinstance(app.screen, ReviewScreen)
        assert "Every required question is answered" in text_of(app, "#review-summary")
        await keys(pilot, "ctrl+k")
    with reopen(ws_dir) as ws:
        (summary,) = ws.summaries()
        assert summary.ref == "K-01"
        assert summary.status == "complete"
        assert ws.interview(summary.id).answers == {
            "consent": "yes",
            "birth_year": 1974,
            "crossed": "1998-02",
            "sold": "yes",
            "price": {"amount": 3000, "currency": "CNY"},
            "means": ["drugging"],
            "drug_note": "sleeping pills",
            "name": "Kim Young-hee",
            "village": "Musan",
            "narrative": "Kim Young-hee was sold in 1998.",
        }


async def test_nothing_but_consent_until_consent_is_given(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await keys(pilot, "2", "enter")  # consent: no
        assert "Consent has not been given" in status(app)
        assert app.screen.view.question.id == "consent"
        assert "Year of birth" not in outline(app)
    assert only_interview(ws_dir) == {"consent": "no"}


async def test_skip_logic_hides_and_shows_questions_live(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "1974", "enter")
        await typed(pilot, "", "enter")  # crossing: skipped
        assert "Price paid" not in outline(app)
        await keys(pilot, "1")  # sold: yes
        assert "Price paid" in outline(app)
        await keys(pilot, "2")  # sold: no
        assert "Price paid" not in outline(app)
        await keys(pilot, "enter")
        assert app.screen.view.question.id == "means"  # price skipped
        assert "What were you given?" not in outline(app)
        await keys(pilot, "2")  # drugging
        assert "What were you given?" in outline(app)
        await keys(pilot, "enter")
        assert app.screen.view.question.id == "drug_note"
    assert only_interview(ws_dir)["sold"] == "no"


async def test_constraint_errors_show_beside_the_field_and_store_nothing(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "2020")
        assert "must be at most 2010" in status(app)
        assert app.screen.query_one("#q-status").has_class("problem")
        await keys(pilot, "enter")  # refused: stays on the question
        assert app.screen.view.question.id == "birth_year"
        for _ in range(4):
            await keys(pilot, "backspace")
        await typed(pilot, "1974", "enter")
        await typed(pilot, "1970-01")
        assert "Crossing before birth" in status(app)
        await keys(pilot, "enter")
        assert app.screen.view.question.id == "crossed"
    assert only_interview(ws_dir) == {"consent": "yes", "birth_year": 1974}


async def test_resume_after_closing_mid_question(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "1974")  # typed, not yet entered
        await keys(pilot, "ctrl+q")
    assert only_interview(ws_dir) == {"consent": "yes", "birth_year": 1974}
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        await keys(pilot, "enter")  # open the only interview
        assert app.screen.view.question.id == "crossed"  # the first unanswered


async def test_editing_an_answer_keeps_its_history(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "1974", "enter")
        await keys(pilot, "escape")  # back to the birth year
        assert app.screen.view.question.id == "birth_year"
        for _ in range(4):
            await keys(pilot, "backspace")
        await typed(pilot, "1975", "enter")
        await keys(pilot, "shift+tab")
        assert "history 1" in text_of(app, "#q-meta")
        await keys(pilot, "f3")
        shown = text_of(app, "#history")
        assert "1974" in shown
        assert "1975" in shown
    with reopen(ws_dir) as ws:
        session = ws.interview(ws.summaries()[0].id)
        assert [r.value for r in session.history("birth_year")] == [1974, 1975]


async def test_jump_to_a_section_and_back_from_review(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await keys(pilot, "ctrl+g", "2")  # the identity section
        assert app.screen.view.question.id == "name"
        await keys(pilot, "ctrl+r")
        assert isinstance(app.screen, ReviewScreen)
        await keys(pilot, "down", "enter")  # the birth year row
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.view.question.id == "birth_year"


async def test_mouse_clicks_choose_and_move_on(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await pilot.click("#answer", offset=(4, 1))  # the first choice: yes
        await settle(pilot)
        assert "saved" in status(app)
        await pilot.click("#next")
        await settle(pilot)
        assert app.screen.view.question.id == "birth_year"
    assert only_interview(ws_dir) == {"consent": "yes"}


async def test_review_lists_missing_required_and_refuses_completion(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await keys(pilot, "1", "enter", "ctrl+r")
        summary = text_of(app, "#review-summary")
        assert "Required, not answered" in summary
        assert "Year of birth" in summary
        assert "Were you sold?" in summary
        await keys(pilot, "ctrl+k")
        refusal = text_of(app, "#error-message")
        assert "required question(s) not answered: 'Year of birth'" in refusal
        assert "birth_year" not in refusal  # titles, never internal ids
    with reopen(ws_dir) as ws:
        assert ws.summaries()[0].status == "in_progress"


async def test_clicking_the_outline_jumps(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        lines = outline(app).splitlines()
        row = next(i for i, line in enumerate(lines) if "Identity" in line)
        await pilot.click("#outline", offset=(4, row))
        await settle(pilot)
        assert app.screen.view.question.id == "name"
        await pilot.click("#outline", offset=(4, 0))  # "Start": its first unanswered question
        await settle(pilot)
        assert app.screen.view.question.id == "birth_year"
        row = outline(app).splitlines().index("  ○ Were you sold?")
        await pilot.click("#outline", offset=(6, row))
        await settle(pilot)
        assert app.screen.view.question.id == "sold"
