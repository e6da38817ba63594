"""Start-up cost of the command line, side by side with importing click alone.

    .venv/bin/python bench/startup.py [--runs 7]

Every command pays the start-up before it asks for a passphrase, so
``fieldkit --version`` and ``fieldkit --help`` should cost at most twice
``python -c "import click"`` (the floor: an interpreter and the CLI library).
The three commands run in turn, round after round, so a busy machine slows
them alike; the medians and their ratios are printed as a Markdown table for
docs/performance.md.  ``tests/unit/test_import_hygiene.py`` keeps what makes it
fast: importing ``fieldkit.cli`` loads no service, engine or driver.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

FIELDKIT = str(Path(sys.executable).parent / "fieldkit")
COMMANDS = {
    'python -c "import click"': [sys.executable, "-c", "import click"],
    "fieldkit --version": [FIELDKIT, "--version"],
    "fieldkit --help": [FIELDKIT, "--help"],
}
TARGET = 2.0


def _once(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(runs: int) -> dict[str, list[float]]:
    """Seconds per run of each command, interleaved round by round (after a warm-up)."""
    for command in COMMANDS.values():
        _once(command)
    timings: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, command in COMMANDS.items():
            timings[name].append(_once(command))
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    timings = measure(runs)
    floor = statistics.median(timings['python -c "import click"'])
    print(f"| command | median (n={runs}) | min / max | ratio to import click |")
    print("| --- | --- | --- | --- |")
    for name, values in timings.items():
        median = statistics.median(values)
        print(
            f"| `{name}` | {median * 1000:.0f} ms | {min(values) * 1000:.0f} / "
            f"{max(values) * 1000:.0f} ms | {median / floor:.2f}x |"
        )
    worst = max(statistics.median(v) for n, v in timings.items() if n.startswith("fieldkit"))
    verdict = "within" if worst / floor <= TARGET else "OVER"
    print(f"\ntarget: at most {TARGET:.0f}x; {verdict} ({worst / floor:.2f}x)")


if __name__ == "__main__":
    main()
