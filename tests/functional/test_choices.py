"""Choosing by digit, by arrow and Enter, and what Enter must never do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.widgets.digits import digit_choice
from tui_helpers import interviewing, keys, reopen, settle, status

from helpers import PASSPHRASE, questionnaire_from_toml

AppFactory = Callable[..., FieldkitApp]

PROVINCES = (
    """
format = "fieldkit-questionnaire/1"
id = "long_list"
version = "1"
title = { en = "Long list", ko = "긴 목록" }
languages = ["en", "ko"]

[choice_lists]
province = [
"""
    + "\n".join(
        f'  {{ value = "p{i}", label = {{ en = "Province {i}", ko = "성 {i}" }} }},'
        for i in range(1, 14)
    )
    + """
]

[[sections]]
id = "where"
title = { en = "Where", ko = "어디" }

[[sections.questions]]
id = "province"
type = "single_choice"
choices = "province"
label = { en = "Province", ko = "성" }

[[sections.questions]]
id = "seen"
type = "multiple_choice"
choices = "province"
label = { en = "Provinces seen", ko = "가 본 성" }
"""
)


@pytest.mark.parametrize(
    ("typed", "count", "expected"),
    [
        ("3", 5, (2, True)),
        ("1", 13, (0, False)),  # could be 10-13: wait for another digit
        ("12", 13, (11, True)),
        ("2", 13, (1, True)),  # 20 and up do not exist
        ("0", 5, (None, True)),
        ("14", 13, (None, True)),
    ],
)
def test_digit_choice(typed: str, count: int, expected: tuple[int | None, bool]) -> None:
    assert digit_choice(typed, count) == expected


async def test_enter_on_an_unanswered_choice_moves_on_without_storing(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await keys(pilot, "enter", "enter")  # birth year, crossing: left empty
        assert app.screen.view.question.id == "sold"
        await keys(pilot, "enter")  # nothing chosen: next, nothing stored
        assert app.screen.view.question.id == "means"
        await keys(pilot, "shift+tab", "down", "enter")  # arrow to "yes", Enter stores it
        assert app.screen.view.question.id == "price"
    with reopen(ws_dir) as ws:
        assert ws.interview(ws.summaries()[0].id).answers == {"consent": "yes", "sold": "yes"}


async def test_two_digits_pick_the_twelfth_of_thirteen(
    tmp_path: Path, app_factory: AppFactory
) -> None:
    directory = tmp_path / "long"
    create_workspace(
        directory, PASSPHRASE, questionnaire=questionnaire_from_toml(PROVINCES)
    ).close()
    app = app_factory(directory)
    async with interviewing(app, consent=False) as pilot:
        await pilot.press("1", "2")
        await settle(pilot)
        assert "saved" in status(app)
        await keys(pilot, "3")  # single digit, final at once: province 3 replaces 12
        await keys(pilot, "enter")
        await pilot.press("1")
        await pilot.pause(1.0)  # no second digit: province 1 after the pause
        await settle(pilot)
        await keys(pilot, "1", "3")
    with reopen(directory) as ws:
        session = ws.interview(ws.summaries()[0].id)
        assert [r.value for r in session.history("province")] == ["p12", "p3"]
        assert session.answers["seen"] == ["p1", "p13"]


async def test_section_jump_by_digit(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await keys(pilot, "1", "enter", "ctrl+g", "3")
        assert app.screen.view.question.id == "narrative"
