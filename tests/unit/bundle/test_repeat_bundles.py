"""Repeat instances in bundles: keyed, anonymised, redacted; merged with their revisions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bundle_helpers import FakeRedactor, make_coordinator, make_device
from fieldkit.bundle import merge_bundle
from fieldkit.bundle.coordinator import coordinator_identities
from fieldkit.bundle.export import export_bundle
from fieldkit.bundle.manifest import decode_body
from fieldkit.crypto import open_sealed
from fieldkit.session import Workspace
from repeat_helpers import add_sold_interview, tiny_sales

from helpers import raw_db


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Workspace, Workspace]:
    qn = tiny_sales()
    coordinator = make_coordinator(tmp_path / "coordinator", qn)
    device = make_device(tmp_path / "device", coordinator, qn, "laptop 1")
    yield coordinator, device  # type: ignore[misc]
    device.close()
    coordinator.close()


def _records(coordinator: Workspace, path: Path) -> list[dict]:  # type: ignore[type-arg]
    body = open_sealed(path.read_bytes(), coordinator_identities(coordinator))
    assert body is not None
    return [json.loads(r) for r in decode_body(body).records]


def _merged(coordinator: Workspace) -> list[dict]:  # type: ignore[type-arg]
    rows = raw_db(coordinator.store).query("SELECT body FROM merged_records")
    return [json.loads(r[0]) for r in rows]


def test_instances_are_anonymised_and_redacted(
    tmp_path: Path, pair: tuple[Workspace, Workspace]
) -> None:
    coordinator, device = pair
    interview = add_sold_interview(device, sales=2)
    local_ids = [i.id for i in device.interview(interview).instances("sales")]
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    (record,) = _records(coordinator, tmp_path / "1.age")
    first, second = record["repeats"]["sales"]
    assert (first["position"], second["position"]) == (1, 2)
    assert first["answers"]["sale_year"] == "1995-1999"  # quasi: generalised
    assert first["answers"]["sale_price"] == 3000
    assert "buyer_name" not in first["answers"]  # direct: never leaves
    assert "Wang Jian" not in json.dumps(record)  # redacted from the instance's free text
    assert first["answers"]["sale_story"].startswith("[PERSON-")
    text = json.dumps(record)
    assert all(local not in text for local in local_ids)  # keys unlinkable to local ids
    assert len(first["key"]) == 32 and first["key"] != second["key"]
    assert record["redaction"]["counts"]["PERSON"] == 2


def test_instance_keys_are_stable_across_exports(
    tmp_path: Path, pair: tuple[Workspace, Workspace]
) -> None:
    coordinator, device = pair
    add_sold_interview(device, sales=2)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    export_bundle(device, tmp_path / "2.age", everything=True, redactor=FakeRedactor())
    (one,) = _records(coordinator, tmp_path / "1.age")
    (two,) = _records(coordinator, tmp_path / "2.age")
    assert [i["key"] for i in one["repeats"]["sales"]] == [
        i["key"] for i in two["repeats"]["sales"]
    ]


def test_second_revision_of_one_instance_updates_it_on_merge(
    tmp_path: Path, pair: tuple[Workspace, Workspace]
) -> None:
    coordinator, device = pair
    interview = add_sold_interview(device, sales=2)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    session = device.interview(interview)
    second = session.instances("sales")[1]
    session.answer_in_instance(second.id, "sale_price", 7777)
    export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    merge_bundle(coordinator, (tmp_path / "1.age").read_bytes(), "1.age")
    (before,) = _merged(coordinator)
    merge_bundle(coordinator, (tmp_path / "2.age").read_bytes(), "2.age")
    (after,) = _merged(coordinator)
    old, new = before["repeats"]["sales"], after["repeats"]["sales"]
    assert [i["key"] for i in old] == [i["key"] for i in new]  # the same instances
    assert new[1]["answers"]["sale_price"] == 7777 and new[1]["revision"] > old[1]["revision"]
    assert new[0] == old[0]  # the untouched instance is unchanged


def test_deleted_instance_leaves_the_coordinator_record(
    tmp_path: Path, pair: tuple[Workspace, Workspace]
) -> None:
    coordinator, device = pair
    interview = add_sold_interview(device, sales=2)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    session = device.interview(interview)
    session.delete_instance(session.instances("sales")[0].id)
    export_bundle(device, tmp_path / "2.age", redactor=FakeRedactor())
    for name in ("1.age", "2.age"):
        merge_bundle(coordinator, (tmp_path / name).read_bytes(), name)
    (record,) = _merged(coordinator)
    (only,) = record["repeats"]["sales"]
    assert only["position"] == 1 and only["answers"]["sale_price"] == 3001


def test_record_without_instances_has_no_repeats_member(
    tmp_path: Path, pair: tuple[Workspace, Workspace]
) -> None:
    coordinator, device = pair
    add_sold_interview(device, sales=0)
    export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
    (record,) = _records(coordinator, tmp_path / "1.age")
    assert "repeats" not in record


def _record(**extra: object) -> dict:  # type: ignore[type-arg]
    return {
        "id": "ab" * 16,
        "revision": 3,
        "status": "complete",
        "started": "2026-01",
        "updated": "2026-02",
        "answers": {"consent": "yes"},
        "redaction": {"counts": {}, "uncertain": 0, "released": [], "detectors": {}},
        **extra,
    }


def _instance(position: int, key: str = "", **answers: object) -> dict:  # type: ignore[type-arg]
    return {
        "key": key or f"{position:032x}",
        "position": position,
        "revision": 1,
        "answers": answers,
    }


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        (_record(repeats={"nope": [_instance(1)]}), "unknown repeat"),
        (_record(repeats={"sales": [_instance(2)]}), "numbered 1..n"),
        (_record(repeats={"sales": [_instance(1), _instance(2, f"{1:032x}")]}), "distinct keys"),
        (_record(repeats={"sales": [_instance(1, buyer_name="Wang")]}), "never leave"),
        (_record(repeats={"sales": [_instance(1, sale_year=1998)]}), "generalised"),
        (_record(repeats={"sales": [_instance(1, consent="yes")]}), "not a question of this"),
        (_record(answers={"sale_price": 5}), "asked in each instance"),
    ],
    ids=["unknown", "position", "keys", "direct", "raw-quasi", "outer", "top-level"],
)
def test_verify_refuses_instances_that_could_not_be_exported(
    record: dict,
    problem: str,  # type: ignore[type-arg]
) -> None:
    from fieldkit.bundle.verify import Record, _checker_for
    from fieldkit.errors import BundleContentError

    with pytest.raises(BundleContentError, match=problem):
        _checker_for(tiny_sales()).check(Record.model_validate(record))


def test_verify_accepts_exported_instances() -> None:
    from fieldkit.bundle.verify import Record, _checker_for

    good = _record(repeats={"sales": [_instance(1, sale_year="1995-1999", sale_price=10)]})
    _checker_for(tiny_sales()).check(Record.model_validate(good))


def test_an_older_instance_revision_never_wins() -> None:
    from fieldkit.bundle.merge import _check_instances
    from fieldkit.errors import BundleRevisionError

    stored = json.dumps(_record(repeats={"sales": [{**_instance(1), "revision": 4}]}))
    older = json.dumps(_record(repeats={"sales": [{**_instance(1), "revision": 3}]}))
    with pytest.raises(BundleRevisionError, match="older than the stored revision 4"):
        _check_instances("ab" * 16, stored, older)
    _check_instances("ab" * 16, older, stored)
