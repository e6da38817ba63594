"""fieldkit.xlsform is headless, the CLI does not pay for openpyxl at start-up, and
openpyxl parses workbooks through defusedxml (checked in fresh interpreters)."""

from __future__ import annotations

import subprocess
import sys


def _loaded(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_xlsform_does_not_load_the_ui() -> None:
    loaded = _loaded(
        "import sys, fieldkit.xlsform\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich', 'click') or m.startswith(('fieldkit.tui', 'fieldkit.cli')))))"
    )
    assert loaded == ""


def test_cli_start_up_does_not_import_openpyxl() -> None:
    assert _loaded("import sys, fieldkit.cli\nprint('openpyxl' in sys.modules)") == "False"


def test_openpyxl_reads_through_defusedxml() -> None:
    assert _loaded("from openpyxl.xml import DEFUSEDXML\nprint(DEFUSEDXML)") == "True"
