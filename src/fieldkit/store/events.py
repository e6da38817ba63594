"""The append-only, hash-chained event log inside the encrypted database.

Each entry's hash covers its sequence number, time, kind, subject, payload and
the previous entry's hash, so removing, reordering or altering any entry breaks
the chain from that point on.  The head (last sequence number and hash) is also
kept in ``meta`` and updated in the same transaction, which catches a log cut
short at the end.  Payloads name interviews and questions, never answer values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldkit.canonical import canonical_json, sha256_hex
from fieldkit.errors import EventLogError
from fieldkit.store.db import Database

__all__ = [
    "GENESIS",
    "Event",
    "EventLog",
    "append_event",
    "event_head",
    "read_events",
    "verify_chain",
]

GENESIS = "0" * 64


@dataclass(frozen=True, kw_only=True)
class Event:
    seq: int
    at: str
    kind: str
    subject: str | None
    payload: dict[str, Any]
    prev_hash: str
    hash: str


def _entry_hash(
    seq: int, at: str, kind: str, subject: str | None, payload: dict[str, Any], prev_hash: str
) -> str:
    return sha256_hex(
        canonical_json(
            {
                "seq": seq,
                "at": at,
                "kind": kind,
                "subject": subject,
                "payload": payload,
                "prev": prev_hash,
            }
        )
    )


def event_head(db: Database) -> tuple[int, str]:
    """``(seq, hash)`` of the last entry, ``(0, GENESIS)`` for an empty log."""
    row = db.one("SELECT value FROM meta WHERE key = 'event_head'")
    if row is None:
        return 0, GENESIS
    seq, digest = str(row[0]).split(":", 1)
    return int(seq), digest


def append_event(
    db: Database,
    kind: str,
    at: str,
    subject: str | None = None,
    payload: dict[str, Any] | None = None,
) -> Event:
    """Add one entry; call inside the transaction that makes the change it records."""
    body = payload or {}
    with db.atomic():
        seq, prev = event_head(db)
        seq += 1
        digest = _entry_hash(seq, at, kind, subject, body, prev)
        db.execute(
            "INSERT INTO events (seq, at, kind, subject, payload, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, at, kind, subject, canonical_json(body).decode(), prev, digest),
        )
        db.execute(
            "INSERT INTO meta (key, value) VALUES ('event_head', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (f"{seq}:{digest}",),
        )
    return Event(
        seq=seq, at=at, kind=kind, subject=subject, payload=body, prev_hash=prev, hash=digest
    )


def read_events(db: Database, kind: str | None = None) -> list[Event]:
    sql = "SELECT seq, at, kind, subject, payload, prev_hash, hash FROM events"
    rows = (
        db.query(sql + " WHERE kind = ? ORDER BY seq", (kind,))
        if kind
        else db.query(sql + " ORDER BY seq")
    )
    return [
        Event(
            seq=r[0],
            at=r[1],
            kind=r[2],
            subject=r[3],
            payload=json.loads(r[4]),
            prev_hash=r[5],
            hash=r[6],
        )
        for r in rows
    ]


def verify_chain(db: Database) -> int:
    """Check every link; returns the number of entries or raises ``EventLogError``."""
    prev, expected_seq = GENESIS, 1
    for event in read_events(db):
        where = f"event log entry {event.seq}"
        if event.seq != expected_seq:
            raise EventLogError(f"entry {expected_seq} is missing", where="event log")
        if event.prev_hash != prev:
            raise EventLogError("does not follow the entry before it", where=where)
        recomputed = _entry_hash(
            event.seq, event.at, event.kind, event.subject, event.payload, event.prev_hash
        )
        if recomputed != event.hash:
            raise EventLogError("has been altered", where=where)
        prev, expected_seq = event.hash, expected_seq + 1
    head_seq, head_hash = event_head(db)
    if (head_seq, head_hash) != (expected_seq - 1, prev):
        raise EventLogError(
            f"the log ends at entry {expected_seq - 1} but its head says {head_seq}",
            where="event log",
        )
    return expected_seq - 1


class EventLog:
    """``store.events``: reading and checking the log (entries are appended only by the
    store's own methods, each inside the transaction of the change it records)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def read(self, kind: str | None = None) -> list[Event]:
        """Every entry (of ``kind``), oldest first."""
        return read_events(self._db, kind)

    def head(self) -> tuple[int, str]:
        """``(seq, hash)`` of the last entry: what a bundle's manifest pins."""
        return event_head(self._db)

    def verify(self) -> int:
        """Check every link; the number of entries, or ``EventLogError``."""
        return verify_chain(self._db)
