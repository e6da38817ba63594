"""What the fieldkit process itself must not leak: core dumps and Textual's environment hooks.

A core dump of a running fieldkit holds what its memory holds: decrypted answers, the data
key, the passphrase.  ``RLIMIT_CORE = 0`` stops the kernel from writing one into the working
directory; ``PR_SET_DUMPABLE = 0`` (Linux) also stops a ``core_pattern`` pipe helper such as
systemd-coredump or apport, which the limit does not bind, and stops other processes of the
same user from attaching a debugger or reading ``/proc/PID/mem``.

Textual reads environment variables once, when it is imported: ``TEXTUAL_SCREENSHOT`` makes
the app write an SVG of the screen (plain text of whatever is shown) and quit,
``TEXTUAL_PRESS`` types keys, ``TEXTUAL_DRIVER`` imports another driver, ``TEXTUAL=devtools``
sends every frame to a devtools server, ``TEXTUAL_LOG`` writes a log file,
``TEXTUAL_ALLOW_SIGNALS`` lets Ctrl+\\ send SIGQUIT.  ``scrub_textual_environment`` removes
every ``TEXTUAL*`` variable but a few that only change how the screen looks; the command line
calls it before anything imports Textual.

Both run first thing in ``fieldkit.cli.main``, so every command and the app get them;
``tests/tui/test_side_doors.py`` checks them on the running app.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping

__all__ = ["DISPLAY_ONLY", "disable_core_dumps", "harden_process", "scrub_textual_environment"]

PR_SET_DUMPABLE = 4
"""From ``<linux/prctl.h>``."""

DISPLAY_ONLY = frozenset(
    {
        "TEXTUAL_ANIMATIONS",
        "TEXTUAL_COLOR_SYSTEM",
        "TEXTUAL_DIM_FACTOR",
        "TEXTUAL_DISABLE_KITTY_KEY",
        "TEXTUAL_FPS",
        "TEXTUAL_SMOOTH_SCROLL",
        "TEXTUAL_SPEEDUPS",
        "TEXTUAL_THEME",
    }
)
"""Textual variables kept: they change how the screen is drawn, nothing else."""


def scrub_textual_environment(environ: MutableMapping[str, str] | None = None) -> list[str]:
    """Remove Textual's hooks from ``environ`` (default: this process); returns their names."""
    env = os.environ if environ is None else environ
    removed = sorted(
        name for name in env if name.upper().startswith("TEXTUAL") and name not in DISPLAY_ONLY
    )
    for name in removed:
        del env[name]
    return removed


def disable_core_dumps() -> None:
    """No core file, no core pipe, no debugger attach by the same user (where the OS allows)."""
    try:
        import resource
    except ImportError:  # Windows: no core files to stop
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        _not_dumpable()


def _not_dumpable() -> None:
    import ctypes  # deferred: only this call needs it

    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_DUMPABLE, 0) failed")


def harden_process() -> None:
    """Both of the above for this process; a failure is reported, never fatal."""
    scrub_textual_environment()
    try:
        disable_core_dumps()
    except OSError as error:
        print(f"warning: core dumps could not be switched off ({error})", file=sys.stderr)
