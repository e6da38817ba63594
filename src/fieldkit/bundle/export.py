"""Export: anonymise -> redact -> serialise -> sign -> seal -> write -> record.

Everything that can fail is done before the first byte is written: selection,
redaction of every narrative (fail closed: one failure and nothing is
written), records, manifest, signature, encryption.  The file is written under
a temporary name, flushed and renamed; only then are the export and its
revisions recorded, with an event, in one transaction.  If that transaction
fails the file is removed again, so no bundle exists that the device does not
know it wrote.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldkit.bundle.anonymise import NEVER, export_value
from fieldkit.bundle.codec import b64encode
from fieldkit.bundle.device import device_key, joined_project
from fieldkit.bundle.instances import instance_narratives, instance_records
from fieldkit.bundle.manifest import (
    EventHead,
    Manifest,
    RecordEntry,
    encode_body,
    manifest_message,
)
from fieldkit.bundle.project import ProjectBody
from fieldkit.bundle.redact import NarrativeRedaction, redact_interview
from fieldkit.bundle.trust import identity_floor
from fieldkit.canonical import canonical_json, sha256_hex
from fieldkit.crypto import SigningKey, new_secret, seal
from fieldkit.errors import BundleError, NothingToExportError, RedactionError
from fieldkit.session import InterviewSession, Workspace
from fieldkit.session.interview import split_terms
from fieldkit.session.narrative import exported_narratives
from fieldkit.session.redaction import NarrativeRedactor, load_engine
from fieldkit.store import CarriedRecord

__all__ = ["ExportResult", "build_body", "export_bundle"]

Rng = Callable[[int], bytes]
Floor = dict[str, str | None]


@dataclass(frozen=True, kw_only=True)
class ExportResult:
    path: Path
    bundle_id: str
    sequence: int
    scope: str
    records: int
    declined: int = 0
    """Interviews whose consent was declined: counted here, never in a bundle."""


@dataclass(frozen=True, kw_only=True)
class _Planned:
    interview_id: str
    revision: int
    record_id: str
    record: bytes


def _month(at: str | datetime) -> str:
    text = at.isoformat() if isinstance(at, datetime) else at
    return text[:7]


def _record(
    session: InterviewSession,
    record_id: str,
    narratives: NarrativeRedaction,
    versions: dict[str, str],
    floor: Floor,
    secret: bytes,
) -> dict[str, Any]:
    """The anonymised record: effective answers by sensitivity, months, redaction report,
    and the repeats' instances (``repeats``, present only when there is one: a record
    without repeats is byte for byte what it was before repeats existed).  Answers to the
    device's identity questions (``floor``) never leave, whatever the project's
    questionnaire says of them."""
    row = session.row
    answers: dict[str, Any] = {}
    for qid, value in session.effective().items():
        if qid in floor:
            continue
        question = session.flow.by_id[qid]
        sealed = session.flow.section_of[qid].sealed
        exported = narratives.texts.get(qid, export_value(question, value, sealed=sealed))
        if exported is not NEVER:
            answers[qid] = exported
    released = [
        {"label": d.label, "term": d.term} for d in session.decisions() if d.kind == "release"
    ]
    record: dict[str, Any] = {
        "id": record_id,
        "revision": row.revision,
        "status": row.status,
        "started": _month(row.created_at),
        "updated": _month(row.updated_at),
        "answers": answers,
        "redaction": {
            "counts": dict(sorted(narratives.counts.items())),
            "uncertain": narratives.uncertain,
            "released": sorted(released, key=lambda r: (r["label"], r["term"])),
            "detectors": versions,
        },
    }
    repeats = instance_records(
        session, record_id=record_id, redacted=narratives.texts, secret=secret, floor=floor
    )
    if repeats:
        record["repeats"] = repeats
    return record


def _floor_terms(session: InterviewSession, floor: Floor) -> list[tuple[str, str]]:
    """Identity answers the project's questionnaire does not seed redaction with, but this
    device's does: they are redacted from the narratives all the same."""
    terms = []
    for qid, value in session.effective().items():
        label = floor.get(qid)
        if label and isinstance(value, str) and not session.flow.by_id[qid].redaction_seed:
            terms += [(term, label) for term in split_terms(value)]
    return terms


@dataclass(frozen=True, kw_only=True)
class _Selection:
    """What an export would carry, and what it leaves out and why."""

    chosen: list[InterviewSession]
    agreeing: int
    """Interviews of the project she did not decline, exported already or not."""
    declined: int
    """Declined and never exported."""
    withdrawn: int
    """Declined after an earlier export carried a record of it: her consent withdrawn."""


def _select(workspace: Workspace, project: ProjectBody, everything: bool) -> _Selection:
    """The interviews to export, and how many of the project's were left out because she
    declined consent: a declined interview never leaves the device, not even as a record
    holding only the "no" (that record would still say she was interviewed)."""
    exported = workspace.exported_revisions()
    chosen, agreeing, declined, withdrawn = [], 0, 0, 0
    for row in workspace.store.interviews.all():
        if row.questionnaire_hash != project.questionnaire_hash:
            continue
        flow = workspace.flow(row.questionnaire_hash)
        if flow.consent_declined(workspace.store.interviews.answers(row.id)):
            if row.id in exported:
                withdrawn += 1
            else:
                declined += 1
            continue
        agreeing += 1
        if everything or row.revision > exported.get(row.id, -1):
            chosen.append(workspace.interview(row.id))
    return _Selection(chosen=chosen, agreeing=agreeing, declined=declined, withdrawn=withdrawn)


