"""The audit report as data: the terminal, HTML and JSON renderers and the app read this.

Everything is a frozen dataclass of plain values, so the JSON form is the
dataclasses themselves (``report_json``) and a tool reading it sees exactly what a
person reads.  What the report may hold is decided here: exported (already
redacted, already generalised) data only.  A schema problem names the field and
never its value, so a direct identifier that slipped into a bundle is reported
without being repeated; a residual hit shows the exported text around it, because
showing it is the point of the check.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "AuditReport",
    "BelowK",
    "BundleCheck",
    "ChainProblem",
    "DeviceChain",
    "LViolation",
    "Lift",
    "MergedCheck",
    "ResidualHit",
    "ReviewDecision",
    "RiskReport",
    "SchemaProblem",
    "Step",
    "Thresholds",
    "Verdict",
    "report_json",
]

REPORT_FORMAT = "fieldkit-audit/1"
StepStatus = Literal["ok", "failed", "unverified"]


@dataclass(frozen=True)
class Step:
    """One provenance check of one bundle (or of the merged records)."""

    name: str
    status: StepStatus
    detail: str = ""


@dataclass(frozen=True, kw_only=True)
class BundleCheck:
    """Provenance of one bundle file, check by check, in the order merge runs them."""

    source: str
    steps: tuple[Step, ...]
    device: str | None = None
    """The signing device's enrolment code (``ABCDE-FGHIJ-...``)."""
    device_label: str | None = None
    sequence: int | None = None
    month: str | None = None
    scope: str | None = None
    records: int = 0

    @property
    def failed(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.status == "failed")


@dataclass(frozen=True)
class MergedCheck:
    """The coordinator's merged records: what can be re-checked without the bundle files."""

    records: int
    bundles: int
    devices: int
    steps: tuple[Step, ...]


@dataclass(frozen=True)
class ChainProblem:
    """A break in one device's succession of bundles."""

    kind: Literal["gap", "fork", "broken link", "event log", "month", "not seen"]
    sequences: tuple[int, ...]
    message: str
    counted: bool = True
    """``False`` for what the auditor could not see rather than what is wrong."""


@dataclass(frozen=True)
class DeviceChain:
    device: str
    device_label: str | None
    sequences: tuple[int, ...]
    problems: tuple[ChainProblem, ...]


@dataclass(frozen=True, kw_only=True)
class SchemaProblem:
    """A record that holds what its questionnaire says must not leave the device.

    ``message`` never quotes the value."""

    record: str
    revision: int
    source: str
    question: str
    kind: Literal[
        "direct",
        "sealed",
        "unknown question",
        "not generalised",
        "invalid value",
        "malformed",
        "declined consent",
    ]
    message: str


@dataclass(frozen=True, kw_only=True)
class ResidualHit:
    """A detector's hit in exported text, with the text around it."""

    record: str
    revision: int
    source: str
    question: str
    label: str
    detector: str
    rule: str
    uncertain: bool
    released: bool
    """The interviewer released this term as a false positive (it is in the text on purpose)."""
    before: str
    text: str
    after: str
    neighbours: tuple[str, ...]
    """The nearest placeholders before and after the hit."""


@dataclass(frozen=True)
class Lift:
    """A generalisation of the quasi-identifiers, and what it achieves."""

    steps: tuple[tuple[str, str], ...]
    """``(question id, level)`` for each quasi-identifier that changes."""
    k: int
    """The class size the record (or, for a global lift, the smallest class) reaches."""
    exact: bool
    """``True``: no smaller generalisation exists (exhaustive search); ``False``: minimal
    (no single step can be undone) but found by a greedy search."""
    below_k: int = 0
    """Global lifts: records still below the threshold."""


@dataclass(frozen=True)
class BelowK:
    record: str
    k: int
    values: tuple[str, ...]
    """The record's quasi-identifier values, in ``RiskReport.quasi`` order."""
    lifts: tuple[Lift, ...]


@dataclass(frozen=True)
class LViolation:
    """A class of records that share quasi-identifiers and (nearly) a sensitive value."""

    attribute: str
    values: tuple[str, ...]
    size: int
    distinct: int


@dataclass(frozen=True, kw_only=True)
class RiskReport:
    quasi: tuple[str, ...]
    sensitive: tuple[str, ...]
    records: int
    classes: int
    k: int
    min_k: int
    below_k: tuple[BelowK, ...]
    global_lift: Lift | None
    l_diversity: int
    classes_checked_for_l: int
    l_violations: tuple[LViolation, ...]


@dataclass(frozen=True, kw_only=True)
class ReviewDecision:
    """An auditor's decision from review mode."""

    record: str
    revision: int
    verdict: Literal["passed", "failed"]
    note: str
    decided_at: str
    current: bool
    """The decision is about the revision now merged (not an older one)."""


@dataclass(frozen=True, kw_only=True)
class Thresholds:
    """What the audit tolerates; more than this and the command exits 1."""

    k: int = 3
    l_diversity: int = 2
    max_residual: int = 0
    max_below_k: int = 0
    max_below_l: int = 0
    max_failed_reviews: int = 0


@dataclass(frozen=True)
class Verdict:
    check: str
    found: int
    allowed: int

    @property
    def exceeded(self) -> bool:
        return self.found > self.allowed


@dataclass(frozen=True, kw_only=True)
class AuditReport:
    generated: str
    fieldkit_version: str
    project: str
    project_id: str
    questionnaire: str
    questionnaire_hash: str
    detectors: dict[str, str]
    sources: tuple[str, ...]
    thresholds: Thresholds
    bundles: tuple[BundleCheck, ...]
    merged: MergedCheck | None
    chains: tuple[DeviceChain, ...]
    records: int
    schema: tuple[SchemaProblem, ...]
    texts_scanned: int
    residual: tuple[ResidualHit, ...]
    risk: RiskReport
    reviews: tuple[ReviewDecision, ...]
    notes: tuple[str, ...] = field(default=())
    """What this audit could not verify, said plainly."""

    def verdicts(self) -> tuple[Verdict, ...]:
        """Each check's findings against what the thresholds allow."""
        t = self.thresholds
        steps = [s for b in self.bundles for s in b.failed]
        steps += [s for s in (self.merged.steps if self.merged else ()) if s.status == "failed"]
        chain = [p for c in self.chains for p in c.problems if p.counted]
        failed = [r for r in self.reviews if r.current and r.verdict == "failed"]
        return (
            Verdict("provenance", len(steps), 0),
            Verdict("export sequence", len(chain), 0),
            Verdict("schema", len(self.schema), 0),
            Verdict(
                "residual identifiers", sum(not h.released for h in self.residual), t.max_residual
            ),
            Verdict(f"records below k={t.k}", len(self.risk.below_k), t.max_below_k),
            Verdict(f"classes below l={t.l_diversity}", len(self.risk.l_violations), t.max_below_l),
            Verdict("failed reviews", len(failed), t.max_failed_reviews),
        )

    @property
    def exceeded(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts() if v.exceeded)


def report_json(report: AuditReport) -> str:
    """The report for tools: every field of the dataclasses, plus the verdicts."""
    data: dict[str, Any] = {"format": REPORT_FORMAT, **dataclasses.asdict(report)}
    data["verdicts"] = [
        {**dataclasses.asdict(v), "exceeded": v.exceeded} for v in report.verdicts()
    ]
    data["passed"] = not report.exceeded
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
