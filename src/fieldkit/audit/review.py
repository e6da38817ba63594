"""Review mode: an auditor reads a sample of redacted narratives and passes or fails each.

A machine can re-scan text; only a person can tell that "the teacher from the
mill" points at one woman.  The sample is every merged record whose text the
strict re-scan flags, then others in an order fixed by a random salt kept in the
coordinator workspace (so the sample is the same each time the auditor comes
back, and no interviewer can predict which of her records will be read).  Each
decision is stored, append-only, with the record's revision and digest, logged
in the coordinator's event log (verdict only, not the note), and carried into
the audit report; a decision about an older revision is shown as such.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from fieldkit.audit.model import ReviewDecision
from fieldkit.audit.records import AuditRecord, parse_record
from fieldkit.audit.residual import (
    Scanner,
    TextMark,
    default_scanner,
    marks,
    question_of,
    record_texts,
)
from fieldkit.audit.sources import coordinator_inputs
from fieldkit.errors import AuditError
from fieldkit.session import Workspace
from fieldkit.session.navigation import localized
from fieldkit.store import MergedRecordRow, ReviewRow

__all__ = [
    "DEFAULT_SAMPLE",
    "ReviewItem",
    "ReviewText",
    "current_decisions",
    "decide",
    "review_sample",
]

DEFAULT_SAMPLE = 20
MAX_NOTE = 2000
Verdict = Literal["passed", "failed"]


@dataclass(frozen=True)
class ReviewText:
    question: str
    label: str
    text: str
    marks: tuple[TextMark, ...]

    @property
    def hits(self) -> int:
        return sum(1 for m in self.marks if m.kind == "hit")


@dataclass(frozen=True, kw_only=True)
class ReviewItem:
    record: str
    revision: int
    record_hash: str
    device: str
    texts: tuple[ReviewText, ...]
    decision: ReviewDecision | None

    @property
    def hits(self) -> int:
        return sum(t.hits for t in self.texts)


def _merged(workspace: Workspace) -> list[tuple[MergedRecordRow, AuditRecord]]:
    rows = workspace.store.merged.records()
    out = []
    for row in rows:
        data, canonical = parse_record(row.body.encode("utf-8"))
        record = AuditRecord(
            id=row.record_id,
            revision=row.revision,
            sha256=row.record_hash,
            source="merged",
            device=row.device,
            data=data,
            canonical=canonical,
            trusted=True,
        )
        out.append((row, record))
    return out


def _decision(row: ReviewRow, *, current: bool) -> ReviewDecision:
    """A stored decision as the report and the review screen show it; ``current``: it is
    about the revision merged now."""
    return ReviewDecision(
        record=row.record_id,
        revision=row.revision,
        verdict="failed" if row.verdict == "failed" else "passed",
        note=row.note,
        decided_at=row.decided_at,
        current=current,
    )


def current_decisions(
    workspace: Workspace, current: dict[str, str] | None = None
) -> dict[str, ReviewDecision]:
    """The last decision on each record; ``current`` maps record id -> merged digest."""
    if current is None:
        current = {row.record_id: row.record_hash for row, _ in _merged(workspace)}
    latest: dict[str, ReviewDecision] = {}
    for row in workspace.store.reviews.all():
        latest[row.record_id] = _decision(
            row, current=current.get(row.record_id) == row.record_hash
        )
    return latest


def review_sample(
    workspace: Workspace,
    *,
    size: int = DEFAULT_SAMPLE,
    scanner: Scanner | None = None,
    lang: str = "en",
) -> list[ReviewItem]:
    """Flagged records first, then a stable random sample of the rest, up to ``size``."""
    inputs = coordinator_inputs(workspace)
    scanner = scanner or default_scanner()
    labels = {fp: d.label for fp, d in inputs.devices.items()}
    merged = _merged(workspace)
    decisions = current_decisions(workspace, {r.record_id: r.record_hash for r, _ in merged})
    salt = workspace.store.reviews.sample_salt()
    items = []
    for row, record in merged:
        texts = tuple(
            ReviewText(
                qid,
                localized(inputs.flow.by_id[question_of(qid)].label, lang),
                text,
                tuple(marks(text, scanner.scan(text, strict=True))),
            )
            for qid, text in record_texts(record, inputs.flow)
        )
        if texts:
            device = labels.get(row.device) or inputs.code(row.device)
            decision = decisions.get(row.record_id)
            items.append(
                ReviewItem(
                    record=row.record_id,
                    revision=row.revision,
                    record_hash=row.record_hash,
                    device=device,
                    texts=texts,
                    decision=decision,
                )
            )
    return _sample(items, salt, size)


def _sample(items: Sequence[ReviewItem], salt: str, size: int) -> list[ReviewItem]:
    flagged = [i for i in items if i.hits]
    rest = sorted(
        (i for i in items if not i.hits),
        key=lambda i: hashlib.sha256((salt + i.record).encode()).hexdigest(),
    )
    return flagged + rest[: max(0, size - len(flagged))]


def decide(workspace: Workspace, record_id: str, verdict: str, note: str = "") -> ReviewDecision:
    """Store a pass/fail decision on a merged record (its current revision)."""
    if verdict not in ("passed", "failed"):
        raise AuditError(f"a review verdict is 'passed' or 'failed', not '{verdict[:20]}'")
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise AuditError(f"the note is longer than {MAX_NOTE} characters; shorten it")
    row = next((r for r, _ in _merged(workspace) if r.record_id == record_id), None)
    if row is None:
        raise AuditError("no merged record with this id", where=f"record {record_id[:8]}")
    decided = workspace.store.reviews.add(
        record_id, revision=row.revision, record_hash=row.record_hash, verdict=verdict, note=note
    )
    return _decision(decided, current=True)
