"""A suggested passphrase on the first-run screen: random words to write down and type.

The words come from ``fieldkit.session.passphrase.suggest_passphrase`` in the screen's
language (the EFF long list, or the BIP-39 Korean list).  The person types the suggestion
into both fields herself: that is the check that she has it, and nothing is filled in
behind her back.
"""

from __future__ import annotations

from typing import Any, cast

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Button, Input, Static

from fieldkit.session.passphrase import suggest_passphrase
from fieldkit.tui.i18n import t

__all__ = ["PassphraseSuggestion"]


class PassphraseSuggestion(Vertical):
    DEFAULT_CSS = """
    PassphraseSuggestion { height: auto; }
    PassphraseSuggestion Button { margin: 0; }
    #suggestion { height: auto; display: none; }
    """

    def compose(self) -> ComposeResult:
        yield Button("", id="suggest", compact=True)
        yield Static("", id="suggestion", markup=False)

    @property
    def _lang(self) -> str:
        return str(cast(Any, self.app).lang)

    def on_mount(self) -> None:
        self.relabel(self._lang)

    def relabel(self, lang: str) -> None:
        self.query_one("#suggest", Button).label = t("suggest.button", lang)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()  # not the screen's Create
        lang = self._lang
        suggestion = suggest_passphrase(lang)
        shown = self.query_one("#suggestion", Static)
        shown.display = True
        shown.update(
            t("suggest.shown", lang, n=len(suggestion.words), bits=round(suggestion.bits))
            + f"\n  {suggestion.text}"
        )
        for intro in self.screen.query("#intro"):
            intro.display = False  # the suggestion says it; the fields must stay on screen
        for field in self.screen.query(Input).results(Input):
            field.focus()  # the first field: she types it in herself
            break
