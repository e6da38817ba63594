"""XLSForms written inline in tests as markdown tables, the way pyxform's tests do.

    | survey |
    |        | type    | name | label::English (en) |
    |        | integer | age  | Age                 |
    | choices |
    |         | list_name | name | label |

A line with text in its first cell starts a sheet; the next line is its header
row (spreadsheet row 1), then data rows (rows 2, 3, ...).  Empty cells are left
empty.  ``write_xlsform_md`` saves the workbook with openpyxl.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from openpyxl import Workbook

from helpers import DATA

XLSFORM_DATA = DATA / "xlsform"


def parse_md(md: str) -> dict[str, list[list[str | None]]]:
    """Sheet name -> rows of cells (None for an empty cell)."""
    sheets: dict[str, list[list[str | None]]] = {}
    current: list[list[str | None]] | None = None
    for line in textwrap.dedent(md).splitlines():
        line = line.strip()
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if cells[0]:
            current = sheets.setdefault(cells[0], [])
            continue
        if current is None:
            raise ValueError("a table row before any sheet name")
        current.append([c or None for c in cells[1:]])
    return sheets


def write_xlsform_md(path: Path, md: str) -> Path:
    """Save the markdown form at ``path`` as an .xlsx workbook and return the path."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for name, rows in parse_md(md).items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def household_xlsx(directory: Path) -> Path:
    """The public-style household survey sample (tests/data/xlsform/household.md)."""
    md = (XLSFORM_DATA / "household.md").read_text(encoding="utf-8")
    return write_xlsform_md(directory / "household.xlsx", md)
