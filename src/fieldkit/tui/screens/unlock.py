"""Unlock (and first-run create) screen; also the lock screen.

Locked, it shows a passphrase field and nothing else: no interview, no name,
not even the workspace path.  A wrong passphrase is said plainly, and always
the same way: when the workspace's policy wipes it after repeated failures, the
screen does not change (the key file stays, random, and every later passphrase
is simply wrong), unless the policy asks to show the tries left.  A duress
passphrase opens its decoy exactly like any unlock.  Key derivation (Argon2id)
runs on the store thread, so the screen stays responsive while it works.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Button, Footer, Input, Static

from fieldkit.errors import PassphraseError, WrongPassphraseError
from fieldkit.session import create_workspace, unlock_workspace
from fieldkit.session.safety import workspace_exists
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.widgets.keys import OrderedInput
from fieldkit.tui.widgets.suggest import PassphraseSuggestion

__all__ = ["UnlockScreen"]


class UnlockScreen(FieldkitScreen):
    """``mode`` is ``unlock``, ``create`` (no workspace yet) or ``locked``."""

    AUTO_FOCUS = "#passphrase"
    mode: reactive[str] = reactive("unlock", init=False)

    def __init__(self, *, locked: bool = False, notice: str | None = None) -> None:
        super().__init__()
        self._locked = locked
        self._notice = notice or ""

    def on_mount(self) -> None:
        self.relabel(self.lang)
        self._pick_mode()

    def _pick_mode(self) -> None:
        if not workspace_exists(self.fk.directory):
            self.mode = "create"
        else:
            self.mode = "locked" if self._locked else "unlock"

    async def watch_mode(self) -> None:
        """Another mode has other fields: rebuild, then words and focus."""
        await self.recompose()
        self.relabel(self.lang)
        self.query_one("#passphrase", Input).focus()

    def compose(self) -> ComposeResult:
        with Vertical(id="unlock-box", classes=f"dialog {self.mode}"):
            yield Static("", id="title", classes="dialog-title")
            if self.mode == "create":
                yield Static("", id="intro")
                yield PassphraseSuggestion()
            if self.mode != "locked":
                yield Static("", id="where", markup=False)
            yield OrderedInput(password=True, id="passphrase")
            if self.mode == "create":
                yield OrderedInput(password=True, id="repeat")
            yield Static(self._notice, id="unlock-message", classes="problem", markup=False)
            yield Button("", id="go", variant="primary")
        yield Footer(compact=True)

    def relabel(self, lang: str) -> None:
        """Words only: the fields keep what is typed and the focus stays where it is."""
        title = {"locked": "unlock.locked", "create": "create.title"}.get(self.mode, "unlock.title")
        self.query_one("#title", Static).update(t(title, lang))
        for selector, text in (
            ("#intro", t("create.intro", lang)),
            ("#where", f"{t('workspace.at', lang)}: {self.fk.directory}"),
        ):
            for widget in self.query(selector).results(Static):
                widget.update(text)
        self.query_one("#passphrase", Input).placeholder = t("unlock.passphrase", lang)
        for repeat in self.query("#repeat").results(Input):
            repeat.placeholder = t("create.repeat", lang)
        label = "create.button" if self.mode == "create" else "unlock.button"
        self.query_one("#go", Button).label = t(label, lang)
        for suggestion in self.query(PassphraseSuggestion).results(PassphraseSuggestion):
            suggestion.relabel(lang)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "passphrase" and self.mode == "create":
            self.query_one("#repeat", Input).focus()
            return
        self._go()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self._go()

    def _go(self) -> None:
        passphrase = self.query_one("#passphrase", Input).value
        if not passphrase:
            return
        if self.mode == "create":
            self._create(passphrase, self.query_one("#repeat", Input).value)
        else:
            self._unlock(passphrase)

    def _say(self, text: str) -> None:
        self.query_one("#unlock-message", Static).update(text)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.query_one("#go", Button).disabled = busy
        self._say(text)

    @work(exclusive=True, exit_on_error=False)
    async def _unlock(self, passphrase: str) -> None:
        self._busy(True, t("unlock.working", self.lang))
        app = self.fk
        try:
            workspace = await app.services.call(
                unlock_workspace, app.directory, passphrase, clock=app.clock
            )
        except WrongPassphraseError as error:
            self._busy(False)
            self._wrong(error)
            return
        except BaseException:
            self._busy(False)
            raise
        self.query_one("#passphrase", Input).value = ""
        app.unlocked(workspace)

    def _wrong(self, error: WrongPassphraseError) -> None:
        field = self.query_one("#passphrase", Input)
        field.value = ""
        field.focus()
        if error.remaining_tries is None:
            self._say(t("unlock.failed", self.lang))
        else:
            self._say(t("unlock.tries_left", self.lang, n=error.remaining_tries))

    @work(exclusive=True, exit_on_error=False)
    async def _create(self, passphrase: str, repeat: str) -> None:
        self._busy(True, t("create.working", self.lang))
        app = self.fk
        try:
            workspace = await app.services.call(
                create_workspace,
                app.directory,
                passphrase,
                confirmation=repeat,
                questionnaire=app.questionnaire,
                clock=app.clock,
            )
        except PassphraseError as error:
            self._busy(False, error.localized(self.lang))  # the reason in her language
            return
        except BaseException:
            self._busy(False)
            raise
        app.unlocked(workspace)
