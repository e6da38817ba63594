"""First run in the app: a weak Korean passphrase refused with the reason in Korean; a
suggested passphrase shown, typed into both fields, and the workspace created with it."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Static

from fieldkit.passwords import generate_passphrase
from fieldkit.session import unlock_workspace
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.home import HomeScreen
from tui_helpers import settle, text_of, typed

AppFactory = Callable[..., FieldkitApp]


async def test_a_weak_korean_passphrase_is_refused_in_korean(
    tmp_path: Path, app_factory: AppFactory
) -> None:
    app = app_factory(tmp_path / "new", lang="ko")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await typed(pilot, "안녕하세요반갑습니다", "enter")
        await typed(pilot, "안녕하세요반갑습니다", "enter")
        message = text_of(app, "#unlock-message")
        assert "너무 약합니다: 흔히 쓰는 한국어 인사말이나 표현입니다" in message
        assert "비밀번호 문구 제안" in message
    assert not (tmp_path / "new").exists()


async def test_a_suggested_passphrase_is_typed_in_and_creates_the_workspace(
    tmp_path: Path, app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "fieldkit.passwords.generate.secrets.SystemRandom", lambda: random.Random(11)
    )
    words = generate_passphrase("en", rng=random.Random(11)).text  # type: ignore[arg-type]
    app = app_factory(tmp_path / "new")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.click("#suggest")
        await settle(pilot)
        shown = str(app.screen.query_one("#suggestion", Static).content)
        assert words in shown and "5 random words" in shown
        assert app.screen.query_one("#passphrase").has_focus  # nothing filled in for her
        await typed(pilot, words, "enter")
        await typed(pilot, words, "enter")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    unlock_workspace(tmp_path / "new", words).close()
