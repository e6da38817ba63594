"""``fieldkit redact``: stdin and files, --known prefixes, --json offsets, errors."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from fieldkit.cli import cli

TEXT = "Ms. Baek met Kim Young-hee in Yanji. Call 13904318227.\n"


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["redact", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_reads_stdin_and_prints_redacted_text() -> None:
    code, out, _ = run(stdin=TEXT)
    assert code == 0
    assert out == "[PERSON-1] met [PERSON-2] in [PLACE-1, Jilin]. Call [PHONE-1].\n"


def test_reads_a_file_and_honours_known_terms(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Younghee grew up in Sodu-ri; 김영희 is her name.", encoding="utf-8")
    code, out, _ = run(
        str(path), "--known", "person:Kim Young-hee", "--known", "place:Sodu-ri@North Hamgyong"
    )
    assert code == 0
    assert "Younghee" not in out and "김영희" not in out
    assert "[PLACE-1, northeast North Korea]" in out


def test_json_offsets_point_into_the_input() -> None:
    code, out, _ = run("--json", stdin=TEXT)
    assert code == 0
    payload = json.loads(out)
    assert set(payload) == {"text", "spans"}
    first = payload["spans"][0]
    assert set(first) == {"start", "end", "label", "detector", "rule", "replacement", "uncertain"}
    assert TEXT[first["start"] : first["end"]] == "Ms. Baek"


def test_release_keeps_a_false_positive() -> None:
    code, out, _ = run("--release", "Hanbit", stdin="We sang at Hanbit church.")
    assert code == 0 and "Hanbit" in out


def test_bad_input_is_one_line_on_stderr_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Kim Young-h\xe9e".encode("latin-1"))
    code, out, err = run(str(bad))
    assert code == 2 and out == ""
    assert err.startswith("error:") and "Kim" not in err and "Traceback" not in err
    code, _, err = run(str(tmp_path / "missing.txt"))
    assert code == 2 and err.startswith("error:")
    code, _, err = run("--known", "person:   ", stdin="x")
    assert code == 2 and "error:" in err
