"""``fieldkit questionnaire import-xlsform|export-xlsform``, and the household sample
from XLSForm all the way through ``fieldkit interview import``."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from click.testing import CliRunner, Result

from fieldkit.cli import cli
from fieldkit.questionnaire import builtin_questionnaire, load_questionnaire, questionnaire_hash
from xlsform_helpers import household_xlsx, write_xlsform_md

from helpers import PASSPHRASE, TINY


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_import_prints_toml_and_the_review(tmp_path: Path) -> None:
    result = run("questionnaire", "import-xlsform", str(household_xlsx(tmp_path)))
    assert result.exit_code == 0, result.stderr
    data = tomllib.loads(result.stdout)
    assert data["id"] == "household_survey" and data["languages"] == ["en", "ko"]
    err = result.stderr
    assert "note: survey row 11: 'HH-Children' is called 'hh_children' in fieldkit" in err
    assert "review: 13 question(s) had no fieldkit::sensitivity" in err
    assert "review:   survey row 5: 'respondent_name' (short_text) -> direct" in err
    assert "review:   none (not free text): resp_age, is_head, hh_size" in err
    assert "ok: household_survey 2024011501: 3 sections, 14 questions" in err


def test_import_writes_toml_or_json_and_does_not_overwrite(tmp_path: Path) -> None:
    xlsx = household_xlsx(tmp_path)
    for name in ("out.toml", "out.json"):
        out = tmp_path / name
        result = run("questionnaire", "import-xlsform", str(xlsx), "--out", str(out))
        assert result.exit_code == 0, result.stderr
        assert f"Wrote {out}" in result.stdout
        assert load_questionnaire(out).id == "household_survey"
    again = run("questionnaire", "import-xlsform", str(xlsx), "--out", str(tmp_path / "out.toml"))
    assert again.exit_code == 2
    assert "the file exists (choose another name, or pass --force)" in again.stderr
    forced = run(
        "questionnaire", "import-xlsform", str(xlsx), "--out", str(tmp_path / "out.toml"), "--force"
    )
    assert forced.exit_code == 0
    wrong = run("questionnaire", "import-xlsform", str(xlsx), "--out", str(tmp_path / "out.yaml"))
    assert wrong.exit_code == 2 and "use a file name ending in .toml or .json" in wrong.stderr


def test_refused_import_lists_every_row_and_writes_nothing(tmp_path: Path) -> None:
    xlsx = write_xlsform_md(
        tmp_path / "form.xlsx",
        """
        | survey |
        |        | type      | name | label |
        |        | geotrace  | gps  | GPS   |
        |        | calculate | c    |       |
        """,
    )
    out = tmp_path / "out.toml"
    result = run("questionnaire", "import-xlsform", str(xlsx), "--out", str(out))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0].startswith(
        "error: form.xlsx: survey row 2, column 'type': GPS location ('geotrace') is not supported"
    )
    assert "nothing was written" in lines[0]
    assert lines[1].startswith("error: survey row 3: a calculate row has no calculation")
    assert not out.exists()


def test_export_builtin_and_import_back_is_unchanged(tmp_path: Path) -> None:
    xlsx = tmp_path / "lives.xlsx"
    result = run("questionnaire", "export-xlsform", "--builtin", "--out", str(xlsx))
    assert result.exit_code == 0, result.stderr
    assert f"Wrote {xlsx}" in result.stdout
    back = tmp_path / "back.toml"
    result = run("questionnaire", "import-xlsform", str(xlsx), "--out", str(back))
    assert result.exit_code == 0, result.stderr
    assert "review:" not in result.stderr
    assert questionnaire_hash(load_questionnaire(back)) == questionnaire_hash(
        builtin_questionnaire()
    )


def test_export_a_file(tmp_path: Path) -> None:
    source = tmp_path / "tiny.toml"
    source.write_text(TINY, encoding="utf-8")
    xlsx = tmp_path / "tiny.xlsx"
    result = run("questionnaire", "export-xlsform", str(source), "--out", str(xlsx))
    assert result.exit_code == 0 and xlsx.exists()
    assert run("questionnaire", "export-xlsform", str(source), "--out", str(xlsx)).exit_code == 2


def test_export_needs_exactly_one_source(tmp_path: Path) -> None:
    out = str(tmp_path / "x.xlsx")
    neither = run("questionnaire", "export-xlsform", "--out", out)
    assert neither.exit_code == 2 and "give a questionnaire FILE or --builtin" in neither.stderr
    source = tmp_path / "tiny.toml"
    source.write_text(TINY, encoding="utf-8")
    both = run("questionnaire", "export-xlsform", str(source), "--builtin", "--out", out)
    assert both.exit_code == 2
    not_xlsx = run("questionnaire", "export-xlsform", "--builtin", "--out", str(tmp_path / "x.xls"))
    assert not_xlsx.exit_code == 2 and "ending in .xlsx" in not_xlsx.stderr


ANSWERS = {
    "format": "fieldkit-interviews/1",
    "questionnaire": "household_survey",
    "interviews": [
        {
            "ref": "hh-001",
            "status": "complete",
            "answers": {
                "respondent_name": "Test Person",
                "resp_age": 34,
                "is_head": "yes",
                "hh_size": 4,
                "hh_children": 2,
                "water_source": "other",
                "water_other": "rain tank",
                "assets": ["radio", "livestock"],
                "cattle": 3,
                "visit_date": "2024-01-15",
                "income": 1200.5,
                "comments": "Two visits needed.",
            },
        },
        {
            "ref": "hh-002",
            "status": "complete",
            "answers": {
                "respondent_name": "Another Person",
                "resp_age": 61,
                "is_head": "no",
                "hh_size": 1,
                "water_source": "well",
            },
        },
    ],
}


def test_household_sample_runs_through_interview_import(tmp_path: Path) -> None:
    form = tmp_path / "household.toml"
    assert (
        run(
            "questionnaire", "import-xlsform", str(household_xlsx(tmp_path)), "--out", str(form)
        ).exit_code
        == 0
    )
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    created = run("init", "--questionnaire", str(form), env=env)
    assert created.exit_code == 0, created.stderr
    assert "Questionnaire: household_survey 2024011501 (14 questions)" in created.stdout

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    imported = run("interview", "import", str(answers), env=env)
    assert imported.exit_code == 0, imported.stderr
    assert "Imported 2 interview(s)" in imported.stdout

    listed = json.loads(run("interview", "list", "--json", env=env).stdout)
    assert sorted((row["ref"], row["status"]) for row in listed) == [
        ("hh-001", "complete"),
        ("hh-002", "complete"),
    ]


def test_household_skip_logic_and_constraints_hold_on_import(tmp_path: Path) -> None:
    form = tmp_path / "household.toml"
    run("questionnaire", "import-xlsform", str(household_xlsx(tmp_path)), "--out", str(form))
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "FIELDKIT_PASSPHRASE": PASSPHRASE}
    assert run("init", "--questionnaire", str(form), env=env).exit_code == 0
    bad = {
        "interviews": [
            {"ref": "a", "answers": {"hh_size": 1, "hh_children": 0}},
            {"ref": "b", "answers": {"hh_size": 3, "hh_children": 5}},
            {"ref": "c", "answers": {"resp_age": 12}},
        ]
    }
    answers = tmp_path / "bad.json"
    answers.write_text(json.dumps(bad), encoding="utf-8")
    result = run("interview", "import", str(answers), env=env)
    assert result.exit_code == 2
    err = result.stderr
    not_asked = "answered, but the questionnaire would not ask it"
    assert f"interview 1 ('a'), question 'hh_children': {not_asked}" in err
    assert (
        "interview 2 ('b'), question 'hh_children'" in err
        and "Fewer than the household size" in err
    )
    assert "interview 3 ('c'), question 'resp_age'" in err and "Age must be 15 to 110" in err
