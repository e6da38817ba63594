"""Disk full: when writes fail, the person gets a clear error, the database stays
intact, and the refused answer is not acknowledged (nor half-stored)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import unlock_workspace

from reliability.harness import PASSPHRASE, prepare, worker_env

WORKER = Path(__file__).with_name("disk_full_worker.py")


def test_writes_failing_for_lack_of_space(tmp_path: Path, tiny: Questionnaire) -> None:
    directory = tmp_path / "ws"
    interview_id = prepare(directory, tiny)
    with unlock_workspace(directory, PASSPHRASE) as ws:
        database = ws.store.database_path
    limit = database.stat().st_size + 64 * 1024
    result = subprocess.run(
        [sys.executable, str(WORKER), str(directory), interview_id, str(limit)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=worker_env(),
    )
    lines = result.stdout.splitlines()
    acked = [int(line.split()[1]) for line in lines if line.startswith("ACK ")]
    refused = [line for line in lines if line.startswith("REFUSED ")]
    assert result.returncode == 0, result.stderr[-2000:]
    assert acked, "some answers fit before the limit"
    assert len(refused) == 1, result.stdout[-500:]
    assert "StorageError" in refused[0]
    assert "NOT saved" in refused[0] or "could not write" in refused[0]
    refused_n = int(refused[0].split()[1])
    assert lines[-1] == f"RETRY_OK {refused_n}", "the same connection works once space is back"
    with unlock_workspace(directory, PASSPHRASE) as ws:
        assert ws.store.integrity_problems() == []
        ws.store.events.verify()
        stored = [
            r.value.split()[0] for r in ws.store.interviews.history(interview_id, "narrative")
        ]
    # Every acknowledged answer, then the retried one, once: the refused attempt left nothing.
    assert stored == [f"answer-{n}" for n in [*acked, refused_n]]
