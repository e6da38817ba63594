"""The schema check: direct and sealed fields, generalisation as declared, by field never value."""

from __future__ import annotations

from typing import Any

import pytest

from audit_helpers import SLIPPED_NAME, World, audit_questionnaire, audit_record
from fieldkit.audit import AuditInputs, render_html, render_text, report_json, run_audit
from fieldkit.audit.records import AuditRecord
from fieldkit.audit.schema import SchemaChecker
from fieldkit.questionnaire import Flow


def record(answers: dict[str, Any], **overrides: Any) -> AuditRecord:
    data = {
        "answers": answers,
        "id": "a" * 32,
        "redaction": {"counts": {}, "detectors": {}, "released": [], "uncertain": 0},
        "revision": 1,
        "started": "2026-01",
        "status": "complete",
        "updated": "2026-01",
        **overrides,
    }
    return audit_record(data)


@pytest.fixture(scope="module")
def checker() -> SchemaChecker:
    return SchemaChecker(Flow(audit_questionnaire()))


def test_a_clean_record_passes(checker: SchemaChecker) -> None:
    answers = {
        "consent": "yes",
        "birth_year": "1975-1979",
        "origin": "northeast",
        "crossed": 1998,
        "children": ">=3",
        "resold": "no",
        "narrative": "[PERSON-1] left.",
    }
    assert checker.check(record(answers)) == []


@pytest.mark.parametrize(
    ("qid", "value", "kind", "says"),
    [
        ("name", "Kim Young-hee", "direct", "direct identifier"),
        ("birth_year", 1977, "not generalised", "a 5-year band"),
        ("birth_year", "1976-1980", "not generalised", "not a year band"),
        ("origin", "north_hamgyong", "not generalised", "one of its groups"),
        ("crossed", "1998-03", "not generalised", "a year only"),
        ("children", 4, "not generalised", "should have been top-coded"),
        ("resold", "perhaps", "invalid value", ""),
        ("shoe_size", 38, "unknown question", "not in the questionnaire"),
    ],
)
def test_each_problem_is_named_without_its_value(
    checker: SchemaChecker, qid: str, value: Any, kind: str, says: str
) -> None:
    (problem,) = checker.check(record({"consent": "yes", qid: value}))
    assert (problem.question, problem.kind) == (qid, kind)
    assert says in problem.message
    assert str(value) not in problem.message


def test_a_declined_interview_is_a_schema_problem(checker: SchemaChecker) -> None:
    """Merge refuses a bundle holding one (FK771); the audit agrees, so such a bundle fails
    it and its records are left out of the risk figures."""
    (problem,) = checker.check(record({"consent": "no"}))
    assert (problem.question, problem.kind) == ("consent", "declined consent")
    assert "declined consent" in problem.message
    assert checker.check(record({"consent": "yes"})) == []


def test_a_record_off_the_format_is_malformed(checker: SchemaChecker) -> None:
    (problem,) = checker.check(record({"consent": "yes"}, status="sold"))
    assert problem.kind == "malformed" and "status" in problem.message
    bad = audit_record(None, record_id="b" * 32, canonical=False)
    assert checker.check(bad)[0].message == "the record is not JSON"


def test_planted_direct_field_is_found_and_never_printed(world: World, inputs: AuditInputs) -> None:
    report = run_audit(inputs, [world.bundle("forged.age")])
    (problem,) = report.schema
    assert (problem.question, problem.kind, problem.source) == ("name", "direct", "forged.age")
    assert all(s.status == "ok" for s in report.bundles[0].steps)  # signed by an enrolled key
    assert report.risk.records == 0  # a merge would refuse it: not counted for risk
    for text in (render_text(report), render_html(report), report_json(report)):
        assert SLIPPED_NAME not in text and "Choe" not in text
        assert "name" in text
