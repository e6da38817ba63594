"""Where fieldkit keeps things on disk: one place decides, and env vars override.

``--workspace DIR`` on the command line wins over ``FIELDKIT_HOME``, which wins
over the default.  Tests always set ``FIELDKIT_HOME`` so they never touch a
real workspace.

The interviewer's default folder has a neutral name in the user data directory
(through platformdirs, so it is right on Linux, macOS and Windows), not
``fieldkit/workspace``: someone browsing the laptop should not read what the
folder is.  The program itself must know where to look, so the name is fixed
here; docs/threat-model.md lists it among what fieldkit cannot hide, and
``--workspace`` (or ``FIELDKIT_HOME``) puts the workspace anywhere else.  A
workspace left at version 1's default place is moved to the new one, once,
by renaming its folder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

__all__ = [
    "DEFAULT_FOLDER",
    "default_coordinator_dir",
    "default_workspace_dir",
    "resolve_workspace",
    "user_language",
]

APP_NAME = "fieldkit"
DEFAULT_FOLDER = "notebook"
"""The interviewer workspace's default folder, inside the user data directory."""


def _data_root() -> Path:
    return Path(platformdirs.user_data_dir(appauthor=False))


def default_workspace_dir() -> Path:
    """The interviewer workspace used when nothing else is said."""
    home = os.environ.get("FIELDKIT_HOME")
    if home:
        return Path(home).expanduser()
    neutral = _data_root() / DEFAULT_FOLDER
    legacy = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "workspace"
    if legacy.is_dir() and not neutral.exists():
        legacy.rename(neutral)  # same file system: one directory entry, no data copied
        with contextlib.suppress(OSError):
            legacy.parent.rmdir()  # only if nothing else (a coordinator workspace) is there
    return neutral


def default_coordinator_dir() -> Path:
    """The coordinator workspace used when nothing else is said (an office machine:
    its folder keeps the program's name)."""
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
