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


def _unusable(name: str, folder: Path) -> tuple[str, str] | None:
    if "/" in name or "\\" in name or name.startswith(".") or not name.lower().endswith(".csv"):
        return (
            f"'{name}' is not a CSV file name",
            "name a .csv file in the same folder as the workbook (no folders)",
        )
    path = folder / name
    if not path.is_file():
        return (
            f"the choices file '{name}' is not beside the workbook",
            "put the CSV in the same folder as the workbook",
        )
    if path.stat().st_size > MAX_CSV_BYTES:
        return f"'{name}' is larger than {MAX_CSV_BYTES >> 20} MiB", "split the list"
    return None


def _load(path: Path, name: str, lists: ChoiceLists, texts: Texts, report: Report) -> None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.error(f"{name} row 1", f"not UTF-8 text (byte {error.start})", "save it as UTF-8")
        return
    reader = csv.reader(io.StringIO(text))
    header = [h.strip() for h in next(reader, [])]
    if "name" not in [h.lower() for h in header]:
        report.error(f"{name} row 1", "the CSV has no 'name' column", "add name and label columns")
        return
    for number, values in enumerate(reader, start=2):
        if number > MAX_CSV_ROWS:
            report.error(f"{name} row {number}", f"more than {MAX_CSV_ROWS} rows")
            return
        row = make_row(name, number, header, tuple(values))
        if row.cells or row.texts:
            cells = {**row.cells, "list_name": name}
            read_choice_row(Row(name, number, cells, row.texts), lists, texts, report)
