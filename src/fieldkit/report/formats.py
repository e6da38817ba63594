"""Writers for the analysts' table: CSV, JSON Lines and XLSX (nothing to install).

Each writer turns a ``DataTable`` into the bytes of one file; the types come
from the columns, never from the data: an integer column is written as whole
numbers, a number column always with a decimal point in JSON (so that pyarrow
reads a column of 3.0 and 3.5 as doubles in every export), a date as ISO
8601, a multiple choice as a list (JSON) or its values separated by spaces, as
ODK and KoboToolbox write them.  A missing answer is an empty cell or null; the
dictionary says what that means.  XLSX holds the data and the dictionary as
two sheets, every text cell written as text, never as a formula.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from typing import Any

from fieldkit.report.datatable import DataTable, Missing
from fieldkit.report.dictionary import Dictionary

__all__ = ["csv_bytes", "jsonl_bytes", "xlsx_bytes"]


def _plain(value: Any) -> Any:
    """A cell for text formats: lists joined by spaces, dates as ISO text, missing empty."""
    if isinstance(value, Missing) or value is None:
        return None
    if isinstance(value, list):
        return " ".join(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def csv_bytes(table: DataTable, *, bom: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(table.names)
    for row in table.rows:
        writer.writerow(["" if (v := _plain(row[n])) is None else v for n in table.names])
    return buffer.getvalue().encode("utf-8-sig" if bom else "utf-8")


def _json_cell(value: Any, kind: str) -> Any:
    if isinstance(value, Missing):
        return None
    if isinstance(value, datetime.date):
        return value.isoformat()
    if kind == "number":
        return float(value)
    return value


def jsonl_bytes(table: DataTable) -> bytes:
    kinds = {c.name: c.kind for c in table.columns}
    lines = (
        json.dumps({n: _json_cell(row[n], kinds[n]) for n in table.names}, ensure_ascii=False)
        for row in table.rows
    )
    return "".join(line + "\n" for line in lines).encode("utf-8")


def xlsx_bytes(table: DataTable, book: Dictionary, repeats: tuple[DataTable, ...] = ()) -> bytes:
    """The data sheet (named after the table), one sheet per repeat's long table (as
    KoboToolbox writes them) and the dictionary sheet."""
    from openpyxl import Workbook  # deferred: only XLSX exports pay for openpyxl

    workbook = Workbook()
    first = workbook.worksheets[0]
    sheets = [_data_sheet(workbook, t) for t in (table, *repeats)]
    workbook.remove(first)
    sheet = workbook.create_sheet("dictionary")
    sheet.append(list(book.header))
    for entry in book.rows:
        sheet.append([entry[h] for h in book.header])
    for worksheet in (*sheets, sheet):
        _as_text(worksheet)
        worksheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _data_sheet(workbook: Any, table: DataTable) -> Any:
    data = workbook.create_sheet(table.name[:31])
    data.append(table.names)
    dates = {c.name for c in table.columns if c.kind == "date"}
    for row in table.rows:
        data.append([_plain(row[n]) if n not in dates else _date(row[n]) for n in table.names])
    return data


def _date(value: Any) -> Any:
    return value if isinstance(value, datetime.date) else None


def _as_text(worksheet: Any) -> None:
    """Text stays text: a cell beginning with '=' is not a formula; dates look like dates."""
    for cells in worksheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"
            elif isinstance(cell.value, datetime.date):
                cell.number_format = "yyyy-mm-dd"
