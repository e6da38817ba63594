"""Where fieldkit keeps things on disk: one place decides, and env vars override.

The default interviewer workspace lives in the user data directory (through
platformdirs, so it is right on Linux, macOS and Windows).  ``--workspace DIR``
on the command line wins over ``FIELDKIT_HOME``, which wins over the default.
Tests always set ``FIELDKIT_HOME`` so they never touch a real workspace.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

__all__ = [
    "default_coordinator_dir",
    "default_workspace_dir",
    "resolve_workspace",
    "user_language",
]

APP_NAME = "fieldkit"


def default_workspace_dir() -> Path:
    """The interviewer workspace used when nothing else is said."""
    home = os.environ.get("FIELDKIT_HOME")
    if home:
        return Path(home).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"


def default_coordinator_dir() -> Path:
    """The coordinator workspace used when nothing else is said."""
    home = os.environ.get("FIELDKIT_COORDINATOR_HOME")
    if home:
        return Path(home).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "coordinator"


def resolve_workspace(explicit: str | os.PathLike[str] | None) -> Path:
    """``explicit`` (from ``--workspace``) if given, else the default."""
    if explicit is not None:
        return Path(explicit).expanduser()
    return default_workspace_dir()


def user_language(environ: Mapping[str, str] | None = None) -> str:
    """``ko`` when asked for (``FIELDKIT_LANG=ko``) or when the locale is Korean, else ``en``:
    the language of the app's first screen and of the command line's passphrase advice."""
    env = os.environ if environ is None else environ
    wanted = env.get("FIELDKIT_LANG") or env.get("LC_ALL") or env.get("LANG") or ""
    return "ko" if wanted.lower().startswith("ko") else "en"
