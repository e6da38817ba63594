"""What fieldkit cannot keep from a survey sheet: refused by row, or noted as ignored.

Refusals are errors (the import writes nothing); the things that change only
how a phone shows or records a form (metadata rows, appearances, media, extra
columns) are collected per kind and reported as one note each, with the rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldkit.questionnaire.messages import Message
from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.columns import (
    EXTRA_COLUMNS,
    IGNORED_COLUMNS,
    LOGIC_COLUMNS,
    TRANSLATABLE,
    UNSUPPORTED_COLUMNS,
    split_header,
)
from fieldkit.xlsform.texts import Report
from fieldkit.xlsform.types import RowType
from fieldkit.xlsform.workbook import Row, Sheet

__all__ = ["Ignored", "refuse_columns", "refuse_type", "unknown_columns"]

_KNOWN = {"type", "name", "required", "relevant", "constraint", *TRANSLATABLE}
_KNOWN |= {*EXTRA_COLUMNS, *IGNORED_COLUMNS, *UNSUPPORTED_COLUMNS, *LOGIC_COLUMNS}
_LOGIC_ROWS = {
    "calculation": (("calculate",), "xls.rows.calculate"),
    "choice_filter": (
        ("select_one", "select_multiple", "select_one_from_file", "select_multiple_from_file"),
        "xls.rows.select",
    ),
    "repeat_count": (("begin_repeat",), "xls.rows.begin_repeat"),
}


@dataclass
class Ignored:
    """Kind of ignored thing -> survey rows where it was found."""

    rows: dict[str, list[int]] = field(default_factory=dict)
    """Keyed by the thing's English; ``what`` keeps its message."""
    what: dict[str, Message] = field(default_factory=dict)

    def add(self, what: Message, row: Row) -> None:
        self.what.setdefault(what.text("en"), what)
        self.rows.setdefault(what.text("en"), []).append(row.number)

    def report(self, report: Report) -> None:
        for key, numbers in self.rows.items():
            shown = ", ".join(str(n) for n in numbers[:10]) + (" ..." if len(numbers) > 10 else "")
            report.note(None, x("xls.ignored", what=self.what[key], rows=shown))


def refuse_type(row: Row, row_type: RowType, report: Report, ignored: Ignored) -> None:
    """Report a row whose type fieldkit does not run (or skip phone metadata)."""
    if row_type.kind == "metadata":
        ignored.add(x("xls.what.metadata", type=row_type.xls), row)
    elif row_type.kind == "unsupported":
        what = x("xls.type.unsupported", what=x(f"xls.type.{row_type.xls}"), type=row_type.xls)
        report.error(row, what, x(f"xls.type.{row_type.xls}.hint"), column="type")
    else:
        report.error(
            row, x("xls.type.unknown", type=row_type.xls), x("xls.type.unknown.hint"), column="type"
        )


def refuse_columns(row: Row, row_type: RowType, report: Report, ignored: Ignored) -> None:
    """Report values in columns whose meaning fieldkit cannot keep."""
    for column in UNSUPPORTED_COLUMNS:
        if row.get(column):
            what = x("xls.column.unsupported", what=x(f"xls.column.{column}"))
            report.error(row, what, x(f"xls.column.{column}.hint"), column=column)
    for column, (types, rows) in _LOGIC_ROWS.items():
        if row.get(column) and row_type.xls not in types:
            report.error(
                row,
                x("xls.column.wrong_row", column=column, rows=x(rows), type=row_type.xls),
                x("xls.column.wrong_row.hint"),
                column=column,
            )
    for column in ("parameters", "required_message"):
        if row.get(column) or row.texts.get(column):
            ignored.add(x("xls.what.column", column=column), row)


def unknown_columns(sheet: Sheet, report: Report) -> None:
    """One note naming the survey columns fieldkit does not read."""
    unknown = [h for h in sheet.columns if split_header(h)[0] not in _KNOWN]
    if unknown:
        where = x("xls.place.sheet", sheet="survey")
        report.note(where, x("xls.columns.unknown", columns=", ".join(unknown)))
