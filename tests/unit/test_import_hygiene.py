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
    "fieldkit.bundle",
    "fieldkit.report",
    "fieldkit.audit",
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


HEAVY = (
    "textual",
    "rich",
    "fieldkit.tui",
    "fieldkit.redaction",
    "pyrage",
    "sqlcipher3",
    "cryptography",
    "pydantic",
    "fieldkit.store",
    "fieldkit.session",
)
"""What the command line must not load before a command runs (bench/startup.py times it)."""


def _loaded_after(code: str) -> list[str]:
    probe = (
        f"import sys\n{code}\n"
        f"heavy = {HEAVY!r}\n"
        "print('loaded:' + ','.join(sorted(m for m in sys.modules "
        "if any(m == h or m.startswith(h + '.') for h in heavy))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("loaded:"), result.stdout[-500:]
    return [m for m in last.removeprefix("loaded:").split(",") if m]


def test_importing_the_command_line_loads_no_service() -> None:
    assert _loaded_after("import fieldkit.cli") == []


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["audit", "--help"]])
def test_version_and_help_load_no_service(args: list[str]) -> None:
    code = (
        "from fieldkit.cli import cli\n"
        f"try:\n    cli.main({args!r}, prog_name='fieldkit')\n"
        "except SystemExit:\n    pass"
    )
    assert _loaded_after(code) == []


def test_the_probe_sees_a_heavy_import() -> None:
    assert "fieldkit.session" in _loaded_after("import fieldkit.session")
