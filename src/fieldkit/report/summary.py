"""The lines every rendering of the report shares: its header, shares, whom a table counts."""

from __future__ import annotations

from fieldkit.analysis import Table
from fieldkit.report.findings import Report

__all__ = ["header", "population_line", "population_line_ko", "share"]


def share(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "-"


def header(report: Report) -> str:
    text = f"{report.project}: {report.records} interview record(s) from {report.devices} device(s)"
    if report.where:
        conditions = "; ".join(str(w) for w in report.where)
        text += f"; {report.selected} record(s) where {conditions}"
    if report.by is not None:
        text += f"; each table by {report.by.question}"
    return text


def population_line(report: Report, table: Table) -> str:
    """``Population: Women interviewed in Jilin and Heilongjiang (71 of 77 records)``."""
    if table.scope is None:
        return ""
    of = report.selected if report.selected is not None else report.records
    return f"Population: {table.scope.label_en} ({table.scope.size} of {of} records)"


def population_line_ko(report: Report, table: Table) -> str:
    """The population line in Korean: ``대상: ... (기록 77건 중 71건)``."""
    if table.scope is None:
        return ""
    of = report.selected if report.selected is not None else report.records
    return f"대상: {table.scope.label_ko} (기록 {of}건 중 {table.scope.size}건)"
