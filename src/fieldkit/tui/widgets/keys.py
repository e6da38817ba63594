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

from typing import Any

from textual import events
from textual.widgets import Input, TextArea

__all__ = ["InlineBindings", "OrderedInput", "OrderedTextArea"]


class InlineBindings:
    """Mixin for ``Input``/``TextArea`` subclasses: run own bindings on the spot."""

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
