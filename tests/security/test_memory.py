"""What a memory dump of the process finds once the workspace is closed (locked).

SQLCipher's ``cipher_memory_security`` zeroes the decrypted pages it frees.  The worker
opens a workspace whose answers carry a canary, makes SQLCipher decrypt every page, goes on
allocating as the running app does, closes the workspace and scans its own memory.  The
control run (the pragma switched off) finds the canary in the freed pages (41 copies when
this was written), so the scan would see them if they were left.

The experiment must not depend on the heap's layout (the control once found 0 copies in CI):
the worker's scan reads into buffers mapped before the close, so it never reuses the freed
pages it looks for, and both runs switch glibc's heap trimming off (``GLIBC_TUNABLES``), so
freed pages stay mapped whatever else the process allocated: the worst case for a dump.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import create_workspace

from helpers import PASSPHRASE, TESTS, subprocess_env

CANARY = "QZXV-canary-7f3a9c"
KEEP_FREED_PAGES_MAPPED = "glibc.malloc.trim_threshold=4294967295"
WORKER = TESTS / "security" / "memory_scan_worker.py"

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/mem").exists(), reason="needs /proc/self/mem (Linux)"
)


def copies_after_close(directory: Path, mode: str) -> int:
    masked = bytes(b ^ 0x5A for b in CANARY.encode()).hex()  # the worker's MASK
    result = subprocess.run(
        [sys.executable, str(WORKER), str(directory), PASSPHRASE, masked, mode],
        env=subprocess_env(GLIBC_TUNABLES=KEEP_FREED_PAGES_MAPPED),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return int(result.stdout)


def test_a_memory_dump_after_lock_finds_no_decrypted_page(
    tmp_path: Path, tiny: Questionnaire
) -> None:
    directory = tmp_path / "ws"
    with create_workspace(directory, PASSPHRASE, questionnaire=tiny) as ws:
        session = ws.new_interview("K-1")
        session.answer("consent", "yes")
        session.answer_text("name", CANARY)
        session.answer_text("narrative", CANARY * 40)
    # The control: without memory security the freed pages are still there to be found.
    assert copies_after_close(directory, "off") > 0
    assert copies_after_close(directory, "on") == 0
