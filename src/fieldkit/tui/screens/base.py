"""What every fieldkit screen shares: failures routed to one place, words in two languages.

Workers run with ``exit_on_error=False``; a failed worker's state change
arrives here and goes to ``FieldkitApp.report_error``, which shows an error
modal for the fieldkit error family and a message without details for
anything else.  Bindings are declared with the action name as the key of
their description (``"key.<action>"``) and relabelled when the language
changes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import events
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.worker import Worker, WorkerState

from fieldkit.tui.i18n import has, t

if TYPE_CHECKING:
    from fieldkit.tui.app import FieldkitApp

__all__ = ["FieldkitModal", "FieldkitScreen", "localize_bindings"]


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Rewrite ``node``'s binding descriptions in ``lang`` (footer, key panel)."""
    for key, bindings in node._bindings.key_to_bindings.items():
        node._bindings.key_to_bindings[key] = [_localized(b, lang) for b in bindings]


def _localized(binding: Binding, lang: str) -> Binding:
    action = binding.action.split("(", 1)[0].rsplit(".", 1)[-1]
    key = f"key.{action}"
    return replace(binding, description=t(key, lang)) if has(key) else binding


class _Shared:
    """Mixed into screens and modals."""

    @property
    def fk(self) -> FieldkitApp:
        return cast("FieldkitApp", cast(Any, self).app)

    @property
    def lang(self) -> str:
        return self.fk.lang

    def _on_mount(self, event: events.Mount) -> None:
        """Bindings in the current language before the footer first draws them."""
        localize_bindings(cast(DOMNode, self), self.lang)
        cast(Any, self).refresh_bindings()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            self.fk.report_error(event.worker.error)

    def relabel(self, lang: str) -> None:
        """Redraw the screen's own words in ``lang``; screens override this."""

    def commands(self) -> Iterable[SystemCommand]:
        """The screen's key bindings as palette commands: every key is also a command."""
        node = cast(DOMNode, self)
        seen: set[str] = set()
        for bindings in node._bindings.key_to_bindings.values():
            for binding in bindings:
                if binding.action in seen or not has(f"key.{binding.action}"):
                    continue  # Textual's own (focus, copy) are not fieldkit actions
                seen.add(binding.action)
                help_key = f"cmd.{binding.action}"
                help_text = t(help_key, self.lang) if has(help_key) else binding.description
                key = self.fk.get_key_display(binding)
                yield SystemCommand(
                    binding.description,
                    f"{help_text} ({key})",
                    partial(cast(Any, self).run_action, binding.action),
                )


class FieldkitScreen(_Shared, Screen[Any]):
    """A full screen."""

    async def flush(self) -> None:
        """Store anything given but not yet stored (before a lock or quit)."""

    def position(self) -> tuple[str, str | None] | None:
        """``(interview id, question id)`` to come back to after unlocking."""
        return None


class FieldkitModal(_Shared, ModalScreen[Any]):
    """A dialog over the current screen."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "key.cancel")]

    def action_cancel(self) -> None:
        self.dismiss(None)
