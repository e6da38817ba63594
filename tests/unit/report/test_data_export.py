"""The analysts' files load where analysts work, match their dictionary, and keep their schema.

Every format is written from the report fixture's 77 records (exported as a device
exports them), read back with the tool an analyst would use (pandas, pyarrow, DuckDB,
pyreadstat, openpyxl) and compared with the data dictionary written beside it, column
for column.  A second export of different data (the six Shandong records, in which many
columns are empty) must have the same schema: types come from the questionnaire, never
from the data.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import duckdb
import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.json as pa_json
import pyarrow.parquet as pq
import pyreadstat
import pytest

from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.report import DATA_FORMATS
from fieldkit.report.columns import Layout
from fieldkit.report.dataexport import ExportOptions, write_table
from fieldkit.report.datatable import Missing, records_table
from fieldkit.report.dictionary import dictionary, dictionary_csv
from fieldkit.report.privacy import check_k
from report_helpers import merged_fixture

QN = builtin_questionnaire()
ALL = merged_fixture(QN)
SHANDONG = [r for r in ALL if r["answers"]["interview_province"] == "shandong"]


def export(
    tmp: Path, fmt: str, records: list[dict[str, Any]], *, multi: bool = False, lang: str = "ko"
) -> tuple[Path, list[dict[str, str]]]:
    """Write ``records`` as ``fmt`` and the dictionary beside it; the dictionary's rows."""
    table = records_table(QN, records, Layout(multi_columns=multi))
    book = dictionary(table.columns, QN.languages, fmt)
    tmp.mkdir(parents=True, exist_ok=True)
    out = tmp / f"data.{fmt}"
    options = ExportOptions(fmt=fmt, multi_columns=multi)
    write_table(table, book, out, options, language=lang, title="Lives for Sale", qn=QN)
    (tmp / "data.dictionary.csv").write_bytes(dictionary_csv(book))
    with (tmp / "data.dictionary.csv").open(encoding="utf-8") as handle:
        return out, list(csv.DictReader(handle))


def _allowed(entry: dict[str, str], key: str = "values") -> dict[str, str]:
    """``code -> value`` (or label) of a categorical column's dictionary entry."""
    pairs = [p.split("=", 1) for p in entry[key].split("; ") if p]
    return {code: text for code, text in pairs}


def _kind(entry: dict[str, str]) -> str:
    return entry["type"].removesuffix(" (ordered)")


def pandas_dtypes(book: list[dict[str, str]]) -> dict[str, Any]:
    """What an analyst passes to pandas.read_csv, from the dictionary alone."""
    kinds = {"integer": "Int64", "number": "Float64"}
    dtypes: dict[str, Any] = {}
    for entry in book:
        kind = _kind(entry)
        if kind == "categorical":
            values = list(_allowed(entry).values())
            dtypes[entry["name"]] = pd.CategoricalDtype(values, ordered="ordered" in entry["type"])
        else:
            dtypes[entry["name"]] = kinds.get(kind, "string")
    return dtypes


# --- the dictionary matches the file --------------------------------------------------


def test_csv_loads_in_pandas_with_the_dictionary_types(tmp_path: Path) -> None:
    out, book = export(tmp_path, "csv", ALL)
    frame = pd.read_csv(out, dtype=pandas_dtypes(book), keep_default_na=False, na_values=[""])
    assert list(frame.columns) == [e["name"] for e in book]
    assert len(frame) == 77
    for entry in book:  # every value is one the dictionary allows (no NaN from a category)
        if _kind(entry) == "categorical":
            raw = pd.read_csv(out, dtype=str, keep_default_na=False)[entry["name"]]
            assert set(raw) - {""} <= set(_allowed(entry).values()), entry["name"]
    assert frame["children_left_behind"].dtype == "Int64"
    assert list(frame["birth_year"].cat.categories)[:2] == ["1920-1924", "1925-1929"]


