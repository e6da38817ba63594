"""Renderers for the coordinator's report and accounts: text, Markdown, CSV, JSON and HTML.

The HTML report is one self-contained file: inline CSS and inline SVG bar
charts, no scripts, no fonts or images fetched from anywhere, so it can be
opened on an offline machine and passed around without phoning home.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from html import escape

from fieldkit.report import ACCOUNT_FORMATS
from fieldkit.report.accounts import THEMES, Account
from fieldkit.report.findings import Report, ReportTable

__all__ = ["render_accounts", "render_report"]


def _share(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "-"


def _header(report: Report) -> str:
    return f"{report.project}: {report.records} interview record(s) from {report.devices} device(s)"


def render_text(report: Report) -> str:
    lines = [_header(report), ""]
    for item in report.tables:
        t = item.table
        lines.append(t.title_en)
        width = max([len(r.label_en) for r in t.rows] + [10])
        for row in t.rows:
            lines.append(
                f"  {row.label_en:<{width}}  {row.count:>5}  {_share(row.count, t.total):>5}"
            )
        lines.append(f"  {'Total: ' + t.denominator_en:<{width}}  {t.total:>5}")
        if item.note:
            lines.append(f"  note: {item.note}")
        lines.append("")
    return "\n".join(lines)


def render_markdown(report: Report) -> str:
    lines = [f"# {report.project}", "", _header(report) + ".", ""]
    for item in report.tables:
        t = item.table
        lines += [f"## {t.title_en}", "", f"*{t.title_ko}*", ""]
        lines += ["| | Count | Share |", "|---|---:|---:|"]
        lines += [f"| {r.label_en} | {r.count} | {_share(r.count, t.total)} |" for r in t.rows]
        lines += [f"| **{t.denominator_en}** | **{t.total}** | |", ""]
        if item.note:
            lines += [f"> {item.note}", ""]
        lines += [f"Source: {t.source}", ""]
    return "\n".join(lines)


def render_csv(report: Report) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["table", "row", "label_en", "label_ko", "count", "total", "note"])
    for item in report.tables:
        t = item.table
        for r in t.rows:
            writer.writerow(
                [t.id, r.key, r.label_en, r.label_ko, r.count, t.total, item.note or ""]
            )
    return out.getvalue()


def render_json(report: Report) -> str:
    data = {
        "project": report.project,
        "records": report.records,
        "devices": report.devices,
        "tables": [{**i.table.to_dict(), "note": i.note} for i in report.tables],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _svg(item: ReportTable) -> str:
    """A horizontal bar chart as inline SVG (no script, no external reference)."""
    t = item.table
    bar_h, gap, label_w, bar_w = 22, 6, 260, 360
    height = len(t.rows) * (bar_h + gap) + gap
    top = max([r.count for r in t.rows] + [1])
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 80}" '
        f'height="{height}" role="img" aria-label="{escape(t.title_en)}">'
    ]
    for i, r in enumerate(t.rows):
        y = gap + i * (bar_h + gap)
        w = round(bar_w * r.count / top)
        parts.append(
            f'<text x="{label_w - 8}" y="{y + 15}" text-anchor="end">{escape(r.label_en)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w}" height="{bar_h}" fill="#4a6fa5"/>'
            f'<text x="{label_w + w + 6}" y="{y + 15}">{r.count}</text>'
        )
    return "".join(parts) + "</svg>"


_CSS = (
    "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#222}"
    "table{border-collapse:collapse}td,th{padding:.2rem .6rem;border-bottom:1px solid #ddd}"
    "td.n{text-align:right}svg text{font-size:13px}.note{color:#8a5a00}"
)


def render_html(report: Report) -> str:
    body = [f"<h1>{escape(report.project)}</h1><p>{escape(_header(report))}.</p>"]
    for item in report.tables:
        t = item.table
        rows = "".join(
            f'<tr><td>{escape(r.label_en)}</td><td class="n">{r.count}</td>'
            f'<td class="n">{_share(r.count, t.total)}</td></tr>'
            for r in t.rows
        )
        body.append(
            f'<section><h2>{escape(t.title_en)}</h2><p lang="ko">{escape(t.title_ko)}</p>'
            f"{_svg(item)}<table>{rows}<tr><th>{escape(t.denominator_en)}</th>"
            f'<th class="n">{t.total}</th><th></th></tr></table>'
            + (f'<p class="note">{escape(item.note)}</p>' if item.note else "")
            + f"<p><small>Source: {escape(t.source)}</small></p></section>"
        )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>{escape(report.project)}</title><style>{_CSS}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )


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
