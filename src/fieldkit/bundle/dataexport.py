"""Merged records for analysts: CSV, JSON Lines or Parquet, plus a codebook.

One row per record, one column per exportable question in questionnaire
order (``direct`` questions and notes never appear: their answers never left
the devices).  Money becomes two columns (``_amount``, ``_currency``); a
multiple choice is a list (JSON Lines, Parquet) or ``;``-joined codes (CSV).
The codebook says, per column, the question's labels in English and Korean,
its type, its choices with numeric codes, its sensitivity and the
generalisation applied before export.

Parquet needs ``pyarrow`` (the ``parquet`` extra); it is imported only here,
only when Parquet is asked for.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from fieldkit.errors import BundleError
from fieldkit.questionnaire import Question, Questionnaire
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.xlsform.columns import text_column
from fieldkit.xlsform.generalise import format_generalise

__all__ = ["codebook_rows", "columns", "write_codebook", "write_data"]

FIXED = ("record_id", "status", "started", "updated")


def exportable(qn: Questionnaire) -> list[Question]:
    sealed = {q.id for s in qn.sections if s.sealed for q in s.questions}
    return [
        q
        for q in qn.questions()
        if q.sensitivity != "direct"
        and q.id not in sealed
        and not QUESTION_TYPES[q.type].display_only
    ]


def columns(qn: Questionnaire) -> list[str]:
    names = list(FIXED)
    for q in exportable(qn):
        names += [f"{q.id}_amount", f"{q.id}_currency"] if q.type == "money" else [q.id]
    return names


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
            names = [f"{q.id}_amount", f"{q.id}_currency"] if q.type == "money" else [q.id]
            row.update(zip(names, _cells(q, r["answers"].get(q.id)), strict=True))
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


def _generalisation(q: Question) -> str:
    """The generalisation in the XLSForm ``fieldkit::generalise`` syntax (or "redacted")."""
    if q.generalise is None:
        return "redacted" if q.sensitivity == "narrative" else ""
    return format_generalise(q.generalise)


def codebook_columns(qn: Questionnaire) -> list[str]:
    """The XLSForm column vocabulary, so a codebook reads like the form's survey sheet."""
    labels = [text_column("label", lang) for lang in qn.languages]
    return [
        "name",
        "type",
        *labels,
        "choices",
        "fieldkit::type",
        "fieldkit::sensitivity",
        "fieldkit::generalise",
    ]


def codebook_rows(qn: Questionnaire) -> list[dict[str, str]]:
    result = []
    for q in exportable(qn):
        spec = QUESTION_TYPES[q.type]
        choices = qn.choice_lists.get(q.choices or "", [])
        coded = "; ".join(
            f"{c.code if c.code is not None else i}={c.value} ({c.label.get('en', '')})"
            for i, c in enumerate(choices, 1)
        )
        row = {
            "name": q.id,
            "type": f"{spec.xlsform} {q.choices}" if spec.has_choices else spec.xlsform,
            **{text_column("label", lang): q.label.get(lang, "") for lang in qn.languages},
            "choices": coded,
            "fieldkit::type": q.type,
            "fieldkit::sensitivity": q.sensitivity,
            "fieldkit::generalise": _generalisation(q),
        }
        result.append(row)
    return result


def write_codebook(qn: Questionnaire, out: Path, *, bom: bool = False) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=codebook_columns(qn), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(codebook_rows(qn))
    out.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8", newline="")
