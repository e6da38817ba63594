"""End to end, as a coordinator and two interviewers would type it: coordinator init -> two
laptops join and enrol -> 77 interviews imported (71 in Jilin and Heilongjiang, six in-depth
interviews in Shandong) -> exports -> merge -> report -> data for analysts.

The report must give every figure the Findings chapter publishes, each table over the
population the questionnaire's analysis section gives it (the Shandong women do not push
the Jilin and Heilongjiang counts off), and the analysts' files must load where analysts
work, private to their owner, refusing records below the project's k unless told.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pyarrow.json as pa_json
import pyreadstat
import pytest
from click.testing import CliRunner, Result

from fieldkit.cli import cli

from helpers import DATA, PASSPHRASE
from published import FIXTURE_DESIGN, NOT_PUBLISHED, POPULATIONS, PUBLISHED

pytestmark = pytest.mark.slow


def run(*args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(
        cli, list(args), env={"FIELDKIT_PASSPHRASE": PASSPHRASE}, catch_exceptions=False
    )
    assert result.exit_code == code, result.output
    return result


def _split(tmp_path: Path) -> list[Path]:
    data = json.loads((DATA / "report_interviews.json").read_text("utf-8"))
    files = []
    for n in range(2):
        part = {**data, "interviews": data["interviews"][n::2]}
        files.append(tmp_path / f"part{n}.json")
        files[-1].write_text(json.dumps(part, ensure_ascii=False), "utf-8")
    return files


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A coordinator who has merged both laptops' bundles."""
    tmp_path = tmp_path_factory.mktemp("report")
    coord = ("--coordinator", str(tmp_path / "coordinator"))
    project = tmp_path / "project.fieldkit"
    name = ("--name", "Lives for Sale", "--out", str(project), "--uncertain", "redact")
    run("coordinator", "init", *coord, *name)
    bundles = []
    for n, part in enumerate(_split(tmp_path)):
        ws = ("--workspace", str(tmp_path / f"laptop{n}"))
        run(*ws, "init")
        key_code = run("coordinator", "code", *coord).output.strip()
        joined = run(*ws, "join", str(project), "--code", key_code, "--yes").output
        code = next(line.split(": ")[1] for line in joined.splitlines() if "Enrolment" in line)
        run("coordinator", "enroll", *coord, code, "--name", f"laptop {n}")
        run(*ws, "interview", "import", str(part))
        bundles.append(tmp_path / f"laptop{n}.age")
        run(*ws, "export", "--out", str(bundles[-1]))
    merged = run("merge", *coord, *map(str, bundles)).output
    assert "2 merged, 0 already merged, 0 rejected; 77 record(s) changed" in merged
    return coord


def test_the_report_gives_every_published_figure(coordinator: tuple[str, str]) -> None:
    report = json.loads(run("report", *coordinator, "--format", "json").output)
    assert report["records"] == 77 and report["devices"] == 2
    tables = {t["id"]: t for t in report["tables"]}
    assert set(tables) == set(PUBLISHED) | set(FIXTURE_DESIGN) | set(NOT_PUBLISHED)
    for table_id, (total, unanswered, rows) in NOT_PUBLISHED.items():
        assert (tables[table_id]["total"], tables[table_id]["unanswered"]) == (total, unanswered)
        assert {r["key"]: r["count"] for r in tables[table_id]["rows"]} == rows
    for table_id, (total, rows) in {**PUBLISHED, **FIXTURE_DESIGN}.items():
        table = tables[table_id]
        assert not table["note"], table_id
        if total is not None:
            assert table["total"] == total, table_id
        counts = {r["key"]: r["count"] for r in table["rows"]}
        assert {k: counts[k] for k in rows} == rows, table_id
    sizes = {t["population"]["id"]: t["population"]["size"] for t in report["tables"]}
    assert sizes == POPULATIONS
    children = tables["children_hukou"]
    assert (children["total"], children["unanswered"]) == (42, 0)  # not 43: Shandong's child
    assert tables["payment_to_intermediary"]["total"] == 58  # not 60: Shandong's husbands


