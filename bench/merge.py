"""Merge throughput: N bundles x 100 interviews into a coordinator, against a bare
SQLite bulk insert of the same rows, and 10x the data for linearity.

    .venv/bin/python bench/merge.py            # 100 bundles, then 1,000 bundles
    .venv/bin/python bench/merge.py --quick    # 10 and 100 bundles

Bundles are built directly from their parts (``build_body`` + ``seal``) from the
report fixture's interviews, exported as a device would (generalised, no direct
fields), spread over 10 enrolled devices.  The merge figure covers everything
``fieldkit merge`` does (``merge_bundles`` over files, verification in worker
processes, and again with ``workers=1``): age decryption, framing, canonical manifest,
Ed25519 verification, per-record digests and validation against the
questionnaire, the replay/revision checks and one SQLCipher transaction.  The
baseline inserts the same rows into a plain (unencrypted) SQLite table in one
transaction, and again with one transaction per bundle as merge does.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bundle_helpers import make_coordinator, make_device  # noqa: E402
from fieldkit.bundle import merge_bundles, project_file_bytes, verify_project  # noqa: E402
from fieldkit.bundle.anonymise import NEVER, export_value  # noqa: E402
from fieldkit.bundle.export import build_body  # noqa: E402
from fieldkit.canonical import canonical_json, sha256_hex  # noqa: E402
from fieldkit.crypto import SigningKey, new_secret, seal  # noqa: E402
from fieldkit.questionnaire import Flow, builtin_questionnaire  # noqa: E402
from fieldkit.session import unlock_workspace  # noqa: E402

from helpers import PASSPHRASE  # noqa: E402

PER_BUNDLE = 100
DEVICES = 10


def exported_answers() -> list[dict[str, Any]]:
    qn = builtin_questionnaire()
    flow = Flow(qn)
    fixture = json.loads((ROOT / "tests/data/report_interviews.json").read_text("utf-8"))
    result = []
    for item in fixture["interviews"]:
        answers = {}
        for qid, value in flow.effective(item["answers"])[0].items():
            exported = export_value(flow.by_id[qid], value, sealed=flow.section_of[qid].sealed)
            if exported is not NEVER:
                answers[qid] = exported
        result.append(answers)
    return result


def record(answers: dict[str, Any]) -> tuple[str, int, bytes]:
    rid = new_secret(16).hex()
    body = {
        "id": rid,
        "revision": 40,
        "status": "complete",
        "started": "2026-01",
        "updated": "2026-02",
        "answers": answers,
        "redaction": {
            "counts": {"PERSON": 3},
            "uncertain": 0,
            "released": [],
            "detectors": {"known": "1"},
        },
    }
    return rid, 40, canonical_json(body)


def make_bundles(n_bundles: int, keys: list[SigningKey], project: Any) -> list[tuple[bytes, list]]:
    pool = exported_answers()
    bundles = []
    previous: dict[int, str | None] = {}
    for b in range(n_bundles):
        device = b % len(keys)
        records = sorted(
            (record(pool[(b * PER_BUNDLE + i) % len(pool)]) for i in range(PER_BUNDLE)),
            key=lambda r: r[0],
        )
        sequence = b // len(keys) + 1
        body, manifest = build_body(
            keys[device],
            project=project,
            records=records,
            bundle_id=new_secret(16).hex(),
            sequence=sequence,
            previous=previous.get(device),
            event_head=(b + 1, "0" * 64),
            scope="incremental",
            month="2026-02",
        )
        previous[device] = sha256_hex(manifest.to_bytes())
        bundles.append((seal(body, list(project.recipients)), [(r[0], r[2]) for r in records]))
    return bundles


def bare_sqlite(bundles: list[tuple[bytes, list]], per_bundle_tx: bool) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        conn = sqlite3.connect(Path(tmp) / "bare.db", isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute(
            "CREATE TABLE merged_records (record_id TEXT PRIMARY KEY, device TEXT, revision INT,"
            " sequence INT, record_hash TEXT, status TEXT, body TEXT, bundle_id TEXT)"
        )
        started = time.perf_counter()
        if not per_bundle_tx:
            conn.execute("BEGIN")
        for b, (_, rows) in enumerate(bundles):
            if per_bundle_tx:
                conn.execute("BEGIN")
            conn.executemany(
                "INSERT INTO merged_records VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (rid, "dev", 40, 1, sha256_hex(raw), "complete", raw.decode(), str(b))
                    for rid, raw in rows
                ],
            )
            if per_bundle_tx:
                conn.execute("COMMIT")
        if not per_bundle_tx:
            conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
        conn.close()
    return elapsed


def _timed_merge(directory: Path, paths: list[Path], workers: int | None) -> float:
    with unlock_workspace(directory, PASSPHRASE) as coordinator:
        started = time.perf_counter()
        summary = merge_bundles(coordinator, paths, workers=workers)
        elapsed = time.perf_counter() - started
        assert summary.count("merged") == len(paths), summary.outcomes[:3]
        assert len(coordinator.store.merged.bodies()) == len(paths) * PER_BUNDLE
    return elapsed


def run(n_bundles: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        qn = builtin_questionnaire()
        coordinator = make_coordinator(Path(tmp) / "c", qn)
        project = verify_project(project_file_bytes(coordinator))
        keys = []
        for d in range(DEVICES):
            device = make_device(Path(tmp) / f"d{d}", coordinator, qn, f"laptop {d}")
            keys.append(SigningKey(device.store.keys.device_signing_key()))
            device.close()
        coordinator.close()
        shutil.copytree(Path(tmp) / "c", Path(tmp) / "c1")
        bundles = make_bundles(n_bundles, keys, project)
        paths = []
        for index, (data, _) in enumerate(bundles):
            paths.append(Path(tmp) / f"{index:05d}.age")
            paths[-1].write_bytes(data)
        merge = _timed_merge(Path(tmp) / "c", paths, workers=None)
        merge_one = _timed_merge(Path(tmp) / "c1", paths, workers=1)
    return {
        "merge": merge,
        "merge_one_process": merge_one,
        "bulk_one_tx": bare_sqlite(bundles, per_bundle_tx=False),
        "bulk_per_bundle_tx": bare_sqlite(bundles, per_bundle_tx=True),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sizes = (10, 100) if args.quick else (100, 1000)
    results = {n: run(n) for n in sizes}
    print(f"cores: {os.cpu_count()}; merge = fieldkit merge's code path (merge_bundles over files)")
    print(
        f"| bundles x {PER_BUNDLE} | records | merge | ratio to bare 1 tx | ratio to bare 1 tx "
        "per bundle | merge in one process | its ratio to bare 1 tx | bare SQLite, 1 tx | "
        "bare, 1 tx per bundle |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for n, r in results.items():
        print(
            f"| {n} | {n * PER_BUNDLE:,} | {r['merge']:.2f} s | "
            f"{r['merge'] / r['bulk_one_tx']:.1f}x | {r['merge'] / r['bulk_per_bundle_tx']:.1f}x | "
            f"{r['merge_one_process']:.2f} s | {r['merge_one_process'] / r['bulk_one_tx']:.1f}x | "
            f"{r['bulk_one_tx']:.3f} s | {r['bulk_per_bundle_tx']:.3f} s |"
        )
    small, large = sizes
    growth = results[large]["merge"] / results[small]["merge"]
    print(f"\nlinearity: {large // small}x the data took {growth:.1f}x the time")


if __name__ == "__main__":
    main()