def test_jsonl_loads_in_pyarrow_and_each_type_is_the_dictionary_type(tmp_path: Path) -> None:
    out, book = export(tmp_path, "jsonl", ALL)
    table = pa_json.read_json(out)
    assert table.column_names == [e["name"] for e in book]
    expected = {
        "integer": pa.int64(),
        "number": pa.float64(),
        "categorical": pa.string(),
        "string": pa.string(),
        "year_month": pa.string(),
        "multiple": pa.list_(pa.string()),
    }
    for entry in book:
        field = table.schema.field(entry["name"])
        assert field.type == expected[_kind(entry)], entry["name"]
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {type(r["children_left_behind"]) for r in rows} == {int}


def test_parquet_carries_the_dictionary_and_every_category(tmp_path: Path) -> None:
    out, book = export(tmp_path, "parquet", ALL)
    schema = pq.read_schema(out)
    assert schema.names == [e["name"] for e in book]
    assert json.loads(schema.metadata[b"fieldkit:dictionary"]) == book
    frame = pd.read_parquet(out)
    for entry in book:
        if _kind(entry) == "categorical":
            categories = list(frame[entry["name"]].cat.categories)
            assert categories == list(_allowed(entry).values()), entry["name"]
    field = schema.field("current_province")
    assert field.metadata[b"label:ko"].decode() == "지금 어느 성에 사세요?"
    assert str(frame["monthly_income_amount"].dtype) == "category"


def test_xlsx_holds_the_data_and_the_dictionary(tmp_path: Path) -> None:
    out, book = export(tmp_path, "xlsx", ALL)
    workbook = openpyxl.load_workbook(out, read_only=True)
    assert workbook.sheetnames == ["records", "dictionary"]
    data = list(workbook["records"].iter_rows(values_only=True))
    assert list(data[0]) == [e["name"] for e in book] and len(data) == 78
    sheet = list(workbook["dictionary"].iter_rows(values_only=True))
    header = list(sheet[0])
    assert [{h: (v or "") for h, v in zip(header, row, strict=True)} for row in sheet[1:]] == book


@pytest.mark.parametrize(("fmt", "reader"), [("dta", "read_dta"), ("sav", "read_sav")])
def test_stata_and_spss_have_variable_and_value_labels(
    tmp_path: Path, fmt: str, reader: str
) -> None:
    out, book = export(tmp_path, fmt, ALL, lang="ko")
    _, meta = getattr(pyreadstat, reader)(out, user_missing=True)
    assert meta.column_names == [e["name"] for e in book]
    labels = meta.column_names_to_labels
    assert labels["current_province"] == "지금 어느 성에 사세요?"
    for entry in book:
        name = entry["name"]
        if (entry["values"] and _kind(entry) in ("categorical",)) or entry["option"]:
            own = meta.variable_value_labels[name]
            for code, label in _allowed(entry, "value_labels::Korean (ko)").items():
                assert own[float(code)].startswith(label.rstrip("…")[:20]), (name, code)
    assert meta.readstat_variable_types["children_left_behind"] == "double"
    assert meta.readstat_variable_types["interviewer_code"] == "string"


# --- the same schema whatever the data -----------------------------------------------


def _signature(fmt: str, out: Path) -> Any:
    """What an analyst's tool takes for the file's schema."""
    if fmt == "csv":
        return next(csv.reader(out.open(encoding="utf-8")))
    if fmt == "jsonl":
        schema = pq.read_schema(out.with_suffix(".parquet"))
        plain = pa.schema(
            [
                f.with_type(f.type.value_type) if pa.types.is_dictionary(f.type) else f
                for f in schema
            ]
        )
        read = pa_json.read_json(out, parse_options=pa_json.ParseOptions(explicit_schema=plain))
        return read.schema
    if fmt == "parquet":  # nullable dtypes: numpy's int64 turns to float64 where a cell is null
        frame = pd.read_parquet(out, dtype_backend="numpy_nullable")
        described = duckdb.sql(f"DESCRIBE SELECT * FROM '{out}'").fetchall()  # noqa: S608
        return pq.read_schema(out), dict(frame.dtypes), described
    if fmt == "xlsx":
        workbook = openpyxl.load_workbook(out, read_only=True)
        header = next(workbook["records"].iter_rows(values_only=True))
        return header, list(workbook["dictionary"].iter_rows(values_only=True))
    read = pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav
    _, meta = read(out, metadataonly=True)
    return (
        meta.column_names,
        meta.column_names_to_labels,
        meta.readstat_variable_types,
        meta.variable_value_labels,
        meta.variable_measure if fmt == "sav" else None,
    )


