"""Provenance: which enrolled device wrote each bundle, and that nothing was changed.

Merge stops at the first failed check and says only which stage failed (a forger
must learn nothing).  The auditor holds the keys and needs the whole picture,
so here every check that can still run does, and each is reported: decryption,
framing, manifest, project, questionnaire, device, signature, record digests.
The checks themselves are the bundle package's (``decrypt_bundle``,
``decode_body``, ``parse_manifest``, the codec's fingerprint, the crypto
recipe's signature check); only the bookkeeping is the audit's.

Merged records are re-checked as far as the coordinator's database allows: the
signatures were checked at merge and are not stored, so without the bundle
files the audit can re-check each stored record against its stored digest, each
device's enrolment and pinned key, the chain, and the coordinator's event log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.audit.chain import Link
from fieldkit.audit.model import BundleCheck, MergedCheck, Step
from fieldkit.audit.records import AuditRecord, parse_record
from fieldkit.audit.sources import AuditInputs
from fieldkit.bundle.codec import DEVICE_KEY_LABEL, CanonicalError, b64decode, fingerprint
from fieldkit.bundle.manifest import Body, Manifest, decode_body, manifest_message, parse_manifest
from fieldkit.bundle.verify import decrypt_bundle, read_bundle_file
from fieldkit.canonical import sha256_hex
from fieldkit.crypto import verify_signature
from fieldkit.errors import BundleError, EventLogError
from fieldkit.session import Workspace

__all__ = ["Opened", "check_merged", "open_for_audit"]


@dataclass
class Opened:
    """One bundle file, as far as it could be read."""

    check: BundleCheck
    records: list[AuditRecord] = field(default_factory=list)
    link: Link | None = None


def _read(path: Path, inputs: AuditInputs, steps: list[Step]) -> Body | None:
    """Stages 1-4: the file, decrypted and framed; ``None`` once one fails."""
    try:
        data = read_bundle_file(path)
        steps.append(Step("file", "ok"))
        body = decrypt_bundle(data, inputs.identities)
        steps.append(Step("decryption", "ok"))
        framed = decode_body(body)
        steps.append(Step("framing", "ok"))
    except BundleError as error:
        names = ("file", "decryption", "framing")
        steps.append(Step(names[len(steps)], "failed", error.message))
        return None
    return framed


def _device(manifest: Manifest, inputs: AuditInputs) -> tuple[Step, str | None, bytes | None]:
    try:
        public = b64decode(manifest.device_key, 32)
    except CanonicalError:
        return Step("device", "failed", "the device key is malformed"), None, None
    fp = fingerprint(DEVICE_KEY_LABEL, public)
    enrolled = inputs.devices.get(fp)
    if not inputs.enrolment_known:
        detail = "no list of enrolled devices (pass --device CODE, or audit on the coordinator)"
        return Step("device", "unverified", detail), fp, public
    if enrolled is None:
        return Step("device", "failed", "signed by a device that is not enrolled"), fp, public
    if enrolled.public_key is not None and enrolled.public_key != manifest.device_key:
        detail = "signed by a key other than the one pinned for this device"
        return Step("device", "failed", detail), fp, public
    return Step("device", "ok"), fp, public


def _origin(manifest: Manifest, inputs: AuditInputs) -> list[Step]:
    project, steps = inputs.project, []
    same = manifest.project_id == project.project_id
    steps.append(Step("project", "ok" if same else "failed", "" if same else "another project"))
    same = manifest.questionnaire_hash == project.questionnaire_hash
    detail = "" if same else "written with another version of the questionnaire"
    steps.append(Step("questionnaire", "ok" if same else "failed", detail))
    return steps


def _records(
    body: Body, manifest: Manifest, source: str, device: str | None, signed: bool
) -> tuple[Step, list[AuditRecord]]:
    """Each record section against its manifest entry (count, digest, id, revision)."""
    problems, records = [], []
    if len(body.records) != len(manifest.records):
        problems.append(
            f"{len(body.records)} record section(s) for {len(manifest.records)} manifest entries"
        )
    for n, (entry, raw) in enumerate(zip(manifest.records, body.records, strict=False), 1):
        data, canonical = parse_record(raw)
        digest = sha256_hex(raw)
        ok = digest == entry.sha256
        if not ok:
            problems.append(f"record {n} ({entry.id[:8]}): its digest differs from the manifest")
        same = isinstance(data, dict) and (data.get("id"), data.get("revision")) == (
            entry.id,
            entry.revision,
        )
        if data is not None and not same:
            problems.append(
                f"record {n} ({entry.id[:8]}): id or revision differs from the manifest"
            )
        trusted = signed and ok and same
        records.append(
            AuditRecord(
                id=entry.id,
                revision=entry.revision,
                sha256=digest,
                source=source,
                device=device,
                data=data,
                canonical=canonical,
                trusted=trusted,
            )
        )
    step = Step("records", "failed", "; ".join(problems)) if problems else Step("records", "ok")
    return step, records


def open_for_audit(path: Path, inputs: AuditInputs) -> Opened:
    """Every provenance check of one bundle file that can run, each reported."""
    steps: list[Step] = []
    body = _read(path, inputs, steps)
    if body is None:
        return Opened(BundleCheck(source=path.name, steps=tuple(steps)))
    try:
        manifest = parse_manifest(body.manifest_bytes)
    except BundleError as error:
        steps.append(Step("manifest", "failed", error.message))
        return Opened(BundleCheck(source=path.name, steps=tuple(steps)))
    steps.append(Step("manifest", "ok"))
    steps += _origin(manifest, inputs)
    device_step, fp, public = _device(manifest, inputs)
    steps.append(device_step)
    message = manifest_message(body.manifest_bytes)
    signed = public is not None and verify_signature(public, body.signature, message)
    detail = "" if signed else "the device's signature does not verify: the bundle was altered"
    steps.append(Step("signature", "ok" if signed else "failed", detail))
    code = inputs.code(fp) if fp else None
    record_step, records = _records(body, manifest, path.name, code, signed)
    steps.append(record_step)
    check = BundleCheck(
        source=path.name,
        steps=tuple(steps),
        device=code,
        device_label=inputs.label(fp) if fp else None,
        sequence=manifest.sequence,
        month=manifest.month,
        scope=manifest.scope,
        records=len(manifest.records),
    )
    link = None
    if code is not None:
        head = manifest.event_head
        link = Link(
            device=code,
            sequence=manifest.sequence,
            manifest_hash=sha256_hex(body.manifest_bytes),
            previous=manifest.previous_manifest,
            event_seq=head.seq,
            event_hash=head.hash,
            month=manifest.month,
            source=path.name,
        )
    return Opened(check, records, link)


def check_merged(inputs: AuditInputs) -> tuple[MergedCheck, list[AuditRecord], list[Link]]:
    """The coordinator's merged records and bundle history, re-checked where possible."""
    workspace = inputs.workspace
    assert workspace is not None  # noqa: S101 - callers pass coordinator inputs only
    rows = workspace.store.merged.records()
    bundles = workspace.store.merged.bundles()
    altered, records = [], []
    for row in rows:
        raw = row.body.encode("utf-8")
        ok = sha256_hex(raw) == row.record_hash
        if not ok:
            altered.append(row.record_id[:8])
        data, canonical = parse_record(raw)
        code = inputs.code(row.device)
        records.append(
            AuditRecord(
                id=row.record_id,
                revision=row.revision,
                sha256=row.record_hash,
                source="merged",
                device=code,
                data=data,
                canonical=canonical,
                trusted=ok,
            )
        )
    steps = [
        Step("stored records", "failed", "altered since merge: " + ", ".join(altered[:10]))
        if altered
        else Step("stored records", "ok"),
        _devices_step(inputs, {r.device for r in rows}),
        _event_log_step(workspace),
    ]
    if rows:
        detail = "checked at merge; give the bundle files to check them again"
        steps.append(Step("signatures", "unverified", detail))
    links = [
        Link(
            device=inputs.code(b.device),
            sequence=b.sequence,
            manifest_hash=b.manifest_hash,
            previous=b.previous_manifest,
            event_seq=b.event_seq,
            event_hash=b.event_hash,
            month=b.month,
            source="merged",
        )
        for b in bundles
    ]
    devices = len({b.device for b in bundles})
    return MergedCheck(len(rows), len(bundles), devices, tuple(steps)), records, links


def _devices_step(inputs: AuditInputs, devices: set[str]) -> Step:
    unknown = [d for d in devices if d not in inputs.devices]
    unpinned = [d for d in devices if d in inputs.devices and inputs.devices[d].public_key is None]
    if unknown or unpinned:
        detail = f"{len(unknown)} unknown and {len(unpinned)} unpinned device(s) hold records"
        return Step("devices", "failed", detail)
    return Step("devices", "ok")


def _event_log_step(workspace: Workspace) -> Step:
    try:
        entries = workspace.store.events.verify()
    except EventLogError as error:
        return Step("coordinator event log", "failed", str(error))
    return Step("coordinator event log", "ok", f"{entries} entries, hash chain intact")
