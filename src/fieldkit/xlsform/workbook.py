"""Read an .xlsx workbook into plain rows: the "load" step of the import.

Workbooks come from other teams, so they are untrusted input: the file size,
the unpacked size, the number of rows and columns are bounded before and while
reading, and openpyxl parses XML through defusedxml (a runtime dependency for
that reason).  Everything past this module sees only ``Sheet`` and ``Row``
objects: column names normalised, translations split out, cells as text, and
the spreadsheet row number kept for every message.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire.messages import Message, error_from
from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.columns import split_header
from fieldkit.xlsform.names import printable

__all__ = ["MAX_FILE_BYTES", "Row", "Sheet", "Workbook", "make_row", "read_workbook"]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 20_000
"""Filled rows per sheet; blank and merely formatted rows are not counted."""
MAX_COLUMNS = 500
SHEETS = ("survey", "choices", "settings")


@dataclass(frozen=True)
class Row:
    """One non-empty sheet row: plain cells and per-language texts."""

    sheet: str
    number: int
    """The row number a spreadsheet program shows (the header is row 1)."""
    cells: dict[str, str] = field(default_factory=dict)
    """Plain column -> value, stripped; empty cells are left out."""
    texts: dict[str, dict[str | None, str]] = field(default_factory=dict)
    """Translatable column -> language as written (None: no language) -> text."""

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: list[str]
    """Headers as written, for messages about unknown columns."""
    rows: list[Row]


@dataclass(frozen=True)
class Workbook:
    name: str
    sheets: dict[str, Sheet]
    """Lowercased sheet name -> sheet, for the sheets fieldkit reads."""

    def sheet(self, name: str) -> Sheet | None:
        return self.sheets.get(name)


def read_workbook(path: Path) -> Workbook:
    """The survey, choices and settings sheets of the workbook at ``path``."""
    _check_file(path)
    # openpyxl warns on stderr about extensions and validations it drops ("Unknown
    # extension is not supported"): nothing a form author can act on, and nothing
    # fieldkit reads, so the warnings are silenced for the whole read.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _read(path)


def _read(path: Path) -> Workbook:
    import openpyxl  # deferred: only imports pay for openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types on damaged files; none is a bug of ours
        raise _refusal(x("xls.book.unreadable"), path.name, x("xls.book.unreadable.hint")) from None
    try:
        sheets = {
            title.strip().lower(): _read_sheet(path.name, title.strip().lower(), book[title])
            for title in book.sheetnames
            if title.strip().lower() in SHEETS
        }
    finally:
        book.close()
    if "survey" not in sheets:
        found = printable(", ".join(book.sheetnames))
        hint = x("xls.book.no_survey.hint", sheets=found)
        raise _refusal(x("xls.book.no_survey"), path.name, hint)
    return Workbook(path.name, sheets)


def _refusal(what: Message, where: str, hint: Message | None = None) -> XLSFormError:
    """An ``XLSFormError`` that says ``what`` (and ``hint``) in English and in Korean."""
    error = error_from(XLSFormError, what, where=where, hint=hint)
    error.kinds = (what.key,)
    return error


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise _refusal(x("xls.book.not_found"), str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _refusal(x("xls.book.too_large", mib=MAX_FILE_BYTES >> 20), path.name)
    if not zipfile.is_zipfile(path):
        raise _refusal(x("xls.book.not_xlsx"), path.name, x("xls.book.not_xlsx.hint"))
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise _refusal(x("xls.book.damaged_archive"), path.name) from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise _refusal(x("xls.book.unpacks", mib=MAX_UNPACKED_BYTES >> 20), path.name)


def _read_sheet(book: str, name: str, worksheet: Any) -> Sheet:
    """Filled rows only: a sheet formatted down to row 1,048,576 has as many rows as it
    has filled ones.  The declared dimensions are ignored (they count formatting).

    The row generator holds the sheet's file open inside the archive; a refusal raised
    half-way must close it, or the file stays open until the garbage collector finds it
    (``book.close()`` alone does not close a reader still suspended in a sheet)."""
    worksheet.reset_dimensions()
    with contextlib.closing(worksheet.iter_rows(values_only=True)) as rows_iter:
        return _sheet_rows(book, name, rows_iter)


def _sheet_rows(book: str, name: str, rows_iter: Iterator[tuple[Any, ...]]) -> Sheet:
    header_cells = next(rows_iter, ())
    if len(header_cells) > MAX_COLUMNS:
        header_cells = header_cells[:MAX_COLUMNS]
    headers = [_text(cell).strip() for cell in header_cells]
    _check_headers(book, name, headers)
    rows: list[Row] = []
    for number, values in enumerate(rows_iter, start=2):
        row = make_row(name, number, headers, values)
        if row.cells or row.texts:
            rows.append(row)
            if len(rows) > MAX_ROWS:
                raise _refusal(x("xls.sheet.too_many_rows", sheet=name, max=MAX_ROWS), book)
    return Sheet(name, [h for h in headers if h], rows)


def _check_headers(book: str, sheet: str, headers: list[str]) -> None:
    seen: dict[tuple[str, str | None], str] = {}
    for header in headers:
        if not header:
            continue
        key = split_header(header)
        if key in seen:
            twice = x("xls.sheet.column_twice", sheet=sheet, header=header, other=seen[key])
            raise _refusal(twice, book, x("xls.sheet.column_twice.hint"))
        seen[key] = header


def make_row(sheet: str, number: int, headers: list[str], values: tuple[Any, ...]) -> Row:
    cells: dict[str, str] = {}
    texts: dict[str, dict[str | None, str]] = {}
    for header, value in zip(headers, values, strict=False):
        text = _text(value)
        if not header or not text.strip():
            continue
        column, language = split_header(header)
        if language is not None or column in _BARE_TEXT:
            texts.setdefault(column, {})[language] = text
        else:
            cells[column] = text.strip()
    return Row(sheet, number, cells, texts)


_BARE_TEXT = frozenset(
    {"label", "hint", "guidance_hint", "constraint_message", "required_message", "form_title"}
)


def _text(value: Any) -> str:
    """A cell as text: numbers without a spurious ``.0``, dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
