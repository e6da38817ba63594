"""The audit service is headless: importing it loads neither Textual nor Rich."""

from __future__ import annotations

import subprocess
import sys


def test_audit_does_not_load_the_ui() -> None:
    code = (
        "import sys, fieldkit.audit, fieldkit.cli.audit\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich') "
        "or m.startswith('fieldkit.tui'))\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
