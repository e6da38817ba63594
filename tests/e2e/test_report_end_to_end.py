"""End to end, as a coordinator and three interviewers would type it: coordinator init ->
three workspaces join and enrol -> interviews imported -> exports -> merge -> report.

The report must reproduce every published Findings table from the 71-interview fixture
(``tests/data/report_interviews.json``), including the provinces table: the provinces the
report tabulates are exported as themselves (only rare ones are grouped into regions).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fieldkit.analysis import effective_answers, report_tables
from fieldkit.cli import cli
from fieldkit.questionnaire import builtin_questionnaire

from helpers import DATA, PASSPHRASE

pytestmark = pytest.mark.slow


def run(*args: str) -> Result:
    result = CliRunner().invoke(
        cli, list(args), env={"FIELDKIT_PASSPHRASE": PASSPHRASE}, catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result


def _split(tmp_path: Path) -> list[Path]:
    data = json.loads((DATA / "report_interviews.json").read_text("utf-8"))
    files = []
    for n in range(3):
        part = {**data, "interviews": data["interviews"][n::3]}
        files.append(tmp_path / f"part{n}.json")
        files[-1].write_text(json.dumps(part, ensure_ascii=False), "utf-8")
    return files


def test_three_devices_to_published_tables(tmp_path: Path) -> None:
    coord = ("--coordinator", str(tmp_path / "coordinator"))
    project = tmp_path / "project.fieldkit"
    run(
        "coordinator",
        "init",
        *coord,
        "--name",
        "Lives for Sale",
        "--out",
        str(project),
        "--uncertain",
        "redact",
    )
    bundles = []
    for n, part in enumerate(_split(tmp_path)):
        ws = ("--workspace", str(tmp_path / f"laptop{n}"))
        run(*ws, "init")
        joined = run(*ws, "join", str(project)).output
        code = next(line.split(": ")[1] for line in joined.splitlines() if "Enrolment" in line)
        run("coordinator", "enroll", *coord, code, "--name", f"laptop {n}")
        run(*ws, "interview", "import", str(part))
        bundles.append(tmp_path / f"laptop{n}.age")
        run(*ws, "export", "--out", str(bundles[-1]))
    merged = run("merge", *coord, *map(str, bundles)).output
    assert "3 merged, 0 already merged, 0 rejected; 71 record(s) changed" in merged
    report = json.loads(run("report", *coord, "--format", "json").output)
    assert report["records"] == 71 and report["devices"] == 3

    fixture = json.loads((DATA / "report_interviews.json").read_text("utf-8"))["interviews"]
    expected = {
        t.id: t.to_dict()
        for t in report_tables(
            effective_answers(builtin_questionnaire(), [i["answers"] for i in fixture])
        )
    }
    for table in report["tables"]:
        want = expected[table["id"]]
        assert not table["note"], table["id"]
        got = [(r["key"], r["count"]) for r in table["rows"]]
        assert got == [(r["key"], r["count"]) for r in want["rows"]], table["id"]
        assert table["total"] == want["total"], table["id"]
    counts = {t["id"]: {r["key"]: r["count"] for r in t["rows"]} for t in report["tables"]}
    assert counts["years_at_residence"] == {
        "under_2": 4,
        "2_3": 14,
        "4_5": 12,
        "6_7": 14,
        "8_9": 22,
        "over_9": 5,
    }
    assert [counts["price_paid"][k] for k in counts["price_paid"]] == [3, 10, 5, 2]
    assert counts["provinces"] == {"jilin": 39, "heilongjiang": 32, "other": 0}

    html = run("report", *coord, "--format", "html").output
    assert (
        "<svg" in html
        and "<script" not in html
        and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    )
    accounts = run("report", "accounts", *coord, "--format", "markdown").output
    assert "Case " in accounts and "Ms. " in accounts
    for interview in fixture:  # no name from any sealed identity section leaks
        name = interview["answers"].get("name")
        if name:
            assert name not in accounts and name not in html
