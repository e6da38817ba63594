"""What fieldkit cannot keep from a survey sheet: refused by row, or noted as ignored.

Refusals are errors (the import writes nothing); the things that change only
how a phone shows or records a form (metadata rows, appearances, media, extra
columns) are collected per kind and reported as one note each, with the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldkit.xlsform.columns import (
    EXTRA_COLUMNS,
    IGNORED_COLUMNS,
    LOGIC_COLUMNS,
    TRANSLATABLE,
    UNSUPPORTED_COLUMNS,
    UNSUPPORTED_TYPES,
    split_header,
)
from fieldkit.xlsform.texts import Report
from fieldkit.xlsform.types import RowType
from fieldkit.xlsform.workbook import Row, Sheet

__all__ = ["Ignored", "refuse_columns", "refuse_type", "unknown_columns"]

_KNOWN = {"type", "name", "required", "relevant", "constraint", *TRANSLATABLE}
_KNOWN |= {*EXTRA_COLUMNS, *IGNORED_COLUMNS, *UNSUPPORTED_COLUMNS, *LOGIC_COLUMNS}
_SUPPORTED_TYPES = (
    "select_one, select_multiple, select_one_from_file, integer, decimal, text, date, note, "
    "calculate, geopoint (sealed groups only), begin_group, end_group, begin_repeat, end_repeat"
)
_LOGIC_ROWS = {
    "calculation": (("calculate",), "calculate rows"),
    "choice_filter": (
        ("select_one", "select_multiple", "select_one_from_file", "select_multiple_from_file"),
        "select rows",
    ),
    "repeat_count": (("begin_repeat",), "begin_repeat rows"),
}


@dataclass
class Ignored:
    """Kind of ignored thing -> survey rows where it was found."""

    rows: dict[str, list[int]] = field(default_factory=dict)

    def add(self, what: str, row: Row) -> None:
        self.rows.setdefault(what, []).append(row.number)

    def report(self, report: Report) -> None:
        for what, numbers in self.rows.items():
            shown = ", ".join(str(n) for n in numbers[:10]) + (" ..." if len(numbers) > 10 else "")
            report.note(None, f"ignored {what} on survey row(s) {shown}")


def refuse_type(row: Row, row_type: RowType, report: Report, ignored: Ignored) -> None:
    """Report a row whose type fieldkit does not run (or skip phone metadata)."""
    if row_type.kind == "metadata":
        ignored.add(f"'{row_type.xls}' (phone metadata)", row)
    elif row_type.kind == "unsupported":
        what, advice = UNSUPPORTED_TYPES[row_type.xls]
        report.error(
            row, f"{what} ('{row_type.xls}') is not supported by fieldkit", advice, column="type"
        )
    else:
        report.error(
            row,
            f"unknown type '{row_type.xls}'",
            f"fieldkit reads {_SUPPORTED_TYPES}",
            column="type",
        )


def refuse_columns(row: Row, row_type: RowType, report: Report, ignored: Ignored) -> None:
    """Report values in columns whose meaning fieldkit cannot keep."""
    for column, (what, advice) in UNSUPPORTED_COLUMNS.items():
        if row.get(column):
            report.error(row, f"{what} is not supported", advice, column=column)
    for column, (types, rows) in _LOGIC_ROWS.items():
        if row.get(column) and row_type.xls not in types:
            report.error(
                row,
                f"'{column}' is read on {rows} only, not on '{row_type.xls}'",
                "move it to the right row, or clear the cell",
                column=column,
            )
    for column in ("parameters", "required_message"):
        if row.get(column) or row.texts.get(column):
            ignored.add(f"column '{column}'", row)


def unknown_columns(sheet: Sheet, report: Report) -> None:
    """One note naming the survey columns fieldkit does not read."""
    unknown = [h for h in sheet.columns if split_header(h)[0] not in _KNOWN]
    if unknown:
        report.note(
            "survey sheet", f"columns fieldkit does not read were ignored: {', '.join(unknown)}"
        )
