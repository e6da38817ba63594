"""The report over merged records: each table counts its declared population, --where narrows
every table, --by cross-tabulates it, and every rendering says whom a table counts."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fieldkit.errors import ReportError
from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.report.crosstab import by_question, parse_where
from fieldkit.report.findings import Report, ReportTable, report_tables
from fieldkit.report.render import render_report
from report_helpers import merged_fixture

from published import FIXTURE_DESIGN, POPULATIONS, PUBLISHED

QN = builtin_questionnaire()
RECORDS = merged_fixture(QN)


def _counts(items: list[ReportTable]) -> dict[str, dict[str, Any]]:
    return {
        i.table.id: {"total": i.table.total, **{r.key: r.count for r in i.table.rows}}
        for i in items
    }


def test_merged_records_reproduce_every_published_figure() -> None:
    """After export generalised them (bins, bands, top codes), the tables still count exactly."""
    items = report_tables(QN, RECORDS)
    counts = _counts(items)
    for table_id, (total, rows) in {**PUBLISHED, **FIXTURE_DESIGN}.items():
        if total is not None:
            assert counts[table_id]["total"] == total, table_id
        assert {k: counts[table_id][k] for k in rows} == rows, table_id
    assert not any(i.note for i in items)
    sizes = {i.table.scope.id: i.table.scope.size for i in items if i.table.scope}
    assert sizes == POPULATIONS


def test_where_narrows_every_table() -> None:
    conditions = parse_where(QN, ["current_province=jilin"])
    jilin = [r for r in RECORDS if all(c.matches(r["answers"]) for c in conditions)]
    counts = _counts(report_tables(QN, jilin))
    assert counts["provinces"]["jilin"] == counts["provinces"]["total"] == 39
    assert counts["shandong_income"]["total"] == 0
    both = parse_where(QN, ["interview_province=jilin", "interview_province=shandong"])
    assert len(both) == 1 and both[0].values == ("jilin", "shandong")
    assert sum(both[0].matches(r["answers"]) for r in RECORDS) == 45


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        (["current_province"], "is not QUESTION=VALUE"),
        (["name=Kim"], "never leaves the devices"),
        (["no_such_question=1"], "is not a question of the project"),
        (["current_province=pyongyang"], "is not a value of 'current_province'"),
    ],
)
def test_where_refuses_what_it_cannot_match(texts: list[str], message: str) -> None:
    with pytest.raises(ReportError, match=message):
        parse_where(QN, texts)


def test_by_needs_a_question_with_categories() -> None:
    with pytest.raises(ReportError, match="no categories"):
        by_question(QN, "interviewer_code")
    assert by_question(QN, "years_at_residence").column.ordered


def test_by_gives_counts_and_column_percentages() -> None:
    by = by_question(QN, "interview_province")
    items = {i.table.id: i for i in report_tables(QN, RECORDS, by)}
    arrests = items["arrests"]
    assert [c.key for c in arrests.by] == ["jilin", "heilongjiang", "shandong"]
    jilin = arrests.by[0]
    assert jilin.table.total == 39
    assert sum(jilin.table.count(r.key) for r in arrests.table.rows) == 39
    assert jilin.share("repatriated") == jilin.table.count("repatriated") / 39
    assert sum(c.table.count("repatriated") for c in arrests.by) == 26
    assert items["shandong_work"].by[2].table.count("sex_work") == 6


def _report(by: bool = False) -> Report:
    column = by_question(QN, "interview_province") if by else None
    return Report(
        project="Lives for Sale",
        records=77,
        devices=2,
        tables=report_tables(QN, RECORDS, column),
        by=column,
    )


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_every_table_says_whom_it_counts(fmt: str) -> None:
    text = render_report(_report(), fmt)
    # 16 published tables and times_sold count the women of Jilin and Heilongjiang
    assert text.count("Women interviewed in Jilin and Heilongjiang (71 of 77 records)") == 17
    assert "Women interviewed in depth in Shandong (Qingdao) (6 of 77 records)" in text
    if fmt == "html":
        assert "대상: 길림성과 흑룡강성에서 면담한 여성 (기록 77건 중 71건)" in text


def test_json_and_csv_carry_the_population_and_the_crosstab() -> None:
    data = json.loads(render_report(_report(by=True), "json"))
    assert data["by"] == "interview_province"
    provinces = next(t for t in data["tables"] if t["id"] == "provinces")
    assert provinces["population"] == {
        "id": "all_interviews",
        "label": {"en": "All women interviewed", "ko": "면담한 여성 전체"},
        "size": 77,
    }
    shandong = next(c for c in provinces["by"] if c["key"] == "shandong")
    assert shandong["total"] == 6 and shandong["rows"][3] == {
        "key": "shandong",
        "count": 6,
        "share": 1.0,
    }
    lines = render_report(_report(by=True), "csv").splitlines()
    assert "provinces,shandong,Shandong,산동성,6,77,all_interviews,77,,," in lines
    assert (
        "provinces,shandong,Shandong,산동성,6,6,all_interviews,77,interview_province,shandong,"
        in lines
    )


def test_the_provinces_table_lists_shandong_as_itself() -> None:
    provinces = next(i.table for i in report_tables(QN, RECORDS) if i.table.id == "provinces")
    assert [(r.key, r.count) for r in provinces.rows] == [
        ("jilin", 39),
        ("heilongjiang", 32),
        ("liaoning", 0),
        ("shandong", 6),
        ("other", 0),
    ]
    assert provinces.title_ko == "면담한 여성이 사는 성(省)"
