"""Locking (hotkey and idle), failed unlocks under the wipe policy, and the panic wipe."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from fieldkit.errors import WorkspaceError
from fieldkit.session import unlock_workspace
from fieldkit.session.safety import PANIC_PHRASE, workspace_exists
from fieldkit.store import Policy
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens import interview as interview_screen
from fieldkit.tui.screens.errors import ErrorModal
from fieldkit.tui.screens.interview import InterviewScreen
from fieldkit.tui.screens.unlock import UnlockScreen
from tui_helpers import (
    IdleClock,
    disk_full,
    interviewing,
    keys,
    reopen,
    settle,
    text_of,
    typed,
    unlock,
    unlocked,
)

from helpers import PASSPHRASE

AppFactory = Callable[..., FieldkitApp]


def screen_text(app: FieldkitApp) -> str:
    """Everything the current screen shows, as text."""
    return "\n".join(str(w.content) for w in app.screen.query(Static))


async def test_lock_hotkey_hides_everything_and_unlock_resumes(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, ref="K-07") as pilot:
        await typed(pilot, "1974")  # a draft: stored by the lock
        await keys(pilot, "ctrl+l")
        assert isinstance(app.screen, UnlockScreen)
        assert app.screen.mode == "locked"
        assert app.workspace is None
        assert len(app.screen_stack) == 2  # nothing of the interview behind the lock
        shown = screen_text(app)
        for secret in ("K-07", "Year of birth", "1974", str(ws_dir)):
            assert secret not in shown
        await unlock(pilot, "not the passphrase")
        assert "Wrong passphrase" in text_of(app, "#unlock-message")
        assert app.screen.query_one("#passphrase", Input).value == ""
        await unlock(pilot)
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.view.question.id == "birth_year"  # where the lock left off
        assert app.screen.query_one("#answer", Input).value == "1974"
    with reopen(ws_dir) as ws:
        assert ws.interview(ws.summaries()[0].id).answers["birth_year"] == 1974


async def test_idle_lock_after_the_policy_minutes(
    ws_dir: Path, app_factory: AppFactory, idle_clock: IdleClock
) -> None:
    with reopen(ws_dir) as ws:
        ws.set_policy(Policy(lock_after_minutes=2))
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        idle_clock.now += 119
        app.check_idle_lock()
        await settle(pilot)
        assert isinstance(app.screen, InterviewScreen)
        idle_clock.now += 2
        app.check_idle_lock()
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert "2 idle minutes" in text_of(app, "#unlock-message")


async def test_a_key_press_resets_the_idle_time(
    ws_dir: Path, app_factory: AppFactory, idle_clock: IdleClock
) -> None:
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        idle_clock.now += 299
        await keys(pilot, "down")
        idle_clock.now += 200
        app.check_idle_lock()
        await settle(pilot)
        assert app.workspace is not None


async def test_failed_unlocks_wipe_silently_when_the_policy_says_so(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    """The screen says the same before and after the wipe, the right passphrase included;
    only the random-looking key file is left."""
    with reopen(ws_dir) as ws:
        ws.set_policy(Policy(wipe_after_failures=2))
    app = app_factory(ws_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "wrong one")
        first = screen_text(app)
        await unlock(pilot, "wrong two")
        assert [p.name for p in ws_dir.iterdir()] == ["index"]
        assert screen_text(app) == first
        await unlock(pilot)
        assert app.screen.mode == "unlock" and app.workspace is None
        assert screen_text(app) == first
        assert text_of(app, "#unlock-message") == "Wrong passphrase."


async def test_remaining_tries_show_only_when_the_policy_says_so(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    with reopen(ws_dir) as ws:
        ws.set_policy(Policy(wipe_after_failures=3, show_remaining_tries=True))
    app = app_factory(ws_dir, lang="ko")
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "wrong one")
        assert text_of(app, "#unlock-message") == "비밀번호 문구가 틀렸습니다. 2번 남았습니다."


async def test_panic_wipe_needs_the_phrase_and_leaves_nothing_to_open(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await keys(pilot, "f9")
        await typed(pilot, "destroy", "enter")  # not the phrase: nothing happens
        assert workspace_exists(ws_dir)
        assert app.is_running
        phrase = app.screen.query_one("#phrase", Input)
        phrase.value = ""
        await typed(pilot, PANIC_PHRASE, "enter")
    assert app.return_code == 0
    assert not workspace_exists(ws_dir)
    assert not ws_dir.exists()  # nothing at all is left, not even the folder
    with pytest.raises(WorkspaceError):
        unlock_workspace(ws_dir, PASSPHRASE)


async def test_panic_wipe_works_from_the_lock_screen(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await keys(pilot, "f9")
        await typed(pilot, PANIC_PHRASE, "enter")
    assert not workspace_exists(ws_dir)


async def test_lock_twice_in_a_row_still_locks(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await pilot.press("ctrl+l", "ctrl+l")
        await settle(pilot)
        assert isinstance(app.screen, UnlockScreen)
        assert app.workspace is None
        assert len(app.screen_stack) == 2


async def test_lock_goes_up_even_when_the_last_draft_cannot_be_stored(
    ws_dir: Path, app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "1974")
        monkeypatch.setattr(interview_screen, "save_text", disk_full)
        await keys(pilot, "ctrl+l")
        assert isinstance(app.screen_stack[1], UnlockScreen)
        assert app.workspace is None
        assert isinstance(app.screen, ErrorModal)  # the failure, over the lock screen
        assert "Year of birth" not in screen_text(app)
