"""Persistence for the auditor: what the coordinator merged, and review decisions.

The audit reads the coordinator's merged records and bundle history as they are
stored (it re-checks them; it never trusts a summary), and keeps the auditor's
pass/fail decisions in an append-only table (migration ``0003``).  Functions take
a ``Database`` and run inside the caller's transaction, like ``store.coordinator``.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.store.db import Database

__all__ = [
    "MergedBundleRow",
    "MergedRecordRow",
    "ReviewRow",
    "add_review",
    "merged_bundle_rows",
    "merged_record_rows",
    "review_rows",
]


@dataclass(frozen=True)
class MergedRecordRow:
    """One merged record as stored: its body is the canonical JSON the device signed."""

    record_id: str
    device: str
    revision: int
    sequence: int
    record_hash: str
    body: str
    bundle_id: str


@dataclass(frozen=True)
class MergedBundleRow:
    """One merged bundle: the links of its device's chain."""

    bundle_id: str
    device: str
    sequence: int
    manifest_hash: str
    previous_manifest: str | None
    event_seq: int
    event_hash: str
    month: str


@dataclass(frozen=True)
class ReviewRow:
    """One decision an auditor took on one revision of a record."""

    record_id: str
    revision: int
    record_hash: str
    verdict: str
    note: str
    decided_at: str


def merged_record_rows(db: Database) -> list[MergedRecordRow]:
    rows = db.query(
        "SELECT record_id, device, revision, sequence, record_hash, body, bundle_id "
        "FROM merged_records ORDER BY record_id"
    )
    return [MergedRecordRow(*r) for r in rows]


def merged_bundle_rows(db: Database) -> list[MergedBundleRow]:
    rows = db.query(
        "SELECT bundle_id, device, sequence, manifest_hash, previous_manifest, event_seq, "
        "event_hash, month FROM bundles_in ORDER BY device, sequence"
    )
    return [MergedBundleRow(*r) for r in rows]


def add_review(db: Database, review: ReviewRow) -> None:
    db.execute(
        "INSERT INTO audit_reviews (record_id, revision, record_hash, verdict, note, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            review.record_id,
            review.revision,
            review.record_hash,
            review.verdict,
            review.note,
            review.decided_at,
        ),
    )


def review_rows(db: Database) -> list[ReviewRow]:
    """Every decision, oldest first (the last one per record is the one that counts)."""
    rows = db.query(
        "SELECT record_id, revision, record_hash, verdict, note, decided_at "
        "FROM audit_reviews ORDER BY id"
    )
    return [ReviewRow(*r) for r in rows]
