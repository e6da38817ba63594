"""The analysts' table: one row per merged record, cells typed by their ``Column``.

A missing answer is one of two things an analyst must be able to tell apart:
the question was *not asked* (skip logic: it did not apply to her) or it was
asked and *not answered*.  Relevance is evaluated again on the exported values
(generalised values stand for one member of their class, as in the report's
tables), so where a generalisation hides the value a skip depended on, the
reason is the questionnaire's best reading, not the device's record.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import Enum
from typing import Any

from fieldkit.errors import ReportError
from fieldkit.questionnaire import Flow, Question, Questionnaire
from fieldkit.report.columns import Column, Layout, record_columns
from fieldkit.report.findings import analysis_answers

__all__ = ["DataTable", "Missing", "cells", "records_table"]


class Missing(Enum):
    """Why a cell is empty."""

    NOT_ASKED = "not asked"
    NOT_ANSWERED = "not answered"


@dataclass(frozen=True, kw_only=True)
class DataTable:
    """Rows keyed by ``key``; every cell a value of its column's kind or a ``Missing``."""

    name: str
    key: str
    columns: tuple[Column, ...]
    rows: tuple[dict[str, Any], ...]

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def records_table(
    qn: Questionnaire, records: list[dict[str, Any]], layout: Layout | None = None
) -> DataTable:
    """One row per record (merged, exported answers), in the given order; repeats have
    their own long tables (``repeattables``)."""
    columns = record_columns(qn, layout)
    flow = Flow(qn)
    by_question: dict[str, list[Column]] = {}
    for column in columns:
        if column.question:
            by_question.setdefault(column.question, []).append(column)
    rows = []
    for record, stand_in in zip(records, analysis_answers(qn, records), strict=True):
        row: dict[str, Any] = {
            "record_id": record["id"],
            "questionnaire_version": qn.version,
            "status": record["status"],
            "started": record["started"],
            "updated": record["updated"],
        }
        for qid, own in by_question.items():
            value = record["answers"].get(qid)
            if value is None:
                reason = (
                    Missing.NOT_ANSWERED if flow.is_relevant(qid, stand_in) else Missing.NOT_ASKED
                )
                row.update({c.name: reason for c in own})
            else:
                row.update(cells(flow.by_id[qid], own, value, record["id"]))
        rows.append(row)
    return DataTable(name="records", key="record_id", columns=columns, rows=tuple(rows))


def cells(q: Question, columns: list[Column], value: Any, record: str) -> dict[str, Any]:
    """The typed cells of one answer (shared with the repeats' long tables)."""
    if columns[0].option:
        chosen = set(value) if isinstance(value, list) else set()
        return {c.name: int(c.option in chosen) for c in columns}
    if q.type == "money":
        amount, currency = _money(q, value)
        return {
            columns[0].name: _typed(columns[0], amount, record),
            columns[1].name: currency,
        }
    return {columns[0].name: _typed(columns[0], value, record)}


def _money(q: Question, value: Any) -> tuple[Any, str]:
    """(amount or its bin label, currency): a generalised label carries a currency other
    than the first after a space."""
    if isinstance(value, dict):
        return value["amount"], value["currency"]
    label, _, currency = str(value).partition(" ")
    return label, currency or q.currencies[0]


def _typed(column: Column, value: Any, record: str) -> Any:
    kind = column.kind
    if column.top_code is not None and value == f">={column.top_code}":
        value = column.top_code
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "date":
        return datetime.date.fromisoformat(str(value))
    if kind == "multiple":
        return [str(v) for v in value]
    if kind == "categorical" and column.category(str(value)) is None:
        raise ReportError(
            f"'{column.name}' holds a value that is not one of its categories",
            where=f"record {record}",
            hint="it does not match the project's questionnaire: run 'fieldkit audit check'",
        )
    return str(value)
