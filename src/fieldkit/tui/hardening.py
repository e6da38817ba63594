"""What keeps the app from leaking answers through the process around it.

Kept apart from ``app.py`` so each rule can be read (and tested) on its own:
crash reports without messages or locals, and the interpreter's thread
switching tuned for a responsive screen.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

__all__ = ["UI_SWITCH_INTERVAL", "safe_crash_text", "tune_interpreter"]

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
