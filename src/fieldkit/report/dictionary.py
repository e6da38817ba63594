"""The data dictionary: one row per column of an export, in the file's own order.

Written beside every export (CSV, and inside XLSX and Parquet) from the same
``Column`` records as the data, so it matches the file column for column:
name, labels in every language of the questionnaire, type, unit, the allowed
values with their codes and labels, how the file marks "not asked" and "not
answered", when the question is asked, its sensitivity and the generalisation
applied before the answer left the device, and the table it belongs to
(``records``, or a repeat's long table).  The vocabulary follows XLSForm
(``label::Korean (ko)``) so the dictionary reads like the form's survey sheet.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from fieldkit.report.columns import Column
from fieldkit.xlsform import text_column

__all__ = ["MISSING", "Dictionary", "combined", "dictionary", "dictionary_csv"]

MISSING: dict[str, str] = {
    "csv": "empty cell: not asked or not answered (asked_when tells which)",
    "jsonl": "null: not asked or not answered (asked_when tells which)",
    "parquet": "null: not asked or not answered (asked_when tells which)",
    "xlsx": "empty cell: not asked or not answered (asked_when tells which)",
    "dta": ".a = not asked; .b = not answered (text: empty)",
    "sav": "-8 = not asked; -9 = not answered, both user-missing (text: empty)",
}
"""How each format marks a missing answer."""
SAV_MISSING = {"not asked": -8.0, "not answered": -9.0}
DTA_MISSING = {"not asked": "a", "not answered": "b"}


@dataclass(frozen=True, kw_only=True)
class Dictionary:
    """The dictionary of one export: its header and one row per data column."""

    header: tuple[str, ...]
    rows: tuple[dict[str, str], ...]


def _pairs(column: Column, lang: str | None) -> str:
    """``code=value; ...`` (lang None) or ``code=label; ...`` of a categorical column."""
    return "; ".join(
        f"{c.code}={c.value if lang is None else c.label.get(lang, c.value)}"
        for c in column.categories
    )


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _values(column: Column, lang: str | None) -> str:
    """The allowed values (lang None) or their labels in ``lang``."""
    if column.categories:
        return _pairs(column, lang)
    parts = []
    if lang is None and (column.minimum is not None or column.maximum is not None):
        low = _number_text(column.minimum) if column.minimum is not None else ""
        high = _number_text(column.maximum) if column.maximum is not None else ""
        parts.append(f"{low} to {high}".strip())
    if column.top_code is not None:
        more = {"ko": f"{column.top_code} 이상"}.get(lang or "", f"{column.top_code} or more")
        parts.append(f"{column.top_code}={more}")
    return "; ".join(parts)


def dictionary(
    columns: tuple[Column, ...], languages: list[str], fmt: str, table: str = "records"
) -> Dictionary:
    """The dictionary of ``columns`` (of the data table ``table``: ``records``, or a
    repeat's long table) as written in format ``fmt``."""
    labels = [text_column("label", lang) for lang in languages]
    value_labels = [text_column("value_labels", lang) for lang in languages]
    header = (
        "name",
        *labels,
        "type",
        "unit",
        "values",
        *value_labels,
        "missing",
        "asked_when",
        "question",
        "option",
        "sensitivity",
        "generalisation",
        "table",
    )
    rows = []
    for column in columns:
        row = {
            "name": column.name,
            **{
                name: column.label.get(lang, "")
                for name, lang in zip(labels, languages, strict=True)
            },
            "type": column.kind + (" (ordered)" if column.ordered else ""),
            "unit": column.unit,
            "values": _values(column, None),
            **{
                name: _values(column, lang)
                for name, lang in zip(value_labels, languages, strict=True)
            },
            "missing": MISSING[fmt] if column.question else "never missing",
            "asked_when": column.asked_when or ("always" if column.question else ""),
            "question": column.question,
            "option": column.option,
            "sensitivity": column.sensitivity,
            "generalisation": column.generalisation,
            "table": table,
        }
        rows.append(row)
    return Dictionary(header=header, rows=tuple(rows))


def combined(books: list[Dictionary]) -> Dictionary:
    """One dictionary for several tables (the records and each repeat), in order."""
    return Dictionary(header=books[0].header, rows=tuple(r for b in books for r in b.rows))


def dictionary_csv(book: Dictionary, *, bom: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=book.header, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(book.rows)
    return buffer.getvalue().encode("utf-8-sig" if bom else "utf-8")
