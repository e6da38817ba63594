"""A new interview's reference code is checked in the dialog: a name is refused there, in the
interviewer's language, with what she typed left to correct, and nothing is stored."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input

from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.dialogs import NewInterviewModal
from tui_helpers import keys, reopen, settle, text_of, type_text, unlocked

AppFactory = Callable[..., FieldkitApp]


@pytest.mark.parametrize(
    ("lang", "reason"),
    [("ko", "참조 코드에 이름처럼 보이는 부분이 있습니다"), ("en", "looks like it holds a name")],
)
async def test_a_name_as_reference_code_is_refused_in_the_dialog(
    ws_dir: Path, app_factory: AppFactory, lang: str, reason: str
) -> None:
    app = app_factory(ws_dir, lang=lang)
    async with unlocked(app) as pilot:
        await keys(pilot, "n")
        await type_text(pilot, "김영희")
        await keys(pilot, "enter")
        assert isinstance(app.screen, NewInterviewModal)  # still open, nothing started
        assert reason in text_of(app, "#ref-problem")
        field = app.screen.query_one("#ref", Input)
        assert field.value == "김영희" and field.has_focus  # what she typed, to correct
        field.value = ""
        await type_text(pilot, "A-12")
        await keys(pilot, "enter")
        assert not isinstance(app.screen, NewInterviewModal)
        await settle(pilot)
    with reopen(ws_dir) as ws:
        assert [row.ref for row in ws.summaries()] == ["A-12"]
