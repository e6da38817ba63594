"""``select_one_from_file counties.csv``: choices kept in a CSV beside the workbook.

ODK Central and KoboToolbox attach such files to a form; fieldkit's questionnaire
package is the folder holding the workbook, so the CSV is read from there and
its rows become an ordinary choice list (named after the file: ``counties.csv``
is the list ``counties_csv``).  Exported again, the list is written into the
choices sheet, which every XLSForm tool reads.  The file is untrusted input
like the workbook: a plain file name only (no folders), bounded in size, UTF-8,
and each row checked like a choices-sheet row, with the file's row in messages.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from fieldkit.questionnaire.messages import Message
from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.choices import ChoiceLists, read_choice_row
from fieldkit.xlsform.texts import Report, Texts
from fieldkit.xlsform.types import classify
from fieldkit.xlsform.workbook import Row, Sheet, make_row

__all__ = ["MAX_CSV_BYTES", "read_choice_files"]

MAX_CSV_BYTES = 2 * 1024 * 1024
MAX_CSV_ROWS = 20_000


def read_choice_files(
    survey: Sheet, folder: Path, lists: ChoiceLists, texts: Texts, report: Report
) -> None:
    """Load every CSV a ``select_*_from_file`` row names into ``lists``."""
    for row in survey.rows:
        row_type = classify(row.get("type")) if row.get("type") else None
        if row_type is None or not row_type.xls.endswith("_from_file"):
            continue
        name = row_type.list_name
        if not name or name in lists.names:
            continue
        problem = _unusable(name, folder)
        if problem:
            report.error(row, problem[0], problem[1], column="type")
            continue
        _load(folder / name, name, lists, texts, report)


def _unusable(name: str, folder: Path) -> tuple[Message, Message] | None:
    if "/" in name or "\\" in name or name.startswith(".") or not name.lower().endswith(".csv"):
        return x("xls.file.not_csv", name=name), x("xls.file.not_csv.hint")
    path = folder / name
    if not path.is_file():
        return x("xls.file.missing", name=name), x("xls.file.missing.hint")
    if path.stat().st_size > MAX_CSV_BYTES:
        too_large = x("xls.file.too_large", name=name, mib=MAX_CSV_BYTES >> 20)
        return too_large, x("xls.file.too_large.hint")
    return None


def _load(path: Path, name: str, lists: ChoiceLists, texts: Texts, report: Report) -> None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.error(
            _at(name, 1), x("xls.file.not_utf8", byte=error.start), x("xls.file.not_utf8.hint")
        )
        return
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    if "name" not in [h.lower() for h in header]:
        hint = x("xls.file.no_name_column.hint")
        report.error(_at(name, 1), x("xls.file.no_name_column"), hint)
        return
    for number, values in enumerate(reader, start=2):
        if number > MAX_CSV_ROWS:
            report.error(_at(name, number), x("xls.file.too_many_rows", max=MAX_CSV_ROWS))
            return
        row = make_row(name, number, header, tuple(values))
        if row.cells or row.texts:
            cells = {**row.cells, "list_name": name}
            read_choice_row(Row(name, number, cells, row.texts), lists, texts, report)


def _at(name: str, number: int) -> Message:
    return x("xls.place.file_row", file=name, row=number)
