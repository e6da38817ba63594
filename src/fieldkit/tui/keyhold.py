"""Keys typed while the next question is being built reach it, in order.

An interviewer types as soon as a question appears; Textual builds the next question's
field a moment later, and keys pressed in between would go to the old field or nowhere
(issue 15: "998-02" for "1998-02").  The app holds them from the moment a field hands over
(``widgets.keys.HandOver``) until the next field has focus, then delivers them.  Tab and
Shift+Tab move focus in the order keys arrive, so a burst with Tab (a paste, a password
manager) lands in the field it was meant for.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.timer import Timer
from textual.widgets import TextArea

__all__ = ["HOLD_LIMIT", "KeyHoldingApp", "fresh_key"]

HOLD_LIMIT = 5.0
"""Seconds after which held keys are delivered even if the next question never came."""


class KeyHoldingApp(App[None]):
    """The key holding of ``FieldkitApp``, apart so that the app module stays readable."""

    def __init__(self) -> None:
        super().__init__()
        self._held: list[events.Key] | None = None
        """Keys held while the next question is built (``None``: not holding)."""
        self._hold_timer: Timer | None = None

    def hold_keys(self) -> None:
        """Keep every key from now on until ``release_keys`` (the next field has focus).
        A safety release after ``HOLD_LIMIT`` seconds: the keyboard never stays dead."""
        if self._held is None:
            self._held = []
            self._hold_timer = self.set_timer(HOLD_LIMIT, self.release_keys)

    def hold_key(self, event: events.Key) -> None:
        """A key that reached a widget after it handed over (see ``widgets.keys.HandOver``)."""
        self.hold_keys()
        if self._held is not None:
            self._held.append(fresh_key(event))

    async def release_keys(self) -> None:
        """Deliver the held keys in order to what has focus now; keys arriving meanwhile
        queue behind them."""
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        while self._held:
            event = self._held.pop(0)
            if not await self._move_focus(event):
                await super().on_event(event)
        self._held = None

    def _drop_held_keys(self) -> None:
        """On lock: keys meant for a question must never reach the passphrase field."""
        if self._hold_timer is not None:
            self._hold_timer.stop()
            self._hold_timer = None
        self._held = None

    async def _move_focus(self, event: events.Key) -> bool:
        """Tab and Shift+Tab move focus here, in the order keys arrive: Textual would move it
        only after the key bubbled back up, and keys typed after Tab (a paste, a password
        manager) would land in the field before."""
        if event.key not in ("tab", "shift+tab"):
            return False
        if await self._check_bindings(event.key, priority=True):
            return True
        focused = self.focused
        if isinstance(focused, TextArea) and focused.tab_behavior == "indent":
            return False
        if event.key == "tab":
            self.screen.focus_next()
        else:
            self.screen.focus_previous()
        return True


def fresh_key(event: events.Key) -> events.Key:
    """A new, unforwarded copy of a key, to deliver again."""
    return events.Key(event.key, event.character)
