"""The audit report as one self-contained HTML file: no script, no font, no network.

Everything is escaped, the styles are inline, and a Content-Security-Policy
forbids the page from loading anything, so opening the report on an offline
laptop (or a networked one) sends nothing anywhere.  Placeholders in the
context of a residual hit are highlighted like the app highlights them; the hit
itself is marked.
"""

from __future__ import annotations

import html

from fieldkit.audit.model import (
    AuditReport,
    BundleCheck,
    DeviceChain,
    MergedCheck,
    ResidualHit,
    Step,
)
from fieldkit.audit.render_text import lift_text, safe
from fieldkit.redaction import PLACEHOLDER

__all__ = ["render_html"]

CSS = """
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#1b1b1b;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;margin:.5em 0}
td,th{border:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f3f3f3}.ok{color:#17652c}.bad{color:#a0141e;font-weight:bold}
.muted{color:#666}.ph{background:#e3ecfa;border-radius:3px;padding:0 2px}
mark{background:#ffd5d5;font-weight:bold}.ctx{font-family:ui-monospace,monospace}
.result{font-size:1.2em;padding:.5em;border:2px solid}
"""


def _e(text: object) -> str:
    return html.escape(safe(str(text)))


def _placeholders(text: str) -> str:
    """Escaped ``text`` with each placeholder wrapped for highlighting."""
    parts, position = [], 0
    for match in PLACEHOLDER.finditer(text):
        parts.append(_e(text[position : match.start()]))
        parts.append(f'<span class="ph">{_e(match.group())}</span>')
        position = match.end()
    parts.append(_e(text[position:]))
    return "".join(parts)


def _status(ok: bool, good: str = "ok", bad: str = "FAILED") -> str:
    return f'<span class="ok">{good}</span>' if ok else f'<span class="bad">{bad}</span>'


def _verdicts(report: AuditReport) -> str:
    rows = "".join(
        f"<tr><td>{_e(v.check)}</td><td>{v.found}</td><td>{v.allowed}</td>"
        f"<td>{_status(not v.exceeded, 'ok', 'EXCEEDED')}</td></tr>"
        for v in report.verdicts()
    )
    passed = not report.exceeded
    result = "PASSED" if passed else f"FAILED: {len(report.exceeded)} check(s) exceed thresholds"
    return (
        f'<p class="result {"ok" if passed else "bad"}">{result}</p>'
        f"<table><tr><th>check</th><th>found</th><th>allowed</th><th></th></tr>{rows}</table>"
    )


def _steps_cell(steps: tuple[Step, ...]) -> str:
    out = []
    for step in steps:
        word = "FAILED" if step.status == "failed" else "not verified"
        mark = _status(step.status == "ok", "ok", word)
        out.append(f"{_e(step.name)}: {mark}{' — ' + _e(step.detail) if step.detail else ''}")
    return "<br>".join(out)


def _bundle_row(check: BundleCheck) -> str:
    device = _e(check.device_label or check.device or "unknown")
    return (
        f"<tr><td>{_e(check.source)}</td><td>{device}</td><td>{check.sequence or ''}</td>"
        f"<td>{_e(check.month or '')}</td><td>{check.records}</td>"
        f"<td>{_steps_cell(check.steps)}</td></tr>"
    )


def _merged_row(merged: MergedCheck) -> str:
    return (
        f"<tr><td>merged records</td><td>{merged.devices} device(s)</td>"
        f"<td>{merged.bundles} bundle(s)</td><td></td><td>{merged.records}</td>"
        f"<td>{_steps_cell(merged.steps)}</td></tr>"
    )


def _chain_row(chain: DeviceChain) -> str:
    problems = "<br>".join(
        f'<span class="{"bad" if p.counted else "muted"}">{_e(p.kind)}</span>: {_e(p.message)}'
        for p in chain.problems
    ) or _status(True, "no gap, one chain")
    numbers = ", ".join(str(s) for s in chain.sequences)
    label = _e(chain.device_label or "")
    return f"<tr><td>{label} {_e(chain.device)}</td><td>{numbers}</td><td>{problems}</td></tr>"


def _hit_row(hit: ResidualHit) -> str:
    context = (
        f'<span class="ctx">{_placeholders(hit.before)}<mark>{_e(hit.text)}</mark>'
        f"{_placeholders(hit.after)}</span>"
    )
    tags = " ".join(t for t, on in (("uncertain", hit.uncertain), ("released", hit.released)) if on)
    neighbours = " … ".join(f'<span class="ph">{_e(n)}</span>' for n in hit.neighbours)
    return (
        f"<tr><td>{hit.record[:8]} rev {hit.revision}<br>{_e(hit.source)}</td>"
        f"<td>{_e(hit.question)}</td><td>{_e(hit.label)} <span class='muted'>"
        f"{_e(hit.detector)}/{_e(hit.rule)} {_e(tags)}</span></td>"
        f"<td>{context}<br><span class='muted'>nearest: {neighbours or '—'}</span></td></tr>"
    )


