"""``fieldkit interview import`` and the plaintext file it reads (issue 13, side doors).

The file an interviewer imports holds every answer in the clear.  The command says so,
offers to overwrite and delete it, and reads standard input so that no such file need
exist.  (That the overwrite reaches the disk blocks is tested on a raw ext4 image in
``tests/security/test_raw_disk.py``.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fieldkit.cli import cli

from helpers import PASSPHRASE, TINY

ANSWERS = {"consent": "yes", "birth_year": 1981}


def run(*args: str, env: dict[str, str], input: str | bytes | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=input)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    tiny = tmp_path / "tiny.toml"
    tiny.write_text(TINY, encoding="utf-8")
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    assert run("init", "--questionnaire", str(tiny), env=env).exit_code == 0
    return env


def answers_file(tmp_path: Path, answers: dict[str, object] = ANSWERS) -> Path:
    path = tmp_path / "answers.json"
    body = {"format": "fieldkit-interviews/1", "interviews": [{"ref": "c-1", "answers": answers}]}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def refs(env: dict[str, str]) -> list[str]:
    listed = run("interview", "list", "--json", env=env)
    assert listed.exit_code == 0, listed.output
    return [row["ref"] for row in json.loads(listed.stdout)]


def test_importing_a_file_warns_that_it_is_still_plaintext(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = answers_file(tmp_path)
    result = run("interview", "import", str(path), env=env)
    assert result.exit_code == 0, result.output
    assert "still holds these answers in plaintext" in result.stderr
    assert "--delete-input" in result.stderr
    assert path.exists()  # nothing is deleted unless asked
    assert refs(env) == ["c-1"]


def test_delete_input_overwrites_and_removes_the_file_after_the_import(
    tmp_path: Path, env: dict[str, str]
) -> None:
    path = answers_file(tmp_path)
    result = run("interview", "import", "--delete-input", str(path), env=env)
    assert result.exit_code == 0, result.output
    assert not path.exists()
    assert "Overwrote and deleted answers.json" in result.stdout
    assert "plaintext" not in result.stderr
    assert refs(env) == ["c-1"]


def test_a_refused_import_never_deletes_its_file(tmp_path: Path, env: dict[str, str]) -> None:
    path = answers_file(tmp_path, {"consent": "yes", "birth_year": "not a year"})
    before = path.read_bytes()
    result = run("interview", "import", "--delete-input", str(path), env=env)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
    assert path.read_bytes() == before  # the user loses nothing
    assert refs(env) == []


def test_answers_piped_in_are_imported_without_any_file(
    tmp_path: Path, env: dict[str, str]
) -> None:
    body = {"format": "fieldkit-interviews/1", "interviews": [{"ref": "p-1", "answers": ANSWERS}]}
    result = run("interview", "import", "-", env=env, input=json.dumps(body).encode())
    assert result.exit_code == 0, result.output
    assert "from standard input" in result.stdout
    assert "plaintext" not in result.stderr
    assert refs(env) == ["p-1"]


def test_broken_json_on_standard_input_names_standard_input(env: dict[str, str]) -> None:
    result = run("interview", "import", "-", env=env, input=b"{not json")
    assert result.exit_code == 2
    assert "standard input" in result.stderr and "not valid JSON" in result.stderr


def test_delete_input_with_standard_input_is_refused_before_anything_happens(
    env: dict[str, str],
) -> None:
    result = run("interview", "import", "--delete-input", "-", env=env, input=b"[]")
    assert result.exit_code == 2
    assert "--delete-input needs a FILE" in result.stderr
