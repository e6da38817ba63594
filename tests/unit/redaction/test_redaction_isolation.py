"""The redaction core is offline and UI-free: no socket is ever opened, and importing it
never loads Textual, Rich, the CLI or any network module (``urllib.parse`` is allowed:
``pathlib`` imports it, and it parses strings only)."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner

from fieldkit.redaction import KnownTerm, Redactor


class NetworkAttempt(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise NetworkAttempt("network access attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_engine_and_cli_run_with_the_network_forbidden(no_network: None) -> None:
    Redactor.default.cache_clear()
    engine = Redactor.default()
    text = "Ms. Baek called +86 139 4318 2275 from Yanji; WeChat sunflower_8812. 김영희"
    result = engine.redact(text, known=[KnownTerm("김영희"), KnownTerm("Wang Jianguo")])
    assert "Baek" not in result.text
    engine.scan(result.text)
    from fieldkit.cli import cli

    out = CliRunner().invoke(cli, ["redact", "--json", "--known", "Ms. Baek"], input=text)
    assert out.exit_code == 0, out.output


def test_importing_the_core_loads_no_ui_cli_or_network_module() -> None:
    code = (
        "import sys, fieldkit.redaction as r\n"
        "r.Redactor.default().redact('Ms. Baek in Yanji')\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich', 'socket', 'http', 'ssl', 'requests', 'urllib3') "
        "or m in ('urllib.request', 'urllib.error') "
        "or m.startswith(('fieldkit.tui', 'fieldkit.cli')))\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"fieldkit.redaction pulled in: {result.stdout.strip()}"


def test_start_up_builds_once() -> None:
    assert Redactor.default() is Redactor.default()