def _table(head: list[str], rows: list[str], empty: str) -> str:
    if not rows:
        return f'<p class="ok">{_e(empty)}</p>'
    cells = "".join(f"<th>{_e(h)}</th>" for h in head)
    return f"<table><tr>{cells}</tr>{''.join(rows)}</table>"


def _risk(report: AuditReport) -> str:
    r = report.risk
    below = [
        f"<tr><td>{b.record[:8]}</td><td>{b.k}</td><td>{_e(', '.join(b.values))}</td>"
        f"<td>{'<br>'.join(_e(lift_text(x)) for x in b.lifts) or 'none'}</td></tr>"
        for b in r.below_k
    ]
    ldiv = [
        f"<tr><td>{_e(v.attribute)}</td><td>{v.distinct}</td><td>{v.size}</td>"
        f"<td>{_e(', '.join(v.values))}</td></tr>"
        for v in r.l_violations
    ]
    lift = ""
    if r.global_lift is not None:
        lift = (
            f"<p>One generalisation for every record: {_e(lift_text(r.global_lift))}; "
            f"{r.global_lift.below_k} record(s) still below k.</p>"
        )
    return (
        f"<p>Quasi-identifiers: {_e(', '.join(r.quasi) or 'none declared')}. {r.records} "
        f"record(s) in {r.classes} class(es); smallest class {r.min_k}.</p>"
        + _table(
            ["record", "k", "quasi-identifiers", "smallest lifts"],
            below,
            f"every record has k >= {r.k}",
        )
        + lift
        + f"<h3>l-diversity (l={r.l_diversity}) over {r.classes_checked_for_l} class(es)</h3>"
        + _table(
            ["attribute", "distinct", "class size", "class"], ldiv, "every class is diverse enough"
        )
    )


def render_html(report: AuditReport) -> str:
    """The whole report as one HTML document."""
    schema = [
        f"<tr><td>{p.record[:8]} rev {p.revision}</td><td>{_e(p.source)}</td>"
        f"<td>{_e(p.question)}</td><td>{_e(p.kind)}</td><td>{_e(p.message)}</td></tr>"
        for p in report.schema
    ]
    reviews = [
        f"<tr><td>{d.record[:8]} rev {d.revision}</td>"
        f"<td>{_status(d.verdict == 'passed', 'passed')}</td><td>{_e(d.note)}</td>"
        f"<td>{_e(d.decided_at)}"
        f"{'' if d.current else ' (older revision)'}</td></tr>"
        for d in report.reviews
    ]
    provenance = [_bundle_row(c) for c in report.bundles]
    provenance += [_merged_row(report.merged)] if report.merged else []
    notes = "".join(f"<li>{_e(n)}</li>" for n in report.notes)
    body = (
        f"<h1>fieldkit audit report</h1><p class='muted'>{_e(report.generated)} · fieldkit "
        f"{_e(report.fieldkit_version)} · project {_e(report.project)} · questionnaire "
        f"{_e(report.questionnaire)} · {report.records} record(s) · sources: "
        f"{_e(', '.join(report.sources))}</p>"
        + _verdicts(report)
        + "<h2>1. Provenance</h2>"
        + _table(["source", "device", "bundle", "month", "records", "checks"], provenance, "")
        + "<h2>2. Export sequence</h2>"
        + _table(
            ["device", "bundles", "problems"], [_chain_row(c) for c in report.chains], "no bundles"
        )
        + "<h2>3. Schema</h2>"
        + _table(
            ["record", "source", "question", "kind", "problem"],
            schema,
            "no direct or sealed field; every quasi field generalised as declared",
        )
        + f"<h2>4. Residual identifiers ({report.texts_scanned} text(s) re-scanned)</h2>"
        + _table(
            ["record", "question", "hit", "in context"],
            [_hit_row(h) for h in report.residual],
            "none found",
        )
        + "<h2>5. Re-identification risk</h2>"
        + _risk(report)
        + "<h2>6. Review decisions</h2>"
        + _table(["record", "verdict", "note", "decided"], reviews, "none")
        + f"<h2>Not verified by this audit</h2><ul>{notes}</ul>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        '<meta name="referrer" content="no-referrer">'
        f"<title>fieldkit audit report {_e(report.generated)}</title><style>{CSS}</style>"
        f"</head><body>{body}</body></html>\n"
    )
