"""Merge bundles into the coordinator's workspace: all of a bundle, or none of it.

``verify.verify_offline`` runs the checks that need no write (decrypt, framing,
manifest, project, device, signature, records).  The last two stages, replay
and revisions, read the database and so run inside the transaction
``store.merged.apply_bundle`` opens to apply the bundle: a failed check rolls
back, and the database is exactly as it was.  Merging the same bundle twice
changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from fieldkit.bundle.coordinator import coordinator_identities, coordinator_project
from fieldkit.bundle.parallel import verify_files, worker_count
from fieldkit.bundle.verify import (
    VerifiedBundle,
    check_device,
    read_bundle_file,
    verify_offline,
)
from fieldkit.errors import BundleError, BundleReplayError, BundleRevisionError
from fieldkit.session import Workspace
from fieldkit.store import IncomingBundle, MergedRecord, Store

__all__ = ["MergeOutcome", "MergeSummary", "merge_bundle", "merge_bundles"]

Status = Literal["merged", "already merged", "rejected"]


@dataclass(frozen=True, kw_only=True)
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


def _check_chain(store: Store, bundle: VerifiedBundle) -> None:
    """Stage 10: not merged before, and continuing the device's chain."""
    m = bundle.manifest
    if store.merged.has_bundle(m.bundle_id):
        raise AlreadyMergedError("already merged; nothing changed")
    same = store.merged.bundle_at(bundle.device, m.sequence)
    if same is not None:
        raise BundleReplayError(
            f"the device's bundle {m.sequence} was already merged with different contents",
            hint="the device may have been restored from a backup; nothing was merged",
        )
    before = store.merged.bundle_at(bundle.device, m.sequence - 1)
    if before is not None and before.manifest_hash != m.previous_manifest:
        raise BundleReplayError(
            f"does not follow the device's bundle {m.sequence - 1} merged earlier",
            hint="the device may have been restored from a backup; nothing was merged",
        )


def _changes(store: Store, bundle: VerifiedBundle) -> list[MergedRecord]:
    """Stage 11: every record is this device's and not older than what is stored."""
    sequence = bundle.manifest.sequence
    stored = store.merged.stored([r.id for r, _ in bundle.records])
    digests = {e.id: e.sha256 for e in bundle.manifest.records}
    changes = []
    for record, raw in bundle.records:
        old = stored.get(record.id)
        new = MergedRecord(
            record_id=record.id,
            revision=record.revision,
            sequence=sequence,
            record_hash=digests[record.id],
            status=record.status,
            body=raw.decode("utf-8"),
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
        _check_instances(record.id, store.merged.body(record.id) or "{}", new.body)
        changes.append(new)
    return changes


def _instance_revisions(body: str) -> dict[str, int]:
    repeats = json.loads(body).get("repeats", {})
    return {i["key"]: i["revision"] for instances in repeats.values() for i in instances}


def _check_instances(record_id: str, old_body: str, new_body: str) -> None:
    """A newer record replaces the stored one, instances included; none of the instances
    both carry may go back to an older revision (an older revision never wins)."""
    before = _instance_revisions(old_body)
    if not before:
        return
    for key, revision in _instance_revisions(new_body).items():
        if revision < before.get(key, 0):
            raise BundleRevisionError(
                f"record {record_id[:8]} carries instance {key[:8]} at revision {revision}, "
                f"older than the stored revision {before[key]}; an older revision never wins",
                hint="ask the device for 'fieldkit export --all'",
            )


def _apply(workspace: Workspace, bundle: VerifiedBundle) -> int:
    """Stages 10-11 and the write, in one transaction; returns the records changed."""
    store, m = workspace.store, bundle.manifest

    def checked_changes() -> list[MergedRecord]:
        # Stage 7 again, against the database: verification may have used a snapshot.
        check_device(store.devices.get(bundle.device), bundle.device, m.device_key)
        _check_chain(store, bundle)
        return _changes(store, bundle)

    incoming = IncomingBundle(
        bundle_id=m.bundle_id,
        device=bundle.device,
        device_key=m.device_key,
        sequence=m.sequence,
        manifest_hash=bundle.manifest_hash,
        previous_manifest=m.previous_manifest,
        event_seq=m.event_head.seq,
        event_hash=m.event_head.hash,
        scope=m.scope,
        month=m.month,
        records=len(m.records),
    )
    return store.merged.apply_bundle(incoming, checked_changes)


def merge_bundle(workspace: Workspace, data: bytes, source: str = "bundle") -> MergeOutcome:
    """Verify and apply one bundle; a ``BundleError`` leaves the database unchanged."""
    project = coordinator_project(workspace)
    bundle = verify_offline(
        data,
        identities=coordinator_identities(workspace),
        project=project,
        lookup=workspace.store.devices.get,
        questionnaire=workspace.flow(project.questionnaire_hash).questionnaire,
    )
    changed = _apply(workspace, bundle)
    return MergeOutcome(
        source=source,
        status="merged",
        records=len(bundle.records),
        changed=changed,
        device=bundle.device,
    )


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
        devices = {d.fingerprint: d for d in workspace.store.devices.all()}
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
                verify_offline(
                    read_bundle_file(path),
                    identities=identities,
                    project=project,
                    lookup=workspace.store.devices.get,
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
        return MergeOutcome(source=path.name, status="already merged")
    except BundleError as error:
        return MergeOutcome(source=path.name, status="rejected", error=error)
    return MergeOutcome(
        source=path.name,
        status="merged",
        records=len(verdict.records),
        changed=changed,
        device=verdict.device,
    )
