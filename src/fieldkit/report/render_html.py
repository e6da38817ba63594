"""The report as one self-contained HTML file: readable on a phone, printable, offline.

Inline CSS and inline SVG only: no script, no font or image fetched from
anywhere (a Content-Security-Policy forbids every fetch), so the file can be
opened on an offline machine and passed around without phoning home.

Labels are HTML text beside the bars, so they wrap instead of being clipped;
each bar is an SVG with a ``viewBox``, so a chart scales with the page, from a
1280-pixel screen to a 420-pixel phone (below about 32rem a label moves above
its bar).  Korean text is marked ``lang="ko"`` and breaks between words
(``word-break: keep-all``), never inside one.  Print styles keep a table and
its chart on one page.  ``tests/report_browser`` measures every label in
headless Chromium at both widths.
"""

from __future__ import annotations

from html import escape

from fieldkit.analysis import Row, Table
from fieldkit.report.findings import Report, ReportTable
from fieldkit.report.summary import header, population_line, population_line_ko, share

__all__ = ["render_html"]

FONTS = (
    'system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK KR",'
    '"Apple SD Gothic Neo","Malgun Gothic","NanumGothic",sans-serif'
)
CSS = (
    "*{box-sizing:border-box}"
    f"body{{font:16px/1.5 {FONTS};max-width:60rem;margin:0 auto;padding:1rem;color:#222}}"
    "h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:0}"
    "h1,h2,p,th,td,.label{overflow-wrap:break-word}"
    ":lang(ko){word-break:keep-all}"
    "section{border-top:1px solid #ccc;padding:1rem 0}"
    ".ko{color:#444;margin:.1rem 0 .4rem}"
    ".population{font-size:.9rem;margin:.3rem 0}.population span{display:block;color:#444}"
    ".chart{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr) auto;"
    "gap:.3rem .6rem;align-items:center;margin:.6rem 0}"
    ".bar-row{display:contents}"
    ".bar{display:block;width:100%;height:1.1rem}.bar rect{fill:#4a6fa5}"
    ".label span{display:block;color:#555;font-size:.9em}"
    ".n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
    "table{border-collapse:collapse;width:100%;margin:.6rem 0}"
    "td,th{padding:.25rem .4rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
    "thead th{font-size:.85rem;color:#444}"
    "td.n,th.n{text-align:right}"
    ".scroll{overflow-x:auto}.crosstab th[scope=row]{min-width:10rem}"
    ".by{margin:.8rem 0 0;font-weight:600}"
    ".note{color:#8a5a00}.source{color:#555;font-size:.85rem}"
    "@media (max-width:32rem){.chart{grid-template-columns:minmax(0,1fr) auto}"
    ".chart .label{grid-column:1/-1;margin-top:.3rem}body{padding:.6rem}}"
    "@media print{body{max-width:none;padding:0;font-size:10.5pt}"
    "section{break-inside:avoid;page-break-inside:avoid}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".scroll{overflow:visible}.bar rect{fill:#333}}"
)
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def _label(en: str, ko: str) -> str:
    """An English label with its Korean beneath it."""
    korean = f'<span lang="ko">{escape(ko)}</span>' if ko and ko != en else ""
    return f"{escape(en)}{korean}"


def _chart(table: Table) -> str:
    """One row per table row: the label (HTML, wraps), the bar (SVG, scales), the count."""
    top = max([r.count for r in table.rows] + [1])
    rows = []
    for r in table.rows:
        width = 100 * r.count / top
        rows.append(
            '<div class="bar-row">'
            f'<span class="label">{_label(r.label_en, r.label_ko)}</span>'
            '<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">'
            f'<rect x="0" y="0" width="{width:.2f}" height="10"/></svg>'
            f'<span class="n">{r.count}</span></div>'
        )
    title = escape(table.title_en)
    return f'<div class="chart" role="img" aria-label="{title}">{"".join(rows)}</div>'


def _counts(table: Table) -> str:
    body = "".join(
        f'<tr><th scope="row" class="label">{_label(r.label_en, r.label_ko)}</th>'
        f'<td class="n">{r.count}</td><td class="n">{share(r.count, table.total)}</td></tr>'
        for r in table.rows
    )
    total = _label(table.denominator_en, table.denominator_ko)
    return (
        '<table class="counts"><thead><tr><th scope="col"></th>'
        '<th scope="col" class="n">Count <span lang="ko">수</span></th>'
        '<th scope="col" class="n">Share <span lang="ko">비율</span></th></tr></thead>'
        f"<tbody>{body}</tbody>"
        f'<tfoot><tr><th scope="row" class="label">{total}</th>'
        f'<td class="n">{table.total}</td><td></td></tr></tfoot></table>'
    )


def _cell(row: Row, table: Table) -> str:
    count = table.count(row.key)
    return f'<td class="n">{count} ({share(count, table.total)})</td>'


def _crosstab(report: Report, item: ReportTable) -> str:
    """Counts with column percentages, one column per answer to the --by question."""
    if not item.by or report.by is None:
        return ""
    heads = "".join(
        f'<th scope="col" class="n label">{_label(c.label_en, c.label_ko)}</th>' for c in item.by
    )
    rows = "".join(
        f'<tr><th scope="row" class="label">{_label(r.label_en, r.label_ko)}</th>'
        + "".join(_cell(r, c.table) for c in item.by)
        + "</tr>"
        for r in item.table.rows
    )
    totals = "".join(f'<td class="n">{c.table.total}</td>' for c in item.by)
    by = report.by
    caption = _label(
        f"By the answer to \u201c{by.label_en}\u201d ({by.question})",
        f"\u2018{by.label_ko}\u2019에 대한 답에 따라",
    )
    return (
        f'<p class="by label">{caption}</p>'
        f'<div class="scroll"><table class="crosstab">'
        f'<thead><tr><th scope="col"></th>{heads}</tr></thead><tbody>{rows}</tbody>'
        f'<tfoot><tr><th scope="row">Total <span lang="ko">합계</span></th>{totals}</tr>'
        "</tfoot></table></div>"
    )


def _section(report: Report, item: ReportTable) -> str:
    t = item.table
    population = ""
    if population_line(report, t):
        population = (
            f'<p class="population">{escape(population_line(report, t))}'
            f'<span lang="ko">{escape(population_line_ko(report, t))}</span></p>'
        )
    note = f'<p class="note">{escape(item.note)}</p>' if item.note else ""
    return (
        f'<section id="{escape(t.id)}"><h2>{escape(t.title_en)}</h2>'
        f'<p class="ko" lang="ko">{escape(t.title_ko)}</p>{population}'
        f"{_chart(t)}{_counts(t)}{_crosstab(report, item)}{note}"
        f'<p class="source">Source: {escape(t.source)}</p></section>'
    )


def render_html(report: Report) -> str:
    body = [f"<header><h1>{escape(report.project)}</h1><p>{escape(header(report))}.</p></header>"]
    body += [_section(report, item) for item in report.tables]
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f"<title>{escape(report.project)}</title><style>{CSS}</style></head><body>"
        + "".join(body)
        + "</body></html>\n"
    )
