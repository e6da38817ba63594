"""Child process for the disk-full test: writes answers under a file-size limit
(RLIMIT_FSIZE) until the store refuses, reports what happened on stdout, then lifts the limit
and enters the refused answer again.

    python disk_full_worker.py WORKSPACE INTERVIEW_ID LIMIT_BYTES
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from pathlib import Path

from fieldkit.errors import FieldkitError
from fieldkit.session import unlock_workspace


def main() -> None:
    directory, interview_id, limit = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    workspace = unlock_workspace(directory, os.environ["FIELDKIT_PASSPHRASE"])
    session = workspace.interview(interview_id)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    for n in range(100_000):
        try:
            session.answer("narrative", f"answer-{n} " + "x" * 2000)
        except FieldkitError as error:
            print(f"REFUSED {n} {type(error).__name__}: {error}", flush=True)
            break
        print(f"ACK {n}", flush=True)
    # Space comes back (the interviewer deleted something): the same answer now saves.
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    session.answer("narrative", f"answer-{n} " + "x" * 2000)
    print(f"RETRY_OK {n}", flush=True)


if __name__ == "__main__":
    main()
