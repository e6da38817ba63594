"""``fieldkit audit`` from the command line: each planted fault found and named, a clean
bundle passing with exit 0, thresholds, formats, the identity-file mode, errors (exit 2)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from audit_helpers import SLIPPED_NAME, World, build_world
from fieldkit.bundle import project_file_bytes
from fieldkit.bundle.coordinator import coordinator_identities
from fieldkit.cli import cli

from helpers import PASSPHRASE

ENV = {"FIELDKIT_PASSPHRASE": PASSPHRASE}


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env or ENV, catch_exceptions=False)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """The planted project, closed so the command line opens it as a person would; plus the
    identity and project files an auditor away from the coordinator holds."""
    built = build_world(tmp_path_factory.mktemp("audit-cli"))
    identity = coordinator_identities(built.coordinator)[0]
    (built.root / "identity.txt").write_text(f"# coordinator\n{identity}\n", "utf-8")
    (built.root / "project.fieldkit").write_bytes(project_file_bytes(built.coordinator))
    built.close()
    yield built


def audit(world: World, *args: str) -> Result:
    bundles = [str(world.bundle(a)) if a.endswith(".age") else a for a in args]
    return run("audit", *bundles, "--coordinator", str(world.root / "coordinator"))


def test_clean_bundle_passes_with_exit_0(world: World) -> None:
    result = audit(world, "a1.age")
    assert result.exit_code == 0, result.stderr
    assert "RESULT: PASSED" in result.stdout
    assert result.stderr.strip() == "audit: passed"


def test_leaked_phone_name_and_village_are_found_and_named(world: World) -> None:
    result = audit(world, "a1.age", "a2.age")
    assert result.exit_code == 1
    leaks = (("PHONE", "138-0432-9917"), ("PERSON", "Pak Ok-sun"), ("PLACE", "Sangdong-ri"))
    for label, leaked in leaks:
        assert f"narrative: {label} (" in result.stdout
        assert f"»{leaked}«" in result.stdout
    assert "residual identifiers (3 > 0)" in result.stderr


def test_slipped_in_direct_field_is_found_and_named(world: World) -> None:
    result = audit(world, "forged.age")
    assert result.exit_code == 1
    assert "(forged.age): name: direct: a direct identifier is present" in result.stdout
    assert SLIPPED_NAME not in result.stdout + result.stderr
    assert "schema (1 > 0)" in result.stderr


def test_unique_record_and_export_gap_are_found_and_named(world: World) -> None:
    result = audit(world, "a1.age", "a3.age")
    assert result.exit_code == 1
    assert "GAP: bundle(s) 2 missing between 1 and 3" in result.stdout
    assert "k=1 (1970-1974, northeast, 1996, 1)" in result.stdout
    assert "lifted by: crossed → 5-year band" in result.stdout
    assert "export sequence (1 > 0)" in result.stderr
    assert "records below k=3 (1 > 0)" in result.stderr


def test_the_last_line_follows_fieldkit_lang(world: World) -> None:
    """Each check the audit failed, named in Korean with FIELDKIT_LANG=ko (the report itself
    stays English: docs/guide-auditor.md)."""
    bundles = [str(world.bundle(n)) for n in ("a1.age", "a3.age")]
    coordinator = ("--coordinator", str(world.root / "coordinator"))
    korean = run("audit", *bundles, *coordinator, env={**ENV, "FIELDKIT_LANG": "ko"})
    english = run("audit", *bundles, *coordinator)
    assert korean.exit_code == english.exit_code == 1
    assert korean.stderr.startswith("감사: 기준을 넘는 결과: ")
    assert "내보내기 순서 (1 > 0)" in korean.stderr and "k=3 미만 기록 (1 > 0)" in korean.stderr
    assert "export sequence (1 > 0)" in english.stderr
    clean = run(
        "audit", str(world.bundle("a1.age")), *coordinator, env={**ENV, "FIELDKIT_LANG": "ko"}
    )
    assert clean.exit_code == 0 and clean.stderr.strip() == "감사: 통과"


def test_thresholds_on_the_command_line(world: World) -> None:
    assert audit(world, "a1.age", "a2.age", "--max-residual", "3").exit_code == 0
    lenient = ("--max-below-k", "1", "--max-residual", "3")
    assert audit(world, "a1.age", "a2.age", "a3.age", *lenient).exit_code == 0
    assert audit(world, "a1.age", "--k", "4").exit_code == 1
    assert audit(world, "a1.age", "--qi", "origin", "--k", "6").exit_code == 0


def test_json_and_html_reports_are_written_privately(world: World, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = audit(world, "a1.age", "a2.age", "--format", "json", "--out", str(out))
    assert result.exit_code == 1 and result.stdout == ""
    assert f"report written to {out}" in result.stderr
    assert out.stat().st_mode & 0o077 == 0
    data = json.loads(out.read_text("utf-8"))
    assert {h["label"] for h in data["residual"]} == {"PHONE", "PERSON", "PLACE"}
    page = tmp_path / "report.html"
    assert audit(world, "a1.age", "--format", "html", "--out", str(page)).exit_code == 0
    assert "<script" not in page.read_text("utf-8")


def test_identity_file_mode(world: World) -> None:
    identity, project = str(world.root / "identity.txt"), str(world.root / "project.fieldkit")
    args = ("audit", str(world.bundle("a1.age")), "--identity", identity, "--project", project)
    blind = run(*args, env={})
    assert blind.exit_code == 0, blind.stderr
    assert "not verified device" in blind.stdout
    code = json.loads(run(*args, "--format", "json", env={}).stdout)["bundles"][0]["device"]
    checked = run(*args, "--device", code, env={})
    assert checked.exit_code == 0 and "ok: file, decryption" in checked.stdout
    assert "not verified device" not in checked.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--identity", "identity.txt"), "--identity needs the project file too"),
        (
            ("--identity", "identity.txt", "--project", "project.fieldkit", "--coordinator", "x"),
            "not both",
        ),
        (("--project", "project.fieldkit"), "--project and --device go with --identity"),
        (("--identity", "project.fieldkit", "--project", "project.fieldkit"), "no age identity"),
        (("--qi", "shoe_size", "--coordinator", "coordinator"), "'shoe_size' is not a question"),
        (("--coordinator", "nowhere"), "no coordinator workspace here"),
    ],
)
def test_errors_exit_2(world: World, args: tuple[str, ...], message: str) -> None:
    resolved = [str(world.root / a) if (world.root / a).exists() else a for a in args]
    result = run("audit", str(world.bundle("a1.age")), *resolved)
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.startswith("error: ")


def test_wrong_passphrase_exits_2(world: World) -> None:
    result = run(
        "audit", "--coordinator", str(world.root / "coordinator"), env={"FIELDKIT_PASSPHRASE": "x"}
    )
    assert result.exit_code == 2


def test_merged_records_on_the_coordinator(tmp_path: Path) -> None:
    built = build_world(tmp_path, merge=("a1.age", "a3.age"))
    built.close()
    result = run("audit", "--coordinator", str(tmp_path / "coordinator"))
    assert result.exit_code == 1
    assert "merged records: 7 record(s) from 2 bundle(s) of 1 device(s)" in result.stdout
    assert "GAP: bundle(s) 2 missing between 1 and 3" in result.stdout
    assert "not verified signatures" in result.stdout


def test_review_opens_the_app_in_audit_mode(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[Path] = []
    monkeypatch.setattr("fieldkit.cli.audit.run_audit_app", opened.append)
    assert run("audit", "review", "--coordinator", str(world.root / "coordinator")).exit_code == 0
    assert opened == [world.root / "coordinator"]
    missing = run("audit", "review", "--coordinator", str(world.root / "nowhere"))
    assert missing.exit_code == 2 and "no coordinator workspace here" in missing.stderr
