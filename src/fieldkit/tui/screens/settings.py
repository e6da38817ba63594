"""Settings: the lock policy and the duress passphrase.

The interviewer learns here (not at the moment it fires) what the wipe policy
does: after the limit, the workspace is destroyed without a word on the screen.
The duress passphrase opens a decoy workspace of practice interviews; she
chooses whether opening it also destroys this workspace.  Each button calls
one service on the store thread; a refused passphrase is said inline.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Footer, Header, Input, Static

from fieldkit.errors import PassphraseError
from fieldkit.session import DuressState, Policy, Workspace
from fieldkit.session.duress import duress_state, remove_duress, set_duress
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.widgets.keys import OrderedInput

__all__ = ["SettingsScreen"]


_WORDS = (
    ("#lock-title", "settings.lock"),
    ("#lock-after-label", "settings.lock_after"),
    ("#wipe-after-label", "settings.wipe_after"),
    ("#wipe-explained", "settings.wipe_explained"),
    ("#show-tries", "settings.show_tries"),
    ("#save-policy", "settings.save_policy"),
    ("#duress-title", "settings.duress"),
    ("#duress-explained", "settings.duress_explained"),
    ("#duress", "settings.duress_new"),
    ("#duress-repeat", "create.repeat"),
    ("#duress-destroy", "settings.duress_destroy"),
    ("#duress-set", "settings.duress_set"),
    ("#duress-remove", "settings.duress_remove"),
)


def _policy_and_duress(workspace: Workspace) -> tuple[Policy, DuressState | None]:
    return workspace.policy, duress_state(workspace)


class SettingsScreen(FieldkitScreen):
    AUTO_FOCUS = "#lock-after"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "home", "key.home")]

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="settings"):
            yield Static(id="lock-title", classes="dialog-title")
            yield Static(id="lock-after-label")
            yield OrderedInput(id="lock-after", type="integer", max_length=4)
            yield Static(id="wipe-after-label")
            yield OrderedInput(id="wipe-after", type="integer", max_length=3)
            yield Static(id="wipe-explained", classes="hint")
            yield Checkbox(id="show-tries")
            yield Button("", id="save-policy", variant="primary")
            yield Static("", id="policy-message", markup=False)
            yield Static(id="duress-title", classes="dialog-title")
            yield Static("", id="duress-status", markup=False)
            yield Static(id="duress-explained", classes="hint")
            yield OrderedInput(password=True, id="duress")
            yield OrderedInput(password=True, id="duress-repeat")
            yield Checkbox(id="duress-destroy")
            with Horizontal(classes="buttons"):
                yield Button("", id="duress-set", variant="warning")
                yield Button("", id="duress-remove")
            yield Static("", id="duress-message", classes="problem", markup=False)
        yield Footer(compact=True)

    def relabel(self, lang: str) -> None:
        """Words only: what is typed and ticked stays."""
        self.sub_title = t("settings.title", lang)
        for selector, key in _WORDS:
            widget = self.query_one(selector)
            if isinstance(widget, Input):
                widget.placeholder = t(key, lang)
            elif isinstance(widget, Button | Checkbox):
                widget.label = t(key, lang)
            elif isinstance(widget, Static):
                widget.update(t(key, lang))
        if self._loaded:
            self._show_duress(self._duress)

    def __init__(self) -> None:
        super().__init__()
        self._duress: DuressState | None = None
        self._loaded = False

    def on_mount(self) -> None:
        self.relabel(self.lang)
        self.load()

    @work(exclusive=True, group="settings", exit_on_error=False)
    async def load(self) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        policy, duress = await self.fk.services.call(_policy_and_duress, workspace)
        self.query_one("#lock-after", Input).value = str(policy.lock_after_minutes)
        wipe = policy.wipe_after_failures
        self.query_one("#wipe-after", Input).value = str(wipe) if wipe else ""
        self.query_one("#show-tries", Checkbox).value = policy.show_remaining_tries
        self._show_duress(duress)

    def _show_duress(self, duress: DuressState | None) -> None:
        self._duress, self._loaded = duress, True
        if duress is None:
            text = t("settings.duress_off", self.lang)
        else:
            key = "settings.duress_on_destroy" if duress.destroys else "settings.duress_on"
            text = t(key, self.lang)
        self.query_one("#duress-status", Static).update(text)
        self.query_one("#duress-remove", Button).disabled = duress is None

    def _policy(self) -> Policy | None:
        lock = self.query_one("#lock-after", Input).value.strip()
        wipe = self.query_one("#wipe-after", Input).value.strip()
        try:
            return Policy(
                lock_after_minutes=int(lock) if lock else 5,
                wipe_after_failures=int(wipe) if wipe and int(wipe) else None,
                show_remaining_tries=self.query_one("#show-tries", Checkbox).value,
            )
        except ValueError:
            return None

    @on(Button.Pressed, "#save-policy")
    def _save_policy(self) -> None:
        policy = self._policy()
        message = self.query_one("#policy-message", Static)
        if policy is None:
            message.update(t("settings.policy_invalid", self.lang))
            return
        self._store_policy(policy)

    @work(exclusive=True, group="settings", exit_on_error=False)
    async def _store_policy(self, policy: Policy) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        await self.fk.services.call(workspace.set_policy, policy)
        self.query_one("#policy-message", Static).update(t("settings.policy_saved", self.lang))

    @on(Button.Pressed, "#duress-set")
    def _set_duress(self) -> None:
        first = self.query_one("#duress", Input).value
        repeat = self.query_one("#duress-repeat", Input).value
        if first:
            self._store_duress(first, repeat, self.query_one("#duress-destroy", Checkbox).value)

    @work(exclusive=True, group="settings", exit_on_error=False)
    async def _store_duress(self, passphrase: str, repeat: str, destroy: bool) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        message = self.query_one("#duress-message", Static)
        message.update(t("settings.duress_working", self.lang))
        try:
            await self.fk.services.call(set_duress, workspace, passphrase, repeat, destroy=destroy)
        except PassphraseError as error:
            message.update(error.localized(self.lang))  # the reason in her language
            return
        finally:
            for field in ("#duress", "#duress-repeat"):
                self.query_one(field, Input).value = ""
        message.update(t("settings.duress_saved", self.lang))
        self._show_duress(await self.fk.services.call(duress_state, workspace))

    @on(Button.Pressed, "#duress-remove")
    def _remove_pressed(self) -> None:
        self._remove_duress()

    @work(exclusive=True, group="settings", exit_on_error=False)
    async def _remove_duress(self) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        await self.fk.services.call(remove_duress, workspace)
        self.query_one("#duress-message", Static).update(t("settings.duress_removed", self.lang))
        self._show_duress(None)

    def action_home(self) -> None:
        self.app.pop_screen()
