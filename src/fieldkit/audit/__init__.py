"""The auditor's verification: provenance, schema, residual identifiers, re-identification risk.

Headless, like ``fieldkit.bundle`` (no Textual, no Rich, no click): the command
line (``fieldkit audit``) and the app's review screen both call this.  The audit
reads exported data only (bundles, and the coordinator's merged records): what
left the devices, already redacted and generalised.  What it can and cannot
verify is in ``docs/guide-auditor.md``.
"""

from fieldkit.audit.model import AuditReport, Thresholds, Verdict, report_json
from fieldkit.audit.render_html import render_html
from fieldkit.audit.render_text import render_text
from fieldkit.audit.review import (
    DEFAULT_SAMPLE,
    ReviewItem,
    ReviewText,
    current_decisions,
    decide,
    review_sample,
)
from fieldkit.audit.run import quasi_questions, run_audit
from fieldkit.audit.sources import (
    AuditInputs,
    coordinator_inputs,
    identity_inputs,
    read_identity,
)

__all__ = [
    "DEFAULT_SAMPLE",
    "AuditInputs",
    "AuditReport",
    "ReviewItem",
    "ReviewText",
    "Thresholds",
    "Verdict",
    "coordinator_inputs",
    "current_decisions",
    "decide",
    "identity_inputs",
    "quasi_questions",
    "read_identity",
    "render_html",
    "render_text",
    "report_json",
    "review_sample",
    "run_audit",
]
