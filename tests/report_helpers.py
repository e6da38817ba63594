"""The report fixture's interviews as the coordinator's merged records would hold them.

Exported as a device exports (``fieldkit.bundle.anonymise.export_value``: direct and
sealed answers never leave, quasi answers are generalised), without redaction (the
fixture's narratives name invented people; the end-to-end test runs the real export),
so that the report wing's unit tests need no workspace.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from typing import Any

from fieldkit.bundle.anonymise import NEVER, export_value
from fieldkit.questionnaire import Flow, Questionnaire, builtin_questionnaire

from helpers import DATA


@cache
def fixture_interviews() -> tuple[dict[str, Any], ...]:
    data = json.loads((DATA / "report_interviews.json").read_text(encoding="utf-8"))
    return tuple(data["interviews"])


def exported_record(qn: Questionnaire, interview: dict[str, Any]) -> dict[str, Any]:
    flow = Flow(qn)
    answers = {}
    for qid, value in flow.effective(interview["answers"])[0].items():
        sealed = flow.section_of[qid].sealed
        exported = export_value(flow.by_id[qid], value, sealed=sealed)
        if exported is not NEVER:
            answers[qid] = exported
    month = interview["answers"].get("interview_month", "2006-01")
    return {
        "id": hashlib.sha256(interview["ref"].encode()).hexdigest()[:32],
        "status": interview["status"],
        "started": month,
        "updated": month,
        "answers": answers,
    }


def merged_fixture(qn: Questionnaire | None = None) -> list[dict[str, Any]]:
    """Every fixture interview as a merged record, in fixture order."""
    qn = qn or builtin_questionnaire()
    return [exported_record(qn, interview) for interview in fixture_interviews()]