def _nothing_to_export(selection: _Selection) -> BundleError:
    """Why no bundle is written: no interview she agreed to is left at all, or nothing
    changed since the last export."""
    left_out = selection.declined + selection.withdrawn
    if selection.agreeing == 0 and left_out:
        return NothingToExportError(
            f"no interview to export: {selection.declined} declined, "
            f"{selection.withdrawn} withdrawn after an earlier export; no bundle was written",
            declined=selection.declined,
            withdrawn=selection.withdrawn,
            hint="declined and withdrawn interviews stay on this device only; give the "
            "coordinator a withdrawn interview's record reference in person, as "
            "docs/guide-interviewer.md says",
        )
    reason = "nothing changed since the last export"
    if left_out:
        reason += f" ({left_out} declined interview(s) are never exported)"
    return BundleError(
        reason + "; no bundle was written", hint="use --all to export every interview again"
    )


def _plan(
    workspace: Workspace,
    sessions: list[InterviewSession],
    project: ProjectBody,
    redactor: NarrativeRedactor,
    rng: Rng,
) -> list[_Planned]:
    versions = dict(redactor.detector_versions)
    secret = workspace.store.keys.redaction_key()
    refuse = project.policy.uncertain == "refuse"
    floor = identity_floor(workspace)
    planned, problems = [], []
    for session in sessions:
        where = f"interview {session.row.ref or session.id}"
        texts = {q: t for q, t in exported_narratives(session).items() if q not in floor}
        texts |= instance_narratives(session, floor)
        narratives = redact_interview(
            redactor,
            texts,
            questionnaire=session.questionnaire,
            terms=session.identity_terms() + _floor_terms(session, floor),
            released=session.released_terms(),
            secret=secret,
            where=where,
        )
        if refuse and narratives.uncertain:
            problems.append(f"{where}: {narratives.uncertain} uncertain span(s) not reviewed")
            continue
        record_id = workspace.store.exports.record_id(session.id) or rng(16).hex()
        record = canonical_json(_record(session, record_id, narratives, versions, floor, secret))
        planned.append(
            _Planned(
                interview_id=session.id,
                revision=session.row.revision,
                record_id=record_id,
                record=record,
            )
        )
    if problems:
        raise RedactionError(
            problems[0],
            details=problems[1:],
            hint="review them in the narrative editor (release or mark each); nothing was exported",
        )
    return sorted(planned, key=lambda p: p.record_id)


def build_body(
    key: SigningKey,
    *,
    project: ProjectBody,
    records: list[tuple[str, int, bytes]],
    bundle_id: str,
    sequence: int,
    previous: str | None,
    event_head: tuple[int, str],
    scope: str,
    month: str,
) -> tuple[bytes, Manifest]:
    """The plaintext body from its parts: deterministic, so vectors can pin it."""
    manifest = Manifest(
        format="fieldkit-bundle/v1",
        bundle_id=bundle_id,
        project_id=project.project_id,
        questionnaire_hash=project.questionnaire_hash,
        device_key=b64encode(key.public),
        sequence=sequence,
        previous_manifest=previous,
        event_head=EventHead(seq=event_head[0], hash=event_head[1]),
        scope=scope,  # type: ignore[arg-type]
        month=month,
        records=[RecordEntry(id=i, revision=r, sha256=sha256_hex(b)) for i, r, b in records],
    )
    manifest_bytes = manifest.to_bytes()
    signature = key.sign(manifest_message(manifest_bytes))
    return encode_body(manifest_bytes, signature, [b for _, _, b in records]), manifest


def export_bundle(
    workspace: Workspace,
    out: Path,
    *,
    everything: bool = False,
    redactor: NarrativeRedactor | None = None,
    now: datetime | None = None,
    rng: Rng = new_secret,
) -> ExportResult:
    """Write a bundle of what changed since the last export (``everything``: all).

    ``redactor`` is the shipped engine unless a test passes a stand-in."""
    project, key = joined_project(workspace), device_key(workspace)
    if out.exists():
        raise BundleError("the file already exists", where=str(out), hint="choose a new name")
    selection = _select(workspace, project, everything)
    sessions = selection.chosen
    if not sessions:
        raise _nothing_to_export(selection)
    planned = _plan(workspace, sessions, project, redactor or load_engine(), rng)
    last = workspace.store.exports.last()
    scope = "all" if everything else "incremental"
    body, manifest = build_body(
        key,
        project=project,
        records=[(p.record_id, p.revision, p.record) for p in planned],
        bundle_id=rng(16).hex(),
        sequence=(last.sequence + 1) if last else 1,
        previous=last.manifest_hash if last else None,
        event_head=workspace.store.events.head(),
        scope=scope,
        month=_month(now or datetime.now(UTC)),
    )
    _write_atomically(out, seal(body, list(project.recipients)))
    try:
        _remember(workspace, manifest, planned, scope)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return ExportResult(
        path=out,
        bundle_id=manifest.bundle_id,
        sequence=manifest.sequence,
        scope=scope,
        records=len(planned),
        declined=selection.declined + selection.withdrawn,
    )


def _write_atomically(out: Path, data: bytes) -> None:
    temporary = out.with_name(f".{out.name}.{os.getpid()}.partial")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _remember(
    workspace: Workspace, manifest: Manifest, planned: list[_Planned], scope: str
) -> None:
    """The bundle, its records' export ids and revisions, and its event: one transaction."""
    workspace.store.exports.record(
        sequence=manifest.sequence,
        bundle_id=manifest.bundle_id,
        manifest_hash=sha256_hex(manifest.to_bytes()),
        scope=scope,
        event_head=(manifest.event_head.seq, manifest.event_head.hash),
        carried=[
            CarriedRecord(interview_id=p.interview_id, revision=p.revision, record_id=p.record_id)
            for p in planned
        ],
    )
