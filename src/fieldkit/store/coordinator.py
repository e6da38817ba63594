"""Persistence of the coordinator's side: enrolled devices, merged bundles, records.

Functions take a ``Database`` and run inside the caller's transaction; the
merge service decides *whether* to write, this module only knows *how*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldkit.store.db import Database

__all__ = [
    "BundleIn",
    "Device",
    "MergedRecord",
    "StoredRecord",
    "add_device",
    "bundle_by_sequence",
    "device",
    "devices",
    "has_bundle",
    "insert_bundle",
    "merged_bodies",
    "pin_key",
    "stored_records",
    "upsert_records",
]


@dataclass(frozen=True)
class Device:
    fingerprint: str
    label: str
    public_key: str | None
    enrolled_at: str
    bundles: int = 0
    last_sequence: int = 0


@dataclass(frozen=True)
class BundleIn:
    bundle_id: str
    device: str
    sequence: int
    manifest_hash: str
    previous_manifest: str | None
    event_seq: int
    event_hash: str
    scope: str
    month: str
    records: int
    changed: int
    merged_at: str


@dataclass(frozen=True)
class StoredRecord:
    """What merge needs to know about a record already stored."""

    device: str
    revision: int
    sequence: int
    record_hash: str


@dataclass(frozen=True)
class MergedRecord:
    record_id: str
    revision: int
    sequence: int
    record_hash: str
    status: str
    body: str


def add_device(db: Database, fingerprint: str, label: str, at: str) -> None:
    db.execute(
        "INSERT INTO devices (fingerprint, label, enrolled_at) VALUES (?, ?, ?)",
        (fingerprint, label, at),
    )


_DEVICE_SQL = (
    "SELECT d.fingerprint, d.label, d.public_key, d.enrolled_at, COUNT(b.bundle_id), "
    "COALESCE(MAX(b.sequence), 0) FROM devices AS d "
    "LEFT JOIN bundles_in AS b ON b.device = d.fingerprint "
)


def device(db: Database, fingerprint: str) -> Device | None:
    row = db.one(_DEVICE_SQL + "WHERE d.fingerprint = ? GROUP BY d.fingerprint", (fingerprint,))
    return Device(*row) if row else None


def devices(db: Database) -> list[Device]:
    return [Device(*r) for r in db.query(_DEVICE_SQL + "GROUP BY d.fingerprint ORDER BY d.label")]


def pin_key(db: Database, fingerprint: str, public_key: str) -> None:
    db.execute(
        "UPDATE devices SET public_key = ? WHERE fingerprint = ? AND public_key IS NULL",
        (public_key, fingerprint),
    )


def has_bundle(db: Database, bundle_id: str) -> bool:
    return db.one("SELECT 1 FROM bundles_in WHERE bundle_id = ?", (bundle_id,)) is not None


def bundle_by_sequence(db: Database, device_fp: str, sequence: int) -> BundleIn | None:
    row = db.one(
        "SELECT bundle_id, device, sequence, manifest_hash, previous_manifest, event_seq, "
        "event_hash, scope, month, records, changed, merged_at FROM bundles_in "
        "WHERE device = ? AND sequence = ?",
        (device_fp, sequence),
    )
    return BundleIn(*row) if row else None


def insert_bundle(db: Database, bundle: BundleIn) -> None:
    db.execute(
        "INSERT INTO bundles_in (bundle_id, device, sequence, manifest_hash, previous_manifest, "
        "event_seq, event_hash, scope, month, records, changed, merged_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            bundle.bundle_id,
            bundle.device,
            bundle.sequence,
            bundle.manifest_hash,
            bundle.previous_manifest,
            bundle.event_seq,
            bundle.event_hash,
            bundle.scope,
            bundle.month,
            bundle.records,
            bundle.changed,
            bundle.merged_at,
        ),
    )


def stored_records(db: Database, record_ids: Iterable[str]) -> dict[str, StoredRecord]:
    """The stored state of each of ``record_ids`` that exists (in chunks: SQLite
    limits the number of bound parameters)."""
    ids = list(record_ids)
    found: dict[str, StoredRecord] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        sql = "SELECT record_id, device, revision, sequence, record_hash FROM merged_records "
        sql += "WHERE record_id IN (" + marks + ")"  # only '?' placeholders are joined in
        for row in db.query(sql, chunk):
            found[str(row[0])] = StoredRecord(row[1], row[2], row[3], row[4])
    return found


def upsert_records(
    db: Database, device_fp: str, bundle_id: str, records: Iterable[MergedRecord]
) -> None:
    db.executemany(
        "INSERT INTO merged_records (record_id, device, revision, sequence, record_hash, "
        "status, body, bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(record_id) DO UPDATE SET revision = excluded.revision, "
        "sequence = excluded.sequence, record_hash = excluded.record_hash, "
        "status = excluded.status, body = excluded.body, bundle_id = excluded.bundle_id",
        [
            (
                r.record_id,
                device_fp,
                r.revision,
                r.sequence,
                r.record_hash,
                r.status,
                r.body,
                bundle_id,
            )
            for r in records
        ],
    )


def merged_bodies(db: Database) -> list[str]:
    """Every merged record's canonical JSON, in a stable order."""
    return [str(r[0]) for r in db.query("SELECT body FROM merged_records ORDER BY record_id")]
