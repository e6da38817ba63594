"""Locking and destroying a workspace: the interviewer's ways to hide it fast.

Locking closes the workspace (the data key leaves memory with the connection);
unlocking is ``unlock_workspace`` again, so the policy's wipe after repeated
wrong passphrases applies to the lock screen exactly as to the first unlock.

``panic_wipe`` crypto-shreds: it overwrites the header holding the only copy of
the wrapped data key and deletes the database files.  Its limits (copies made
elsewhere, flash wear-levelling, a key already in someone's memory) are in
docs/threat-model.md.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.errors import WorkspaceError
from fieldkit.session.workspace import Workspace
from fieldkit.store import Store
from fieldkit.store.header import HEADER_NAME

__all__ = [
    "PANIC_PHRASE",
    "idle_lock_seconds",
    "panic_wipe",
    "workspace_exists",
]

PANIC_PHRASE = "DESTROY"
"""What must be typed to confirm a panic wipe: ASCII, so it types the same with a
Korean keyboard layout active (switch to English input first)."""


def workspace_exists(directory: Path) -> bool:
    """Whether ``directory`` holds a workspace header (no passphrase needed)."""
    return (directory / HEADER_NAME).is_file()


def idle_lock_seconds(workspace: Workspace) -> float | None:
    """Seconds of inactivity before the app locks, from the workspace's policy."""
    minutes = workspace.store.policy.lock_after_minutes
    return minutes * 60.0 if minutes > 0 else None


def panic_wipe(directory: Path, workspace: Workspace | None = None, *, typed: str) -> None:
    """Close ``workspace`` (if open) and crypto-shred ``directory``.

    ``typed`` must be ``PANIC_PHRASE``: the confirmation travels with the call so
    that no caller can wipe by accident.
    """
    if typed.strip() != PANIC_PHRASE:
        raise WorkspaceError(
            "the confirmation phrase does not match; nothing was wiped",
            hint=f"type {PANIC_PHRASE} in capital letters",
        )
    if workspace is not None:
        workspace.close()
    Store.wipe(directory)
