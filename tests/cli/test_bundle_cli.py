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


def test_export_says_when_no_agreeing_interview_is_left(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    """Both interviews exported, then both withdrawn (consent answered "no" again), and a
    third declined from the start: export says there is nothing to export, with the counts,
    in the reader's language, exits 2 and writes nothing."""
    from fieldkit.session import unlock_workspace

    ws = setup["ws"]
    assert run(*ws, "export", "--out", str(tmp_path / "b.age")).exit_code == 0
    declined = {"interviews": [{"status": "complete", "answers": {"consent": "no"}}]}
    (tmp_path / "d.json").write_text(json.dumps(declined), "utf-8")
    assert run(*ws, "interview", "import", str(tmp_path / "d.json")).exit_code == 0
    with unlock_workspace(Path(ws[1]), PASSPHRASE) as workspace:
        for row in workspace.store.interviews.all():
            workspace.interview(row.id).answer("consent", "no")
    for flags in ((), ("--all",)):
        english = run(*ws, "export", *flags, "--out", str(tmp_path / "b2.age"))
        assert english.exit_code == 2
        assert (
            "error: no interview to export: 1 declined, 2 withdrawn after an earlier export; "
            "no bundle was written" in english.output
        )
    korean = CliRunner().invoke(
        cli,
        [*ws, "export", "--out", str(tmp_path / "b2.age")],
        env={**ENV, "FIELDKIT_LANG": "ko"},
    )
    assert korean.exit_code == 2
    assert "오류 [FK701 내보낼 면담이 없음]: 내보낼 면담이 없습니다." in korean.output
    assert "동의하지 않음 1건, 내보낸 뒤 동의 철회 2건." in korean.output
    assert "withdrawn" not in korean.output and "declined" not in korean.output
    assert not (tmp_path / "b2.age").exists()
    listed = run(*ws, "interview", "list").output
    assert len([line for line in listed.splitlines() if "declined" in line]) == 3  # all kept


def _old_bundle_with_a_declined_interview(
    tmp_path: Path,
    setup,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> Path:
    """The fixture's two agreeing interviews and one declined, exported the way fieldkit did
    before issue 15 (declined interviews were not left out)."""
    from fieldkit.questionnaire import Flow

    declined = {
        "interviews": [{"ref": "said-no", "status": "complete", "answers": {"consent": "no"}}]
    }
    (tmp_path / "d.json").write_text(json.dumps(declined), "utf-8")
    assert run(*setup["ws"], "interview", "import", str(tmp_path / "d.json")).exit_code == 0
    with monkeypatch.context() as patch:
        patch.setattr(Flow, "consent_declined", lambda self, answers: False)
        exported = run(*setup["ws"], "export", "--out", str(tmp_path / "old.age"))
    assert exported.exit_code == 0 and "3 record(s)" in exported.output
    return tmp_path / "old.age"


def test_merge_refuses_a_bundle_holding_a_declined_interview(
    tmp_path: Path,
    setup,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    import re

    coord = setup["coord"]
    old = _old_bundle_with_a_declined_interview(tmp_path, setup, monkeypatch)
    english = CliRunner().invoke(cli, ["merge", *coord, str(old)], env=ENV)
    assert english.exit_code == 2
    line = english.stderr.splitlines()[0]
    found = re.match(r"old\.age: rejected: record ([0-9a-f]{8}) is an interview in which", line)
    assert found, line  # which bundle, which record
    ref = found.group(1)
    assert "she declined consent" in line and "no record of this bundle was merged" in line
    assert "'fieldkit export --all'" in line and line.endswith("[FK771]")  # what to do
    assert "0 merged, 0 already merged, 1 rejected; 0 record(s) changed" in english.stdout
    korean = CliRunner().invoke(
        cli, ["merge", *coord, str(old)], env={**ENV, "FIELDKIT_LANG": "ko"}
    )
    assert korean.exit_code == 2
    first = korean.stderr.splitlines()[0]
    assert first.startswith("old.age: 받지 않음: 동의하지 않은 면담의 기록이 들어 있어")
    assert f"문제의 기록: {ref}." in first and "다시 내보내 달라고" in first
    assert first.endswith("[FK771]") and "rejected" not in korean.output
    assert "요약: 합침 0개, 이미 합침 0개, 받지 않음 1개. 바뀐 기록 0건." in korean.stdout
    assert "내보내기 파일 1개를 받지 않았습니다" in korean.stderr
    for env in (ENV, {**ENV, "FIELDKIT_LANG": "ko"}):  # the document is for scripts: one shape
        as_json = CliRunner().invoke(cli, ["merge", *coord, str(old), "--json"], env=env)
        (bundle,) = json.loads(as_json.stdout)["bundles"]
        assert bundle["status"] == "rejected" and bundle["error"]["code"] == "FK771"
        assert bundle["error"]["record"] == ref and ref in bundle["error"]["message"]
    # The interviewer's export with a current fieldkit leaves her out, and merges.
    assert run(*setup["ws"], "export", "--all", "--out", str(tmp_path / "new.age")).exit_code == 0
    merged = run("merge", *coord, str(tmp_path / "new.age"))
    assert "merged 2 record(s), 2 new or changed" in merged.output


def test_the_merge_summary_in_korean(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    ws, coord = setup["ws"], setup["coord"]
    run(*ws, "export", "--out", str(tmp_path / "b.age"))
    (tmp_path / "junk.age").write_bytes(b"not a bundle at all")
    paths = [str(tmp_path / n) for n in ("b.age", "b.age", "junk.age")]
    korean = CliRunner().invoke(cli, ["merge", *coord, *paths], env={**ENV, "FIELDKIT_LANG": "ko"})
    assert korean.exit_code == 2
    assert korean.stdout.splitlines()[:2] == [
        "b.age: 기록 2건을 합쳤습니다 (새 기록이나 바뀐 기록 2건).",
        "b.age: 이미 합친 파일입니다. 바뀐 것이 없습니다.",
    ]
    assert korean.stderr.splitlines()[0] == (
        "junk.age: 받지 않음: 이 파일은 fieldkit 내보내기 파일이 아닙니다. "
        "(면담자에게서 받은 파일이 맞는지 확인하세요.) [FK710]"
    )
    assert "요약: 합침 1개, 이미 합침 1개, 받지 않음 1개. 바뀐 기록 2건." in korean.stdout


def test_interview_show_names_the_record_it_was_exported_as(tmp_path: Path, setup) -> None:  # type: ignore[no-untyped-def]
    """The reference an interviewer reads out when she withdraws her consent after export
    (docs/guide-interviewer.md): merge's messages and the coordinator's record_id use it."""
    ws, coord = setup["ws"], setup["coord"]
    first = json.loads(run(*ws, "interview", "list", "--json").stdout)[0]["id"]
    before = json.loads(run(*ws, "interview", "show", first, "--json").stdout)
    assert before["record_ref"] is None
    assert "Exported as record" not in run(*ws, "interview", "show", first).stdout
    run(*ws, "export", "--out", str(tmp_path / "b.age"))
    ref = json.loads(run(*ws, "interview", "show", first, "--json").stdout)["record_ref"]
    assert len(ref) == 8 and int(ref, 16) >= 0
    assert f"Exported as record {ref}\n" in run(*ws, "interview", "show", first).stdout
    run("merge", *coord, str(tmp_path / "b.age"))
    out = tmp_path / "data.csv"
    assert run("export-data", *coord, "--out", str(out), "--allow-below-k").exit_code == 0
    ids = [row["record_id"] for row in csv.DictReader(out.open(encoding="utf-8"))]
    assert sum(i.startswith(ref) for i in ids) == 1
