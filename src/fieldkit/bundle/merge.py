"""Merge bundles into the coordinator's workspace: all of a bundle, or none of it.

``verify.open_bundle`` runs the checks that need no write (decrypt, framing,
manifest, project, device, signature, records).  The last two stages, replay
and revisions, read the database and so run inside the same transaction that
applies the bundle: a failed check rolls back, and the database is exactly as
it was.  Merging the same bundle twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fieldkit.bundle.coordinator import coordinator_identities, coordinator_project
from fieldkit.bundle.parallel import verify_files, worker_count
from fieldkit.bundle.verify import VerifiedBundle, check_device, open_bundle, read_bundle_file
from fieldkit.errors import BundleError, BundleReplayError, BundleRevisionError
from fieldkit.session import Workspace
from fieldkit.store import coordinator as cstore
from fieldkit.store.db import Database

__all__ = ["MergeOutcome", "MergeSummary", "merge_bundle", "merge_bundles"]

Status = Literal["merged", "already merged", "rejected"]


@dataclass(frozen=True)
class MergeOutcome:
    """What happened to one bundle."""

    source: str
    status: Status
    records: int = 0
    changed: int = 0
    device: str | None = None
    error: BundleError | None = None


@dataclass
class MergeSummary:
    outcomes: list[MergeOutcome] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def changed(self) -> int:
        return sum(o.changed for o in self.outcomes)


class AlreadyMergedError(BundleReplayError):
    """The very same bundle was merged before: nothing to do (not a failure)."""


def _check_chain(db: Database, bundle: VerifiedBundle) -> None:
    """Stage 10: not merged before, and continuing the device's chain."""
    m = bundle.manifest
    if cstore.has_bundle(db, m.bundle_id):
        raise AlreadyMergedError("already merged; nothing changed")
    same = cstore.bundle_by_sequence(db, bundle.device, m.sequence)
    if same is not None:
        raise BundleReplayError(
            f"the device's bundle {m.sequence} was already merged with different contents",
            hint="the device may have been restored from a backup; nothing was merged",
        )
    before = cstore.bundle_by_sequence(db, bundle.device, m.sequence - 1)
    if before is not None and before.manifest_hash != m.previous_manifest:
        raise BundleReplayError(
            f"does not follow the device's bundle {m.sequence - 1} merged earlier",
            hint="the device may have been restored from a backup; nothing was merged",
        )


def _changes(db: Database, bundle: VerifiedBundle) -> list[cstore.MergedRecord]:
    """Stage 11: every record is this device's and not older than what is stored."""
    sequence = bundle.manifest.sequence
    stored = cstore.stored_records(db, [r.id for r, _ in bundle.records])
    digests = {e.id: e.sha256 for e in bundle.manifest.records}
    changes = []
    for record, raw in bundle.records:
        old = stored.get(record.id)
        new = cstore.MergedRecord(
            record.id,
            record.revision,
            sequence,
            digests[record.id],
            record.status,
            raw.decode("utf-8"),
        )
        if old is None:
            changes.append(new)
            continue
        if old.device != bundle.device:
            raise BundleRevisionError("carries a record that belongs to another device")
        if (record.revision, new.record_hash) == (old.revision, old.record_hash):
            continue
        if record.revision < old.revision or (
            record.revision == old.revision and sequence < old.sequence
        ):
            raise BundleRevisionError(
                f"record {record.id[:8]} is at revision {record.revision}, older than the "
                f"stored revision {old.revision}; an older revision never wins",
                hint="it is older than a bundle already merged; ask for 'fieldkit export --all'",
            )
        changes.append(new)
    return changes


def _apply(workspace: Workspace, bundle: VerifiedBundle) -> int:
    store, m = workspace.store, bundle.manifest
    db = store.db
    with db.atomic():
        # Stage 7 again, against the database: verification may have used a snapshot.
        check_device(cstore.device(db, bundle.device), bundle.device, m.device_key)
        _check_chain(db, bundle)
        changes = _changes(db, bundle)
        cstore.pin_key(db, bundle.device, m.device_key)
        cstore.insert_bundle(
            db,
            cstore.BundleIn(
                m.bundle_id,
                bundle.device,
                m.sequence,
                bundle.manifest_hash,
                m.previous_manifest,
                m.event_head.seq,
                m.event_head.hash,
                m.scope,
                m.month,
                len(m.records),
                len(changes),
                store.now(),
            ),
        )
        cstore.upsert_records(db, bundle.device, m.bundle_id, changes)
        store.log(
            "bundle_merged",
            bundle.device,
            {
                "bundle_id": m.bundle_id,
                "sequence": m.sequence,
                "records": len(m.records),
                "changed": len(changes),
                "manifest_hash": bundle.manifest_hash,
            },
        )
    return len(changes)


def merge_bundle(workspace: Workspace, data: bytes, source: str = "bundle") -> MergeOutcome:
    """Verify and apply one bundle; a ``BundleError`` leaves the database unchanged."""
    project = coordinator_project(workspace)
    bundle = open_bundle(
        data,
        identities=coordinator_identities(workspace),
        project=project,
        db=workspace.store.db,
        questionnaire=workspace.flow(project.questionnaire_hash).questionnaire,
    )
    changed = _apply(workspace, bundle)
    return MergeOutcome(source, "merged", len(bundle.records), changed, bundle.device)


def merge_bundles(
    workspace: Workspace,
    paths: Sequence[Path],
    progress: Callable[[int, Path], None] | None = None,
    *,
    workers: int | None = None,
) -> MergeSummary:
    """Merge each file in turn; one bundle's failure never stops the others.

    With several files, verification runs in worker processes (``bundle.parallel``)
    while this process applies the verified bundles in the order given.
    """
    summary = MergeSummary()
    for index, (path, verdict) in enumerate(_verdicts(workspace, paths, workers)):
        summary.outcomes.append(_outcome(workspace, path, verdict))
        if progress:
            progress(index + 1, path)
    return summary


def _verdicts(
    workspace: Workspace, paths: Sequence[Path], workers: int | None
) -> Iterator[tuple[Path, VerifiedBundle | BundleError]]:
    project = coordinator_project(workspace)
    identities = coordinator_identities(workspace)
    qn = workspace.flow(project.questionnaire_hash).questionnaire
    count = worker_count(len(paths), workers)
    if count > 1:
        devices = {d.fingerprint: d for d in cstore.devices(workspace.store.db)}
        yield from verify_files(
            paths,
            identities=identities,
            project=project,
            devices=devices,
            questionnaire=qn,
            workers=count,
        )
        return
    for path in paths:
        try:
            yield (
                path,
                open_bundle(
                    read_bundle_file(path),
                    identities=identities,
                    project=project,
                    db=workspace.store.db,
                    questionnaire=qn,
                ),
            )
        except BundleError as error:
            yield path, error


def _outcome(
    workspace: Workspace, path: Path, verdict: VerifiedBundle | BundleError
) -> MergeOutcome:
    try:
        if isinstance(verdict, BundleError):
            raise verdict
        changed = _apply(workspace, verdict)
    except AlreadyMergedError:
        return MergeOutcome(path.name, "already merged")
    except BundleError as error:
        return MergeOutcome(path.name, "rejected", error=error)
    return MergeOutcome(path.name, "merged", len(verdict.records), changed, verdict.device)
