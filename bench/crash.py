"""Long crash-safety run: N random SIGKILLs (default 1,000) against one workspace.

    .venv/bin/python bench/crash.py --rounds 1000

Uses the same harness as tests/reliability/test_crash.py (N = 50 in CI) and prints
the rounds, answers acknowledged before kills, answers lost and integrity failures.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers import TINY, questionnaire_from_toml  # noqa: E402
from reliability.harness import prepare, run_rounds  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp) / "ws"
        interview_id = prepare(directory, questionnaire_from_toml(TINY))
        started = time.monotonic()
        report = run_rounds(directory, interview_id, args.rounds, seed=args.seed)
        elapsed = time.monotonic() - started
    print(f"rounds (SIGKILLs):          {report.rounds}")
    print(f"answers acknowledged:       {report.acknowledged}")
    print(f"acknowledged answers lost:  {len(report.lost)}")
    print(f"integrity check failures:   {len(report.integrity_failures)}")
    print(f"elapsed:                    {elapsed:.0f} s")
    sys.exit(1 if report.lost or report.integrity_failures else 0)


if __name__ == "__main__":
    main()
