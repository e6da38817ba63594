"""Keep editing keys in order with typed characters (work-around for Textual #6605).

Textual's ``Input`` and ``TextArea`` insert printable characters in their key
handler but run bound keys (Backspace, arrows, Enter) only after the key has
bubbled up to the app.  When keys arrive in one burst, a character typed after
a Backspace can land before it.  People rarely type that fast, but some Korean
input methods in a terminal correct a syllable by sending Backspace and the new
syllable together, and scripted input always comes in bursts.  Running the
widget's own bindings inline, in its key handler, keeps the order.
"""

from __future__ import annotations

from typing import Any, cast

from textual import events
from textual.widgets import Input, TextArea

__all__ = ["HandOver", "InlineBindings", "OrderedInput", "OrderedTextArea"]


class HandOver:
    """Mixin for answer widgets (first among the bases): once the widget has asked to move
    on (Enter), keys still reaching it belong to the next question.  They are handed to the
    app, which holds them, with any key typed while the next question is built, until the
    next field has focus (``FieldkitApp.hold_keys`` / ``release_keys``).  Typing as soon as
    "Question N of" appears then loses nothing, and nothing lands in the old field."""

    handed_over: bool = False

    def hand_over(self) -> None:
        self.handed_over = True
        cast(Any, self).app.hold_keys()

    def take_back(self) -> None:
        """The move was refused (an invalid answer): keys are this widget's again."""
        self.handed_over = False

    async def _on_key(self, event: events.Key) -> None:
        if not self.handed_over:
            return
        event.stop()
        event.prevent_default()  # neither this widget nor its bases may act on it
        cast(Any, self).app.hold_key(event)


class InlineBindings:
    """Mixin for ``Input``/``TextArea`` and the answer widgets: run own bindings on the
    spot, so that Enter takes effect before the keys typed after it."""

    async def _on_key(self, event: events.Key) -> None:
        widget: Any = self
        for binding in widget._bindings.key_to_bindings.get(event.key, []):
            if binding.priority:
                continue  # the app already ran priority bindings before we saw the key
            event.stop()
            event.prevent_default()  # the widget's own handler must not see it too
            await widget.run_action(binding.action)
            return


class OrderedInput(InlineBindings, Input):
    """An ``Input`` whose editing keys keep their order with typed characters."""


class OrderedTextArea(InlineBindings, TextArea):
    """A ``TextArea`` whose editing keys keep their order with typed characters."""
