"""Unlock time for the real, the duress and a wrong passphrase, side by side.

    .venv/bin/python bench/unlock.py [--runs 15]

One workspace (production Argon2id cost) with a duress passphrase set; each
round unlocks with the real passphrase, the duress passphrase and a wrong one,
in a new random order each round (so that a busy machine slows all three alike),
timing ``unlock_workspace`` from the call to the open workspace (or to the
``WrongPassphraseError``).  Prints medians, quartiles and extremes, and the
largest difference between two medians as a share of the spread, for
docs/performance.md.  Every passphrase costs one Argon2id derivation and four
slot decryptions (tests/unit/store/test_keyfile.py counts them); this shows
what that means in seconds.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from fieldkit.errors import WrongPassphraseError
from fieldkit.session import create_workspace, unlock_workspace
from fieldkit.session.duress import set_duress

PASSPHRASES = {
    "real": "kimchi tumen river lantern",
    "duress": "paper lantern over quiet harbour",
    "wrong": "seven winter crows above the mill",
}


def _once(directory: Path, passphrase: str) -> float:
    started = time.perf_counter()
    try:
        workspace = unlock_workspace(directory, passphrase)
    except WrongPassphraseError:
        return time.perf_counter() - started
    elapsed = time.perf_counter() - started
    workspace.close()
    return elapsed


def measure(directory: Path, runs: int, seed: int) -> dict[str, list[float]]:
    rng = random.Random(seed)
    timings: dict[str, list[float]] = {name: [] for name in PASSPHRASES}
    for name in PASSPHRASES:  # warm-up: page cache, imports
        _once(directory, PASSPHRASES[name])
    for _ in range(runs):
        order = list(PASSPHRASES)
        rng.shuffle(order)
        for name in order:
            timings[name].append(_once(directory, PASSPHRASES[name]))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "ws"
        with create_workspace(directory, PASSPHRASES["real"]) as workspace:
            set_duress(workspace, PASSPHRASES["duress"], destroy=False)
        timings = measure(directory, args.runs, args.seed)
    print(f"| passphrase | median (n={args.runs}) | quartiles | min / max |")
    print("| --- | --- | --- | --- |")
    medians = {}
    for name, series in timings.items():
        q1, _, q3 = statistics.quantiles(series, n=4)
        medians[name] = statistics.median(series)
        print(
            f"| {name} | {medians[name]:.3f} s | {q1:.3f} - {q3:.3f} s | "
            f"{min(series):.3f} / {max(series):.3f} s |"
        )
    gap = max(medians.values()) - min(medians.values())
    iqr = statistics.median(
        statistics.quantiles(s, n=4)[2] - statistics.quantiles(s, n=4)[0] for s in timings.values()
    )
    print(
        f"largest gap between medians: {gap * 1000:.0f} ms; median interquartile range: "
        f"{iqr * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
