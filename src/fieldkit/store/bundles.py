"""Persistence of exports on an interviewer's device.

Three facts are kept: each interview's random export id (drawn once, so later
revisions replace earlier ones at the coordinator), each bundle written (its
sequence, id and manifest hash, which the next bundle chains to), and which
revision of which interview each bundle carried (for incremental exports and
the "exported" status in the interview list).
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.store.db import Database

__all__ = [
    "BundleOut",
    "exported_revisions",
    "last_bundle",
    "record_bundle_out",
    "record_id_for",
]


@dataclass(frozen=True)
class BundleOut:
    """A bundle this device wrote."""

    sequence: int
    bundle_id: str
    manifest_hash: str
    scope: str
    records: int
    event_seq: int
    event_hash: str
    written_at: str


def record_id_for(db: Database, interview_id: str, fresh: str) -> str:
    """The interview's export id, storing ``fresh`` (random) the first time."""
    with db.atomic():
        row = db.one("SELECT record_id FROM record_ids WHERE interview_id = ?", (interview_id,))
        if row:
            return str(row[0])
        db.execute(
            "INSERT INTO record_ids (interview_id, record_id) VALUES (?, ?)",
            (interview_id, fresh),
        )
    return fresh


def exported_revisions(db: Database) -> dict[str, int]:
    """Interview id -> highest revision exported so far."""
    rows = db.query(
        "SELECT interview_id, MAX(revision) FROM exported_records GROUP BY interview_id"
    )
    return {str(r[0]): int(r[1]) for r in rows}


def last_bundle(db: Database) -> BundleOut | None:
    row = db.one(
        "SELECT sequence, bundle_id, manifest_hash, scope, records, event_seq, event_hash, "
        "written_at FROM bundles_out ORDER BY sequence DESC LIMIT 1"
    )
    return BundleOut(*row) if row else None


def record_bundle_out(db: Database, bundle: BundleOut, revisions: dict[str, int]) -> None:
    """Remember a written bundle and the revisions it carried, in one transaction."""
    with db.atomic():
        db.execute(
            "INSERT INTO bundles_out (sequence, bundle_id, manifest_hash, scope, records, "
            "event_seq, event_hash, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                bundle.sequence,
                bundle.bundle_id,
                bundle.manifest_hash,
                bundle.scope,
                bundle.records,
                bundle.event_seq,
                bundle.event_hash,
                bundle.written_at,
            ),
        )
        for interview_id, revision in revisions.items():
            db.execute(
                "INSERT INTO exported_records (interview_id, revision, sequence) VALUES (?, ?, ?)",
                (interview_id, revision, bundle.sequence),
            )
