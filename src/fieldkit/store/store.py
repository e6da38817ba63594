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
``instances``       repeat instances and the answers inside them
``drafts``          text typed but not yet submitted (no history, no event)
``events``          the hash-chained event log: read, head, verify
``project``         the project created (coordinator) or joined (device)
``exports``         bundles this device wrote
``devices``         devices a coordinator enrolled
``merged``          bundles and records a coordinator merged
``reviews``         an auditor's review decisions
==================  ==========================================================
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from fieldkit.crypto import new_secret, same_secret
from fieldkit.errors import PassphraseError, WrongPassphraseError
from fieldkit.store.db import Database
from fieldkit.store.devices import Devices
from fieldkit.store.drafts import Drafts
from fieldkit.store.events import EventLog, append_event
from fieldkit.store.exports import Exports
from fieldkit.store.files import create_database, create_files, open_files
from fieldkit.store.instances import Instances
from fieldkit.store.interviews import Interviews
from fieldkit.store.keyfile import derive_kek
from fieldkit.store.keyslot import SlotPayload
from fieldkit.store.merged import Merged
from fieldkit.store.policy import Policy
from fieldkit.store.project import Project
from fieldkit.store.questionnaires import Questionnaires
from fieldkit.store.reviews import Reviews
from fieldkit.store.role import new_id
from fieldkit.store.settings import REDACTION_KEY, Keys, Settings, put_key
from fieldkit.store.shred import new_database_name, panic_wipe_files, remove_named
from fieldkit.store.vault import KeyNotice, Vault

__all__ = ["Clock", "DuressState", "Store"]

