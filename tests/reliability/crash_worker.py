"""A child process that answers questions as fast as it can and reports each
acknowledged answer on stdout ("ACK n") only after ``answer`` has returned.

Used by the crash harness (tests/reliability/test_crash.py, bench/crash.py): the
parent SIGKILLs this process at a random moment and then checks that every
acknowledged answer is in the database.  Usage:

    python crash_worker.py WORKSPACE INTERVIEW_ID START
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldkit.session import unlock_workspace


def main() -> None:
    directory, interview_id, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    workspace = unlock_workspace(directory, os.environ["FIELDKIT_PASSPHRASE"])
    session = workspace.interview(interview_id)
    print("READY", flush=True)
    n = start
    while True:
        session.answer("narrative", f"answer-{n}")
        print(f"ACK {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
