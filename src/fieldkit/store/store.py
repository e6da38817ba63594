"""``Store``: everything fieldkit keeps in one unlocked, encrypted workspace.

The service layer talks to this class only, and never to a connection: the
store's life cycle and keys are methods here, and each room of the workspace is
a role object with intent-level methods (``store.interviews.record_answer``,
``store.exports.record``, ``store.merged.apply_bundle``, ``store.reviews.add``,
...).  Each method that changes something does it in one transaction together
with its event-log entry, so an answer is stored with its history and its audit
trail or not at all.

==================  ==========================================================
``settings``        non-secret values (interface preferences)
``keys``            the workspace's secrets, read by name
``questionnaires``  stored questionnaires and the active one
``interviews``      interviews, answer revisions, redaction decisions, imports
``events``          the hash-chained event log: read, head, verify
``project``         the project created (coordinator) or joined (device)
``exports``         bundles this device wrote
``devices``         devices a coordinator enrolled
``merged``          bundles and records a coordinator merged
``reviews``         an auditor's review decisions
==================  ==========================================================
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from fieldkit.crypto import KdfParams, new_secret
from fieldkit.store.db import Database
from fieldkit.store.devices import Devices
from fieldkit.store.events import EventLog, append_event
from fieldkit.store.exports import Exports
from fieldkit.store.files import (
    create_files,
    open_files,
    rewrap,
    rotate_key_files,
    shred,
    update_policy,
)
from fieldkit.store.header import Header, Policy
from fieldkit.store.interviews import Interviews
from fieldkit.store.merged import Merged
from fieldkit.store.project import Project
from fieldkit.store.questionnaires import Questionnaires
from fieldkit.store.reviews import Reviews
from fieldkit.store.settings import REDACTION_KEY, Keys, Settings, put_key

__all__ = ["Clock", "Store"]

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store:
    """An unlocked workspace.  Create with ``Store.create`` or ``Store.open``."""

    def __init__(
        self,
        directory: Path,
        db: Database,
        header: Header,
        data_key: bytes,
        clock: Clock | None = None,
    ) -> None:
        self.directory = directory
        self._db = db
        self._header = header
        self._data_key = data_key
        self._clock = clock or _utc_now
        self.closed = False
        self.settings = Settings(db)
        self.keys = Keys(db)
        self.events = EventLog(db)
        self.questionnaires = Questionnaires(db, self.now)
        self.interviews = Interviews(db, self.now)
        self.project = Project(
            db, self.now, questionnaires=self.questionnaires, set_policy=self.set_policy
        )
        self.exports = Exports(db, self.now)
        self.devices = Devices(db, self.now)
        self.merged = Merged(db, self.now)
        self.reviews = Reviews(db, self.now)

    # --- life cycle -------------------------------------------------------------

    @classmethod
    def create(
        cls,
        directory: Path,
        passphrase: str,
        *,
        kind: Literal["interviewer", "coordinator"] = "interviewer",
        kdf: KdfParams | None = None,
        clock: Clock | None = None,
    ) -> Store:
        """A new workspace at ``directory`` (which must not hold one)."""
        now = (clock or _utc_now)().isoformat(timespec="seconds")

        def init(db: Database, workspace_id: str) -> None:
            settings = Settings(db)
            for key, value in (("workspace_id", workspace_id), ("kind", kind), ("created_at", now)):
                settings.set(key, value)
            put_key(db, REDACTION_KEY, new_secret(32))
            append_event(db, "workspace_created", now, payload={"kind": kind})

        db, header = create_files(directory, passphrase, kind, kdf or KdfParams(), init)
        data_key = header.data_keys(header.kek(passphrase))[0]
        return cls(directory, db, header, data_key, clock)

    @classmethod
    def open(cls, directory: Path, passphrase: str, *, clock: Clock | None = None) -> Store:
        """Unlock an existing workspace; ``WrongPassphraseError`` changes nothing."""
        db, header, key = open_files(directory, passphrase)
        return cls(directory, db, header, key, clock)

    def close(self) -> None:
        if not self.closed:
            self._db.close()
            self.closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def wipe(directory: Path) -> None:
        """Crypto-shred the workspace at ``directory`` (no passphrase needed)."""
        shred(directory)

    def now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    @property
    def kind(self) -> str:
        return self._header.kind

    @property
    def workspace_id(self) -> str:
        return self._header.workspace_id

    # --- keys and policy (the header beside the database) -----------------------

    @property
    def policy(self) -> Policy:
        return self._header.policy

    def set_policy(self, policy: Policy) -> None:
        self._header = update_policy(self.directory, self._header, policy)
        self._log("policy_changed", payload=policy.model_dump())

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase (and a fresh salt)."""
        self._header = rewrap(self.directory, self._header, new_passphrase, self._data_key)
        self._log("passphrase_changed")

    def rotate_data_key(self, passphrase: str) -> None:
        """Re-encrypt the whole database under a fresh random key."""
        self._header, self._data_key = rotate_key_files(
            self.directory, self._db, self._header, passphrase, self._data_key
        )
        self._log("data_key_rotated")

    def integrity_problems(self) -> list[str]:
        """What SQLite's and SQLCipher's integrity checks find (empty when healthy)."""
        return self._db.integrity_check() + self._db.cipher_integrity_check()

    def _log(self, kind: str, payload: dict[str, Any] | None = None) -> None:
        append_event(self._db, kind, self.now(), None, payload)