Clock = Callable[[], datetime]
Kind = Literal["interviewer", "coordinator"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _initialiser(kind: Kind, clock: Clock) -> Callable[[Database, str], None]:
    """What every new database holds before anything else: its identity, its kind, its
    creation time, the redaction secret and the first event."""
    now = clock().astimezone(UTC).isoformat(timespec="seconds")

    def init(db: Database, workspace_id: str) -> None:
        settings = Settings(db)
        for key, value in (("workspace_id", workspace_id), ("kind", kind), ("created_at", now)):
            settings.set(key, value)
        put_key(db, REDACTION_KEY, new_secret(32))
        append_event(db, "workspace_created", now, payload={"kind": kind})

    return init


@dataclass(frozen=True, kw_only=True)
class DuressState:
    """Whether a duress passphrase is set, and what opening it does."""

    destroys: bool
    """Opening the decoy also destroys this workspace's key material."""


class Store:
    """An unlocked workspace.  Create with ``Store.create`` or ``Store.open``."""

    def __init__(
        self,
        directory: Path,
        db: Database,
        vault: Vault,
        clock: Clock | None = None,
        notices: list[KeyNotice] | None = None,
    ) -> None:
        self.directory = directory
        self._db = db
        self._vault = vault
        self._clock = clock or _utc_now
        self.closed = False
        self.notices: list[KeyNotice] = notices or []
        """What the unlock found that the person should be told (an edited policy, ...)."""
        self.settings = Settings(db)
        self.keys = Keys(db)
        self.events = EventLog(db)
        self.questionnaires = Questionnaires(db, self.now)
        self.interviews = Interviews(db, self.now)
        self.instances = Instances(db, self.now)
        self.drafts = Drafts(db, self.now)
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
        kind: Kind = "interviewer",
        clock: Clock | None = None,
    ) -> Store:
        """A new workspace in ``directory`` (which must be new or empty)."""
        init = _initialiser(kind, clock or _utc_now)
        db, vault = create_files(directory, passphrase, kind, init)
        return cls(directory, db, vault, clock)

    @classmethod
    def open(cls, directory: Path, passphrase: str, *, clock: Clock | None = None) -> Store:
        """Unlock an existing workspace (or, with a duress passphrase, its decoy)."""
        db, vault, notices = open_files(directory, passphrase)
        return cls(directory, db, vault, clock, notices)

    def close(self) -> None:
        if not self.closed:
            self._db.close()
            self._vault.close()
            self.closed = True

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def wipe(directory: Path) -> None:
        """Panic wipe of the workspace at ``directory`` (no passphrase needed): the key
        file is overwritten first, then every file fieldkit wrote is overwritten and
        removed, then the folder.  An open store is closed *after* (see ``shred``)."""
        panic_wipe_files(directory)

    def wait_background(self) -> None:
        """Until a decoy's background destruction (if any) has finished (for tests)."""
        self._vault.wait()

    def now(self) -> str:
        return self._clock().astimezone(UTC).isoformat(timespec="seconds")

    @property
    def kind(self) -> str:
        return self._vault.payload.kind

    @property
    def workspace_id(self) -> str:
        return self._vault.payload.workspace_id

    @property
    def database_path(self) -> Path:
        return self._vault.database

    # --- keys and policy (the key file beside the database) ---------------------

    @property
    def policy(self) -> Policy:
        return self._vault.payload.policy

    def set_policy(self, policy: Policy) -> None:
        """The lock policy, inside the key file's authenticated slot and its lock block."""
        self._vault.set_policy(policy)
        self._log("policy_changed", payload=policy.model_dump())

    def change_passphrase(self, new_passphrase: str, *, rotate: bool = True) -> None:
        """A new passphrase; by default the database is also re-encrypted under a new
        data key, so that no earlier copy of the key file opens today's data."""
        kek = derive_kek(new_passphrase, self._vault.keyfile.salt())
        decoy = self._vault.payload.decoy
        if decoy is not None and same_secret(kek, decoy.kek):
            raise PassphraseError(
                "that is the duress passphrase; choose another one", hint="nothing was changed"
            )
        if rotate:
            self._rotate(kek)
        else:
            self._vault.update(self._vault.payload, kek=kek)
        self._log("passphrase_changed", payload={"data_key_rotated": rotate})

    def rotate_data_key(self, passphrase: str) -> None:
        """Re-encrypt the whole database under a fresh random key (passphrase unchanged)."""
        if not self._vault.is_passphrase(passphrase):
            raise WrongPassphraseError("wrong passphrase; nothing was changed")
        self._rotate(self._vault.kek)
        self._log("data_key_rotated")

    def _rotate(self, kek: bytes) -> None:
        """Successor key in the slot first (crash-safe), then re-encrypt, then drop the old."""
        new_key = new_secret(32)
        vault = self._vault
        vault.update(vault.payload.next_generation(next_key=new_key), kek=kek)
        self._db.rekey(new_key)
        vault.update(vault.payload.next_generation(data_key=new_key, next_key=None))

    # --- duress ---------------------------------------------------------------------

    def duress(self) -> DuressState | None:
        """The duress passphrase's state, or ``None`` when none is set (or it was lost)."""
        found = self._vault.decoy()
        return DuressState(destroys=found[1].destroy_on_unlock) if found else None

    def set_duress(
        self,
        passphrase: str,
        *,
        destroy: bool,
        fill: Callable[[Store], None],
        clock: Clock | None = None,
    ) -> None:
        """A decoy workspace behind ``passphrase``, filled by ``fill``, replacing any
        earlier one.  With ``destroy``, opening it overwrites every other key slot."""
        vault = self._vault
        kek = derive_kek(passphrase, vault.keyfile.salt())
        if same_secret(kek, vault.kek):
            raise PassphraseError(
                "the duress passphrase must differ from the workspace's passphrase",
                hint="nothing was changed",
            )
        payload = SlotPayload(
            role="decoy",
            kind=vault.payload.kind,
            generation=1,
            workspace_id=new_id(),
            db_name=new_database_name(),
            data_key=new_secret(32),
            policy=self.policy,
            destroy_on_unlock=destroy,
        )
        self._fill_decoy(payload, kek, fill, clock or self._clock)
        vault.install_decoy(kek, payload)
        self._log("duress_set", payload={"destroy": destroy})

    def _fill_decoy(
        self, payload: SlotPayload, kek: bytes, fill: Callable[[Store], None], clock: Clock
    ) -> None:
        created = clock().astimezone(UTC).isoformat(timespec="seconds")
        init = _initialiser(payload.kind, clock)
        path = self.directory / payload.db_name
        db = create_database(
            path, payload.data_key, lambda d: init(d, payload.workspace_id), now=created
        )
        vault = Vault(self._vault.keyfile, kek, self._vault.other_pair, payload, owner=False)
        decoy = Store(self.directory, db, vault, clock)
        try:
            fill(decoy)
        except BaseException:
            decoy.close()
            remove_named(self.directory, payload.db_name)
            raise
        decoy.close()
        last = clock().timestamp()
        os.utime(path, (last, last))  # its file time too (the birth time cannot be set)

    def remove_duress(self) -> None:
        """Forget the duress passphrase: its slots overwritten, its database removed."""
        self._vault.remove_decoy()
        self._log("duress_removed")

    def integrity_problems(self) -> list[str]:
        """What SQLite's and SQLCipher's integrity checks find (empty when healthy)."""
        return self._db.integrity_check() + self._db.cipher_integrity_check()

    def _log(self, kind: str, payload: dict[str, Any] | None = None) -> None:
        append_event(self._db, kind, self.now(), None, payload)