def test_where_and_by_answer_ad_hoc_questions(coordinator: tuple[str, str]) -> None:
    args = ("--format", "json", "--where", "interview_province=jilin", "--by", "arrest_history")
    report = json.loads(run("report", *coordinator, *args).output)
    assert report["selected"] == 39 and report["by"] == "arrest_history"
    provinces = next(t for t in report["tables"] if t["id"] == "provinces")
    assert provinces["total"] == 39
    assert sum(c["total"] for c in provinces["by"]) == 39
    wrong = run("report", *coordinator, "--where", "current_province=pyongyang", code=2)
    assert "is not a value of 'current_province'" in wrong.output
    text = run("report", *coordinator).output
    assert "Population: Women interviewed in depth in Shandong (Qingdao) (6 of 77 records)" in text


def test_the_html_report_is_self_contained(coordinator: tuple[str, str], tmp_path: Path) -> None:
    html = run("report", *coordinator, "--format", "html").output
    assert "<svg" in html and 'viewBox="0 0 100 10"' in html and "<script" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "사는 성별" not in html and "면담한 여성이 사는 성(省)" in html
    accounts = run("report", "accounts", *coordinator, "--format", "markdown").output
    assert "Case " in accounts and "Ms. " in accounts
    fixture = json.loads((DATA / "report_interviews.json").read_text("utf-8"))["interviews"]
    for interview in fixture:  # no name from any sealed identity section leaks
        name = interview["answers"].get("name")
        if name:
            assert name not in accounts and name not in html


def test_export_data_refuses_records_below_k_and_lists_them(
    coordinator: tuple[str, str], tmp_path: Path
) -> None:
    out = tmp_path / "data.csv"
    result = run("export-data", *coordinator, "--out", str(out))
    below = [line for line in result.output.splitlines() if line.startswith("  record ")]
    assert below and "left out (--allow-below-k writes them)" in result.output
    kept = pd.read_csv(out, dtype=str)
    assert len(kept) == 77 - len(below)
    assert out.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "data.csv.dictionary.csv").stat().st_mode & 0o777 == 0o600
    again = run("export-data", *coordinator, "--out", str(out), code=2)
    assert "the file exists" in again.output and "--force" in again.output
    forced = run("export-data", *coordinator, "--out", str(out), "--force", "--allow-below-k")
    assert "written anyway (--allow-below-k)" in forced.output
    assert f"record {below[0].split()[1]}" in forced.output  # listed either way
    assert len(pd.read_csv(out, dtype=str)) == 77


def test_every_format_loads_where_analysts_work(
    coordinator: tuple[str, str], tmp_path: Path
) -> None:
    def export(fmt: str, *extra: str) -> Path:
        out = tmp_path / f"data.{fmt}"
        run(
            "export-data",
            *coordinator,
            "--format",
            fmt,
            "--out",
            str(out),
            "--allow-below-k",
            *extra,
        )
        assert out.stat().st_mode & 0o777 == 0o600
        return out

    assert pd.read_parquet(export("parquet")).shape[0] == 77
    assert pa_json.read_json(export("jsonl")).num_rows == 77
    sheet = openpyxl.load_workbook(export("xlsx"), read_only=True)["records"]
    assert sheet.max_row == 78
    frame, meta = pyreadstat.read_dta(export("dta", "--language", "en"))
    assert len(frame) == 77 and meta.column_names_to_labels["consent"]
    frame, meta = pyreadstat.read_sav(export("sav", "--language", "ko", "--multi-columns"))
    assert meta.variable_value_labels["current_province"][4.0] == "산동성"
    assert "workplaces__karaoke_bar" in meta.column_names
    fixture = json.loads((DATA / "report_interviews.json").read_text("utf-8"))["interviews"]
    text = (tmp_path / "data.jsonl").read_text("utf-8")
    for interview in fixture:  # identity answers never reach the analysts
        for qid in ("name", "husband_name", "broker_names"):
            value = interview["answers"].get(qid)
            assert not value or value not in text, qid