@pytest.mark.parametrize("fmt", DATA_FORMATS)
def test_two_exports_of_different_data_have_the_same_schema(tmp_path: Path, fmt: str) -> None:
    signatures = []
    for name, records in (("all", ALL), ("shandong", SHANDONG)):
        if fmt == "jsonl":  # the explicit schema comes from the Parquet of the same export
            export(tmp_path / name, "parquet", records)
        out, _ = export(tmp_path / name, fmt, records)
        signatures.append(_signature(fmt, out))
    assert signatures[0] == signatures[1]


def test_duckdb_queries_the_parquet_and_the_jsonl(tmp_path: Path) -> None:
    parquet, _ = export(tmp_path, "parquet", ALL)
    jsonl, _ = export(tmp_path, "jsonl", ALL)
    query = "SELECT interview_province, count(*) FROM '{}' GROUP BY 1 ORDER BY 1"
    counts = duckdb.sql(query.format(parquet)).fetchall()
    assert counts == [("heilongjiang", 32), ("jilin", 39), ("shandong", 6)]
    assert duckdb.sql(query.format(jsonl)).fetchall() == counts


# --- what the cells hold -------------------------------------------------------------------


def test_missing_answers_say_not_asked_or_not_answered(tmp_path: Path) -> None:
    table = records_table(QN, ALL)
    reasons = {row["workplaces"] for row in table.rows if isinstance(row["workplaces"], Missing)}
    assert reasons == {Missing.NOT_ASKED}  # asked only of women who entertain guests
    out, _ = export(tmp_path / "dta", "dta", ALL)
    frame, _ = pyreadstat.read_dta(out, user_missing=True)
    assert set(frame["bribe_amount_amount"].dropna().astype(str)) >= {"a", "2.0"}
    out, _ = export(tmp_path / "sav", "sav", ALL)
    frame, meta = pyreadstat.read_sav(out, user_missing=True)
    assert -8.0 in set(frame["bribe_amount_amount"])
    assert meta.missing_ranges["bribe_amount_amount"] == [
        {"lo": -8.0, "hi": -8.0},
        {"lo": -9.0, "hi": -9.0},
    ]


def test_a_multiple_choice_as_one_column_per_option(tmp_path: Path) -> None:
    out, book = export(tmp_path, "csv", ALL, multi=True)
    frame = pd.read_csv(out, dtype=pandas_dtypes(book), keep_default_na=False, na_values=[""])
    options = [e["name"] for e in book if e["question"] == "workplaces"]
    assert options[0] == "workplaces__karaoke_bar" and len(options) == 6
    assert int(frame["workplaces__karaoke_bar"].sum()) == 6
    assert frame["workplaces__karaoke_bar"].isna().sum() == 71  # not asked: not 0


def test_every_row_carries_the_questionnaire_version(tmp_path: Path) -> None:
    out, _ = export(tmp_path, "csv", ALL)
    frame = pd.read_csv(out, dtype=str)
    assert set(frame["questionnaire_version"]) == {QN.version}


def test_the_k_check_finds_the_records_an_outsider_could_single_out() -> None:
    check = check_k(QN, ALL)
    assert check.k == 3 and check.records == 77
    assert "birth_year" in check.quasi and "current_province" in check.quasi
    assert check.below and all(b.k < 3 for b in check.below)
    assert len(check.lines()) == len(check.below)
