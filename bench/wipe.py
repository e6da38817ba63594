"""Panic wipe with a 40 MB WAL: time from the wipe command to the key material gone.

    .venv/bin/python bench/wipe.py [--rounds 5]

Each round makes a workspace, writes answers until its WAL holds about 40 MB of
frames not yet checkpointed (the most ``wal_autocheckpoint = 10000`` lets pile
up), then wipes it while it is open, two ways in turn:

- **now** (``fieldkit.session.safety.panic_wipe``): the key file is overwritten
  and synced first; the databases are overwritten and removed; the connection is
  closed last, into files that are already gone;
- **before** (version 1's order): close the workspace first (SQLite checkpoints
  the whole WAL into the database and syncs it), then destroy the key.

Printed: milliseconds from the call to the key file's overwrite being synced
("key gone"), and to the call's return ("all done"), medians and extremes, as a
table for docs/performance.md and docs/threat-model.md.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from fieldkit.crypto import new_secret
from fieldkit.session import Workspace, create_workspace
from fieldkit.session.safety import PANIC_PHRASE, panic_wipe
from fieldkit.store import Store
from fieldkit.store.keyfile import KeyFile

PASSPHRASE = "kimchi tumen river lantern"  # noqa: S105 - a benchmark input
WAL_BYTES = 40_000_000
CHUNK = 256 * 1024


def _workspace(directory: Path) -> tuple[Workspace, int]:
    """An open workspace whose WAL holds ~40 MB of frames not yet checkpointed."""
    workspace = create_workspace(directory, PASSPHRASE)
    store = workspace.store
    interview = store.interviews.create(workspace.active_hash)
    wal = store.database_path.with_name(store.database_path.name + "-wal")
    while not wal.exists() or wal.stat().st_size < WAL_BYTES:
        store.interviews.record_answer(interview, "life_story", new_secret(CHUNK).hex())
    return workspace, wal.stat().st_size


def _timed(action: Callable[[], None]) -> tuple[float, float]:
    """(seconds to the key file's scrub being synced, seconds to the end)."""
    marks: list[float] = []
    original = KeyFile.scrub

    def scrub(keyfile: KeyFile) -> None:
        original(keyfile)
        marks.append(time.perf_counter())

    KeyFile.scrub = scrub  # type: ignore[method-assign]
    try:
        started = time.perf_counter()
        action()
        ended = time.perf_counter()
    finally:
        KeyFile.scrub = original  # type: ignore[method-assign]
    return marks[0] - started, ended - started


def now(directory: Path, workspace: Workspace) -> None:
    panic_wipe(directory, workspace, typed=PANIC_PHRASE)


def before(directory: Path, workspace: Workspace) -> None:
    workspace.close()  # checkpoints the WAL first, as version 1 did
    Store.wipe(directory)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float]]] = {"now": [], "before": []}
    wal_sizes = []
    with tempfile.TemporaryDirectory(dir=".") as tmp:
        for round_ in range(args.rounds):
            for name, wipe in (("now", now), ("before", before)):
                directory = Path(tmp) / f"{name}-{round_}"
                workspace, wal = _workspace(directory)
                wal_sizes.append(wal)
                results[name].append(_timed(lambda: wipe(directory, workspace)))  # noqa: B023
                assert not directory.exists()
    print(f"WAL before the wipe: {min(wal_sizes) / 1e6:.1f}-{max(wal_sizes) / 1e6:.1f} MB")
    print(f"| order | key gone: median (n={args.rounds}) | min / max | all done: median |")
    print("| --- | --- | --- | --- |")
    for name, series in results.items():
        key = [k * 1000 for k, _ in series]
        done = [d * 1000 for _, d in series]
        print(
            f"| {name} | {statistics.median(key):.0f} ms | {min(key):.0f} / {max(key):.0f} ms "
            f"| {statistics.median(done):.0f} ms |"
        )


if __name__ == "__main__":
    main()
