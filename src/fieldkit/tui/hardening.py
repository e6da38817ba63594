"""What keeps the app from leaking answers through the process around it.

Kept apart from ``app.py`` so each rule can be read (and tested) on its own:
crash reports without messages or locals, no log file, devtools or screenshots, a
clipboard that stays inside the app, and the interpreter's thread switching tuned for
a responsive screen.  ``HardenedApp`` is the part of ``FieldkitApp`` that overrides
Textual for these reasons.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any

import textual.constants
from rich.text import Text
from textual.app import App
from textual.widgets import Input

__all__ = ["UI_SWITCH_INTERVAL", "HardenedApp", "safe_crash_text", "tune_interpreter"]

UI_SWITCH_INTERVAL = 0.001


def safe_crash_text(error: BaseException) -> str:
    """Type and place of an unexpected error, never its message (it may quote an answer)."""
    frames = traceback.extract_tb(error.__traceback__)
    place = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return (
        f"fieldkit stopped: internal error {type(error).__name__}{place}. "
        "Answers already acknowledged are saved. Please report this "
        "(the message is withheld in case it quotes an answer)."
    )


def tune_interpreter() -> None:
    """Let the event loop take the GIL back sooner from the store and redaction threads.

    CPython hands the GIL between threads every 5 ms by default, so a worker thread
    that parses, checks or redacts can hold a key press back that long each time.
    At 1 ms the screen stays smooth (bench/app.py measures both).
    """
    sys.setswitchinterval(UI_SWITCH_INTERVAL)


class HardenedApp(App[None]):
    """Textual's ways out of the process, closed: logs, devtools, screenshots, the
    terminal's clipboard and crash reports with locals."""

    def _switch_off_disk_output(self) -> None:
        """No log file, no devtools, no screenshot or scripted keys, whatever the environment
        says (``fieldkit.process`` also removes those variables before Textual is imported)."""
        textual.constants.LOG_FILE = None  # type: ignore[misc]
        textual.constants.SCREENSHOT_DELAY = -1  # type: ignore[misc]
        textual.constants.PRESS = ""  # type: ignore[misc]
        textual.constants.SHOW_RETURN = False  # type: ignore[misc]
        self.features = frozenset(f for f in self.features if f not in ("devtools", "debug"))
        self.devtools = None
        self._devtools_redirector = None

    def copy_to_clipboard(self, text: str) -> None:
        """Copy inside the app only.  Textual would also send the text to the terminal's
        clipboard (OSC 52), where every other program, a clipboard history or a synced phone
        could read it; and nothing is copied out of a passphrase field at all."""
        focused = self.focused
        if isinstance(focused, Input) and focused.password:
            return
        self._clipboard = text

    def clear_clipboard(self) -> None:
        """On lock, wipe and exit: a copied answer must not outlive the unlocked session."""
        self._clipboard = ""

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Disabled: a screenshot is a plain-text copy of whatever is on screen."""

    def save_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str:
        """Disabled, whoever asks (the environment, a key, a plugin): nothing is written."""
        return ""

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Disabled for the same reason (a web driver would send the file to a browser)."""
        return None

    def _handle_exception(self, error: Exception) -> None:
        """An unhandled exception: exit, reporting type and place but no locals or message."""
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._exit_renderables.append(Text(safe_crash_text(error)))
        self._close_messages_no_wait()

    def panic(self, *renderables: Any) -> None:
        """Textual's last-resort report (e.g. the input thread died): keep it content-free."""
        self._exit_renderables.append(
            Text("fieldkit stopped: internal error in the terminal driver.")
        )
        self._close_messages_no_wait()
