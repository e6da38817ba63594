"""The bundle commands from the command line: exit codes, messages, files written."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fieldkit.cli import cli

from helpers import PASSPHRASE, TINY

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), env=ENV, catch_exceptions=False)


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[str, ...] | Path]:
    """Coordinator + one enrolled device with two imported interviews (fake redactor)."""
    from bundle_helpers import FakeRedactor

    monkeypatch.setattr("fieldkit.bundle.export.load_engine", FakeRedactor)
    qn = tmp_path / "tiny.toml"
    qn.write_text(TINY, "utf-8")
    coord = ("--coordinator", str(tmp_path / "c"))
    ws = ("--workspace", str(tmp_path / "w"))
    project = tmp_path / "p.fieldkit"
    assert (
        run(
            "coordinator",
            "init",
            *coord,
            "--name",
            "T",
            "--out",
            str(project),
            "--questionnaire",
            str(qn),
            "--uncertain",
            "redact",
        ).exit_code
        == 0
    )
    assert run(*ws, "init", "--questionnaire", str(qn)).exit_code == 0
    key_code = run("coordinator", "code", *coord).output.strip()
    joined = run(*ws, "join", str(project), "--code", key_code, "--yes")
    code = joined.output.split("Enrolment code: ")[1].split()[0]
    assert run("coordinator", "enroll", *coord, code, "--name", "laptop").exit_code == 0
    data = {
        "interviews": [
            {
                "status": "complete",
                "answers": {"consent": "yes", "birth_year": 1980 + n, "sold": "no", "name": "Kim"},
            }
            for n in range(2)
        ]
    }
    (tmp_path / "i.json").write_text(json.dumps(data), "utf-8")
    assert run(*ws, "interview", "import", str(tmp_path / "i.json")).exit_code == 0
    return {"coord": coord, "ws": ws, "project": project, "code": (code,)}


def test_export_merge_report(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    ws, coord = setup["ws"], setup["coord"]
    result = run(*ws, "export", "--out", str(tmp_path / "b.age"))
    assert result.exit_code == 0 and "2 record(s)" in result.output
    again = run(*ws, "export", "--out", str(tmp_path / "b2.age"))
    assert again.exit_code == 2 and "nothing changed" in again.output
    assert run(*ws, "export", "--all", "--out", str(tmp_path / "b2.age")).exit_code == 0
    merged = run("merge", *coord, str(tmp_path / "b.age"), str(tmp_path / "b2.age"))
    assert merged.exit_code == 0 and "2 merged" in merged.output
    listed = run(*ws, "interview", "list")
    assert "exported" in listed.output
    devices = run("coordinator", "devices", *coord)
    assert "laptop" in devices.output and "BUNDLES MERGED" in devices.output
    assert devices.output.splitlines()[1].split()[-3:] == ["2", "no.", "2"]
    for fmt in ("text", "markdown", "csv", "json", "html"):
        assert run("report", *coord, "--format", fmt).exit_code == 0


def test_merge_reports_each_bad_bundle(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    ws, coord = setup["ws"], setup["coord"]
    run(*ws, "export", "--out", str(tmp_path / "good.age"))
    (tmp_path / "junk.age").write_bytes(b"not a bundle at all")
    damaged = bytearray((tmp_path / "good.age").read_bytes())
    damaged[-3] ^= 1
    (tmp_path / "damaged.age").write_bytes(bytes(damaged))
    (tmp_path / "cut.age").write_bytes(bytes(damaged[:40]))
    result = CliRunner().invoke(
        cli,
        [
            "merge",
            *coord,
            *(str(tmp_path / n) for n in ("junk.age", "damaged.age", "cut.age", "good.age")),
        ],
        env=ENV,
    )
    assert result.exit_code == 2
    assert "junk.age: rejected: not a fieldkit bundle" in result.output
    assert "damaged.age: rejected: damaged or tampered with" in result.output
    assert "cut.age: rejected: truncated" in result.output
    assert "1 merged, 0 already merged, 3 rejected" in result.output


def test_enroll_errors(setup) -> None:  # type: ignore[no-untyped-def]
    coord = setup["coord"]
    bad = run("coordinator", "enroll", *coord, "hello", "--name", "x")
    assert bad.exit_code == 2 and "a code has 5 groups of five" in bad.output
    twice = run("coordinator", "enroll", *coord, setup["code"][0].lower(), "--name", "y")
    assert twice.exit_code == 2 and "already enrolled" in twice.output


def test_join_a_tampered_project_file(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    text = setup["project"].read_text("utf-8").replace('"name":"T"', '"name":"U"')
    (tmp_path / "evil.fieldkit").write_text(text, "utf-8")
    result = run("--workspace", str(tmp_path / "w2"), "init")
    assert result.exit_code == 0
    key_code = run("coordinator", "code", *setup["coord"]).output.strip()
    joined = run(
        "--workspace", str(tmp_path / "w2"), "join", str(tmp_path / "evil.fieldkit"),
        "--code", key_code, "--yes",
    )  # fmt: skip
    assert joined.exit_code == 2 and "signature does not verify" in joined.output


def test_export_data_and_dictionary(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    ws, coord = setup["ws"], setup["coord"]
    run(*ws, "export", "--out", str(tmp_path / "b.age"))
    run("merge", *coord, str(tmp_path / "b.age"))
    out = tmp_path / "data.csv"
    refused = run("export-data", *coord, "--format", "csv", "--bom", "--out", str(out))
    assert refused.exit_code == 0 and "2 of 2 record(s) below k, left out" in refused.output
    assert out.read_bytes().decode("utf-8-sig").count("\n") == 1  # the header only
    again = run("export-data", *coord, "--bom", "--out", str(out), "--allow-below-k")
    assert again.exit_code == 2 and "--force" in again.output
    args = ("--format", "csv", "--bom", "--out", str(out), "--allow-below-k", "--force")
    assert run("export-data", *coord, *args).exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and out.stat().st_mode & 0o777 == 0o600
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == 2 and "name" not in rows[0] and rows[0]["birth_year"] == "1980-1984"
    assert rows[0]["questionnaire_version"] == "1"
    book_path = tmp_path / "data.csv.dictionary.csv"
    book = list(csv.DictReader(book_path.read_text("utf-8-sig").splitlines()))
    assert [r["name"] for r in book] == list(rows[0])
    birth = next(r for r in book if r["name"] == "birth_year")
    assert birth["type"] == "categorical (ordered)" and birth["sensitivity"] == "quasi"
    assert birth["generalisation"] == "year_band(5)" and birth["label::Korean (ko)"] == "출생 연도"
    assert birth["values"].startswith("1=1930-1934; 2=1935-1939")
    jsonl = tmp_path / "data.jsonl"
    args = ("--format", "jsonl", "--out", str(jsonl), "--allow-below-k")
    assert run("export-data", *coord, *args).exit_code == 0
    assert len(jsonl.read_text("utf-8").splitlines()) == 2
    pq = pytest.importorskip("pyarrow.parquet")
    parquet = tmp_path / "data.parquet"
    args = ("--format", "parquet", "--out", str(parquet), "--allow-below-k")
    assert run("export-data", *coord, *args).exit_code == 0
    table = pq.read_table(parquet)
    assert table.num_rows == 2 and "birth_year" in table.column_names


def test_export_identity_is_private(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "id.txt"
    result = run("coordinator", "export-identity", *setup["coord"], "--out", str(out))
    assert result.exit_code == 0
    assert out.read_text().startswith("AGE-SECRET-KEY-1") and out.stat().st_mode & 0o077 == 0


def test_the_project_sets_every_devices_lock_policy(tmp_path: Path) -> None:
    """`coordinator init --lock-after 3 --wipe-after 4`: a device that joins takes both,
    and the interviewer reads the policy when she joins (not when it fires)."""
    coord = ("--coordinator", str(tmp_path / "c"))
    ws = ("--workspace", str(tmp_path / "w"))
    project = str(tmp_path / "p.fieldkit")
    made = run(
        "coordinator",
        "init",
        *coord,
        "--name",
        "T",
        "--out",
        project,
        "--lock-after",
        "3",
        "--wipe-after",
        "4",
    )
    assert made.exit_code == 0, made.output
    assert run(*ws, "init").exit_code == 0
    assert "lock after: 5 min" in run(*ws, "workspace", "policy").output
    key_code = run("coordinator", "code", *coord).output.strip()
    joined = run(*ws, "join", project, "--code", key_code, "--yes")
    assert joined.exit_code == 0
    assert "lock after 3 idle minutes" in joined.output  # shown before joining
    assert "wipe after 4 wrong passphrases" in joined.output
    policy = run(*ws, "workspace", "policy").output
    assert "lock after: 3 min" in policy and "wipe after failures: 4" in policy


def test_declined_interviews_are_counted_not_exported(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    ws, coord = setup["ws"], setup["coord"]
    declined = {
        "interviews": [{"ref": "said-no", "status": "complete", "answers": {"consent": "no"}}]
    }
    (tmp_path / "d.json").write_text(json.dumps(declined), "utf-8")
    assert run(*ws, "interview", "import", str(tmp_path / "d.json")).exit_code == 0
    listed = run(*ws, "interview", "list").output
    assert next(line for line in listed.splitlines() if "said-no" in line).split()[2] == "declined"
    result = run(*ws, "export", "--out", str(tmp_path / "b.age"))
    assert result.exit_code == 0 and "2 record(s)" in result.output
    assert "1 declined interview(s) not exported (kept on this device" in result.output
    korean = CliRunner().invoke(
        cli,
        [*ws, "export", "--all", "--out", str(tmp_path / "b2.age")],
        env={**ENV, "FIELDKIT_LANG": "ko"},
    )
    assert "동의하지 않은 면담 1건은 내보내지 않았습니다" in korean.output
    merged = run("merge", *coord, str(tmp_path / "b.age"), str(tmp_path / "b2.age"))
    assert merged.exit_code == 0 and "2 merged" in merged.output  # the two who agreed
    nothing = run(*ws, "export", "--out", str(tmp_path / "b3.age"))
    assert nothing.exit_code == 2 and "1 declined interview(s) are never exported" in nothing.output
