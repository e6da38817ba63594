"""Issue 16, the newcomer's path: each test is named after what a new user typed."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result

from fieldkit.cli import cli

from helpers import PASSPHRASE, TINY

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env={**ENV, **(env or {})}, input=input)


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.toml"
    path.write_text(TINY, encoding="utf-8")
    return path


@pytest.fixture
def coordinator(tmp_path: Path, tiny: Path) -> Path:
    directory = tmp_path / "c"
    made = run(
        "--coordinator", str(directory), "coordinator", "init", "--name", "T",
        "--out", str(tmp_path / "p.fieldkit"), "--questionnaire", str(tiny),
    )  # fmt: skip
    assert made.exit_code == 0, made.output
    return directory


# 1. --workspace and --coordinator before or after the subcommand ---------------------------


def test_init_accepts_workspace_after_the_subcommand(tmp_path: Path, tiny: Path) -> None:
    made = run("init", "--workspace", str(tmp_path / "w"), "--questionnaire", str(tiny))
    assert made.exit_code == 0, made.output
    assert (tmp_path / "w").is_dir()
    listed = run("interview", "list", "--workspace", str(tmp_path / "w"))
    assert listed.exit_code == 0 and "No interviews yet." in listed.output
    grouped = run("interview", "--workspace", str(tmp_path / "w"), "list")
    assert grouped.exit_code == 0 and "No interviews yet." in grouped.output


def test_workspace_typed_after_the_subcommand_wins_over_before(tmp_path: Path, tiny: Path) -> None:
    run("init", "--workspace", str(tmp_path / "w"), "--questionnaire", str(tiny))
    result = run(
        "--workspace", str(tmp_path / "nowhere"), "workspace", "check",
        "--workspace", str(tmp_path / "w"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output


def test_workspace_after_the_subcommand_wins_over_fieldkit_home(tmp_path: Path, tiny: Path) -> None:
    run("init", "--workspace", str(tmp_path / "w"), "--questionnaire", str(tiny))
    env = {"FIELDKIT_HOME": str(tmp_path / "nowhere")}
    assert run("workspace", "check", "--workspace", str(tmp_path / "w"), env=env).exit_code == 0
    assert run("workspace", "check", env=env).exit_code == 2


def test_report_accepts_coordinator_before_the_subcommand(coordinator: Path) -> None:
    result = run("--coordinator", str(coordinator), "report")
    assert result.exit_code == 0, result.output
    assert "0 interview record(s)" in result.output
    devices = run("coordinator", "--coordinator", str(coordinator), "devices")
    assert devices.exit_code == 0 and "No devices enrolled." in devices.output
    audit = run("--coordinator", str(coordinator), "audit")
    assert audit.exit_code == 0, audit.output


def test_coordinator_before_and_identity_after_are_still_refused_together(
    coordinator: Path, tmp_path: Path
) -> None:
    key = tmp_path / "id.txt"
    key.write_text("x", encoding="utf-8")
    result = run("--coordinator", str(coordinator), "audit", "--identity", str(key), "b.age")
    assert result.exit_code == 2 and "not both" in result.output


def _commands(
    command: click.Command, path: tuple[str, ...]
) -> list[tuple[tuple[str, ...], click.Command]]:
    found = [(path, command)]
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            found += _commands(sub, (*path, name))
    return found


WORKSPACE_COMMANDS = {
    ("init",), ("join",), ("export",), ("interview",), ("interview", "import"),
    ("interview", "list"), ("interview", "show"), ("workspace",),
    *{("workspace", name) for name in ("passphrase", "rotate-key", "policy", "duress", "check",
                                       "wipe")},
}  # fmt: skip
COORDINATOR_COMMANDS = {
    ("coordinator",), ("merge",), ("report",), ("report", "accounts"), ("export-data",),
    ("audit", "check"), ("audit", "review"),
    *{("coordinator", name) for name in ("init", "code", "enroll", "devices", "project",
                                         "export-identity")},
}  # fmt: skip


def test_every_help_page_of_a_workspace_command_shows_where_the_workspace_is() -> None:
    pages = dict(_commands(cli, ()))
    for path in WORKSPACE_COMMANDS:
        assert "--workspace" in run(*path, "--help").output, path
    for path in COORDINATOR_COMMANDS:
        assert "--coordinator" in run(*path, "--help").output, path
    assert set(WORKSPACE_COMMANDS) | set(COORDINATOR_COMMANDS) <= set(pages)
