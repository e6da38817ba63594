"""The choices sheet -> fieldkit choice lists, with the row of every choice."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.columns import CHOICE_CODE, CHOICE_EXCLUSIVE
from fieldkit.xlsform.names import identifier
from fieldkit.xlsform.texts import Report, Texts
from fieldkit.xlsform.workbook import Row, Sheet

__all__ = ["ChoiceLists", "read_choice_row", "read_choices"]

_VALUE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")
_ATTRIBUTE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_OWN_COLUMNS = {"list_name", "name", "value", CHOICE_CODE, CHOICE_EXCLUSIVE}


@dataclass
class ChoiceLists:
    lists: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    """List id -> choices in the questionnaire format."""
    names: dict[str, str] = field(default_factory=dict)
    """List name as written in the workbook -> list id."""
    rows: dict[str, int] = field(default_factory=dict)
    """``"list"`` and ``"list/value"`` -> choices-sheet row, for messages."""


def read_choices(sheet: Sheet | None, texts: Texts, report: Report) -> ChoiceLists:
    result = ChoiceLists()
    if sheet is None:
        return result
    for row in sheet.rows:
        read_choice_row(row, result, texts, report)
    _attributes(sheet, result, report)
    return result


def _attributes(sheet: Sheet, result: ChoiceLists, report: Report) -> None:
    """Extra choice columns become the choices' ``attributes`` (what a ``choice_filter``
    reads, e.g. a county's ``province``), when every value in the column is a plain code."""
    values: dict[str, list[str]] = {}
    for row in sheet.rows:
        for column, value in row.cells.items():
            if column not in _OWN_COLUMNS:
                values.setdefault(column, []).append(value)
    kept = {
        column
        for column, found in values.items()
        if _ATTRIBUTE.match(column) and all(_VALUE.match(v) for v in found)
    }
    dropped = sorted(set(values) - kept)
    if dropped:
        report.note(
            x("xls.place.sheet", sheet="choices"),
            x("xls.choices.columns_ignored", columns=", ".join(dropped)),
        )
    rows = {row.number: row for row in sheet.rows}
    for key, number in result.rows.items():
        list_id, _, value = key.partition("/")
        if not value:
            continue
        found = {c: v for c, v in rows[number].cells.items() if c in kept}
        if found:
            choice = next(c for c in result.lists[list_id] if c["value"] == value)
            choice["attributes"] = dict(sorted(found.items()))


def read_choice_row(row: Row, result: ChoiceLists, texts: Texts, report: Report) -> None:
    written = row.get("list_name")
    value = row.get("name") or row.get("value")
    if not written:
        report.error(row, x("xls.choice.no_list"), x("xls.choice.no_list.hint"))
        return
    list_id = _list_id(row, written, result, report)
    if not value:
        report.error(row, x("xls.choice.no_name", list=written), x("xls.fill_name_column"))
        return
    if not _VALUE.match(value):
        report.error(
            row,
            x("xls.choice.bad_name", value=value),
            x("xls.choice.bad_name.hint"),
            column="name",
        )
        return
    label = texts.text(row, "label")
    if label is None:
        report.error(row, x("xls.choice.no_label", value=value), x("xls.fill_label"))
        return
    choice: dict[str, Any] = {"value": value, "label": label}
    code = row.get(CHOICE_CODE)
    if code:
        if not re.fullmatch(r"-?\d+", code):
            report.error(row, x("xls.not_whole_number", value=code), column=CHOICE_CODE)
            return
        choice["code"] = int(code)
    exclusive = (row.get(CHOICE_EXCLUSIVE) or "").strip().lower()
    if exclusive in ("yes", "true", "1"):
        choice["exclusive"] = True
    result.lists.setdefault(list_id, []).append(choice)
    result.rows.setdefault(f"{list_id}/{value}", row.number)


def _list_id(row: Row, written: str, result: ChoiceLists, report: Report) -> str:
    if written in result.names:
        return result.names[written]
    list_id = identifier(written)
    clash = next((w for w, i in result.names.items() if i == list_id), None)
    if clash is not None:
        report.error(
            row,
            x("xls.list.clash", written=written, clash=clash, id=list_id),
            x("xls.list.clash.hint"),
        )
    elif list_id != written:
        report.note(row, x("xls.list.renamed", written=written, id=list_id))
    result.names[written] = list_id
    result.rows.setdefault(list_id, row.number)
    return list_id
