"""Drafts: text typed without Enter is kept encrypted within a second, and on leaving the
field, lock and quit; it comes back in its field marked as not yet submitted; the status
line always describes the field under the cursor.  Every check reads a fresh unlock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.widgets import Input, TextArea

from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.interview import InterviewScreen
from fieldkit.tui.screens.narrative import NarrativeScreen
from tui_helpers import (
    interviewing,
    keys,
    reopen,
    status,
    text_of,
    typed,
    unlocked,
    wait_until,
)

AppFactory = Callable[..., FieldkitApp]


def drafts(directory: Path) -> dict[str, str]:
    with reopen(directory) as ws:
        session = ws.interview(ws.summaries()[0].id)
        return {qid: text for qid, (text, _) in session.drafts().items()}


async def _crash(app: FieldkitApp) -> None:
    """Leave without any flush (as close to a kill as Pilot gets): the app's workspace is
    closed by unmount, nothing pending is stored."""
    for screen in app.screen_stack:
        if isinstance(screen, InterviewScreen | NarrativeScreen):
            screen.flush = _nothing  # type: ignore[method-assign]
    app.exit()


async def _nothing() -> None:
    return None


async def test_typed_text_becomes_a_draft_and_comes_back_marked(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        assert "✓ previous answer saved" in status(app)  # not this field's state
        await typed(pilot, "19")
        assert "not saved" in status(app)
        await wait_until(pilot, lambda: "draft saved" in status(app))
        assert "not yet submitted" in status(app)
        await _crash(app)
    assert drafts(ws_dir) == {"birth_year": "19"}
    with reopen(ws_dir) as ws:
        assert "birth_year" not in ws.interview(ws.summaries()[0].id).answers
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        await keys(pilot, "enter")  # open the interview: resumes on the birth year
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        field = screen.query_one("#answer", Input)
        assert field.value == "19" and field.has_class("draft")
        assert "draft saved" in status(app) and "not yet submitted" in status(app)
        await typed(pilot, "74", "enter")
        await keys(pilot, "escape")  # back to the birth year: the stored answer
        assert status(app) == "✓ saved"
    assert drafts(ws_dir) == {}


async def test_an_invalid_text_left_behind_stays_a_draft(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "2020")  # out of range: not an answer
        await keys(pilot, "ctrl+l")  # lock: stored as a draft, not as the answer
    assert drafts(ws_dir) == {"birth_year": "2020"}


async def test_a_valid_text_left_behind_on_quit_is_the_answer(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "1974")
        await keys(pilot, "ctrl+q")
    assert drafts(ws_dir) == {}
    with reopen(ws_dir) as ws:
        assert ws.interview(ws.summaries()[0].id).answers["birth_year"] == 1974


async def test_leaving_the_field_keeps_a_draft(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "197")
        await keys(pilot, "tab")  # focus to the buttons
        await wait_until(pilot, lambda: "draft saved" in status(app))
        await _crash(app)
    assert drafts(ws_dir) == {"birth_year": "197"}


async def _to_the_story(pilot: Any, app: FieldkitApp) -> None:
    """From the first question after consent to the open story editor."""
    await typed(pilot, "1974", "enter")
    await typed(pilot, "", "enter")
    await keys(pilot, "2", "enter")  # sold: no
    await keys(pilot, "enter")  # means: none, on
    while app.screen.view.question.type != "long_text":  # type: ignore[attr-defined]
        await keys(pilot, "enter")
    await keys(pilot, "enter")
    assert isinstance(app.screen, NarrativeScreen)


async def test_draft_saved_gives_way_at_the_next_key(ws_dir: Path, app_factory: AppFactory) -> None:
    """ "draft saved" is about the text on screen: a key typed after it takes it away at
    once, before the next draft is stored (a kill then would lose that key)."""
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "19")
        await wait_until(pilot, lambda: "draft saved" in status(app))
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        checking = screen._check
        screen._check = lambda *_: None  # type: ignore[method-assign,assignment] # a check still running
        await typed(pilot, "7")
        assert "draft saved" not in status(app) and "not saved" in status(app)
        screen._check = checking  # type: ignore[method-assign]
        await wait_until(pilot, lambda: "draft saved" in status(app))
        await _crash(app)
    assert drafts(ws_dir) == {"birth_year": "197"}


async def test_the_story_editor_says_saved_only_of_what_is_stored(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await _to_the_story(pilot, app)
        await typed(pilot, "We left")
        await wait_until(pilot, lambda: "draft saved" in text_of(app, "#story-status"))
        await typed(pilot, " at night")
        assert text_of(app, "#story-status") == "not saved"
        stored = lambda: "saved" in text_of(app, "#story-status").replace("not saved", "")  # noqa: E731
        await wait_until(pilot, stored)


async def test_the_story_editor_keeps_a_draft(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await _to_the_story(pilot, app)
        await typed(pilot, "She walked at night")
        await wait_until(pilot, lambda: "draft saved" in text_of(app, "#story-status"))
        await _crash(app)
    (qid,) = drafts(ws_dir)
    assert drafts(ws_dir)[qid] == "She walked at night"
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        await keys(pilot, "enter")
        while app.screen.view.question.id != qid:  # type: ignore[attr-defined]
            await keys(pilot, "enter")
        assert "not yet submitted" in text_of(app, "#answer")
        await keys(pilot, "enter")
        assert app.screen.query_one("#story", TextArea).text == "She walked at night"
        assert "not yet submitted" in text_of(app, "#story-status")


async def test_a_quit_stops_the_pause_timer_before_the_workspace_closes(
    ws_dir: Path, app_factory: AppFactory, monkeypatch: Any
) -> None:
    """Round 30: a quit right after a key left the pause timer running; when it fired after
    the workspace had closed, its draft met a closed store and an internal error came up over
    the closing app (seen once under load).  Flushing stops it first (the pause is made long
    here so that it is certainly still pending at the quit)."""
    from fieldkit.tui.screens import interview

    monkeypatch.setattr(interview, "DRAFT_PAUSE", 3600.0)
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "1974")
        screen = app.screen
        assert isinstance(screen, InterviewScreen) and screen._draft_timer is not None
        await app._flush_screens()
        assert screen._draft_timer is None
        await keys(pilot, "ctrl+q")
    with reopen(ws_dir) as ws:
        assert ws.interview(ws.summaries()[0].id).answers["birth_year"] == 1974


async def test_a_quit_stops_the_story_editors_timers(
    ws_dir: Path, app_factory: AppFactory, monkeypatch: Any
) -> None:
    from fieldkit.tui.screens import narrative

    for name in ("DRAFT_PAUSE", "SAVE_PAUSE", "PREVIEW_PAUSE"):
        monkeypatch.setattr(narrative, name, 3600.0)
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await _to_the_story(pilot, app)
        await typed(pilot, "She walked at night")
        screen = app.screen
        assert isinstance(screen, NarrativeScreen) and screen._save_timer is not None
        await app._flush_screens()
        assert (screen._save_timer, screen._draft_timer, screen._preview_timer) == (None,) * 3
        await keys(pilot, "ctrl+q")
    with reopen(ws_dir) as ws:
        answers = ws.interview(ws.summaries()[0].id).answers
        assert "She walked at night" in str(answers.values())
