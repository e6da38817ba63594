"""The audit report as terminal text: verdicts first, then each check's findings.

Plain text (no colour, no Rich: the audit package is headless), so it can be
piped, diffed and printed.  Exported text comes from devices and is not trusted:
control characters and bidirectional overrides are shown escaped, so a crafted
narrative cannot move the cursor, rewrite the terminal or reverse a line.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from fieldkit.audit.model import (
    AuditReport,
    BelowK,
    BundleCheck,
    DeviceChain,
    Lift,
    MergedCheck,
    ResidualHit,
    Step,
)

__all__ = ["lift_text", "render_text", "safe"]


def safe(text: str) -> str:
    """``text`` with control and format characters escaped (``\\x1b``, ``\\u202e``)."""
    out = []
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf") and char != "\u200d":
            out.append(f"\\x{ord(char):02x}" if ord(char) < 256 else f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def lift_text(lift: Lift) -> str:
    steps = ", ".join(f"{qid} → {level}" for qid, level in lift.steps) or "(none)"
    return f"{steps} (k={lift.k}{', smallest' if lift.exact else ''})"


def _device(code: str | None, label: str | None) -> str:
    if code is None:
        return "unknown device"
    return f"{label} ({code})" if label else code


def _steps(steps: Iterable[Step]) -> list[str]:
    steps = list(steps)
    lines = []
    ok = [s.name for s in steps if s.status == "ok"]
    if ok:
        lines.append("     ok: " + ", ".join(ok))
    for step in steps:
        if step.status != "ok":
            word = "FAILED" if step.status == "failed" else "not verified"
            lines.append(f"     {word} {step.name}: {safe(step.detail)}")
    return lines


def _bundle(check: BundleCheck) -> list[str]:
    head = f"  {safe(check.source)}"
    if check.sequence is not None:
        head += (
            f"  {_device(check.device, check.device_label)}, bundle {check.sequence}, "
            f"{check.month}, {check.scope}, {check.records} record(s)"
        )
    return [head, *_steps(check.steps)]


def _merged(merged: MergedCheck) -> list[str]:
    head = (
        f"  merged records: {merged.records} record(s) from {merged.bundles} bundle(s) "
        f"of {merged.devices} device(s)"
    )
    return [head, *_steps(merged.steps)]


def _chain(chain: DeviceChain) -> list[str]:
    numbers = ", ".join(str(s) for s in chain.sequences)
    lines = [f"  {_device(chain.device, chain.device_label)}: bundles {numbers}"]
    if not chain.problems:
        lines.append("     ok: no gap, one chain")
    for p in chain.problems:
        lines.append(f"     {p.kind.upper() if p.counted else 'note'}: {p.message}")
    return lines


def _hit(hit: ResidualHit) -> list[str]:
    tags = [t for t, on in (("uncertain", hit.uncertain), ("released", hit.released)) if on]
    lines = [
        f"  record {hit.record[:8]} rev {hit.revision} ({safe(hit.source)}), {hit.question}: "
        f"{hit.label} ({hit.detector}/{hit.rule}){' [' + ', '.join(tags) + ']' if tags else ''}",
        f"     {safe(hit.before)}»{safe(hit.text)}«{safe(hit.after)}",
    ]
    if hit.neighbours:
        lines.append("     nearest placeholders: " + " … ".join(safe(n) for n in hit.neighbours))
    return lines


def _below(b: BelowK) -> list[str]:
    lines = [f"  record {b.record[:8]}: k={b.k} ({', '.join(safe(v) for v in b.values)})"]
    if not b.lifts:
        lines.append("     no generalisation lifts it: fewer records than k in all")
    for n, lift in enumerate(b.lifts):
        lines.append(f"     {'lifted by' if n == 0 else 'or'}: {lift_text(lift)}")
    return lines


def _risk(report: AuditReport) -> list[str]:
    r = report.risk
    lines = [
        f"  quasi-identifiers ({len(r.quasi)}): {', '.join(r.quasi) or '(none declared)'}",
        f"  {r.records} record(s) in {r.classes} class(es); smallest class {r.min_k}; "
        f"{len(r.below_k)} record(s) below k={r.k}",
    ]
    for b in r.below_k:
        lines += _below(b)
    if r.global_lift is not None:
        g = r.global_lift
        lines.append(
            f"  one generalisation for every record: {lift_text(g).rsplit(' (', 1)[0]} "
            f"(smallest class {g.k}, {g.below_k} record(s) still below k)"
        )
    attributes = ", ".join(r.sensitive) or "(no sensitive attributes)"
    lines.append(
        f"  l-diversity (l={r.l_diversity}) of {attributes} "
        f"over {r.classes_checked_for_l} class(es) of at least {r.k}: "
        f"{len(r.l_violations)} below"
    )
    for v in r.l_violations:
        lines.append(
            f"     {v.attribute}: {v.distinct} distinct value(s) among {v.size} records "
            f"({', '.join(safe(x) for x in v.values)})"
        )
    return lines


def _reviews(report: AuditReport) -> list[str]:
    if not report.reviews:
        return ["  none (review with 'fieldkit audit review')"]
    lines = []
    for d in report.reviews:
        stale = "" if d.current else " [about an older revision]"
        note = f' "{safe(d.note)}"' if d.note else ""
        lines.append(
            f"  record {d.record[:8]} rev {d.revision}: {d.verdict.upper()}{note} "
            f"({d.decided_at}){stale}"
        )
    return lines


def _header(report: AuditReport) -> list[str]:
    exceeded = report.exceeded
    result = f"FAILED: {len(exceeded)} check(s) exceed their thresholds" if exceeded else "PASSED"
    lines = [
        f"fieldkit audit report, {report.generated} (fieldkit {report.fieldkit_version})",
        f"Project: {safe(report.project)} ({report.project_id[:8]}), questionnaire "
        f"{safe(report.questionnaire)} ({report.questionnaire_hash[:12]})",
        f"Sources: {', '.join(safe(s) for s in report.sources)}",
        f"Records: {report.records}",
        "",
        f"RESULT: {result}",
    ]
    for v in report.verdicts():
        mark = "EXCEEDED" if v.exceeded else "ok"
        lines.append(f"  {v.check:<26} {v.found:>5}  (allowed {v.allowed})  {mark}")
    return lines


def render_text(report: AuditReport) -> str:
    """The whole report as text, ending with a newline."""
    lines = _header(report)
    lines += ["", "1. Provenance"]
    for check in report.bundles:
        lines += _bundle(check)
    if report.merged:
        lines += _merged(report.merged)
    lines += ["", "2. Export sequence, per device"]
    lines += [x for c in report.chains for x in _chain(c)] or ["  no bundles"]
    lines += ["", f"3. Schema ({report.records} record(s))"]
    lines += [
        f"  record {p.record[:8]} rev {p.revision} ({safe(p.source)}): "
        f"{p.question or '(record)'}: {p.kind}: {p.message}"
        for p in report.schema
    ] or ["  ok: no direct or sealed field; every quasi field generalised as declared"]
    lines += ["", f"4. Residual identifiers ({report.texts_scanned} text(s) re-scanned)"]
    lines += [x for h in report.residual for x in _hit(h)] or ["  none found"]
    lines += ["", "5. Re-identification risk", *_risk(report)]
    lines += ["", "6. Review decisions", *_reviews(report)]
    lines += ["", "Not verified by this audit:", *(f"  - {n}" for n in report.notes)]
    return "\n".join(lines) + "\n"
