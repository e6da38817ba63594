"""Locking and destroying a workspace: the interviewer's ways to hide it fast.

Locking closes the workspace (the data key leaves memory with the connection);
unlocking is ``unlock_workspace`` again, so the policy's wipe after repeated
wrong passphrases applies to the lock screen exactly as to the first unlock.

``panic_wipe`` crypto-shreds: it overwrites the key file (the only copy of the
data keys, wrapped) in place and syncs it *before* anything else, then
overwrites and removes every database file without checkpointing, then the
key file and the folder: nothing fieldkit wrote is left.  Its limits (copies
made elsewhere, SSD wear-levelling, copy-on-write file systems, a key already in
someone's memory) are in docs/threat-model.md.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.errors import WorkspaceError
from fieldkit.session.workspace import Workspace
from fieldkit.store import Store, workspace_present

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
    """Whether ``directory`` holds a workspace's key file (or a version-1 header): no
    passphrase needed, and a workspace wiped by its policy still holds one."""
    return workspace_present(directory)


def idle_lock_seconds(workspace: Workspace) -> float | None:
    """Seconds of inactivity before the app locks, from the workspace's policy."""
    minutes = workspace.store.policy.lock_after_minutes
    return minutes * 60.0 if minutes > 0 else None


def panic_wipe(directory: Path, workspace: Workspace | None = None, *, typed: str) -> None:
    """Crypto-shred ``directory``, then close ``workspace`` (if open).

    The key material goes first: closing an open database would checkpoint its WAL
    (up to ~40 MB, most of a second) before the key could be touched.  ``typed``
    must be ``PANIC_PHRASE``: the confirmation travels with the call so that no
    caller can wipe by accident.
    """
    if typed.strip() != PANIC_PHRASE:
        raise WorkspaceError(
            "the confirmation phrase does not match; nothing was wiped",
            hint=f"type {PANIC_PHRASE} in capital letters",
        )
    try:
        Store.wipe(directory)
    finally:
        if workspace is not None:
            workspace.close()  # its files are gone: nothing left to checkpoint into
