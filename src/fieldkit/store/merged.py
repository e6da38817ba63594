"""``store.merged``: the bundles a coordinator merged and the records they brought.

``apply_bundle`` is the merge's one write: the merge service's last checks
(replay, chain, revisions) run inside its transaction through the read methods
here, then the device's key is pinned, the bundle and its changed records are
stored, and the ``bundle_merged`` event is appended; a check that raises rolls
all of it back.  The merge service decides *whether* to write; this module only
knows *how*.  The audit reads merged records and bundle history as stored (it
re-checks them; it never trusts a summary).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from fieldkit.store.role import Role, from_row

__all__ = [
    "BundleFacts",
    "BundleIn",
    "IncomingBundle",
    "Merged",
    "MergedRecord",
    "MergedRecordRow",
    "StoredRecord",
]


@dataclass(frozen=True, kw_only=True)
class BundleFacts:
    """What a bundle's signed manifest says about it, as the store keeps it."""

    bundle_id: str
    device: str
    """The enrolled device's fingerprint."""
    sequence: int
    manifest_hash: str
    previous_manifest: str | None
    event_seq: int
    event_hash: str
    scope: str
    month: str
    records: int


@dataclass(frozen=True, kw_only=True)
class IncomingBundle(BundleFacts):
    """A verified bundle, as merge hands it to ``apply_bundle``."""

    device_key: str
    """The public key that signed (pinned to the device by its first bundle)."""


@dataclass(frozen=True, kw_only=True)
class BundleIn(BundleFacts):
    """A merged bundle as stored (its device's chain is the sequence of these)."""

    changed: int
    merged_at: str


@dataclass(frozen=True, kw_only=True)
class StoredRecord:
    """What merge needs to know about a record already stored."""

    device: str
    revision: int
    sequence: int
    record_hash: str


@dataclass(frozen=True, kw_only=True)
class MergedRecord:
    """A record a bundle brings that is new or newer than the stored one."""

    record_id: str
    revision: int
    sequence: int
    record_hash: str
    status: str
    body: str


@dataclass(frozen=True, kw_only=True)
class MergedRecordRow:
    """One merged record as stored: its body is the canonical JSON the device signed."""

    record_id: str
    device: str
    revision: int
    sequence: int
    record_hash: str
    body: str
    bundle_id: str


_BUNDLES = (
    "SELECT bundle_id, device, sequence, manifest_hash, previous_manifest, event_seq, "
    "event_hash, scope, month, records, changed, merged_at FROM bundles_in "
)


class Merged(Role):
    """Merged bundles and records on a coordinator workspace."""

    # --- reads merge checks run inside ``apply_bundle`` ------------------------------

    def has_bundle(self, bundle_id: str) -> bool:
        return (
            self._db.one("SELECT 1 FROM bundles_in WHERE bundle_id = ?", (bundle_id,)) is not None
        )

    def bundle_at(self, device: str, sequence: int) -> BundleIn | None:
        """The device's bundle with this sequence number, if merged."""
        row = self._db.one(_BUNDLES + "WHERE device = ? AND sequence = ?", (device, sequence))
        return from_row(BundleIn, row) if row else None

    def stored(self, record_ids: Iterable[str]) -> dict[str, StoredRecord]:
        """The stored state of each of ``record_ids`` that exists (in chunks: SQLite
        limits the number of bound parameters)."""
        ids = list(record_ids)
        found: dict[str, StoredRecord] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = "SELECT record_id, device, revision, sequence, record_hash FROM merged_records "
            sql += "WHERE record_id IN (" + marks + ")"  # only '?' placeholders are joined in
            for row in self._db.query(sql, chunk):
                found[str(row[0])] = from_row(StoredRecord, row[1:])
        return found

    # --- the write ------------------------------------------------------------------

    def apply_bundle(
        self, bundle: IncomingBundle, changes: Callable[[], Sequence[MergedRecord]]
    ) -> int:
        """Store ``bundle`` and the records ``changes()`` returns, with the event, in one
        transaction.  ``changes`` runs inside it (it may read through this object, and
        raise to leave the database as it was).  Returns the number of records changed."""
        with self._db.atomic():
            changed = list(changes())
            self._db.execute(
                "UPDATE devices SET public_key = ? WHERE fingerprint = ? AND public_key IS NULL",
                (bundle.device_key, bundle.device),
            )
            self._insert_bundle(bundle, len(changed))
            self._upsert(bundle, changed)
            self._log(
                "bundle_merged",
                bundle.device,
                {
                    "bundle_id": bundle.bundle_id,
                    "sequence": bundle.sequence,
                    "records": bundle.records,
                    "changed": len(changed),
                    "manifest_hash": bundle.manifest_hash,
                },
            )
        return len(changed)

    def _insert_bundle(self, bundle: IncomingBundle, changed: int) -> None:
        self._db.execute(
            "INSERT INTO bundles_in (bundle_id, device, sequence, manifest_hash, "
            "previous_manifest, event_seq, event_hash, scope, month, records, changed, "
            "merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                changed,
                self._now(),
            ),
        )

    def _upsert(self, bundle: IncomingBundle, records: Sequence[MergedRecord]) -> None:
        self._db.executemany(
            "INSERT INTO merged_records (record_id, device, revision, sequence, record_hash, "
            "status, body, bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(record_id) DO UPDATE SET revision = excluded.revision, "
            "sequence = excluded.sequence, record_hash = excluded.record_hash, "
            "status = excluded.status, body = excluded.body, bundle_id = excluded.bundle_id",
            [
                (
                    r.record_id,
                    bundle.device,
                    r.revision,
                    r.sequence,
                    r.record_hash,
                    r.status,
                    r.body,
                    bundle.bundle_id,
                )
                for r in records
            ],
        )

    # --- reads for the report and the audit -----------------------------------------

    def body(self, record_id: str) -> str | None:
        """One stored record's body (``None``: not merged yet)."""
        row = self._db.one("SELECT body FROM merged_records WHERE record_id = ?", (record_id,))
        return str(row[0]) if row else None

    def bodies(self) -> list[str]:
        """Every merged record's canonical JSON, in a stable order."""
        return [
            str(r[0]) for r in self._db.query("SELECT body FROM merged_records ORDER BY record_id")
        ]

    def records(self) -> list[MergedRecordRow]:
        rows = self._db.query(
            "SELECT record_id, device, revision, sequence, record_hash, body, bundle_id "
            "FROM merged_records ORDER BY record_id"
        )
        return [from_row(MergedRecordRow, r) for r in rows]

    def bundles(self) -> list[BundleIn]:
        """Every merged bundle, by device and sequence: the devices' chains."""
        return [
            from_row(BundleIn, r) for r in self._db.query(_BUNDLES + "ORDER BY device, sequence")
        ]
