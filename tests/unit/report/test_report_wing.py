"""The report wing's pieces agree with each other: one list of formats, each rendered;
the data dictionary describes exactly the export's columns, in every layout."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from fieldkit.analysis import REPORT_TABLES, compute
from fieldkit.errors import ReportError
from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.report import ACCOUNT_FORMATS, REPORT_FORMATS
from fieldkit.report.accounts import Account
from fieldkit.report.columns import MAX_NAME, Layout, record_columns
from fieldkit.report.dataexport import ExportOptions, write_table
from fieldkit.report.datatable import records_table
from fieldkit.report.dictionary import dictionary, dictionary_csv
from fieldkit.report.findings import Report, ReportTable
from fieldkit.report.render import render_accounts, render_report

from helpers import questionnaire_from_toml


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


@pytest.mark.parametrize("multi", [False, True], ids=["values", "multi-columns"])
def test_the_dictionary_names_every_data_column_in_order(tmp_path: Path, multi: bool) -> None:
    qn = builtin_questionnaire()
    table = records_table(qn, [], Layout(multi_columns=multi))
    book = dictionary(table.columns, qn.languages, "csv")
    write_table(
        table, book, tmp_path / "data.csv", ExportOptions(), language="en", title="t", qn=qn
    )
    (tmp_path / "book.csv").write_bytes(dictionary_csv(book))
    with (tmp_path / "data.csv").open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with (tmp_path / "book.csv").open(encoding="utf-8") as handle:
        names = [row["name"] for row in csv.DictReader(handle)]
    assert header == names
    assert header[:5] == ["record_id", "questionnaire_version", "status", "started", "updated"]
    assert all(len(name) <= MAX_NAME for name in header)


def test_the_same_questionnaire_always_gives_the_same_columns() -> None:
    qn = builtin_questionnaire()
    assert record_columns(qn) == record_columns(builtin_questionnaire())
    assert records_table(qn, []).columns == record_columns(qn)


KOREAN_ONLY = """
format = "fieldkit-questionnaire/1"
id = "ko_only"
version = "1"
title = { ko = "한국어만" }
languages = ["ko"]

[choice_lists]
yes_no = [
  { value = "yes", label = { ko = "네" } },
  { value = "no", label = { ko = "아니요" } },
]

[[sections]]
id = "start"
title = { ko = "시작" }

[[sections.questions]]
id = "agree"
type = "single_choice"
choices = "yes_no"
label = { ko = "동의하세요?" }
"""


def test_a_korean_only_questionnaire_has_labels_everywhere(tmp_path: Path) -> None:
    qn = questionnaire_from_toml(KOREAN_ONLY)
    table = records_table(qn, [])
    book = dictionary(table.columns, qn.languages, "sav")
    agree = next(row for row in book.rows if row["name"] == "agree")
    assert agree["label::Korean (ko)"] == "동의하세요?"
    assert agree["value_labels::Korean (ko)"] == "1=네; 2=아니요"
    column = next(c for c in table.columns if c.name == "agree")
    assert column.label["en"] == "동의하세요?"  # a Stata file asked for English still has one


def test_a_missing_package_is_refused_with_the_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyreadstat", None)
    qn = builtin_questionnaire()
    table = records_table(qn, [])
    book = dictionary(table.columns, qn.languages, "dta")
    with pytest.raises(ReportError, match="stata-spss"):
        options = ExportOptions(fmt="dta")
        write_table(table, book, tmp_path / "d.dta", options, language="en", title="t", qn=qn)
    assert not list(tmp_path.iterdir())  # nothing half-written left behind
