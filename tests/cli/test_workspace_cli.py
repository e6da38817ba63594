"""``fieldkit workspace duress|policy|passphrase|wipe``: the key file's commands end to end."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fieldkit.cli import cli
from fieldkit.session import unlock_workspace

from helpers import PASSPHRASE, TINY

DURESS = "paper lantern over quiet harbour"
NEW = "new field passphrase 2026 river"


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


@pytest.fixture
def ws(tmp_path: Path) -> dict[str, str]:
    tiny = tmp_path / "tiny.toml"
    tiny.write_text(TINY, encoding="utf-8")
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    assert run("init", "--questionnaire", str(tiny), env=env).exit_code == 0
    return env


def with_passphrase(ws: dict[str, str], passphrase: str) -> dict[str, str]:
    return {**ws, "FIELDKIT_PASSPHRASE": passphrase}


def test_duress_set_status_use_and_remove(ws: dict[str, str]) -> None:
    assert "duress passphrase: not set" in run("workspace", "duress", "--status", env=ws).stdout
    made = run("workspace", "duress", "--destroy", env=ws, input=f"{DURESS}\n{DURESS}\n")
    assert made.exit_code == 0, made.stderr
    assert "duress passphrase: set" in made.stdout
    assert "opening it destroys this workspace: yes" in made.stdout
    listed = run("interview", "list", env=with_passphrase(ws, DURESS))
    assert listed.exit_code == 0 and "P-01" in listed.stdout
    refused = run("interview", "list", env=ws)  # the destroy took the real keys
    assert refused.exit_code == 2 and refused.stderr.strip() == "error: wrong passphrase"


def test_duress_can_be_removed(ws: dict[str, str]) -> None:
    run("workspace", "duress", env=ws, input=f"{DURESS}\n{DURESS}\n")
    removed = run("workspace", "duress", "--remove", env=ws)
    assert removed.exit_code == 0 and "duress passphrase: not set" in removed.stdout
    assert run("interview", "list", env=with_passphrase(ws, DURESS)).exit_code == 2


def test_duress_refuses_the_workspace_passphrase_and_a_mismatch(ws: dict[str, str]) -> None:
    same = run("workspace", "duress", env=ws, input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert same.exit_code == 2 and "must differ" in same.stderr
    mismatch = run("workspace", "duress", env=ws, input=f"{DURESS}\n{NEW}\n")
    assert mismatch.exit_code == 2 and "different" in mismatch.stderr
    assert "not set" in run("workspace", "duress", "--status", env=ws).stdout


def test_policy_show_tries_and_the_wrong_passphrase_message(ws: dict[str, str]) -> None:
    shown = run("workspace", "policy", "--wipe-after", "3", "--show-tries", env=ws)
    assert "show remaining tries: yes" in shown.stdout
    wrong = run("interview", "list", env=with_passphrase(ws, "not the words at all"))
    assert (
        wrong.stderr.strip()
        == "error: wrong passphrase (2 tries left before this workspace is wiped)"
    )
    listed = run("interview", "list", env=ws)
    assert "notice: 1 wrong passphrase(s) were typed since the last unlock" in listed.stderr


@pytest.mark.parametrize("flag", [[], ["--keep-data-key"]])
def test_passphrase_change_renews_the_data_key_unless_asked_not_to(
    ws: dict[str, str], flag: list[str]
) -> None:
    directory = Path(ws["FIELDKIT_HOME"])
    with unlock_workspace(directory, PASSPHRASE) as before:
        old_key = before.store._vault.payload.data_key
    env = {k: v for k, v in ws.items() if k != "FIELDKIT_PASSPHRASE"}
    changed = run("workspace", "passphrase", *flag, env=env, input=f"{PASSPHRASE}\n{NEW}\n{NEW}\n")
    assert changed.exit_code == 0, changed.stderr
    assert ("data key renewed" in changed.stdout) is not bool(flag)
    with unlock_workspace(directory, NEW) as after:
        assert (after.store._vault.payload.data_key == old_key) is bool(flag)
        assert after.check_integrity() > 0


def test_wipe_leaves_nothing(ws: dict[str, str]) -> None:
    assert run("workspace", "wipe", "--yes-destroy-everything", env=ws).exit_code == 0
    assert not Path(ws["FIELDKIT_HOME"]).exists()
