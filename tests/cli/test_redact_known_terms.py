"""``fieldkit redact``: known terms from a file or typed without echo, never on the command
line where the shell's history and ``ps`` would keep them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from fieldkit.cli import cli

STORY = "Kang Myong-ok left Sodu-ri with her sister.\n"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["redact", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_known_terms_from_a_file_are_redacted(tmp_path: Path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text(
        "# the interviewee and her village\nperson:Kang Myong-ok\n\nplace:Sodu-ri@North Hamgyong\n",
        encoding="utf-8",
    )
    code, out, _ = run("--known-file", str(terms), stdin=STORY)
    assert code == 0
    # a known place shows its province as the built-in question set exports it (a region)
    assert out == "[PERSON-1] left [PLACE-1, northeast North Korea] with her sister.\n"


def test_a_known_file_that_cannot_be_read_is_refused_without_quoting_it(tmp_path: Path) -> None:
    latin1 = tmp_path / "terms.txt"
    latin1.write_bytes("person:Kang Myong-\xf6k\n".encode("latin-1"))
    code, out, err = run("--known-file", str(latin1), stdin=STORY)
    assert code == 2 and out == ""
    assert "not UTF-8" in err and "Kang" not in err
    code, out, err = run("--known-file", str(tmp_path / "missing.txt"), stdin=STORY)
    assert code == 2 and out == "" and err.startswith("error:")


def test_ask_known_without_a_terminal_stops_instead_of_reading_with_echo(tmp_path: Path) -> None:
    """No controlling terminal (a new session): a clear error, nothing read, nothing shown."""
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "fieldkit", "redact", "--ask-known", str(story)],
        input="person:Kang Myong-ok\n",
        capture_output=True,
        text=True,
        start_new_session=True,
        timeout=60,
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "--ask-known needs a terminal" in result.stderr
    assert "Kang" not in result.stderr


def test_the_help_warns_against_names_on_the_command_line() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "--known-file" in out and "--ask-known" in out
    assert "history" in out
