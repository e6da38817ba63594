"""The error modal: what failed, where, and what to do about it.

Messages of the fieldkit error family never quote an answer (a rule of
``fieldkit.errors``), so they can be shown as they are; ``fieldkit.error_text`` gives
them in the interviewer's language (on a Korean screen, no English and no internal ids).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Static

from fieldkit.error_text import render
from fieldkit.errors import FieldkitError
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitModal

__all__ = ["ErrorModal"]


class ErrorModal(FieldkitModal):
    """A titled message with an OK button; Escape or Enter closes it."""

    def __init__(self, title: str, message: str, details: list[str] | None = None) -> None:
        super().__init__(classes="error-modal")
        self._title = title
        self._message = message
        self._details = details or []

    @classmethod
    def from_error(cls, error: FieldkitError, lang: str, title: str | None = None) -> ErrorModal:
        """``error`` in ``lang``; ``title`` when the screen knows better what failed."""
        shown = render(error, lang)
        lines = [shown.message]
        if shown.where:
            lines.append(f"({shown.where})")
        if shown.hint:
            lines.append(f"→ {shown.hint}")
        return cls(title or shown.title, "\n".join(lines), shown.details[:10])

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self._title, classes="dialog-title", markup=False)
            yield Static(self._message, id="error-message", markup=False)
            if self._details:
                yield Static("\n".join(self._details), classes="details", markup=False)
            yield Button(t("error.ok", self.lang), id="ok", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#ok", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(None)
