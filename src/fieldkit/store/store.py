"""``Store``: everything fieldkit keeps in one unlocked, encrypted workspace.

The service layer talks to this class only.  Each public method that changes
something does it in one transaction together with its event-log entry, so an
answer is stored with its history and its audit trail or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from fieldkit.canonical import canonical_json
from fieldkit.crypto import KdfParams, new_secret
from fieldkit.errors import WorkspaceError
from fieldkit.store import events as ev
from fieldkit.store import records
from fieldkit.store.db import Database
from fieldkit.store.header import Header, Policy
from fieldkit.store.workspace import (
    _new_id,
    create_files,
    open_files,
    rewrap,
    rotate_key_files,
    shred,
    update_policy,
)

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
        self.db = db
        self._header = header
        self._data_key = data_key
        self._clock = clock or _utc_now
        self.closed = False

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
            for key, value in (("workspace_id", workspace_id), ("kind", kind), ("created_at", now)):
                db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
            db.execute(
                "INSERT INTO secrets (name, value) VALUES ('redaction_key', ?)", (new_secret(32),)
            )
            ev.append_event(db, "workspace_created", now, payload={"kind": kind})

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
            self.db.close()
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

    @property
    def policy(self) -> Policy:
        return self._header.policy

    def set_policy(self, policy: Policy) -> None:
        self._header = update_policy(self.directory, self._header, policy)
        self.log("policy_changed", payload=policy.model_dump())

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the data key under a new passphrase (and a fresh salt)."""
        self._header = rewrap(self.directory, self._header, new_passphrase, self._data_key)
        self.log("passphrase_changed")

    def rotate_data_key(self, passphrase: str) -> None:
        """Re-encrypt the whole database under a fresh random key."""
        self._header, self._data_key = rotate_key_files(
            self.directory, self.db, self._header, passphrase, self._data_key
        )
        self.log("data_key_rotated")

    def integrity_problems(self) -> list[str]:
        return self.db.integrity_check() + self.db.cipher_integrity_check()

    # --- meta, secrets, questionnaires ------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.one("SELECT value FROM meta WHERE key = ?", (key,))
        return str(row[0]) if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def secret(self, name: str) -> bytes:
        row = self.db.one("SELECT value FROM secrets WHERE name = ?", (name,))
        if row is None:
            raise WorkspaceError(f"the workspace has no secret named '{name}'")
        return bytes(row[0])

    def set_secret(self, name: str, value: bytes) -> None:
        self.db.execute(
            "INSERT INTO secrets (name, value) VALUES (?, ?) "
            "ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def put_questionnaire(
        self, qhash: str, questionnaire_id: str, version: str, body: dict[str, Any]
    ) -> None:
        with self.db.atomic():
            if self.db.one("SELECT 1 FROM questionnaires WHERE hash = ?", (qhash,)):
                return
            self.db.execute(
                "INSERT INTO questionnaires (hash, questionnaire_id, version, body, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (qhash, questionnaire_id, version, canonical_json(body).decode(), self.now()),
            )
            self.log("questionnaire_added", payload={"hash": qhash, "id": questionnaire_id})

    def questionnaire_body(self, qhash: str) -> dict[str, Any]:
        row = self.db.one("SELECT body FROM questionnaires WHERE hash = ?", (qhash,))
        if row is None:
            raise WorkspaceError(f"questionnaire {qhash[:12]} is not in this workspace")
        body: dict[str, Any] = json.loads(row[0])
        return body

    # --- interviews and answers -----------------------------------------------

    def new_interview(self, questionnaire_hash: str, ref: str | None = None) -> str:
        interview_id = _new_id()
        with self.db.atomic():
            at = self.now()
            records.insert_interview(self.db, interview_id, questionnaire_hash, at, ref)
            self.log("interview_created", interview_id, {"questionnaire": questionnaire_hash})
        return interview_id

    def interviews(self) -> list[records.InterviewRow]:
        return records.list_interviews(self.db)

    def interview(self, interview_id: str) -> records.InterviewRow:
        row = records.get_interview(self.db, interview_id)
        if row is None:
            raise WorkspaceError(
                f"no interview '{interview_id}' in this workspace",
                hint="'fieldkit interview list' shows the ids",
            )
        return row

    def record_answer(self, interview_id: str, question_id: str, value: Any) -> records.Revision:
        """Store one answer revision and its event; durable when this returns."""
        with self.db.atomic():
            revision = records.add_answer(self.db, interview_id, question_id, value, self.now())
            self.log(
                "answered", interview_id, {"question": question_id, "revision": revision.revision}
            )
        return revision

    def answers(self, interview_id: str) -> dict[str, Any]:
        return records.current_answers(self.db, interview_id)

    def history(self, interview_id: str, question_id: str) -> list[records.Revision]:
        return records.answer_history(self.db, interview_id, question_id)

    def set_status(self, interview_id: str, status: str) -> None:
        with self.db.atomic():
            records.set_status(self.db, interview_id, status, self.now())
            self.log("status_changed", interview_id, {"status": status})

    def add_decision(self, interview_id: str, kind: str, term: str, label: str) -> None:
        """Record a redaction decision; the event names its kind, never the term."""
        with self.db.atomic():
            records.add_decision(self.db, interview_id, kind, term, label, self.now())
            self.log("redaction_decision", interview_id, {"kind": kind, "label": label})

    def decisions(self, interview_id: str) -> list[records.Decision]:
        return records.decisions(self.db, interview_id)

    # --- event log ----------------------------------------------------------------

    def log(
        self, kind: str, subject: str | None = None, payload: dict[str, Any] | None = None
    ) -> ev.Event:
        return ev.append_event(self.db, kind, self.now(), subject, payload)

    def events(self, kind: str | None = None) -> list[ev.Event]:
        return ev.read_events(self.db, kind)

    def event_head(self) -> tuple[int, str]:
        return ev.event_head(self.db)

    def verify_events(self) -> int:
        return ev.verify_chain(self.db)
