"""Merging many files verifies them in worker processes: the outcomes, their order,
every error message and the database must be exactly what a one-process merge gives."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from bundle_helpers import FakeRedactor, add_interview, make_coordinator, make_device
from fieldkit.bundle import merge_bundles
from fieldkit.bundle.export import export_bundle
from fieldkit.bundle.parallel import worker_count
from fieldkit.errors import BundleIntegrityError, BundleOriginError
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace, unlock_workspace

from helpers import PASSPHRASE, raw_db


def _bundles(tmp_path: Path, coordinator: Workspace, tiny: Questionnaire) -> list[Path]:
    """Four bundles from two devices, one tampered copy, one for another project, a replay."""
    paths = []
    for d in range(2):
        device = make_device(tmp_path / f"device{d}", coordinator, tiny, f"laptop {d}")
        for n in range(2):
            add_interview(device, f"Kim Ok-sun {d}{n}")
            out = tmp_path / f"d{d}-{n}.age"
            export_bundle(device, out, redactor=FakeRedactor())
            paths.append(out)
        device.close()
    tampered = tmp_path / "tampered.age"
    data = bytearray(paths[0].read_bytes())
    data[-40] ^= 0x01
    tampered.write_bytes(bytes(data))
    stranger = make_device(
        tmp_path / "stranger", make_coordinator(tmp_path / "other", tiny), tiny, "elsewhere"
    )
    add_interview(stranger)
    export_bundle(stranger, tmp_path / "stranger.age", redactor=FakeRedactor())
    return [paths[0], tampered, paths[1], tmp_path / "stranger.age", paths[2], paths[3], paths[0]]


def _summary(coordinator: Workspace, paths: list[Path], workers: int) -> list[tuple[str, ...]]:
    summary = merge_bundles(coordinator, paths, workers=workers)
    return [
        (o.source, o.status, str(o.changed), str(o.error) if o.error else "")
        for o in summary.outcomes
    ]


def test_parallel_and_sequential_merges_agree(tmp_path: Path, tiny: Questionnaire) -> None:
    first = make_coordinator(tmp_path / "c1", tiny)
    paths = _bundles(tmp_path, first, tiny)
    second_dir = tmp_path / "c2"
    first.close()
    shutil.copytree(tmp_path / "c1", second_dir)  # the same coordinator, twice
    with (
        unlock_workspace(tmp_path / "c1", PASSPHRASE) as one,
        unlock_workspace(second_dir, PASSPHRASE) as two,
    ):
        sequential = _summary(one, paths, workers=1)
        parallel = _summary(two, paths, workers=2)
        assert parallel == sequential
        assert [s[1] for s in parallel] == [
            "merged",
            "rejected",
            "merged",
            "rejected",
            "merged",
            "merged",
            "already merged",
        ]
        assert "damaged or tampered with" in parallel[1][3]
        assert "not encrypted to this coordinator's key" in parallel[3][3]
        tables = "SELECT record_id, body FROM merged_records ORDER BY record_id"
        assert raw_db(one.store).query(tables) == raw_db(two.store).query(tables)


@pytest.mark.parametrize(
    "error",
    [
        BundleIntegrityError("damaged", where="b.age", hint="export again", details=["x"]),
        BundleOriginError("not enrolled"),
    ],
)
def test_errors_survive_the_trip_between_processes(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(copy) is type(error) and str(copy) == str(error)
    assert copy.details == error.details  # type: ignore[attr-defined]


def test_a_few_files_are_verified_in_this_process() -> None:
    assert worker_count(3) == 1
    assert worker_count(100, requested=1) == 1
    assert worker_count(100) >= 1
