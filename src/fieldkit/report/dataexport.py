"""Merged records for analysts: CSV, JSON Lines or Parquet, plus a codebook.

One row per record, one column per exportable question (``codebook.columns``:
``direct`` questions and notes never appear, their answers never left the
devices).  Money becomes two columns (``_amount``, ``_currency``); a multiple
choice is a list (JSON Lines, Parquet) or ``;``-joined codes (CSV).  The
codebook (``codebook.py``) describes every column.

Parquet needs ``pyarrow`` (the ``parquet`` extra); it is imported only here,
only when Parquet is asked for.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.bundle import coordinator_project
from fieldkit.errors import BundleError
from fieldkit.questionnaire import Question, Questionnaire
from fieldkit.report.codebook import columns, exportable, question_columns, write_codebook
from fieldkit.report.findings import merged_records
from fieldkit.session import Workspace

__all__ = ["DataExport", "export_data", "rows", "write_data"]


@dataclass(frozen=True, kw_only=True)
class DataExport:
    """What ``export_data`` wrote."""

    records: int
    data: Path
    codebook: Path


def _cells(q: Question, value: Any) -> list[Any]:
    if q.type == "money":
        if isinstance(value, dict):
            return [value["amount"], value["currency"]]
        return [value, None]  # generalised to a bin label, currency inside the label
    return [value]


def rows(qn: Questionnaire, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    questions = exportable(qn)
    out = []
    for r in records:
        row: dict[str, Any] = {
            "record_id": r["id"],
            "status": r["status"],
            "started": r["started"],
            "updated": r["updated"],
        }
        for q in questions:
            row.update(zip(question_columns(q), _cells(q, r["answers"].get(q.id)), strict=True))
        out.append(row)
    return out


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return "" if value is None else value


def write_data(
    qn: Questionnaire, records: list[dict[str, Any]], out: Path, fmt: str, *, bom: bool = False
) -> int:
    """Write the table; returns the number of rows."""
    table = rows(qn, records)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns(qn), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({k: _csv_value(v) for k, v in row.items()} for row in table)
        out.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8", newline="")
    elif fmt == "jsonl":
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in table)
        out.write_text(text, encoding="utf-8")
    elif fmt == "parquet":
        _write_parquet(qn, table, out)
    else:
        raise BundleError(f"unknown data format '{fmt}'", hint="use csv, jsonl or parquet")
    return len(table)


def _write_parquet(qn: Questionnaire, table: list[dict[str, Any]], out: Path) -> None:
    try:
        import pyarrow as pa  # deferred: only Parquet needs it (~0.2 s to import)
        import pyarrow.parquet as pq
    except ImportError:
        raise BundleError(
            "Parquet needs the pyarrow package",
            hint="install fieldkit with the 'parquet' extra: pip install 'fieldkit[parquet]'",
        ) from None
    fields = []
    for name in columns(qn):
        values = [row.get(name) for row in table]
        fields.append(pa.field(name, _arrow_type(pa, values)))
    data = {f.name: [_arrow_value(row.get(f.name), f.type, pa) for row in table] for f in fields}
    pq.write_table(pa.table(data, schema=pa.schema(fields)), out)


def _arrow_type(pa: Any, values: list[Any]) -> Any:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, list) for v in present):
        return pa.list_(pa.string())
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pa.int64()
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return pa.float64()
    return pa.string()  # text, choices, and mixed generalised values such as 2 and ">=3"


def _arrow_value(value: Any, kind: Any, pa: Any) -> Any:
    if value is None or kind != pa.string():
        return value
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def export_data(
    workspace: Workspace,
    out: Path,
    fmt: str,
    *,
    codebook: Path | None = None,
    bom: bool = False,
) -> DataExport:
    """``fieldkit export-data``: every merged record to ``out`` as ``fmt``, and the
    codebook beside it (default: ``OUT.codebook.csv``)."""
    qn = workspace.flow(coordinator_project(workspace).questionnaire_hash).questionnaire
    count = write_data(qn, merged_records(workspace), out, fmt, bom=bom)
    book = codebook or out.with_name(out.stem + ".codebook.csv")
    write_codebook(qn, book, bom=bom)
    return DataExport(records=count, data=out, codebook=book)
