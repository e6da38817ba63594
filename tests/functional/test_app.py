"""What the app must never do (print answers on a crash, write logs or screenshots)
and what it must always offer (every action in the command palette)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
import textual.constants
from textual.widgets import Static

from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.hardening import safe_crash_text
from fieldkit.tui.screens import interview as interview_screen
from fieldkit.tui.screens.errors import ErrorModal
from fieldkit.tui.screens.review import ReviewScreen
from fieldkit.tui.widgets.registry import ANSWER_WIDGETS
from tui_helpers import disk_full, interviewing, keys, start_interview, typed, unlocked

AppFactory = Callable[..., FieldkitApp]
SECRET = "Kim Young-hee of Musan"


def test_every_question_type_has_an_answer_widget() -> None:
    assert set(ANSWER_WIDGETS) == set(QUESTION_TYPES)


def test_crash_text_names_the_type_and_place_but_not_the_message() -> None:
    def fail(answer: str) -> None:
        raise ValueError(f"cannot parse {answer}")

    try:
        fail(SECRET)
    except ValueError as error:
        text = safe_crash_text(error)
    assert "ValueError" in text
    assert "test_app.py" in text
    assert "Kim" not in text


def test_a_crash_prints_no_locals_and_no_answer(tmp_path: Path) -> None:
    """The real exit path: Textual prints its exit report to stderr after the app stops."""
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from fieldkit.tui.app import make_app

        app = make_app(Path({str(tmp_path / "none")!r}))

        def boom() -> None:
            answer = {SECRET!r}
            raise RuntimeError("bad answer: " + answer)

        app.call_later(boom)
        app.run(headless=True, size=(80, 24))
        raise SystemExit(app.return_code)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TEXTUAL": "debug,devtools"},
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "RuntimeError" in output
    assert "Kim" not in output
    assert "answer =" not in output  # no locals


async def test_no_log_file_even_when_textual_log_is_set(
    tmp_path: Path, ws_dir: Path, app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "textual.log"
    monkeypatch.setattr(textual.constants, "LOG_FILE", str(log))
    app = app_factory(ws_dir)
    async with unlocked(app):
        app.log(SECRET)
        app.screen.log(SECRET)
        app.action_screenshot()
        assert app.devtools is None
    assert not log.exists()
    assert not list(Path.cwd().glob("*.svg"))


async def test_command_palette_lists_every_action(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        home = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Lock", "English / 한국어", "Wipe…", "Theme", "Keys", "Quit"} <= home
        assert {"New", "Filter", "Open"} <= home
        await start_interview(pilot)
        interview = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Back", "Next", "Sections", "Review", "History", "List"} <= interview
        await keys(pilot, "ctrl+p")
        await typed(pilot, "Review", "enter")  # a screen's command runs from the palette
        assert isinstance(app.screen, ReviewScreen)
        review = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Back", "Mark complete"} <= review
        assert not any("Screenshot" in title for title in home | interview)


async def test_a_storage_failure_shows_the_error_modal_and_keeps_the_draft(
    ws_dir: Path, app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        monkeypatch.setattr(interview_screen, "save_text", disk_full)
        await typed(pilot, "1974", "enter")
        assert isinstance(app.screen, ErrorModal)
        message = str(app.screen.query_one("#error-message", Static).content)
        assert "NOT saved" in message
        await keys(pilot, "enter")
        assert app.screen.view.question.id == "birth_year"
        assert app.screen.query_one("#answer").value == "1974"
