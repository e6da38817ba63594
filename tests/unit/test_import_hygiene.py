"""The headless core never imports Textual or Rich (checked in a fresh interpreter,
since the test process itself may have imported them for other tests)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "fieldkit.errors",
    "fieldkit.questionnaire",
    "fieldkit.store",
    "fieldkit.crypto",
    "fieldkit.session",
    "fieldkit.analysis",
    "fieldkit.cli",
]


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_load_the_ui(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich') "
        "or m.startswith('fieldkit.tui'))\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"{module} pulled in: {result.stdout.strip()}"
