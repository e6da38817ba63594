"""First run (create a workspace), and switching language mid-interview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input

from fieldkit.session.preferences import get_preference, set_preference
from fieldkit.tui.app import FieldkitApp, initial_language
from fieldkit.tui.screens.home import HomeScreen
from tui_helpers import interviewing, keys, reopen, settle, text_of, typed, unlock, unlocked

from helpers import PASSPHRASE

AppFactory = Callable[..., FieldkitApp]


async def fill(app: FieldkitApp, pilot: object, first: str, second: str) -> None:
    app.screen.query_one("#passphrase", Input).value = first
    app.screen.query_one("#repeat", Input).value = second


async def test_first_run_creates_a_workspace_with_strength_errors_shown(
    tmp_path: Path, app_factory: AppFactory
) -> None:
    directory = tmp_path / "new"
    app = app_factory(directory)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.mode == "create"
        await typed(pilot, "password1", "enter")
        await typed(pilot, "password1", "enter")
        assert "too short" in text_of(app, "#unlock-message")
        await fill(app, pilot, PASSPHRASE, PASSPHRASE + "x")
        await keys(pilot, "enter")
        assert "different" in text_of(app, "#unlock-message")
        await fill(app, pilot, PASSPHRASE, PASSPHRASE)
        await keys(pilot, "enter")
        assert isinstance(app.screen, HomeScreen)
    with reopen(directory) as ws:
        assert ws.questionnaire.id == "tiny"


async def test_language_switch_mid_interview(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "19")  # a draft survives the switch
        await keys(pilot, "f2")
        assert text_of(app, "#q-label") == "출생 연도"
        assert "질문 2/" in text_of(app, "#q-meta")
        assert app.screen.query_one("#answer", Input).value == "19"
        footer = {b.binding.description for b in app.screen.active_bindings.values()}
        assert "이전" in footer
        await typed(pilot, "74", "enter")
        assert text_of(app, "#q-label") == "언제 건너셨어요?"
        await keys(pilot, "f2")
        assert text_of(app, "#q-label") == "When did you cross?"
        await keys(pilot, "f2")
    with reopen(ws_dir) as ws:
        assert get_preference(ws, "language") == "ko"
        assert ws.interview(ws.summaries()[0].id).answers["birth_year"] == 1974
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        assert app.lang == "ko"  # remembered inside the encrypted workspace


async def test_language_switch_from_the_command_palette(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        await keys(pilot, "ctrl+p")
        await typed(pilot, "한국어")
        await keys(pilot, "enter")
        assert app.lang == "ko"


def test_initial_language_follows_the_locale() -> None:
    assert initial_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert initial_language({"LANG": "en_US.UTF-8", "FIELDKIT_LANG": "ko"}) == "ko"
    assert initial_language({}) == "en"


async def test_language_chosen_on_the_unlock_screen_wins(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    with reopen(ws_dir) as ws:
        set_preference(ws, "language", "ko")
    app = app_factory(ws_dir)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await keys(pilot, "f2")
        assert text_of(app, "#title") == "작업공간 열기"
        await keys(pilot, "f2")  # back to English, on purpose
        await unlock(pilot)
        assert app.lang == "en"
    with reopen(ws_dir) as ws:
        assert get_preference(ws, "language") == "en"
