"""Privacy at the analyst's door: the audit's k-anonymity check on what export-data writes.

The records an analyst receives are the ones most likely to travel (e-mail,
shared drives, a consultant's laptop).  Before writing them, export-data runs
the auditor's own check (``fieldkit.audit.risk.assess`` over the questions the
audit treats as quasi-identifiers) with the project's k, declared in the
questionnaire's analysis section.  A record whose quasi-identifiers are shared
by fewer than k - 1 others is left out unless the coordinator says otherwise,
and the check's findings (record, class size, the smallest generalisations
that would lift it) are listed either way.  A woman is one row however many
repeat instances she has (``audit.records.risk_row``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.audit.lattice import column_for
from fieldkit.audit.model import BelowK
from fieldkit.audit.records import risk_row
from fieldkit.audit.render_text import lift_text, safe
from fieldkit.audit.risk import assess
from fieldkit.audit.run import quasi_questions
from fieldkit.questionnaire import Flow, Questionnaire

__all__ = ["DEFAULT_K", "KCheck", "check_k", "project_k"]

DEFAULT_K = 3
"""The audit's default, for a questionnaire whose analysis section names no k."""


@dataclass(frozen=True, kw_only=True)
class KCheck:
    """What the k-anonymity check found in the records about to be written."""

    k: int
    quasi: tuple[str, ...]
    records: int
    below: tuple[BelowK, ...]

    @property
    def below_ids(self) -> frozenset[str]:
        return frozenset(b.record for b in self.below)

    def lines(self) -> list[str]:
        """One line per record below k, with the generalisation that would lift it."""
        lines = []
        for b in self.below:
            values = ", ".join(safe(v) for v in b.values)
            lift = (
                f"; lifted by {lift_text(b.lifts[0])}"
                if b.lifts
                else "; no generalisation lifts it"
            )
            lines.append(f"record {b.record[:8]}: class of {b.k} ({values}){lift}")
        return lines


def project_k(qn: Questionnaire) -> int:
    return qn.analysis.k_anonymity if qn.analysis else DEFAULT_K


def check_k(qn: Questionnaire, records: Sequence[dict[str, Any]]) -> KCheck:
    """k-anonymity of ``records`` (merged, exported) over the audit's quasi-identifiers."""
    flow = Flow(qn)
    quasi = quasi_questions(flow)
    in_repeats = {q.id for q in quasi if flow.repeat_of(q.id) is not None}
    k = project_k(qn)
    risk = assess(
        [risk_row(r, in_repeats) for r in records],
        [r["id"] for r in records],
        [column_for(q, per_instance=q.id in in_repeats) for q in quasi],
        [],
        k=k,
        l_min=1,
    )
    return KCheck(k=k, quasi=risk.quasi, records=len(records), below=risk.below_k)
