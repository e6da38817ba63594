"""Export: anonymisation, metadata minimisation, fail-closed redaction, incremental scope."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bundle_helpers import FakeRedactor, add_interview, db_digest
from fieldkit.bundle.coordinator import coordinator_identities
from fieldkit.bundle.export import export_bundle
from fieldkit.bundle.manifest import decode_body, parse_manifest
from fieldkit.crypto import open_sealed
from fieldkit.errors import BundleError, ProjectError, RedactionError
from fieldkit.session import Workspace

from helpers import PASSPHRASE, TINY_PROVINCES, questionnaire_from_toml


def _open(coordinator: Workspace, path: Path) -> tuple[dict, list[dict]]:  # type: ignore[type-arg]
    body = open_sealed(path.read_bytes(), coordinator_identities(coordinator))
    assert body is not None
    decoded = decode_body(body)
    manifest = parse_manifest(decoded.manifest_bytes)
    return manifest.model_dump(), [json.loads(r) for r in decoded.records]


def test_record_is_anonymised(tmp_path: Path, coordinator: Workspace, device: Workspace) -> None:
    interview_id = add_interview(device)
    export_bundle(device, tmp_path / "b.age", redactor=FakeRedactor())
    manifest, (record,) = _open(coordinator, tmp_path / "b.age")
    answers = record["answers"]
    assert "name" not in answers and "village" not in answers  # direct: never leaves
    assert answers["birth_year"] == "1975-1979"  # quasi: generalised
    assert answers["price"] == {"amount": 3000, "currency": "CNY"}  # none: as stored
    assert "Kim" not in answers["narrative"] and "Musan-ri" not in answers["narrative"]
    assert record["redaction"]["counts"] == {"PERSON": 1, "PLACE": 1}
    assert record["id"] != interview_id and len(record["id"]) == 32
    assert len(record["started"]) == 7 and len(manifest["month"]) == 7  # months only
    assert manifest["sequence"] == 1 and manifest["previous_manifest"] is None


def test_nothing_outside_the_envelope(tmp_path: Path, device: Workspace) -> None:
    add_interview(device)
    export_bundle(device, tmp_path / "b.age", redactor=FakeRedactor())
    data = (tmp_path / "b.age").read_bytes()
    header_end = data.index(b"\n--- ") + 48
    header = data[:header_end]
    assert header.startswith(b"age-encryption.org/v1\n")
    # Only what age writes: X25519 recipient stanzas and age's own grease, nothing named.
    types = {line.split()[1] for line in header.splitlines() if line.startswith(b"-> ")}
    assert b"X25519" in types and all(t == b"X25519" or b"grease" in t for t in types)
    # The header's base64 and grease are random, so a short needle ("Kim") turns up in one
    # export in a few thousand: every needle is long enough never to appear by chance.
    needles = (b"fieldkit", b"Kim Young-hee", b"Young-hee", b"Musan-ri", b"laptop")
    for needle in (*needles, device.store.workspace_id.encode()):
        assert needle not in header
    assert (tmp_path / "b.age").stat().st_mode & 0o077 == 0


def test_redaction_failure_writes_nothing(tmp_path: Path, device: Workspace) -> None:
    add_interview(device)
    before = db_digest(device)
    with pytest.raises(RedactionError) as caught:
        export_bundle(device, tmp_path / "b.age", redactor=FakeRedactor(fail=True))
    assert "Kim" not in str(caught.value)  # the engine's message is never repeated
    assert not list(tmp_path.glob("*b.age*"))
    assert db_digest(device) == before


def test_unreviewed_uncertain_spans_refused(tmp_path: Path, tiny, coordinator) -> None:  # type: ignore[no-untyped-def]
    from bundle_helpers import make_coordinator, make_device

    strict = make_coordinator(tmp_path / "strict", tiny, uncertain="refuse")
    device = make_device(tmp_path / "d", strict, tiny, "laptop")
    s = device.interview(add_interview(device))
    redactor = FakeRedactor(uncertain=("sold",))
    with pytest.raises(RedactionError, match="uncertain"):
        export_bundle(device, tmp_path / "b.age", redactor=redactor)
    assert not (tmp_path / "b.age").exists()
    s.release_term("sold", "OTHER")  # reviewed: kept as a false positive
    export_bundle(device, tmp_path / "b.age", redactor=redactor)
    _, (record,) = _open(strict, tmp_path / "b.age")
    assert record["redaction"]["released"] == [{"label": "OTHER", "term": "sold"}]
    device.close()
    strict.close()


def test_incremental_then_all(tmp_path: Path, coordinator: Workspace, device: Workspace) -> None:
    first = add_interview(device)
    add_interview(device, "Pak Ok-sun")
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    with pytest.raises(BundleError, match="nothing changed"):
        export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    device.interview(first).answer("price", 4000)
    export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    m2, records = _open(coordinator, tmp_path / "2.age")
    assert len(records) == 1 and m2["sequence"] == 2 and m2["scope"] == "incremental"
    _m1, _ = _open(coordinator, tmp_path / "1.age")
    export_bundle(device, tmp_path / "3.age", everything=True, redactor=FakeRedactor())
    m3, records3 = _open(coordinator, tmp_path / "3.age")
    assert len(records3) == 2 and m3["scope"] == "all"
    assert records[0]["id"] in {r["id"] for r in records3}  # the random id is stable
    events = [e for e in device.store.events.read() if e.kind == "bundle_exported"]
    assert [e.payload["sequence"] for e in events] == [1, 2, 3]
    assert device.summaries()[0].status == "exported"


def test_export_needs_a_project(tmp_path: Path, tiny) -> None:  # type: ignore[no-untyped-def]
    from fieldkit.session import create_workspace

    ws = create_workspace(tmp_path / "w", PASSPHRASE, questionnaire=tiny)
    with ws, pytest.raises(ProjectError, match="not joined"):
        export_bundle(ws, tmp_path / "b.age", redactor=FakeRedactor())


def test_refuses_to_overwrite(tmp_path: Path, device: Workspace) -> None:
    add_interview(device)
    (tmp_path / "b.age").write_bytes(b"keep me")
    with pytest.raises(BundleError, match="already exists"):
        export_bundle(device, tmp_path / "b.age", redactor=FakeRedactor())
    assert (tmp_path / "b.age").read_bytes() == b"keep me"


def test_the_projects_generalisation_decides_the_region_a_placeholder_shows(
    tmp_path: Path,
) -> None:
    # The shipped engine, not the fake: the project's questionnaire exports Jilin only as
    # "northeast", so a town in Jilin may show no more than that (the default shows Jilin).
    from bundle_helpers import make_coordinator, make_device

    qn = questionnaire_from_toml(TINY_PROVINCES)
    coordinator = make_coordinator(tmp_path / "c", qn)
    device = make_device(tmp_path / "d", coordinator, qn, "laptop")
    s = device.interview(add_interview(device))
    s.answer("narrative", "Kim Young-hee was taken to Yanji.")
    export_bundle(device, tmp_path / "b.age")
    _, (record,) = _open(coordinator, tmp_path / "b.age")
    assert record["answers"]["narrative"] == "[PERSON-1] was taken to [PLACE-1, northeast China]."
    device.close()
    coordinator.close()


def test_drafts_never_leave_in_a_bundle(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    """Typed-but-unsubmitted text stays on the device: export reads answers only."""
    interview_id = add_interview(device)
    session = device.interview(interview_id)
    session.save_draft("crossed", "1999-0 DRAFTCANARY")
    session.save_draft("narrative", "She said DRAFTCANARY about the broker.")
    export_bundle(device, tmp_path / "b.age", everything=True, redactor=FakeRedactor())
    body = open_sealed((tmp_path / "b.age").read_bytes(), coordinator_identities(coordinator))
    assert body is not None and b"DRAFTCANARY" not in body
    assert set(session.drafts()) == {"crossed", "narrative"}  # still on the device


def _declined(device: Workspace) -> str:
    session = device.new_interview("K-no")
    session.answer("consent", "no")
    session.mark_complete()  # nothing else may be asked, so nothing is missing
    return session.id


def test_a_declined_interview_is_closed_as_declined_and_never_exported(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    declined = _declined(device)
    assert device.interview(declined).declined
    assert device.interview(declined).status == "declined"
    assert device.interview(declined).row.status == "complete"  # closed, as stored
    with pytest.raises(BundleError, match=r"^no interview to export: 1 declined, 0 withdrawn"):
        export_bundle(device, tmp_path / "0.age", redactor=FakeRedactor())
    assert not (tmp_path / "0.age").exists()
    consented = add_interview(device)
    result = export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    assert (result.records, result.declined) == (1, 1)
    _manifest, records = _open(coordinator, tmp_path / "1.age")
    assert [r["answers"]["consent"] for r in records] == ["yes"]
    everything = export_bundle(device, tmp_path / "2.age", everything=True, redactor=FakeRedactor())
    assert (everything.records, everything.declined) == (1, 1)  # not with --all either
    statuses = {s.id: s.status for s in device.summaries()}
    assert statuses == {declined: "declined", consented: "exported"}  # kept for her count
    assert device.exported_revisions().keys() == {consented}


def test_a_declined_interview_not_yet_closed_is_not_exported_either(
    tmp_path: Path, device: Workspace
) -> None:
    session = device.new_interview()
    session.answer("consent", "no")
    assert session.declined and session.status == "in_progress"
    add_interview(device)
    assert export_bundle(device, tmp_path / "b.age", redactor=FakeRedactor()).declined == 1
    session.answer("consent", "yes")  # a slip corrected: she agreed after all
    assert not session.declined
    result = export_bundle(device, tmp_path / "c.age", redactor=FakeRedactor())
    assert (result.records, result.declined) == (1, 0)
