"""Panic wipe: a deliberate confirmation, then crypto-shredding.

The interviewer must type the phrase (``DESTROY``); a stray key cannot wipe.
The wipe itself is one service call (``panic_wipe``) on the store thread,
after which the app quits without a word on the screen.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Input, Static

from fieldkit.session.safety import PANIC_PHRASE, panic_wipe
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitModal
from fieldkit.tui.widgets.keys import OrderedInput

__all__ = ["WipeModal"]


class WipeModal(FieldkitModal):
    """Dismisses with ``True`` once the workspace is destroyed."""

    AUTO_FOCUS = "#phrase"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog danger"):
            yield Static(t("wipe.title", self.lang), classes="dialog-title")
            yield Static(t("wipe.body", self.lang, phrase=PANIC_PHRASE), markup=False)
            yield OrderedInput(placeholder=PANIC_PHRASE, id="phrase")
            yield Static("", id="wipe-problem", classes="problem", markup=False)
            yield Button(t("wipe.button", self.lang), id="destroy", variant="error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._wipe(event.value)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._wipe(self.query_one("#phrase", Input).value)

    @work(exclusive=True, exit_on_error=False)
    async def _wipe(self, typed: str) -> None:
        if typed.strip() != PANIC_PHRASE:
            self.query_one("#wipe-problem", Static).update(
                t("wipe.body", self.lang, phrase=PANIC_PHRASE).rsplit("\n", 1)[-1]
            )
            return
        app = self.fk
        workspace, app.workspace = app.workspace, None
        await app.services.call(panic_wipe, app.directory, workspace, typed=typed)
        self.dismiss(True)
