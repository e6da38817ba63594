"""``store.exports``: the bundles an interviewer's device wrote.

Three facts are kept: each interview's random export id (drawn once, so later
revisions replace earlier ones at the coordinator), each bundle written (its
sequence, id and manifest hash, which the next bundle chains to), and which
revision of which interview each bundle carried (for incremental exports and
the "exported" status in the interview list).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from fieldkit.store.role import Role, from_row

__all__ = ["BundleOut", "CarriedRecord", "Exports"]


@dataclass(frozen=True, kw_only=True)
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


@dataclass(frozen=True, kw_only=True)
class CarriedRecord:
    """One interview revision a bundle carries, under its export id."""

    interview_id: str
    revision: int
    record_id: str


class Exports(Role):
    """What this device exported, and the export ids of its interviews."""

    def record_id(self, interview_id: str) -> str | None:
        """The interview's export id, if it was ever exported."""
        row = self._db.one(
            "SELECT record_id FROM record_ids WHERE interview_id = ?", (interview_id,)
        )
        return str(row[0]) if row else None

    def exported_revisions(self) -> dict[str, int]:
        """Interview id -> highest revision exported so far."""
        rows = self._db.query(
            "SELECT interview_id, MAX(revision) FROM exported_records GROUP BY interview_id"
        )
        return {str(r[0]): int(r[1]) for r in rows}

    def last(self) -> BundleOut | None:
        """The latest bundle written (the next one continues its chain)."""
        row = self._db.one(
            "SELECT sequence, bundle_id, manifest_hash, scope, records, event_seq, event_hash, "
            "written_at FROM bundles_out ORDER BY sequence DESC LIMIT 1"
        )
        return from_row(BundleOut, row) if row else None

    def record(
        self,
        *,
        sequence: int,
        bundle_id: str,
        manifest_hash: str,
        scope: str,
        event_head: tuple[int, str],
        carried: Sequence[CarriedRecord],
    ) -> BundleOut:
        """Remember a written bundle, the export ids and revisions it carried, and its
        ``bundle_exported`` event, in one transaction."""
        bundle = BundleOut(
            sequence=sequence,
            bundle_id=bundle_id,
            manifest_hash=manifest_hash,
            scope=scope,
            records=len(carried),
            event_seq=event_head[0],
            event_hash=event_head[1],
            written_at=self._now(),
        )
        with self._db.atomic():
            for item in carried:
                self._keep_record_id(item)
            self._insert(bundle, carried)
            self._log(
                "bundle_exported",
                payload={
                    "bundle_id": bundle.bundle_id,
                    "sequence": bundle.sequence,
                    "manifest_hash": bundle.manifest_hash,
                    "records": bundle.records,
                    "scope": bundle.scope,
                },
            )
        return bundle

    def _keep_record_id(self, item: CarriedRecord) -> None:
        """The first export id drawn for an interview is the one it keeps."""
        if self.record_id(item.interview_id) is None:
            self._db.execute(
                "INSERT INTO record_ids (interview_id, record_id) VALUES (?, ?)",
                (item.interview_id, item.record_id),
            )

    def _insert(self, bundle: BundleOut, carried: Sequence[CarriedRecord]) -> None:
        self._db.execute(
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
        for item in carried:
            self._db.execute(
                "INSERT INTO exported_records (interview_id, revision, sequence) VALUES (?, ?, ?)",
                (item.interview_id, item.revision, bundle.sequence),
            )
