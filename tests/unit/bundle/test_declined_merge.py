"""A declined interview never reaches the coordinator's data, even in a bundle from an older
fieldkit (which exported declined interviews) or one edited before it was signed: merge
refuses that bundle whole, naming the record and why, and goes on with the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bundle_helpers import FakeRedactor, add_interview, db_digest
from fieldkit.bundle import merge_bundle, merge_bundles
from fieldkit.bundle.export import export_bundle
from fieldkit.errors import BundleDeclinedError, BundleError, NothingToExportError
from fieldkit.questionnaire import Flow
from fieldkit.session import Workspace

from helpers import raw_db


def _declined(device: Workspace) -> str:
    """An interview closed the moment she said no."""
    session = device.new_interview()
    session.answer("consent", "no")
    return session.id


def _export_like_an_older_fieldkit(
    device: Workspace, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before issue 15, export did not leave declined interviews out."""
    with monkeypatch.context() as patch:
        patch.setattr(Flow, "consent_declined", lambda self, answers: False)
        export_bundle(device, out, everything=True, redactor=FakeRedactor())


def _consents(coordinator: Workspace) -> list[str]:
    rows = raw_db(coordinator.store).query("SELECT body FROM merged_records")
    return [json.loads(body)["answers"].get("consent") for (body,) in rows]


def test_a_declined_record_refuses_its_bundle_and_names_the_record(
    tmp_path: Path, coordinator: Workspace, device: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_interview(device)
    said_no = _declined(device)
    _export_like_an_older_fieldkit(device, tmp_path / "old.age", monkeypatch)
    ref = device.store.exports.record_id(said_no)
    assert ref is not None  # the older fieldkit did put her "no" in the bundle
    before = db_digest(coordinator)
    with pytest.raises(BundleDeclinedError) as caught:
        merge_bundle(coordinator, (tmp_path / "old.age").read_bytes(), "old.age")
    error = caught.value
    assert error.code == "FK771" and error.record == ref[:8]
    assert f"record {ref[:8]}" in str(error) and "declined consent" in str(error)
    assert "no record of this bundle was merged" in str(error)
    assert "fieldkit export --all" in str(error)  # what to do
    assert db_digest(coordinator) == before  # nothing of the bundle, not even the "yes"


@pytest.mark.parametrize("workers", [1, 2])
def test_merge_goes_on_with_the_other_bundles(
    tmp_path: Path,
    coordinator: Workspace,
    device: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
) -> None:
    """Like any refused bundle: reported with its file and reason, the rest merged; the
    interviewer's new export (a current fieldkit) then brings the agreeing interview alone.
    With two workers the error crosses a process boundary and keeps its record."""
    add_interview(device)
    said_no = _declined(device)
    _export_like_an_older_fieldkit(device, tmp_path / "old.age", monkeypatch)
    export_bundle(device, tmp_path / "new.age", everything=True, redactor=FakeRedactor())
    summary = merge_bundles(
        coordinator, [tmp_path / "old.age", tmp_path / "new.age"], workers=workers
    )
    refused, merged = summary.outcomes
    assert (refused.source, refused.status, refused.changed) == ("old.age", "rejected", 0)
    assert isinstance(refused.error, BundleDeclinedError)
    assert refused.error.record == (device.store.exports.record_id(said_no) or "")[:8]
    assert (merged.status, merged.records, merged.changed) == ("merged", 1, 1)
    assert _consents(coordinator) == ["yes"]


def test_a_consent_withdrawn_after_export_stays_with_the_coordinator_today(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    """What docs/guide-interviewer.md ("If she withdraws her consent") says happens today:
    there is no withdrawal notice.  Answering her consent again with "no" closes the
    interview as declined, so no later export carries it, but the record already merged stays
    in the coordinator's workspace until the coordinator removes it by hand; the interviewer
    can read out its reference (``record_ref``) for that."""
    interview = add_interview(device)
    assert device.interview(interview).record_ref is None  # never exported yet
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    merge_bundle(coordinator, (tmp_path / "1.age").read_bytes())
    session = device.interview(interview)
    ref = session.record_ref
    assert ref is not None and len(ref) == 8
    (merged,) = raw_db(coordinator.store).query("SELECT record_id FROM merged_records")
    assert merged[0].startswith(ref)  # what the coordinator's data calls it
    session.answer("consent", "no")
    session.mark_complete()  # Ctrl+K: nothing is missing once she said no
    assert device.interview(interview).status == "declined"
    with pytest.raises(NothingToExportError, match="0 declined, 1 withdrawn after an earlier"):
        export_bundle(device, tmp_path / "2.age", everything=True, redactor=FakeRedactor())
    assert _consents(coordinator) == ["yes"]  # her record is still there: remove it by hand


@pytest.mark.parametrize("everything", [False, True])
def test_no_agreeing_interview_left_says_so_and_loses_nothing(
    tmp_path: Path, device: Workspace, everything: bool
) -> None:
    """The only agreeing interview withdrawn after its export, another declined from the
    start: the export says there is nothing to export and why (not "nothing changed", which
    sends her looking for a change), writes no file and records no export."""
    withdrawn = add_interview(device)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    _declined(device)
    device.interview(withdrawn).answer("consent", "no")
    answers = {
        row.id: device.store.interviews.answers(row.id) for row in device.store.interviews.all()
    }
    last, head = device.store.exports.last(), device.store.events.head()
    with pytest.raises(NothingToExportError) as caught:
        export_bundle(device, tmp_path / "2.age", everything=everything, redactor=FakeRedactor())
    error = caught.value
    assert str(error).startswith(
        "no interview to export: 1 declined, 1 withdrawn after an earlier export; "
        "no bundle was written"
    )
    assert (error.code, error.declined, error.withdrawn) == ("FK701", 1, 1)
    assert not (tmp_path / "2.age").exists()
    assert list(tmp_path.glob(".2.age*")) == []  # no partial file either
    assert (device.store.exports.last(), device.store.events.head()) == (last, head)
    assert {
        row.id: device.store.interviews.answers(row.id) for row in device.store.interviews.all()
    } == answers  # both kept on the device, answers and all


def test_unchanged_agreeing_interviews_still_say_nothing_changed(
    tmp_path: Path, device: Workspace
) -> None:
    add_interview(device)
    _declined(device)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    with pytest.raises(
        BundleError, match=r"nothing changed since the last export \(1 declined"
    ) as caught:
        export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    assert not isinstance(caught.value, NothingToExportError)
