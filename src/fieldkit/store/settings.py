"""``store.settings`` and ``store.keys``: small values kept inside the encrypted database.

Settings are short, non-secret values in the ``meta`` table (the interface
language, the auditor's sample salt).  Keys are the workspace's secrets in the
``secrets`` table: the redaction key, the device's or coordinator's signing key,
the coordinator's age identity.  Neither ever lands in a file beside the
database.  Keys are written only by the store's own intent-level methods
(creating a workspace, creating or joining a project).
"""

from __future__ import annotations

from fieldkit.errors import WorkspaceError
from fieldkit.store.db import Database

__all__ = [
    "AGE_IDENTITY",
    "COORDINATOR_SIGNING_KEY",
    "DEVICE_SIGNING_KEY",
    "REDACTION_KEY",
    "Keys",
    "Settings",
    "put_key",
]

REDACTION_KEY = "redaction_key"
DEVICE_SIGNING_KEY = "device_signing_key"
COORDINATOR_SIGNING_KEY = "coordinator_signing_key"
AGE_IDENTITY = "age_identity"


class Settings:
    """Non-secret key/value settings."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        row = self._db.one("SELECT value FROM meta WHERE key = ?", (key,))
        return str(row[0]) if row else None

    def set(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


class Keys:
    """The workspace's secrets, read by name (written by the store's own intents)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, name: str) -> bytes:
        row = self._db.one("SELECT value FROM secrets WHERE name = ?", (name,))
        if row is None:
            raise WorkspaceError(f"the workspace has no secret named '{name}'")
        return bytes(row[0])

    def redaction_key(self) -> bytes:
        """The HMAC key that numbers redacted entities (never leaves the device)."""
        return self.get(REDACTION_KEY)

    def device_signing_key(self) -> bytes:
        """The interviewer device's Ed25519 private key (made when it joined a project)."""
        return self.get(DEVICE_SIGNING_KEY)

    def coordinator_signing_key(self) -> bytes:
        """The coordinator's Ed25519 private key, which signs the project file."""
        return self.get(COORDINATOR_SIGNING_KEY)

    def age_identity(self) -> str:
        """The coordinator's age identity: bundles are encrypted to its recipient."""
        return self.get(AGE_IDENTITY).decode()


def put_key(db: Database, name: str, value: bytes) -> None:
    """Store a secret; only inside the transaction of a store intent (not exported)."""
    db.execute(
        "INSERT INTO secrets (name, value) VALUES (?, ?) "
        "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
        (name, value),
    )
