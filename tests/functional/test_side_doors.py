"""Side doors an attacker tries on the running app: the clipboard, the palette on the lock
screen, Textual's screenshot hooks.

The real terminal and process are tried in tests/tui/test_side_doors.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import textual.constants
from textual.command import CommandPalette
from textual.widgets import Input

from fieldkit.session.safety import PANIC_PHRASE, workspace_exists
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.unlock import UnlockScreen
from tui_helpers import interviewing, keys, settle, start_interview, typed, unlock, unlocked

from helpers import PASSPHRASE

AppFactory = Callable[..., FieldkitApp]
OSC52 = "\x1b]52;"


def record_terminal_output(app: FieldkitApp) -> list[str]:
    """Everything the app writes to its terminal from now on."""
    written: list[str] = []
    driver: Any = app._driver
    original = driver.write

    def write(data: str) -> None:
        written.append(data)
        original(data)

    driver.write = write
    return written


async def test_copying_an_answer_never_reaches_the_terminal_and_is_gone_after_lock(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        written = record_terminal_output(app)
        await start_interview(pilot, "K-03")
        await keys(pilot, "1", "enter")  # consent, then the year of birth
        await typed(pilot, "1974", "shift+home", "ctrl+c")
        assert app.clipboard == "1974"  # copying works inside the app...
        assert not any(OSC52 in chunk for chunk in written)  # ...and nowhere else
        await keys(pilot, "backspace")
        assert app.screen.query_one("#answer", Input).value == ""
        await keys(pilot, "ctrl+v")
        assert app.screen.query_one("#answer", Input).value == "1974"  # pasted back
        await keys(pilot, "ctrl+l")
        assert isinstance(app.screen, UnlockScreen)
        assert app.clipboard == ""
        await keys(pilot, "ctrl+v")  # paste into the passphrase field of the lock screen
        assert app.screen.query_one("#passphrase", Input).value == ""
        assert not any(OSC52 in chunk for chunk in written)


async def test_a_copied_answer_is_gone_after_a_panic_wipe(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, ref="K-04") as pilot:
        await typed(pilot, "1981", "shift+home", "ctrl+c")
        assert app.clipboard == "1981"
        await keys(pilot, "f9")
        await typed(pilot, PANIC_PHRASE, "enter")
        assert app.clipboard == ""  # emptied before the app closes
    assert not workspace_exists(ws_dir)


async def test_no_command_palette_on_the_lock_screen(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await keys(pilot, "ctrl+p")
        assert not CommandPalette.is_open(app)
        await unlock(pilot)
        await keys(pilot, "ctrl+p")
        assert CommandPalette.is_open(app)  # unlocked, the palette is there
        await keys(pilot, "escape", "ctrl+l")
        assert isinstance(app.screen, UnlockScreen)
        await keys(pilot, "ctrl+p")
        assert not CommandPalette.is_open(app)


async def test_a_passphrase_is_never_copied(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await typed(pilot, PASSPHRASE, "shift+home", "ctrl+c", "ctrl+x")
        assert app.clipboard == ""


async def test_screenshot_hooks_write_nothing(
    ws_dir: Path, app_factory: AppFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As if TEXTUAL_SCREENSHOT=0 had reached Textual: the app neither writes nor quits."""
    shots = tmp_path / "shots"
    shots.mkdir()
    monkeypatch.setattr(textual.constants, "SCREENSHOT_DELAY", 0)
    monkeypatch.setattr(textual.constants, "SCREENSHOT_LOCATION", str(shots))
    monkeypatch.setattr(textual.constants, "PRESS", "x,y,z")
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        app.save_screenshot(path=str(shots))
        app.deliver_screenshot(path=str(shots))
        await keys(pilot, "ctrl+s")
        assert app.is_running
        assert app.workspace is not None
    assert list(shots.iterdir()) == []
