"""No key is lost or misplaced when keys come faster than the screen: typed while the next
question is built they reach it in order; after Tab they reach the next field.

The keys are posted to the app all at once (a burst: a fast typist, a paste, a password
manager), not pressed one by one with Pilot waiting for each."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.widgets import Input

from fieldkit.tui.app import FieldkitApp
from tui_helpers import interviewing, reopen, settle

AppFactory = Callable[..., FieldkitApp]

NAMES = {"-": "minus", " ": "space"}
SPECIAL: dict[str, str | None] = {"enter": "\r", "tab": "\t", "backspace": None}


def burst(app: FieldkitApp, *parts: str) -> None:
    """Post every key at once: ``SPECIAL`` names as keys, other text character by character."""
    for part in parts:
        if part in SPECIAL:
            app.post_message(events.Key(part, SPECIAL[part]))
            continue
        for character in part:
            app.post_message(events.Key(NAMES.get(character, character), character))


async def test_keys_typed_while_the_next_question_is_built_reach_it_in_order(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        burst(app, "1", "enter", "1974", "enter", "1998-02", "enter", "2", "enter")
        await settle(pilot, 6)
        assert app.screen.view.question.id == "means"  # type: ignore[attr-defined]
    with reopen(ws_dir) as ws:
        answers = ws.interview(ws.summaries()[0].id).answers
    assert answers == {"consent": "yes", "birth_year": 1974, "crossed": "1998-02", "sold": "no"}


async def test_keys_after_a_refused_answer_stay_in_its_field(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        burst(app, "2020", "enter", "backspace", "9")  # refused (above 2010): still this field
        await settle(pilot, 4)
        assert app.screen.view.question.id == "birth_year"  # type: ignore[attr-defined]
        assert app.screen.query_one("#answer", Input).value == "2029"


async def test_a_burst_with_tab_fills_each_field(tmp_path: Path, app_factory: AppFactory) -> None:
    app = app_factory(tmp_path / "new")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        burst(app, "paper lantern", "tab", "quiet harbour")
        await settle(pilot)
        assert app.screen.query_one("#passphrase", Input).value == "paper lantern"
        assert app.screen.query_one("#repeat", Input).value == "quiet harbour"
