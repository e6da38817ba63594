"""Provenance: every check of a bundle is run and reported, each failure named."""

from __future__ import annotations

from pathlib import Path

from audit_helpers import World
from fieldkit.audit import AuditInputs, identity_inputs, run_audit
from fieldkit.audit.model import BundleCheck
from fieldkit.audit.provenance import open_for_audit
from fieldkit.bundle.codes import format_code
from fieldkit.bundle.coordinator import coordinator_identities, coordinator_project
from fieldkit.bundle.manifest import decode_body, encode_body
from fieldkit.bundle.verify import decrypt_bundle
from fieldkit.crypto import generate_age_identity, seal


def _status(check: BundleCheck) -> dict[str, str]:
    return {s.name: s.status for s in check.steps}


def _reseal(world: World, body: bytes, path: Path) -> Path:
    recipients = list(coordinator_project(world.coordinator).recipients)
    path.write_bytes(seal(body, recipients))
    return path


def _body(world: World, name: str) -> bytes:
    data = world.bundle(name).read_bytes()
    return decrypt_bundle(data, coordinator_identities(world.coordinator))


def test_clean_bundle_passes_every_check(world: World, inputs: AuditInputs) -> None:
    opened = open_for_audit(world.bundle("a1.age"), inputs)
    assert set(_status(opened.check).values()) == {"ok"}
    names = "file decryption framing manifest project questionnaire device signature records"
    assert list(_status(opened.check)) == names.split()
    assert opened.check.device_label == "laptop 1" and opened.check.sequence == 1
    assert len(opened.records) == 6 and all(r.trusted for r in opened.records)


def test_a_changed_signature_is_named(world: World, inputs: AuditInputs, tmp_path: Path) -> None:
    framed = decode_body(_body(world, "a1.age"))
    forged = encode_body(framed.manifest_bytes, bytes(64), framed.records)
    opened = open_for_audit(_reseal(world, forged, tmp_path / "sig.age"), inputs)
    assert _status(opened.check)["signature"] == "failed"
    assert "signature does not verify" in opened.check.failed[0].detail
    assert not any(r.trusted for r in opened.records)


def test_a_changed_record_is_named(world: World, inputs: AuditInputs, tmp_path: Path) -> None:
    framed = decode_body(_body(world, "a1.age"))
    records = [framed.records[0].replace(b"farmer", b"farmers"), *framed.records[1:]]
    changed = encode_body(framed.manifest_bytes, framed.signature, records)
    opened = open_for_audit(_reseal(world, changed, tmp_path / "rec.age"), inputs)
    status = _status(opened.check)
    assert status["signature"] == "ok" and status["records"] == "failed"
    assert "record 1" in opened.check.failed[0].detail and "digest" in opened.check.failed[0].detail
    assert [r.trusted for r in opened.records] == [False] + [True] * 5


def test_another_recipient_stops_at_decryption(
    world: World, inputs: AuditInputs, tmp_path: Path
) -> None:
    _, stranger = generate_age_identity()
    path = tmp_path / "other.age"
    path.write_bytes(seal(_body(world, "a1.age"), [stranger]))
    opened = open_for_audit(path, inputs)
    assert [(s.name, s.status) for s in opened.check.steps] == [
        ("file", "ok"),
        ("decryption", "failed"),
    ]
    assert opened.records == [] and opened.link is None


def test_not_a_bundle(inputs: AuditInputs, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list", "utf-8")
    opened = open_for_audit(path, inputs)
    assert _status(opened.check) == {"file": "ok", "decryption": "failed"}
    missing = open_for_audit(tmp_path / "nowhere.age", inputs)
    assert _status(missing.check) == {"file": "failed"}


def test_identity_mode_checks_enrolment_only_with_codes(world: World, tmp_path: Path) -> None:
    project = tmp_path / "project.fieldkit"
    from fieldkit.bundle import project_file_bytes

    project.write_bytes(project_file_bytes(world.coordinator))
    identities = coordinator_identities(world.coordinator)
    blind = identity_inputs(identities, project, [])
    step = _status(open_for_audit(world.bundle("a1.age"), blind).check)
    assert step["device"] == "unverified" and step["signature"] == "ok"
    report = run_audit(blind, [world.bundle("a1.age")])
    assert any("enrolment was not checked" in n for n in report.notes)
    code = open_for_audit(world.bundle("forged.age"), blind).check.device
    assert code is not None
    known = identity_inputs(identities, project, [code.replace("-", "").lower()])
    assert _status(open_for_audit(world.bundle("forged.age"), known).check)["device"] == "ok"
    assert _status(open_for_audit(world.bundle("a1.age"), known).check)["device"] == "failed"


def test_enrolment_code_shown_for_each_bundle(world: World, inputs: AuditInputs) -> None:
    check = open_for_audit(world.bundle("a2.age"), inputs).check
    fingerprints = {d.label: fp for fp, d in inputs.devices.items()}
    assert check.device == format_code(fingerprints["laptop 1"])
