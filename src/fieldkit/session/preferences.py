"""Small interface preferences kept inside the encrypted workspace.

Only a fixed set of non-identifying settings (interface language, colour
theme) may be stored, and only inside the encrypted database's ``meta`` table:
nothing the app remembers between runs ever lands in a plain file beside it.
"""

from __future__ import annotations

from typing import Literal

from fieldkit.errors import ConfigError
from fieldkit.session.workspace import Workspace

__all__ = ["LANGUAGES", "Preference", "get_preference", "set_preference"]

Preference = Literal["language", "theme"]
LANGUAGES = ("en", "ko")
_KEYS: dict[str, str] = {"language": "ui.language", "theme": "ui.theme"}
_MAX_LENGTH = 64


def get_preference(workspace: Workspace, name: Preference) -> str | None:
    """The stored preference, or ``None`` when never set."""
    return workspace.store.settings.get(_KEYS[name])


def set_preference(workspace: Workspace, name: Preference, value: str) -> None:
    """Remember a preference; refuses values that could smuggle in anything else."""
    if name not in _KEYS:
        raise ConfigError(f"unknown preference '{name}'")
    if name == "language" and value not in LANGUAGES:
        raise ConfigError(f"language must be one of {', '.join(LANGUAGES)}")
    if not value or len(value) > _MAX_LENGTH or not value.replace("-", "").isalnum():
        raise ConfigError(f"'{name}' must be a short name of letters, digits and '-'")
    if workspace.store.settings.get(_KEYS[name]) != value:
        workspace.store.settings.set(_KEYS[name], value)
