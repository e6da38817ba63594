"""Run an audit: every check over every record, one ``AuditReport``.

Order: provenance of each bundle file, then the coordinator's merged records;
the devices' chains over both; the schema check and the residual scan over
every distinct record revision that could be read (a forged bundle's records
are checked too: that is where a slipped-in field shows); the risk figures over
the newest revision of each record a merge would accept (trusted provenance, no
schema problem), since that is the data set that gets published.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from fieldkit import __version__
from fieldkit.audit.chain import Link, check_chains
from fieldkit.audit.lattice import column_for
from fieldkit.audit.model import (
    AuditReport,
    MergedCheck,
    RiskReport,
    SchemaProblem,
    Thresholds,
)
from fieldkit.audit.provenance import Opened, check_merged, open_for_audit
from fieldkit.audit.records import AuditRecord, latest
from fieldkit.audit.residual import Scanner, default_scanner, scan
from fieldkit.audit.review import current_decisions
from fieldkit.audit.risk import assess
from fieldkit.audit.schema import SchemaChecker
from fieldkit.audit.sources import AuditInputs
from fieldkit.errors import AuditError
from fieldkit.questionnaire import Flow, Question

__all__ = ["quasi_questions", "run_audit"]


def quasi_questions(flow: Flow, chosen: Sequence[str] | None = None) -> list[Question]:
    """The ones ``chosen`` (any question may be named), else the questions the questionnaire
    marks ``quasi_identifier``, else every ``quasi`` question."""
    if not chosen:
        every = flow.questionnaire.questions()  # repeats' questions too
        marked = [q for q in every if q.quasi_identifier]
        return marked or [q for q in every if q.sensitivity == "quasi"]
    unknown = [qid for qid in chosen if qid not in flow.by_id]
    if unknown:
        raise AuditError(
            f"'{unknown[0]}' is not a question of the project's questionnaire",
            hint="name quasi-identifiers by question id, e.g. --qi birth_year",
        )
    return [flow.by_id[qid] for qid in dict.fromkeys(chosen)]


def _distinct(records: Sequence[AuditRecord]) -> list[AuditRecord]:
    seen: set[tuple[str, str]] = set()
    out = []
    for record in records:
        if (record.id, record.sha256) not in seen:
            seen.add((record.id, record.sha256))
            out.append(record)
    return out


def _schema(
    records: Sequence[AuditRecord], flow: Flow
) -> tuple[list[SchemaProblem], set[tuple[str, str]]]:
    """Every problem, and the record revisions a merge would refuse because of them."""
    checker = SchemaChecker(flow)
    problems: list[SchemaProblem] = []
    rejected: set[tuple[str, str]] = set()
    for record in records:
        found = checker.check(record)
        if found:
            problems += found
            rejected.add((record.id, record.sha256))
    return problems, rejected


def _risk(
    records: Sequence[AuditRecord],
    rejected: set[tuple[str, str]],
    flow: Flow,
    quasi: Sequence[Question],
    thresholds: Thresholds,
) -> RiskReport:
    accepted = latest(r for r in records if r.trusted and (r.id, r.sha256) not in rejected)
    in_repeats = {q.id for q in quasi if flow.repeat_of(q.id) is not None}
    return assess(
        [r.risk_row(in_repeats) for r in accepted],
        [r.id for r in accepted],
        [column_for(q, per_instance=q.id in in_repeats) for q in quasi],
        [q.id for q in flow.order if q.sensitive_attribute],
        k=thresholds.k,
        l_min=thresholds.l_diversity,
        allowed_below_k=thresholds.max_below_k,
    )


def _notes(
    inputs: AuditInputs,
    bundles: Sequence[Path],
    left_out: int,
    versions: dict[str, str],
    records: Sequence[AuditRecord],
) -> tuple[str, ...]:
    notes = []
    if not inputs.enrolment_known:
        notes.append(
            "Device enrolment was not checked: no coordinator workspace and no --device "
            "codes were given."
        )
    if inputs.workspace is not None and not bundles:
        notes.append(
            "Signatures of merged bundles were checked at merge and are not stored; "
            "give the bundle files to check them again."
        )
    notes.append(
        "An export made after the last bundle seen cannot be detected here: ask each "
        "interviewer how many bundles her laptop has written and compare."
    )
    if left_out:
        notes.append(
            f"{left_out} record(s) failed provenance or schema checks and are left out "
            "of the re-identification figures."
        )
    other = {r.id for r in records if _detectors(r) not in ({}, versions)}
    if other:
        notes.append(
            f"{len(other)} record(s) were redacted with detector versions other than "
            "this auditor's engine; the re-scan uses this engine."
        )
    return tuple(notes)


def _detectors(record: AuditRecord) -> dict[str, str]:
    data = record.data if isinstance(record.data, dict) else {}
    report = data.get("redaction")
    found = report.get("detectors") if isinstance(report, dict) else None
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def _gather(
    inputs: AuditInputs, bundles: Sequence[Path]
) -> tuple[list[Opened], MergedCheck | None, list[AuditRecord], list[Link]]:
    """Provenance of each bundle file and of the merged records; every record and link."""
    opened = [open_for_audit(path, inputs) for path in bundles]
    records = [r for o in opened for r in o.records]
    links = [o.link for o in opened if o.link is not None]
    merged = None
    if inputs.workspace is not None:
        merged, stored, stored_links = check_merged(inputs)
        records += stored
        links += stored_links
    return opened, merged, records, links


def run_audit(
    inputs: AuditInputs,
    bundles: Sequence[Path] = (),
    *,
    thresholds: Thresholds | None = None,
    quasi: Sequence[str] | None = None,
    scanner: Scanner | None = None,
    now: datetime | None = None,
) -> AuditReport:
    """Audit ``bundles`` and, on a coordinator workspace, its merged records."""
    thresholds = thresholds or Thresholds()
    flow, project = inputs.flow, inputs.project
    chosen = quasi_questions(flow, quasi)
    if not bundles and inputs.workspace is None:
        raise AuditError("nothing to audit", hint="name bundle files, or pass --coordinator DIR")
    opened, merged, records, links = _gather(inputs, bundles)
    labels = {inputs.code(fp): d.label for fp, d in inputs.devices.items()}
    distinct = _distinct(records)
    schema, rejected = _schema(distinct, flow)
    engine = scanner or default_scanner()
    residual, scanned = scan(distinct, flow, engine)
    risk = _risk(records, rejected, flow, chosen, thresholds)
    versions = dict(engine.detector_versions)
    left_out = len({r.id for r in distinct}) - risk.records
    decisions = current_decisions(inputs.workspace) if inputs.workspace is not None else {}
    qn = flow.questionnaire
    return AuditReport(
        generated=(now or datetime.now(UTC)).strftime("%Y-%m-%d"),
        fieldkit_version=__version__,
        project=project.name,
        project_id=project.project_id,
        questionnaire=f"{qn.id} {qn.version}",
        questionnaire_hash=project.questionnaire_hash,
        detectors=versions,
        sources=tuple([p.name for p in bundles] + (["merged records"] if merged else [])),
        thresholds=thresholds,
        bundles=tuple(o.check for o in opened),
        merged=merged,
        chains=check_chains(links, labels, complete=inputs.workspace is not None),
        records=len({r.id for r in distinct}),
        schema=tuple(schema),
        texts_scanned=scanned,
        residual=tuple(residual),
        risk=risk,
        reviews=tuple(decisions[k] for k in sorted(decisions)),
        notes=_notes(inputs, bundles, left_out, versions, distinct),
    )
