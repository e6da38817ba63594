"""Renderers for the coordinator's report and accounts: text, Markdown, CSV, JSON and HTML.

Under every table the report states the population it counts and that
population's size ("Women interviewed in Jilin and Heilongjiang: 71 of 77
records"), then the table's own denominator: a reader can always tell whom a
number describes.  A cross-tabulation (``--by``) follows each table, with
column percentages.  HTML is in ``render_html``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from fieldkit.analysis import Table
from fieldkit.report import ACCOUNT_FORMATS
from fieldkit.report.accounts import THEMES, Account
from fieldkit.report.findings import Report, ReportTable
from fieldkit.report.render_html import render_html
from fieldkit.report.summary import header, population_line, share

__all__ = ["render_accounts", "render_report"]


def _text_table(report: Report, item: ReportTable) -> list[str]:
    t = item.table
    lines = [t.title_en]
    width = max([len(r.label_en) for r in t.rows] + [10])
    for row in t.rows:
        lines.append(f"  {row.label_en:<{width}}  {row.count:>5}  {share(row.count, t.total):>5}")
    lines.append(f"  {'Total: ' + t.denominator_en:<{width}}  {t.total:>5}")
    if t.unanswered:
        lines.append(f"  ({t.unanswered} left out: an answer the table needs is missing)")
    if population_line(report, t):
        lines.append(f"  {population_line(report, t)}")
    if item.note:
        lines.append(f"  note: {item.note}")
    if item.by:
        lines += _text_crosstab(item, width)
    return [*lines, ""]


def _text_crosstab(item: ReportTable, width: int) -> list[str]:
    """Counts and column percentages, one column per answer to the --by question."""
    heads = [c.label_en[:14] for c in item.by]
    size = max([len(h) for h in heads] + [11])
    lines = ["  " + " " * width + "".join(f"  {h:>{size}}" for h in heads)]
    for row in item.table.rows:
        cells = []
        for column in item.by:
            count = column.table.count(row.key)
            cells.append(f"{count} ({share(count, column.table.total)})")
        lines.append(f"  {row.label_en:<{width}}" + "".join(f"  {c:>{size}}" for c in cells))
    totals = "".join(f"  {c.table.total:>{size}}" for c in item.by)
    lines.append(f"  {'Total':<{width}}{totals}")
    return lines


def render_text(report: Report) -> str:
    lines = [header(report), ""]
    for item in report.tables:
        lines += _text_table(report, item)
    return "\n".join(lines)


def _markdown_table(report: Report, item: ReportTable) -> list[str]:
    t = item.table
    lines = [f"## {t.title_en}", "", f"*{t.title_ko}*", ""]
    lines += ["| | Count | Share |", "|---|---:|---:|"]
    lines += [f"| {r.label_en} | {r.count} | {share(r.count, t.total)} |" for r in t.rows]
    lines += [f"| **{t.denominator_en}** | **{t.total}** | |", ""]
    if population_line(report, t):
        lines += [population_line(report, t) + ".", ""]
    if item.note:
        lines += [f"> {item.note}", ""]
    if item.by:
        heads = " | ".join(c.label_en for c in item.by)
        lines += [f"| {report.by.question if report.by else ''} | {heads} |"]
        lines += ["|---|" + "---:|" * len(item.by)]
        for row in t.rows:
            cells = " | ".join(
                f"{c.table.count(row.key)} ({share(c.table.count(row.key), c.table.total)})"
                for c in item.by
            )
            lines.append(f"| {row.label_en} | {cells} |")
        lines += ["| **Total** | " + " | ".join(f"**{c.table.total}**" for c in item.by) + " |", ""]
    return [*lines, f"Source: {t.source}", ""]


def render_markdown(report: Report) -> str:
    lines = [f"# {report.project}", "", header(report) + ".", ""]
    for item in report.tables:
        lines += _markdown_table(report, item)
    return "\n".join(lines)


CSV_HEADER = [
    "table",
    "row",
    "label_en",
    "label_ko",
    "count",
    "total",
    "population",
    "population_size",
    "by",
    "by_value",
    "note",
]


def render_csv(report: Report) -> str:
    """One line per row of every table; with --by, one more per row and answer."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for item in report.tables:
        t = item.table
        scope = [t.scope.id, t.scope.size] if t.scope else ["", ""]
        columns: list[tuple[str, str, Table]] = [("", "", t)]
        columns += [(report.by.question if report.by else "", c.key, c.table) for c in item.by]
        for by, value, table in columns:
            for r in table.rows:
                labels = [r.key, r.label_en, r.label_ko]
                writer.writerow(
                    [t.id, *labels, r.count, table.total, *scope, by, value, item.note or ""]
                )
    return out.getvalue()


def _json_table(item: ReportTable) -> dict[str, Any]:
    data: dict[str, Any] = {**item.table.to_dict(), "note": item.note}
    if item.by:
        data["by"] = [
            {
                "key": c.key,
                "label": {"en": c.label_en, "ko": c.label_ko},
                "total": c.table.total,
                "unanswered": c.table.unanswered,
                "rows": [
                    {"key": r.key, "count": r.count, "share": c.share(r.key)} for r in c.table.rows
                ],
            }
            for c in item.by
        ]
    return data


def render_json(report: Report) -> str:
    data = {
        "project": report.project,
        "records": report.records,
        "devices": report.devices,
        "where": [{"question": w.question, "values": list(w.values)} for w in report.where],
        "selected": report.selected,
        "by": report.by.question if report.by else None,
        "tables": [_json_table(item) for item in report.tables],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


_RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "csv": render_csv,
    "json": render_json,
    "html": render_html,
}


def render_report(report: Report, fmt: str) -> str:
    """``report`` in one of ``fieldkit.report.REPORT_FORMATS`` (each has a renderer here:
    tests/unit/report/test_report_wing.py checks it)."""
    return _RENDERERS[fmt](report)


def render_accounts(accounts: list[Account], fmt: str = "text") -> str:
    """The "Personal Accounts" chapter: grouped by theme, one heading per case
    (``fmt``: one of ``ACCOUNT_FORMATS``)."""
    if fmt not in ACCOUNT_FORMATS:
        raise ValueError(f"accounts are written as {' or '.join(ACCOUNT_FORMATS)}")
    themes = dict(THEMES)
    lines: list[str] = ["# Personal Accounts", ""] if fmt == "markdown" else []
    current = None
    for account in accounts:
        if account.theme != current:
            current = account.theme
            title = themes[current]
            lines += [f"## {title}", ""] if fmt == "markdown" else [title, "=" * len(title), ""]
        heading = f"### {account.heading}" if fmt == "markdown" else account.heading
        lines += [heading, "", account.text.strip(), ""]
    return (
        "\n".join(lines)
        if lines
        else "No accounts: no merged interview gave permission to quote.\n"
    )
