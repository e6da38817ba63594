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


# 2. One error path -----------------------------------------------------------------------


def test_interview_list_into_head_exits_quietly(tmp_path: Path, tiny: Path) -> None:
    """`fieldkit interview list | head`: the reader is gone before anything is written; the
    command ends with 141 (128 + SIGPIPE, as `cat big | head` does) and says nothing."""
    import subprocess
    import sys

    from helpers import subprocess_env

    env = subprocess_env(FIELDKIT_HOME=str(tmp_path / "w"), FIELDKIT_PASSPHRASE=PASSPHRASE)
    assert run("init", "--questionnaire", str(tiny), env={"FIELDKIT_HOME": env["FIELDKIT_HOME"]})
    process = subprocess.Popen(
        [sys.executable, "-m", "fieldkit", "interview", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    process.stdout.close()  # `head` has read what it wanted
    _, stderr = process.communicate(timeout=120)
    assert stderr == b""
    assert process.returncode == 141


def test_export_identity_onto_an_existing_file_asks_for_force(
    coordinator: Path, tmp_path: Path
) -> None:
    out = tmp_path / "id.txt"
    out.write_text("something else\n", encoding="utf-8")
    args = ("coordinator", "export-identity", "--coordinator", str(coordinator), "--out", str(out))
    refused = run(*args)
    assert refused.exit_code == 2
    assert "the file exists" in refused.output and "--force" in refused.output
    assert out.read_text(encoding="utf-8") == "something else\n"
    replaced = run(*args, "--force")
    assert replaced.exit_code == 0, replaced.output
    assert out.read_text(encoding="utf-8").startswith("AGE-SECRET-KEY-1")
    assert out.stat().st_mode & 0o777 == 0o600


def test_coordinator_init_into_a_missing_folder_creates_nothing(tmp_path: Path) -> None:
    result = run(
        "coordinator", "init", "--coordinator", str(tmp_path / "c"), "--name", "T",
        "--out", str(tmp_path / "no-such-folder" / "p.fieldkit"),
    )  # fmt: skip
    assert result.exit_code == 2
    assert "the folder to write into does not exist" in result.output
    assert not (tmp_path / "c").exists()  # a rerun with the right path is not refused


def test_project_rewritten_onto_the_same_file_changes_nothing(
    coordinator: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p.fieldkit"
    same = run("coordinator", "project", "--coordinator", str(coordinator), "--out", str(project))
    assert same.exit_code == 0 and "nothing changed" in same.output
    other = tmp_path / "notes.txt"
    other.write_text("mine", encoding="utf-8")
    refused = run("coordinator", "project", "--coordinator", str(coordinator), "--out", str(other))
    assert refused.exit_code == 2 and "--force" in refused.output
    assert other.read_text(encoding="utf-8") == "mine"


def test_report_onto_an_existing_file_asks_for_force(coordinator: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    out.write_text("last week's", encoding="utf-8")
    for command in (("report",), ("report", "accounts"), ("audit",)):
        args = (*command, "--coordinator", str(coordinator), "--out", str(out))
        refused = run(*args)
        assert refused.exit_code == 2 and "--force" in refused.output, command
        assert run(*args, "--force").exit_code == 0, command
        out.write_text("last week's", encoding="utf-8")


BAD_INPUT = [
    ("init", "--questionnaire", "{missing}"),
    ("init", "--questionnaire", "{garbage}"),
    ("interview", "import", "{missing}"),
    ("interview", "import", "{garbage}"),
    ("interview", "show", "case-999"),
    ("join", "{missing}", "--code", "AAAAA"),
    ("join", "{garbage}", "--code", "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"),
    ("export", "--out", "{nofolder}"),
    ("export", "--out", "{existing}"),
    ("workspace", "policy", "--lock-after", "0"),
    ("coordinator", "init", "--name", "T", "--out", "{existing}"),
    ("coordinator", "init", "--name", "T", "--out", "{nofolder}"),
    ("coordinator", "init", "--coordinator", "{fresh}", "--name", " ", "--out", "{new}"),
    (
        "coordinator",
        "init",
        "--coordinator",
        "{fresh}",
        "--name",
        "T",
        "--out",
        "{new}",
        *("--backup-recipient", "age1x") * 4,
    ),
    ("coordinator", "enroll", "AAAAA-BBBBB", "--name", "x"),
    ("coordinator", "export-identity", "--out", "{existing}"),
    ("coordinator", "export-identity", "--out", "{nofolder}"),
    ("coordinator", "project", "--out", "{nofolder}"),
    ("merge", "{missing}"),
    ("merge", "{garbage}"),
    ("report", "--out", "{nofolder}"),
    ("report", "--where", "bogus"),
    ("report", "--by", "bogus"),
    ("report", "accounts", "--out", "{existing}"),
    ("export-data", "--out", "{nofolder}"),
    ("export-data", "--out", "{existing}"),
    ("export-data", "--out", "{new}", "--dictionary", "{nofolder}"),
    ("audit", "--out", "{nofolder}"),
    ("audit", "--qi", "bogus"),
    ("audit", "--identity", "{garbage}", "--project", "{garbage}", "{garbage}"),
    ("questionnaire", "check", "{missing}"),
    ("questionnaire", "check", "{garbage}"),
    ("questionnaire", "import-xlsform", "{garbage}"),
    ("questionnaire", "export-xlsform", "{garbage}", "--out", "{nofolder}"),
    ("redact", "{missing}"),
    ("redact", "--known-file", "{missing}"),
]


@pytest.mark.parametrize("command", BAD_INPUT, ids=lambda c: " ".join(c))
def test_each_command_with_typical_bad_input_says_what_is_wrong(
    command: tuple[str, ...], coordinator: Path, tiny: Path, tmp_path: Path
) -> None:
    garbage = tmp_path / "garbage.bin"
    garbage.write_bytes(b"\x00\x01 not what was expected")
    existing = tmp_path / "existing.txt"
    existing.write_text("keep me", encoding="utf-8")
    places = {
        "missing": str(tmp_path / "missing.json"),
        "garbage": str(garbage),
        "existing": str(existing),
        "nofolder": str(tmp_path / "no-such-folder" / "out.xlsx"),
        "fresh": str(tmp_path / "fresh-coordinator"),
        "new": str(tmp_path / "new.fieldkit"),
    }
    env = {"FIELDKIT_HOME": str(tmp_path / "w"), "FIELDKIT_COORDINATOR_HOME": str(coordinator)}
    assert run("init", "--questionnaire", str(tiny), env=env).exit_code == 0
    result = run(*(part.format(**places) for part in command), env=env)
    assert result.exit_code == 2, result.output
    assert "internal error" not in result.output and "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "error" in result.output.lower()
    assert existing.read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "fresh-coordinator").exists()  # nothing half made to trip on


# 8. --generate wherever a passphrase is new ----------------------------------------------


@pytest.fixture
def suggested(monkeypatch: pytest.MonkeyPatch) -> str:
    """The suggestion drawn from a seeded generator, so the test knows it."""
    import random

    from fieldkit.passwords import generate_passphrase

    monkeypatch.setattr(
        "fieldkit.passwords.generate.secrets.SystemRandom", lambda: random.Random(5)
    )
    return generate_passphrase("en", rng=random.Random(5)).text


def test_coordinator_init_generate_suggests_the_passphrase(
    tmp_path: Path, tiny: Path, suggested: str
) -> None:
    from fieldkit.session import unlock_workspace

    result = CliRunner().invoke(
        cli,
        ["coordinator", "init", "--coordinator", str(tmp_path / "c"), "--name", "T",
         "--out", str(tmp_path / "p.fieldkit"), "--questionnaire", str(tiny),
         "--generate", "--wordlist", "en"],
        input=suggested + "\n",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert suggested in result.stderr and suggested not in result.stdout
    unlock_workspace(tmp_path / "c", suggested).close()


def test_coordinator_init_generate_refuses_words_not_typed_back(
    tmp_path: Path, tiny: Path, suggested: str
) -> None:
    result = CliRunner().invoke(
        cli,
        ["coordinator", "init", "--coordinator", str(tmp_path / "c"), "--name", "T",
         "--out", str(tmp_path / "p.fieldkit"), "--generate"],
        input="not the words\n",
    )  # fmt: skip
    assert result.exit_code == 2 and "not the suggested passphrase" in result.stderr
    assert not (tmp_path / "c").exists() and not (tmp_path / "p.fieldkit").exists()


def test_workspace_passphrase_generate_replaces_a_scripted_passphrase(
    tmp_path: Path, tiny: Path, suggested: str
) -> None:
    from fieldkit.session import unlock_workspace

    env = {"FIELDKIT_HOME": str(tmp_path / "w")}
    assert run("init", "--questionnaire", str(tiny), env=env).exit_code == 0
    changed = run("workspace", "passphrase", "--generate", env=env, input=suggested + "\n")
    assert changed.exit_code == 0, changed.output
    assert suggested in changed.stderr
    unlock_workspace(tmp_path / "w", suggested).close()
    assert run("workspace", "check", env=env).exit_code == 2  # the old one opens nothing


# 5. A distribution name nobody else owns --------------------------------------------------


def test_the_distribution_is_not_named_after_the_stranger_on_the_index() -> None:
    """`fieldkit` on the package index is an unrelated project (0.34.1, its own `fieldkit`
    command); the metadata is complete and the command stays `fieldkit`."""
    import tomllib

    from helpers import TESTS

    project = tomllib.loads((TESTS.parent / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["name"] == "fieldkit-testimony"
    assert project["scripts"] == {"fieldkit": "fieldkit.cli:main"}
    assert project["license"] and project["license-files"] == ["LICENSE"]
    assert len(project["keywords"]) >= 5 and len(project["classifiers"]) >= 10


def test_every_install_hint_points_at_the_checkout() -> None:
    """No message or guide tells anyone to `pip install 'fieldkit[...]'` (the stranger's)."""
    import re

    from helpers import TESTS

    root = TESTS.parent
    files = [root / "README.md", *(root / "docs").glob("*.md"), *(root / "src").rglob("*.py")]
    by_name = re.compile(r"pip install\s+['\"]?fieldkit\b")
    offenders = [str(f) for f in files if by_name.search(f.read_text(encoding="utf-8"))]
    assert not offenders


def test_export_data_without_pyarrow_says_to_install_from_the_checkout() -> None:
    from fieldkit.report.statfiles import _missing_package

    assert "pip install '.[parquet]'" in str(_missing_package("parquet"))
    assert "pip install '.[stata-spss]'" in str(_missing_package("sav"))


# 4. --json wherever a script reads the output ---------------------------------------------


@pytest.fixture
def merged(tmp_path: Path, tiny: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A coordinator, one enrolled laptop with two complete interviews, one bundle merged."""
    import json

    from bundle_helpers import FakeRedactor

    monkeypatch.setattr("fieldkit.bundle.export.load_engine", FakeRedactor)
    c, w, project = tmp_path / "c", tmp_path / "w", tmp_path / "p.fieldkit"
    assert run(
        "coordinator", "init", "--coordinator", str(c), "--name", "T", "--out", str(project),
        "--questionnaire", str(tiny), "--uncertain", "redact",
    ).exit_code == 0  # fmt: skip
    assert run("init", "--workspace", str(w), "--questionnaire", str(tiny)).exit_code == 0
    key = run("coordinator", "code", "--coordinator", str(c)).output.strip()
    joined = run("join", str(project), "--workspace", str(w), "--code", key, "--yes")
    code = joined.output.split("Enrolment code: ")[1].split()[0]
    enrolled = run("coordinator", "enroll", code, "--name", "laptop 3", "--coordinator", str(c))
    assert enrolled.exit_code == 0
    answers = [{"consent": "yes", "birth_year": 1980 + n, "sold": "no"} for n in range(2)]
    data = {"interviews": [{"status": "complete", "answers": a} for a in answers]}
    (tmp_path / "i.json").write_text(json.dumps(data), "utf-8")
    assert (
        run("interview", "import", str(tmp_path / "i.json"), "--workspace", str(w)).exit_code == 0
    )
    bundle = tmp_path / "b.age"
    assert run("export", "--out", str(bundle), "--workspace", str(w)).exit_code == 0
    return {"c": c, "w": w, "bundle": bundle, "project": project}


def test_merge_json_reports_each_bundle(merged: dict[str, Path], tmp_path: Path) -> None:
    import json

    junk = tmp_path / "junk.age"
    junk.write_bytes(b"not a bundle")
    result = run(
        "merge", str(merged["bundle"]), str(junk), "--coordinator", str(merged["c"]), "--json"
    )
    assert result.exit_code == 2 and "1 bundle(s) rejected" in result.stderr
    document = json.loads(result.stdout)
    assert [b["status"] for b in document["bundles"]] == ["merged", "rejected"]
    assert document["bundles"][0]["records"] == 2 and document["bundles"][0]["error"] is None
    assert document["bundles"][1]["error"]["code"].startswith("FK")
    assert (document["merged"], document["rejected"], document["records_changed"]) == (1, 1, 2)
    again = json.loads(run("merge", str(merged["bundle"]), "--json", env={
        "FIELDKIT_COORDINATOR_HOME": str(merged["c"])}).stdout)  # fmt: skip
    assert again["already_merged"] == 1 and again["records_changed"] == 0


def test_coordinator_devices_labels_its_columns(merged: dict[str, Path]) -> None:
    import json

    run("merge", str(merged["bundle"]), "--coordinator", str(merged["c"]))
    text = run("coordinator", "devices", "--coordinator", str(merged["c"])).output.splitlines()
    assert text[0].split() == ["DEVICE", "ENROLMENT", "CODE", "BUNDLES", "MERGED", "LAST", "BUNDLE"]
    assert text[1].startswith("laptop 3") and text[1].split()[-3:] == ["1", "no.", "1"]
    document = json.loads(
        run("coordinator", "devices", "--coordinator", str(merged["c"]), "--json").stdout
    )
    assert document[0]["name"] == "laptop 3" and document[0]["bundles_merged"] == 1
    assert document[0]["last_bundle"] == 1 and len(document[0]["code"].split("-")) == 5


def test_export_data_json_lists_the_k_anonymity_check(
    merged: dict[str, Path], tmp_path: Path
) -> None:
    import json

    run("merge", str(merged["bundle"]), "--coordinator", str(merged["c"]))
    out = tmp_path / "data.csv"
    result = run("export-data", "--out", str(out), "--json", "--coordinator", str(merged["c"]))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["data"] == str(out) and Path(document["dictionary"]).is_file()
    check = document["k_anonymity"]
    assert check["k"] == 3 and check["records_checked"] == 2
    assert len(check["below_k"]) == 2 == document["records_left_out"]
    assert document["records_written"] == 0
    assert {b["class_size"] for b in check["below_k"]} == {2}  # both born in one decade


def test_audit_json_is_the_json_format(merged: dict[str, Path]) -> None:
    import json

    run("merge", str(merged["bundle"]), "--coordinator", str(merged["c"]))
    args = ("audit", "--coordinator", str(merged["c"]), "--max-below-k", "5")
    flag, fmt = run(*args, "--json"), run(*args, "--format", "json")
    assert flag.exit_code == 0 == fmt.exit_code, flag.output
    assert json.loads(flag.stdout).keys() == json.loads(fmt.stdout).keys()


def test_questionnaire_check_json_lists_every_problem(tmp_path: Path, tiny: Path) -> None:
    import json

    good = json.loads(run("questionnaire", "check", str(tiny), "--json").stdout)
    assert good["ok"] and good["questionnaire"]["id"] == "tiny" and good["errors"] == []
    broken = tmp_path / "broken.toml"
    broken.write_text(TINY.replace('format = "fieldkit-questionnaire/1"', 'format = "x"'), "utf-8")
    result = run("questionnaire", "check", str(broken), "--json")
    assert result.exit_code == 2 and result.stderr.startswith("error:")
    document = json.loads(result.stdout)
    assert not document["ok"] and document["errors"]


def test_workspace_check_json(tmp_path: Path, tiny: Path) -> None:
    import json

    run("init", "--workspace", str(tmp_path / "w"), "--questionnaire", str(tiny))
    document = json.loads(
        run("workspace", "check", "--json", "--workspace", str(tmp_path / "w")).stdout
    )
    assert document["ok"] is True and document["event_log_entries"] >= 1


def test_interview_list_shows_answered_of_total(merged: dict[str, Path]) -> None:
    import json

    listed = run("interview", "list", "--workspace", str(merged["w"])).output.splitlines()
    assert "ANSWERED" in listed[0]
    document = json.loads(
        run("interview", "list", "--json", "--workspace", str(merged["w"])).stdout
    )
    row = document[0]
    shown = f"{row['answered']}/{row['asked']} ({row['percent_complete']}% complete)"
    assert shown in listed[1]


def test_backup_recipient_help_says_it_is_repeatable() -> None:
    assert "Repeatable" in run("coordinator", "init", "--help").output


# 3. Idempotent import; show by reference ----------------------------------------------------


@pytest.fixture
def cases(tmp_path: Path, tiny: Path) -> dict[str, str]:
    """A workspace and a file of two referenced interviews (and one without a reference)."""
    import json

    env = {"FIELDKIT_HOME": str(tmp_path / "w")}
    assert run("init", "--questionnaire", str(tiny), env=env).exit_code == 0
    interviews = [
        {"ref": "case-61", "answers": {"consent": "yes", "birth_year": 1979}},
        {"ref": "case-62", "answers": {"consent": "yes", "birth_year": 1985}},
        {"answers": {"consent": "yes"}},
    ]
    (tmp_path / "cases.json").write_text(json.dumps({"interviews": interviews}), "utf-8")
    return {**env, "file": str(tmp_path / "cases.json")}


def _ids(env: dict[str, str]) -> list[str]:
    import json

    return [row["id"] for row in json.loads(run("interview", "list", "--json", env=env).stdout)]


def test_importing_the_same_file_twice_changes_nothing_and_says_so(cases: dict[str, str]) -> None:
    first = run("interview", "import", cases["file"], env=cases)
    assert first.exit_code == 0 and "Imported 3 interview(s)" in first.stdout
    before = _ids(cases)
    second = run("interview", "import", cases["file"], env=cases)
    assert second.exit_code == 0, second.output
    assert "Imported 0 interview(s)" in second.stdout
    assert "3 interview(s) of cases.json were already in this workspace" in second.stdout
    assert _ids(cases) == before


def test_importing_the_same_file_twice_says_so_in_korean(cases: dict[str, str]) -> None:
    run("interview", "import", cases["file"], env=cases)
    again = run("interview", "import", cases["file"], env={**cases, "FIELDKIT_LANG": "ko"})
    assert again.exit_code == 0
    assert "면담 0건을 가져왔습니다" in again.stdout and "면담 3건은 이미" in again.stdout


def test_importing_a_changed_interview_with_the_same_reference_keeps_both(
    cases: dict[str, str], tmp_path: Path
) -> None:
    import json

    run("interview", "import", cases["file"], env=cases)
    changed = tmp_path / "changed.json"
    interviews = [{"ref": "case-61", "answers": {"consent": "yes", "birth_year": 1980}}]
    changed.write_text(json.dumps({"interviews": interviews}), "utf-8")
    result = run("interview", "import", str(changed), "--json", env=cases)
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["imported"] == 1 and document["already_present"] == 0
    assert document["same_reference_different_answers"] == 1
    assert "answers differ" in result.stderr
    shown = run("interview", "show", "case-61", env=cases)  # now ambiguous: ask for the id
    assert shown.exit_code == 2 and "2 interviews have the reference 'case-61'" in shown.stderr


def test_interview_show_accepts_the_reference_that_list_prints(cases: dict[str, str]) -> None:
    import json

    run("interview", "import", cases["file"], env=cases)
    listed = run("interview", "list", env=cases).stdout
    assert "case-61" in listed
    shown = run("interview", "show", "case-61", env=cases)
    assert shown.exit_code == 0, shown.output
    assert "(case-61)" in shown.stdout and "1979" in shown.stdout
    as_json = json.loads(run("interview", "show", "case-62", "--json", env=cases).stdout)
    assert as_json["ref"] == "case-62" and as_json["answers"]["birth_year"] == 1985
    missing = run("interview", "show", "case-99", env=cases)
    assert missing.exit_code == 2 and "no interview 'case-99'" in missing.stderr


# 6. Armored age files ----------------------------------------------------------------------


def test_merge_and_audit_accept_a_bundle_armored_with_age_a(
    merged: dict[str, Path], tmp_path: Path
) -> None:
    import shutil
    import subprocess

    age = shutil.which("age")
    if age is None:
        pytest.skip("the reference 'age' tool is not installed (CI installs it with apt)")
    c = str(merged["c"])
    identity = tmp_path / "id.txt"
    assert (
        run("coordinator", "export-identity", "--out", str(identity), "--coordinator", c).exit_code
        == 0
    )
    body = subprocess.run(
        [age, "-d", "-i", str(identity), str(merged["bundle"])], capture_output=True, check=True
    ).stdout
    armored = tmp_path / "b.txt"
    subprocess.run(
        [age, "-a", "-e", "-i", str(identity), "-o", str(armored)], input=body, check=True
    )
    assert armored.read_bytes().startswith(b"-----BEGIN AGE ENCRYPTED FILE-----")
    audit = run("audit", str(armored), "--coordinator", c, "--max-below-k", "5")
    assert audit.exit_code == 0, audit.output
    result = run("merge", str(armored), "--coordinator", c)
    assert result.exit_code == 0, result.output
    assert "merged 2 record(s)" in result.output


def test_piping_the_same_answers_in_twice_changes_nothing(cases: dict[str, str]) -> None:
    import json

    answers = Path(cases["file"]).read_text(encoding="utf-8")
    first = run("interview", "import", "-", "--json", env=cases, input=answers)
    assert first.exit_code == 0 and json.loads(first.stdout)["imported"] == 3
    second = json.loads(run("interview", "import", "-", "--json", env=cases, input=answers).stdout)
    assert second["imported"] == 0 and second["already_present"] == 3


def test_enrolling_a_misheard_code_is_refused_naming_the_group(merged: dict[str, Path]) -> None:
    """Issue 16 item 3, already on main: enrolment codes carry a check character per group."""
    import json

    c = str(merged["c"])
    listed = run("coordinator", "devices", "--json", "--coordinator", c)
    code = json.loads(listed.stdout)[0]["code"]
    groups = code.split("-")
    wrong = groups[2][:2] + ("X" if groups[2][2] != "X" else "Y") + groups[2][3:]
    typo = "-".join([*groups[:2], wrong, *groups[3:]])
    result = run("coordinator", "enroll", typo, "--name", "typo", "--coordinator", c)
    assert result.exit_code == 2 and "group 3" in result.stderr
    assert "Enrolled" not in result.output
