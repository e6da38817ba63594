"""Merge: verify, apply whole or nothing, idempotence, revisions, chain continuity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bundle_helpers import FakeRedactor, add_interview, db_digest, make_device
from fieldkit.bundle import merge_bundle, merge_bundles
from fieldkit.bundle.export import export_bundle
from fieldkit.errors import BundleRevisionError
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace

from helpers import raw_db


def _merge(coordinator: Workspace, path: Path) -> None:
    merge_bundle(coordinator, path.read_bytes(), path.name)


def _records(coordinator: Workspace) -> dict[str, dict]:  # type: ignore[type-arg]
    rows = raw_db(coordinator.store).query("SELECT record_id, body FROM merged_records")
    return {r[0]: json.loads(r[1]) for r in rows}


def test_merge_then_idempotent(tmp_path: Path, coordinator: Workspace, device: Workspace) -> None:
    add_interview(device)
    add_interview(device, "Pak Ok-sun")
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    summary = merge_bundles(coordinator, [tmp_path / "1.age"])
    assert summary.count("merged") == 1 and summary.changed == 2
    before = db_digest(coordinator)
    again = merge_bundles(coordinator, [tmp_path / "1.age", tmp_path / "1.age"])
    assert again.count("already merged") == 2 and again.changed == 0
    assert db_digest(coordinator) == before
    assert [e.kind for e in coordinator.store.events.read()].count("bundle_merged") == 1


def test_newer_revision_replaces(tmp_path: Path, coordinator: Workspace, device: Workspace) -> None:
    interview = add_interview(device)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    device.interview(interview).answer("price", 5000)
    export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    _merge(coordinator, tmp_path / "1.age")
    _merge(coordinator, tmp_path / "2.age")
    (record,) = _records(coordinator).values()
    assert record["answers"]["price"]["amount"] == 5000


def test_older_revision_never_wins(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    interview = add_interview(device)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    device.interview(interview).answer("price", 5000)
    export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    _merge(coordinator, tmp_path / "2.age")
    before = db_digest(coordinator)
    with pytest.raises(BundleRevisionError, match="older"):
        _merge(coordinator, tmp_path / "1.age")
    assert db_digest(coordinator) == before


def test_all_export_after_incrementals_is_accepted(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    add_interview(device)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    add_interview(device, "Pak Ok-sun")
    export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    export_bundle(device, tmp_path / "3.age", everything=True, redactor=FakeRedactor())
    summary = merge_bundles(coordinator, [tmp_path / n for n in ("1.age", "2.age", "3.age")])
    assert summary.count("merged") == 3
    assert len(_records(coordinator)) == 2
    assert summary.outcomes[2].changed == 0  # same revisions, same bytes: nothing to change


def test_several_devices(
    tmp_path: Path, coordinator: Workspace, device: Workspace, tiny: Questionnaire
) -> None:
    other = make_device(tmp_path / "other", coordinator, tiny, "laptop 2")
    add_interview(device)
    add_interview(other, "Ri Chun-hwa")
    export_bundle(device, tmp_path / "a.age", redactor=FakeRedactor())
    export_bundle(other, tmp_path / "b.age", redactor=FakeRedactor())
    summary = merge_bundles(coordinator, [tmp_path / "a.age", tmp_path / "b.age"])
    assert summary.count("merged") == 2 and len(_records(coordinator)) == 2
    devices = raw_db(coordinator.store).query("SELECT DISTINCT device FROM merged_records")
    assert len(devices) == 2
    other.close()
