"""Kill-at-random crash harness shared by the CI test and the long benchmark.

Each round starts ``crash_worker.py`` on the same workspace, lets it answer for a
random time, SIGKILLs it, then unlocks the workspace and checks that (1) SQLite's
and SQLCipher's integrity checks pass, (2) the event log's hash chain verifies,
and (3) every answer the worker acknowledged before the kill is stored.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.crypto import KdfParams
from fieldkit.session import create_workspace, unlock_workspace
from fieldkit.store import keyfile

WORKER = Path(__file__).with_name("crash_worker.py")
PASSPHRASE = "kimchi tumen river lantern"
SITE = Path(__file__).parents[1] / "site"


def worker_env() -> dict[str, str]:
    """The worker's environment: the passphrase, and the same Argon2id cost as this
    process (under pytest the suite's cheap one, through tests/site/sitecustomize.py;
    in bench/crash.py the format's own)."""
    env = {**os.environ, "FIELDKIT_PASSPHRASE": PASSPHRASE}
    if KdfParams() != keyfile.KDF:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SITE), env.get("PYTHONPATH")]))
    return env


@dataclass
class CrashReport:
    rounds: int = 0
    acknowledged: int = 0
    lost: list[int] = field(default_factory=list)
    integrity_failures: list[str] = field(default_factory=list)
    killed_before_ready: int = 0


def prepare(directory: Path, questionnaire: object) -> str:
    with create_workspace(
        directory,
        PASSPHRASE,
        questionnaire=questionnaire,  # type: ignore[arg-type]
    ) as ws:
        session = ws.new_interview("crash")
        session.answer("consent", "yes")
        return session.id


def _drain(fd: int) -> bytes:
    chunks = []
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


def _one_round(
    directory: Path, interview_id: str, start: int, rng: random.Random, max_delay: float
) -> list[int]:
    env = worker_env()
    proc = subprocess.Popen(
        [sys.executable, str(WORKER), str(directory), interview_id, str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert proc.stdout is not None
    if proc.stdout.readline().strip() != b"READY":
        proc.kill()
        proc.wait()
        return []
    fd = proc.stdout.fileno()
    os.set_blocking(fd, False)
    output = bytearray()
    deadline = time.monotonic() + rng.uniform(0.0, max_delay)
    while time.monotonic() < deadline:
        output += _drain(fd)
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    output += _drain(fd)
    proc.stdout.close()
    return [
        int(line[4:])
        for line in output.decode().splitlines()
        if line.startswith("ACK ") and line[4:].isdigit()
    ]


def run_rounds(
    directory: Path, interview_id: str, rounds: int, *, seed: int = 1, max_delay: float = 0.25
) -> CrashReport:
    rng = random.Random(seed)
    report = CrashReport()
    start = 0
    for _ in range(rounds):
        acked = _one_round(directory, interview_id, start, rng, max_delay)
        report.rounds += 1
        report.acknowledged += len(acked)
        _verify(directory, interview_id, acked, report)
        start = (max(acked) + 1) if acked else start + 1_000_000
    return report


def _verify(directory: Path, interview_id: str, acked: list[int], report: CrashReport) -> None:
    with unlock_workspace(directory, PASSPHRASE) as ws:
        problems = ws.store.integrity_problems()
        report.integrity_failures += problems
        ws.store.events.verify()
        stored = {r.value for r in ws.store.interviews.history(interview_id, "narrative")}
    report.lost += [n for n in acked if f"answer-{n}" not in stored]
