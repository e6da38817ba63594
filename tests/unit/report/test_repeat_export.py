"""Repeats in the analysts' files: a long table per repeat linked by record_id (as ODK
Central and KoboToolbox export them), in every format, covered by the dictionary."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pyarrow.parquet as pq
import pyreadstat
import pytest

from bundle_helpers import FakeRedactor, make_coordinator, make_device
from fieldkit.bundle import merge_bundle
from fieldkit.bundle.export import export_bundle
from fieldkit.report import DATA_FORMATS
from fieldkit.report.dataexport import ExportOptions, export_data, repeat_path
from fieldkit.report.findings import merged_records
from fieldkit.report.repeattables import repeat_tables
from fieldkit.session import Workspace
from repeat_helpers import add_sale, tiny_sales


def _woman(device: Workspace, sales: list[tuple[int, int]]) -> None:
    s = device.new_interview()
    s.answer("consent", "yes")
    s.answer("birth_year", 1977)
    s.answer("sold", "yes" if sales else "no")
    for year, price in sales:
        add_sale(s, year, price, buyer="Wang Jian", story="Wang Jian paid.")


@pytest.fixture(scope="module")
def coordinator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    tmp = tmp_path_factory.mktemp("repeat-export")
    qn = tiny_sales()
    coordinator = make_coordinator(tmp / "c", qn)
    device = make_device(tmp / "d", coordinator, qn, "laptop")
    _woman(device, [(1996, 3000), (1999, 4500), (2003, 800)])
    _woman(device, [(1997, 2000)])
    _woman(device, [])
    export_bundle(device, tmp / "1.age", redactor=FakeRedactor())
    merge_bundle(coordinator, (tmp / "1.age").read_bytes(), "1.age")
    device.close()
    yield coordinator
    coordinator.close()


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _rows(fmt: str, path: Path, sheet: str) -> list[dict[str, Any]]:
    """The repeat's long table as the analyst's tool reads it."""
    if fmt == "csv":
        return _read_csv(path)
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    if fmt == "xlsx":
        rows = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
        return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    if fmt == "parquet":
        return pq.read_table(path).to_pylist()  # type: ignore[no-any-return]
    frame, _ = (pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav)(path)
    return frame.to_dict("records")  # type: ignore[no-any-return]


def test_records_table_has_no_repeat_columns(coordinator: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "data.csv"
    export_data(coordinator, out, ExportOptions(allow_below_k=True))
    header = _read_csv(out)[0].keys()
    assert "sale_year" not in header and "sale_price" not in header


@pytest.mark.parametrize("fmt", DATA_FORMATS)
def test_long_table_per_repeat_linked_by_record_id(
    coordinator: Workspace, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"data.{fmt}"
    written = export_data(coordinator, out, ExportOptions(fmt=fmt, allow_below_k=True))
    path = out if fmt == "xlsx" else repeat_path(out, "sales")
    assert written.repeats == {"sales": (path, 4)}
    records = _rows(fmt, out, "records")
    sales = _rows(fmt, path, "sales")
    assert len(records) == 3 and len(sales) == 4  # three women, four sales
    by_record: dict[str, list[dict[str, Any]]] = {}
    for sale in sales:
        by_record.setdefault(str(sale["record_id"]), []).append(sale)
    assert set(by_record) <= {str(r["record_id"]) for r in records}  # every sale has its woman
    sizes = sorted(len(v) for v in by_record.values())
    assert sizes == [1, 3]
    thrice = next(v for v in by_record.values() if len(v) == 3)
    assert [int(s["position"]) for s in thrice] == [1, 2, 3]
    assert [int(s["sale_price"]) for s in thrice] == [3000, 4500, 800]
    assert len({s["instance_key"] for s in sales}) == 4
    assert "buyer_name" not in sales[0]  # direct: never left the device
    assert all("Wang" not in str(s.get("sale_story")) for s in sales)


def test_dictionary_covers_the_repeat_columns(coordinator: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "data.csv"
    written = export_data(coordinator, out, ExportOptions(allow_below_k=True))
    book = _read_csv(written.dictionary)
    sales = [e for e in book if e["table"] == "sales"]
    assert [e["name"] for e in sales] == [
        "record_id",
        "instance_key",
        "position",
        "sale_year",
        "sale_price",
        "sale_story",
    ]
    assert list(_read_csv(repeat_path(out, "sales"))[0].keys()) == [e["name"] for e in sales]
    year = next(e for e in sales if e["name"] == "sale_year")
    assert year["type"] == "categorical (ordered)" and "1995-1999" in year["values"]
    assert year["asked_when"] == "${sold} = 'yes'"
    records = [e["name"] for e in book if e["table"] == "records"]
    assert list(_read_csv(out)[0].keys()) == records


def test_long_table_loads_in_pandas_with_dictionary_types(
    coordinator: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "data.csv"
    written = export_data(coordinator, out, ExportOptions(allow_below_k=True))
    book = [e for e in _read_csv(written.dictionary) if e["table"] == "sales"]
    kinds = {"integer": "Int64"}
    dtypes = {
        e["name"]: kinds.get(e["type"], "string") for e in book if "categorical" not in e["type"]
    }
    frame = pd.read_csv(repeat_path(out, "sales"), dtype=dtypes)
    assert frame["sale_price"].sum() == 3000 + 4500 + 800 + 2000
    assert frame.groupby("record_id").size().sort_values().tolist() == [1, 3]


def test_each_format_of_an_empty_repeat_keeps_its_columns(coordinator: Workspace) -> None:
    (table,) = repeat_tables(
        tiny_sales(), [r for r in merged_records(coordinator) if "repeats" not in r]
    )
    assert table.rows == () and table.names[:3] == ["record_id", "instance_key", "position"]


@pytest.mark.parametrize("fmt", DATA_FORMATS)
def test_an_empty_long_table_is_written_in_every_format(tmp_path: Path, fmt: str) -> None:
    """No record has an instance (the report fixture): the long table still loads."""
    from fieldkit.questionnaire import builtin_questionnaire
    from fieldkit.report.columns import Layout
    from fieldkit.report.dataexport import write_table
    from fieldkit.report.dictionary import dictionary

    qn = builtin_questionnaire()
    (table,) = repeat_tables(qn, [], Layout(multi_columns=True))
    book = dictionary(table.columns, qn.languages, fmt, table.name)
    out = tmp_path / f"data.sales.{fmt}"
    options = ExportOptions(fmt=fmt, multi_columns=True)
    write_table(table, book, out, options, language="ko", title="t", qn=qn)
    assert out.exists()  # JSON Lines: an empty file; the others carry their columns
    if fmt in ("dta", "sav"):
        frame, _ = (pyreadstat.read_dta if fmt == "dta" else pyreadstat.read_sav)(out)
        assert len(frame) == 0 and "sale_year" in frame.columns
