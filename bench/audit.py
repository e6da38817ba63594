"""Audit cost: every check over N bundles x 100 records, and the risk search at scale.

    .venv/bin/python bench/audit.py            # 10 and 100 bundles; risk at 1,000 and 10,000
    .venv/bin/python bench/audit.py --quick    # 1 and 10 bundles; risk at 1,000

Records are the report fixture's 71 interviews exported as a device would: quasi
answers generalised, direct ones dropped, narratives redacted by the real engine
with the identity section's terms (as export does), each copy with a fresh id,
spread over 10 enrolled devices.  The figure for each phase is the function
``run_audit`` calls for it: provenance (``open_for_audit``: decrypt, framing,
manifest, device, Ed25519, digests), schema (``SchemaChecker``), the strict
re-scan (``residual.scan``) and the risk assessment (``risk.assess``) over the
19 quasi-identifiers the built-in questionnaire declares.

Copies of 71 records make classes of 14 or more, which tells nothing about the
lift search; so the risk search is also timed on synthetic records that draw
each quasi-identifier independently from the fixture's own values (seeded), which
leaves most records unique: the worst case for the search.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from bundle_helpers import make_coordinator, make_device  # noqa: E402
from fieldkit.audit import coordinator_inputs, run_audit  # noqa: E402
from fieldkit.audit.lattice import column_for  # noqa: E402
from fieldkit.audit.provenance import open_for_audit  # noqa: E402
from fieldkit.audit.residual import default_scanner, scan  # noqa: E402
from fieldkit.audit.risk import assess  # noqa: E402
from fieldkit.audit.schema import SchemaChecker  # noqa: E402
from fieldkit.bundle import project_file_bytes, verify_project  # noqa: E402
from fieldkit.bundle.anonymise import NEVER, export_value  # noqa: E402
from fieldkit.bundle.device import device_key  # noqa: E402
from fieldkit.bundle.export import build_body  # noqa: E402
from fieldkit.canonical import canonical_json, sha256_hex  # noqa: E402
from fieldkit.crypto import new_secret, seal  # noqa: E402
from fieldkit.questionnaire import Flow, builtin_questionnaire  # noqa: E402
from fieldkit.redaction import KnownTerm, Redactor  # noqa: E402

PER_BUNDLE = 100
DEVICES = 10


def exported(flow: Flow) -> list[dict[str, Any]]:
    """The fixture as a device would export it (narratives through the real engine)."""
    engine = Redactor.default()
    fixture = json.loads((ROOT / "tests/data/report_interviews.json").read_text("utf-8"))
    out = []
    for item in fixture["interviews"]:
        raw = item["answers"]
        known = [
            KnownTerm(raw[q.id], q.redaction_seed)
            for q in flow.order
            if q.redaction_seed and isinstance(raw.get(q.id), str)
        ]
        values = flow.effective(raw)[0]
        texts = {q: v for q, v in values.items() if flow.by_id[q].sensitivity == "narrative"}
        redacted = engine.redact_many(texts, known=known, secret=new_secret())
        answers = {}
        for qid, value in values.items():
            value = redacted[qid].text if qid in redacted else value
            kept = export_value(flow.by_id[qid], value, sealed=flow.section_of[qid].sealed)
            if kept is not NEVER:
                answers[qid] = kept
        out.append(answers)
    return out


def _record(answers: dict[str, Any]) -> tuple[str, int, bytes]:
    rid = new_secret(16).hex()
    body = {
        "answers": answers,
        "id": rid,
        "redaction": {"counts": {}, "detectors": dict(Redactor.detector_versions),
                      "released": [], "uncertain": 0},
        "revision": 40,
        "started": "2026-01",
        "status": "complete",
        "updated": "2026-02",
    }  # fmt: skip
    return rid, 40, canonical_json(body)


def write_bundles(root: Path, n: int, pool: list[dict[str, Any]]) -> tuple[Any, list[Path]]:
    qn = builtin_questionnaire()
    coordinator = make_coordinator(root / "c", qn)
    project = verify_project(project_file_bytes(coordinator))
    devices = [make_device(root / f"d{i}", coordinator, qn, f"laptop {i}") for i in range(DEVICES)]
    keys = [device_key(d) for d in devices]
    previous: dict[int, str | None] = {}
    paths = []
    for b in range(n):
        device = b % DEVICES
        records = sorted(
            (_record(pool[(b * PER_BUNDLE + i) % len(pool)]) for i in range(PER_BUNDLE)),
            key=lambda r: r[0],
        )
        body, manifest = build_body(
            keys[device],
            project=project,
            records=records,
            bundle_id=new_secret(16).hex(),
            sequence=b // DEVICES + 1,
            previous=previous.get(device),
            event_head=(b + 1, "0" * 64),
            scope="incremental",
            month="2026-02",
        )
        previous[device] = sha256_hex(manifest.to_bytes())
        paths.append(root / f"{b}.age")
        paths[-1].write_bytes(seal(body, list(project.recipients)))
    for d in devices:
        d.close()
    return coordinator, paths


def phases(n: int, pool: list[dict[str, Any]]) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        coordinator, paths = write_bundles(Path(tmp), n, pool)
        inputs = coordinator_inputs(coordinator)
        flow, engine = inputs.flow, default_scanner()
        times: dict[str, float] = {}
        started = time.perf_counter()
        opened = [open_for_audit(p, inputs) for p in paths]
        times["provenance"] = time.perf_counter() - started
        records = [r for o in opened for r in o.records]
        started = time.perf_counter()
        checker = SchemaChecker(flow)
        problems = [p for r in records for p in checker.check(r)]
        times["schema"] = time.perf_counter() - started
        started = time.perf_counter()
        hits, texts = scan(records, flow, engine)
        times["re-scan"] = time.perf_counter() - started
        started = time.perf_counter()
        report = run_audit(inputs, paths)
        times["run_audit (all)"] = time.perf_counter() - started
        coordinator.close()
    quasi = len(report.risk.quasi)
    print(f"{n} bundles, {len(records)} records, {texts} texts, {quasi} quasi-identifiers: "
          f"{len(problems)} schema problems, {len(hits)} residual hits, "
          f"{len(report.risk.below_k)} below k")  # fmt: skip
    return times


def synthetic(pool: list[dict[str, Any]], quasi: list[str], n: int) -> list[dict[str, Any]]:
    rng = random.Random(7)
    return [{q: rng.choice(pool).get(q) for q in quasi} for _ in range(n)]


def risk_search(pool: list[dict[str, Any]], n: int) -> tuple[float, int]:
    flow = Flow(builtin_questionnaire())
    questions = [q for q in flow.order if q.sensitivity == "quasi"]
    rows = synthetic(pool, [q.id for q in questions], n)
    started = time.perf_counter()
    report = assess(rows, [str(i) for i in range(n)], [column_for(q) for q in questions], [],
                    k=3, l_min=2)  # fmt: skip
    return time.perf_counter() - started, len(report.below_k)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    quick = parser.parse_args().quick
    pool = exported(Flow(builtin_questionnaire()))
    for n in (1, 10) if quick else (10, 100):
        times = phases(n, pool)
        print("  " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))
    for n in (1000,) if quick else (1000, 10000):
        elapsed, below = risk_search(pool, n)
        print(f"risk search, {n} synthetic records, {below} below k=3: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
