"""What SQLCipher's ``cipher_memory_security = ON`` costs: the same workload with it on and off.

    .venv/bin/python bench/memory_security.py            # 6 rounds of each, 300 answers
    .venv/bin/python bench/memory_security.py --quick    # 2 rounds, 100 answers

The setting is process-wide and cannot be switched off once on, so every round runs in a
fresh child process: ``on`` is the store as shipped, ``off`` replaces the pragma (the only
difference).  Rounds alternate on, off, on, off... in one temporary directory, so both see
the same disk and the same machine load.  Each child, on a workspace of 200 interviews:

- ``unlock``: ``unlock_workspace`` with a cheap KDF (what remains is opening the database);
- ``answer``: ``save_text`` as the app does on Enter (parse, check, one transaction), per answer;
- ``list``: the interview list (``Workspace.summaries``: every interview row read), 20 times;
- ``check``: ``Workspace.check_integrity`` (every page read and verified, the event chain),
  5 times.

Each figure is the median (answers: p50 and p99) over every timing of that mode.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

MODES = ("on", "off")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def _timed(operation: Any, times: int) -> list[float]:
    timings = []
    for _ in range(times):
        started = time.perf_counter()
        operation()
        timings.append(time.perf_counter() - started)
    return timings


def child(directory: Path, mode: str, answers: int) -> None:
    import fieldkit.store.db as db
    from fieldkit.session import unlock_workspace
    from fieldkit.session.navigation import save_text

    from helpers import PASSPHRASE

    if mode == "off":
        db.MEMORY_SECURITY = "PRAGMA cipher_memory_security = OFF"
    started = time.perf_counter()
    workspace = unlock_workspace(directory, PASSPHRASE)
    result: dict[str, Any] = {"unlock": [time.perf_counter() - started]}
    session = workspace.interview(workspace.summaries()[0].id)
    timings = []
    for n in range(answers):
        started = time.perf_counter()
        save_text(session, "drug_note", f"{mode} answer {n}", "en")
        timings.append(time.perf_counter() - started)
    result["answer"] = timings
    result["list"] = _timed(workspace.summaries, 20)
    result["check"] = _timed(workspace.check_integrity, 5)
    workspace.close()
    print(json.dumps(result))


def prepare(directory: Path) -> None:
    from fieldkit.session import create_workspace

    from helpers import PASSPHRASE, TINY, questionnaire_from_toml

    with create_workspace(
        directory, PASSPHRASE, questionnaire=questionnaire_from_toml(TINY)
    ) as workspace:
        for n in range(200):
            session = workspace.new_interview(f"B-{n:03d}")
            session.answer("consent", "yes")
            session.answer("means", ["drugging"])
            session.answer_text("drug_note", "a note " * 20)
            session.answer_text("narrative", "She told the story of the crossing. " * 40)


def run_child(directory: Path, mode: str, answers: int) -> dict[str, Any]:
    output = subprocess.run(
        [sys.executable, __file__, "--child", str(directory), mode, str(answers)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return dict(json.loads(output))


def report(results: dict[str, list[dict[str, Any]]]) -> None:
    print("| figure | memory security off | on | on / off |")
    print("| --- | --- | --- | --- |")
    for name in ("unlock", "list", "check"):
        off, on = (
            statistics.median(t for r in results[m] for t in r[name]) * 1000 for m in ("off", "on")
        )
        print(f"| {name} (median) | {off:.2f} ms | {on:.2f} ms | {on / off:.2f}x |")
    for label, fraction in (("p50", 0.5), ("p99", 0.99)):
        off, on = (
            percentile([t for r in results[m] for t in r["answer"]], fraction) * 1000
            for m in ("off", "on")
        )
        print(f"| answer {label} | {off:.2f} ms | {on:.2f} ms | {on / off:.2f}x |")
    count = sum(len(r["answer"]) for r in results["on"])
    print(f"\n{len(results['on'])} rounds per mode, {count} answers per mode")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("DIR", "MODE", "ANSWERS"))
    options = parser.parse_args()
    if options.child:
        directory, mode, answers = options.child
        child(Path(directory), mode, int(answers))
        return
    rounds, answers = (2, 100) if options.quick else (8, 300)
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch) / "ws"
        prepare(directory)
        results: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
        for _ in range(rounds):
            for mode in MODES:
                results[mode].append(run_child(directory, mode, answers))
    report(results)


if __name__ == "__main__":
    main()
