"""Cost of unlocking: Argon2id at 128 MiB and at 256 MiB, side by side.

    .venv/bin/python bench/kdf.py [--runs 7]

The key file fixes Argon2id's parameters (they cannot be read before the unlock
they are needed for), so they are chosen once for every laptop: this script
measures the candidates in turn, round after round (a busy machine slows them
alike), and the peak memory of each in a fresh process.  The chosen default
(``fieldkit.crypto.KdfParams()``, used by ``fieldkit.store.keyfile.KDF``) is
marked; figures go to docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from fieldkit.crypto import KdfParams, derive_key, new_secret

CANDIDATES = {
    "128 MiB, 5 passes, 4 lanes (version 1)": KdfParams(128 * 1024, 5, 4),
    "256 MiB, 3 passes, 4 lanes": KdfParams(256 * 1024, 3, 4),
}
PASSPHRASE = "four unrelated words here"  # noqa: S105 - a benchmark input


_PEAK = """
import re
from pathlib import Path
from fieldkit.crypto import KdfParams, derive_key

def peak():  # VmHWM: this process's peak RSS (ru_maxrss survives exec on Linux)
    return int(re.search(r"VmHWM:\\s+(\\d+)", Path("/proc/self/status").read_text())[1])

before = peak()
derive_key("x", b"0" * 16, KdfParams({m}, {t}, {p}))
print(peak() - before)
"""


def _peak_growth_mib(params: KdfParams) -> float:
    """Peak resident memory added by one derivation, measured in a fresh interpreter."""
    code = _PEAK.format(m=params.memory_kib, t=params.iterations, p=params.lanes)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout) / 1024


def measure(runs: int) -> dict[str, list[float]]:
    salt = new_secret(32)
    timings: dict[str, list[float]] = {name: [] for name in CANDIDATES}
    for _ in range(runs):
        for name, params in CANDIDATES.items():
            started = time.perf_counter()
            derive_key(PASSPHRASE, salt, params)
            timings[name].append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    timings = measure(args.runs)
    default = KdfParams()
    rows = []
    for name, params in CANDIDATES.items():
        series = timings[name]
        rows.append(
            {
                "parameters": name + (" (default)" if params == default else ""),
                "median": statistics.median(series),
                "min": min(series),
                "max": max(series),
                "peak_mib": _peak_growth_mib(params),
            }
        )
    if args.json:
        print(json.dumps(rows, indent=2))
        return
    print(f"| parameters | median (n={args.runs}) | min / max | peak RSS growth |")
    print("| --- | --- | --- | --- |")
    for row in rows:
        print(
            f"| {row['parameters']} | {row['median']:.3f} s | {row['min']:.3f} / "
            f"{row['max']:.3f} s | {row['peak_mib']:.0f} MiB |"
        )


if __name__ == "__main__":
    main()
