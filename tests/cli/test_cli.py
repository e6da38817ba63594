"""The command line: exit codes, one-line errors on stderr, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from fieldkit import __version__
from fieldkit.cli import cli

from helpers import PASSPHRASE, TINY


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)


@pytest.fixture
def tiny_file(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.toml"
    path.write_text(TINY, encoding="utf-8")
    return path


@pytest.fixture
def ws(tmp_path: Path, tiny_file: Path) -> dict[str, str]:
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    result = run("init", "--questionnaire", str(tiny_file), env=env)
    assert result.exit_code == 0, result.stderr
    return env


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.stdout


def test_init_asks_twice_and_refuses_a_mismatch(tmp_path: Path, tiny_file: Path) -> None:
    env = {"FIELDKIT_HOME": str(tmp_path / "ws")}
    result = run(
        "init",
        "--questionnaire",
        str(tiny_file),
        env=env,
        input=f"{PASSPHRASE}\nsomething else entirely\n",
    )
    assert result.exit_code == 2
    assert "error: the two passphrases are different; nothing was created" in result.stderr
    assert not (tmp_path / "ws").exists()
    ok = run(
        "init",
        "--questionnaire",
        str(tiny_file),
        env=env,
        input=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert ok.exit_code == 0 and "Created workspace" in ok.stdout


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("password123", "too weak: it is a commonly used password"),
        ("short", "too short (5 characters; at least 10)"),
        ("aaaaaaaaaaaaaaaa", "too weak: it repeats itself"),
    ],
)
def test_weak_passphrases_are_refused_with_the_reason(
    tmp_path: Path, weak: str, reason: str
) -> None:
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "FIELDKIT_PASSPHRASE": weak}
    result = run("init", env=env)
    assert result.exit_code == 2
    assert reason in result.stderr
    assert not (tmp_path / "ws").exists()


def test_init_twice_is_refused(ws: dict[str, str], tiny_file: Path) -> None:
    result = run("init", "--questionnaire", str(tiny_file), env=ws)
    assert result.exit_code == 2 and "a workspace already exists here" in result.stderr


def test_wrong_passphrase(ws: dict[str, str]) -> None:
    result = run("interview", "list", env={**ws, "FIELDKIT_PASSPHRASE": "not it at all"})
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: wrong passphrase"


def test_no_workspace(tmp_path: Path) -> None:
    result = run(
        "interview",
        "list",
        env={"FIELDKIT_HOME": str(tmp_path / "none"), "FIELDKIT_PASSPHRASE": PASSPHRASE},
    )
    assert result.exit_code == 2 and "no fieldkit workspace here" in result.stderr


def test_workspace_option_wins_over_env(tmp_path: Path, ws: dict[str, str]) -> None:
    result = run("--workspace", str(tmp_path / "elsewhere"), "interview", "list", env=ws)
    assert result.exit_code == 2 and "elsewhere" in result.stderr


def _import(tmp_path: Path, env: dict[str, str], data: Any) -> Result:
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return run("interview", "import", str(path), env=env)


def test_interview_list_in_korean(tmp_path: Path, ws: dict[str, str]) -> None:
    """Each row's status and share answered in Korean with FIELDKIT_LANG=ko, the app's
    words, in columns that line up on a terminal (a Hangul syllable takes two columns)."""
    import re
    import unicodedata

    korean = {**ws, "FIELDKIT_LANG": "ko"}
    assert run("interview", "list", env=korean).stdout.strip() == "아직 면담이 없습니다."
    interviews = [
        {"ref": "case-1", "answers": {"consent": "yes", "birth_year": 1974}},
        {"ref": "case-2", "status": "complete", "answers": {"consent": "no"}},
    ]
    assert _import(tmp_path, ws, {"interviews": interviews}).exit_code == 0
    english = run("interview", "list", env=ws).stdout.splitlines()
    lines = run("interview", "list", env=korean).stdout.splitlines()
    assert lines[0].split() == ["ID", "참조", "상태", "답함", "마지막", "변경"]
    rows = {line.split()[1]: line for line in lines[1:]}
    assert "진행 중" in rows["case-1"] and "% 완료)" in rows["case-1"]
    assert "동의 안 함" in rows["case-2"]

    def columns(text: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)

    def date_column(line: str) -> int:
        found = re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d$", line)
        assert found, line
        return columns(line[: found.start()])

    ends = {date_column(line) for line in lines[1:]}
    assert ends == {date_column(line) for line in english[1:]}
    assert len(ends) == 1
    assert (
        english[0].split()[:3] == ["ID", "REF", "STATUS"] and "declined" in english[2] + english[1]
    )


def test_import_list_show(tmp_path: Path, ws: dict[str, str]) -> None:
    answers = {
        "consent": "yes",
        "birth_year": 1974,
        "sold": "yes",
        "price": {"amount": 3000, "currency": "CNY"},
        "name": "Ms. Baek",
    }
    result = _import(tmp_path, ws, {"interviews": [{"ref": "case-1", "answers": answers}]})
    assert result.exit_code == 0, result.stderr
    assert "Imported 1 interview(s)" in result.stdout
    listed = json.loads(run("interview", "list", "--json", env=ws).stdout)
    assert [(r["ref"], r["status"], r["answered"]) for r in listed] == [
        ("case-1", "in_progress", 5)
    ]
    table = run("interview", "list", env=ws).stdout
    assert "case-1" in table and "in progress" in table
    shown = run("interview", "show", listed[0]["id"][:5], env=ws)
    assert "Year of birth\n    1974" in shown.stdout
    assert "3,000 CNY" in shown.stdout
    assert "[sealed: never leaves this device]" in shown.stdout
    assert "Status: in progress, 5/9 answered" in shown.stdout
    korean = run("interview", "show", listed[0]["id"], "--lang", "ko", env=ws).stdout
    assert "출생 연도" in korean
    # a Korean reader gets the whole page in Korean without asking: the lines around the
    # answers too (the statuses are the app's)
    reader = run("interview", "show", "case-1", env={**ws, "FIELDKIT_LANG": "ko"}).stdout
    assert reader.splitlines()[:2] == [
        f"면담 {listed[0]['id']} (case-1)",
        "상태: 진행 중, 9개 중 5개 답함",
    ]
    assert "출생 연도" in reader and "[봉인: 이 기기를 떠나지 않음]" in reader
    assert "Interview" not in reader and "sealed" not in reader
    as_json = json.loads(run("interview", "show", listed[0]["id"], "--json", env=ws).stdout)
    assert as_json["answers"] == answers


def test_import_errors_go_to_stderr_one_per_line(tmp_path: Path, ws: dict[str, str]) -> None:
    result = _import(
        tmp_path,
        ws,
        {
            "interviews": [
                {"answers": {"consent": "yes", "birth_year": 1850}},
                {"answers": {"consent": "yes", "sold": "perhaps"}},
            ]
        },
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: in.json: interview 1, question 'birth_year'")
    assert lines[1] == "error: interview 2, question 'sold': expected one of: yes, no"
    assert run("interview", "list", env=ws).stdout.strip() == "No interviews yet."


def test_show_unknown_interview(ws: dict[str, str]) -> None:
    result = run("interview", "show", "zzzz", env=ws)
    assert result.exit_code == 2 and "no interview 'zzzz'" in result.stderr


def test_questionnaire_check(tiny_file: Path) -> None:
    ok = run("questionnaire", "check", str(tiny_file))
    assert ok.exit_code == 0
    assert "ok: tiny 1: 3 sections, 10 questions, languages en, ko" in ok.stdout
    tiny_file.write_text(TINY.replace('choices = "means"', 'choices = "meens"'), encoding="utf-8")
    bad = run("questionnaire", "check", str(tiny_file))
    assert bad.exit_code == 2
    assert "unknown choice list 'meens'" in bad.stderr
    assert "warning: tiny.toml: choice list 'means': is not used" in bad.stderr


def test_workspace_check_policy_and_passphrase(ws: dict[str, str]) -> None:
    assert "event log of" in run("workspace", "check", env=ws).stdout
    assert (
        "wipe after failures: 4" in run("workspace", "policy", "--wipe-after", "4", env=ws).stdout
    )
    env = {k: v for k, v in ws.items() if k != "FIELDKIT_PASSPHRASE"}
    changed = run(
        "workspace",
        "passphrase",
        env=env,
        input=f"{PASSPHRASE}\nnew field passphrase 2026\nnew field passphrase 2026\n",
    )
    assert changed.exit_code == 0, changed.stderr
    again = run("interview", "list", env={**ws, "FIELDKIT_PASSPHRASE": "new field passphrase 2026"})
    assert again.exit_code == 0


def test_wipe_needs_confirmation(ws: dict[str, str]) -> None:
    refused = run("workspace", "wipe", env=ws)
    assert refused.exit_code == 2 and "--yes-destroy-everything" in refused.stderr
    done = run("workspace", "wipe", "--yes-destroy-everything", env=ws)
    assert done.exit_code == 0
    assert run("interview", "list", env=ws).exit_code == 2


def test_internal_errors_withhold_the_message(
    monkeypatch: pytest.MonkeyPatch, ws: dict[str, str]
) -> None:
    from fieldkit.session import workspace as service

    def explode(self: object) -> None:
        raise ValueError("Kim Ok-sun lives in Sinpo")

    monkeypatch.setattr(service.Workspace, "summaries", explode)
    result = run("interview", "list", env=ws)
    assert result.exit_code == 70
    assert "internal error: ValueError at" in result.stderr
    assert "Kim" not in result.stderr and "Traceback" not in result.stderr
