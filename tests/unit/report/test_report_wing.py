"""The report wing's pieces agree with each other: one list of formats, each rendered;
the codebook describes exactly the data export's columns."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fieldkit.analysis import REPORT_TABLES, compute
from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.report import ACCOUNT_FORMATS, REPORT_FORMATS
from fieldkit.report.accounts import Account
from fieldkit.report.codebook import codebook_rows, columns, write_codebook
from fieldkit.report.dataexport import write_data
from fieldkit.report.findings import Report, ReportTable
from fieldkit.report.render import render_accounts, render_report


@pytest.mark.parametrize("fmt", REPORT_FORMATS)
def test_every_report_format_has_a_renderer(fmt: str) -> None:
    table = compute(REPORT_TABLES[0], [])
    report = Report(project="Test", records=0, devices=0, tables=[ReportTable(table=table)])
    assert table.rows[0].label_en in render_report(report, fmt)


@pytest.mark.parametrize("fmt", ACCOUNT_FORMATS)
def test_every_account_format_has_a_renderer(fmt: str) -> None:
    account = Account(case=1, heading="Case 1 \u2014 Ms. B.", theme="sold", text="[PERSON-1] left.")
    assert "Sold to a husband" in render_accounts([account], fmt)


def test_accounts_refuse_an_unknown_format() -> None:
    with pytest.raises(ValueError, match="text or markdown"):
        render_accounts([], "html")


def test_the_codebook_describes_every_data_column(tmp_path: Path) -> None:
    qn = builtin_questionnaire()
    write_data(qn, [], tmp_path / "data.csv", "csv")
    write_codebook(qn, tmp_path / "book.csv")
    with (tmp_path / "data.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == columns(qn)
    described = {row["name"] for row in codebook_rows(qn)}
    money = {c.rsplit("_", 1)[0] for c in header if c.endswith(("_amount", "_currency"))}
    answered = {c for c in header[4:] if c.rsplit("_", 1)[0] not in money} | money
    assert answered == described
