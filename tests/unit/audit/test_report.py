"""The report: verdicts against thresholds, and its three renderings."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from audit_helpers import World
from fieldkit.audit import (
    AuditInputs,
    AuditReport,
    Thresholds,
    render_html,
    render_text,
    report_json,
    run_audit,
)
from fieldkit.errors import AuditError

EVERYTHING = ("a1.age", "a2.age", "a3.age", "forged.age")


@pytest.fixture(scope="module")
def report(world: World, inputs: AuditInputs) -> AuditReport:
    return run_audit(
        inputs,
        [world.bundle(n) for n in EVERYTHING],
        now=datetime(2026, 3, 14, tzinfo=UTC),
    )


def test_verdicts_name_what_exceeds(report: AuditReport) -> None:
    exceeded = {v.check: v.found for v in report.exceeded}
    assert exceeded == {"schema": 1, "residual identifiers": 3, "records below k=3": 1}
    assert report.generated == "2026-03-14"
    assert report.sources == (*EVERYTHING, "merged records")


def test_thresholds_given_on_the_command_line_decide(world: World, inputs: AuditInputs) -> None:
    lenient = Thresholds(max_residual=3)
    report = run_audit(inputs, [world.bundle("a1.age"), world.bundle("a2.age")], thresholds=lenient)
    assert report.exceeded == ()
    strict = run_audit(inputs, [world.bundle("a1.age")], thresholds=Thresholds(k=4))
    assert [v.check for v in strict.exceeded] == ["records below k=4"]


def test_text_report(report: AuditReport) -> None:
    text = render_text(report)
    assert "RESULT: FAILED: 3 check(s) exceed their thresholds" in text
    assert "»138-0432-9917«" in text and "[PERSON-1]" in text
    assert "name: direct: a direct identifier is present" in text
    assert "lifted by: crossed → 5-year band" in text
    assert "Not verified by this audit:" in text


def test_html_report_is_self_contained(report: AuditReport) -> None:
    page = render_html(report)
    assert page.startswith("<!DOCTYPE html>")
    assert "default-src 'none'" in page
    for forbidden in ("<script", "http://", "https://", "<link", "<img", "@import", "url("):
        assert forbidden not in page.lower()
    assert "<mark>138-0432-9917</mark>" in page
    assert '<span class="ph">[PERSON-1]</span>' in page


def test_json_report_is_complete(report: AuditReport) -> None:
    data = json.loads(report_json(report))
    assert data["format"] == "fieldkit-audit/1" and data["passed"] is False
    assert {v["check"] for v in data["verdicts"] if v["exceeded"]} == {
        "schema",
        "residual identifiers",
        "records below k=3",
    }
    assert data["schema"][0]["question"] == "name"
    assert data["risk"]["below_k"][0]["lifts"][0]["steps"] == [["crossed", "5-year band"]]
    assert len(data["bundles"]) == 4


def test_hostile_text_cannot_reach_the_terminal_or_the_page(
    report: AuditReport,
) -> None:
    from dataclasses import replace

    hit = replace(report.residual[0], before="\x1b[2J<script>alert(1)</script>")
    hostile = replace(report, residual=(hit,))
    assert "\x1b" not in render_text(hostile)
    assert "<script>" not in render_html(hostile)


def test_nothing_to_audit_and_unknown_quasi_identifiers(world: World, inputs: AuditInputs) -> None:
    from dataclasses import replace

    with pytest.raises(AuditError):
        run_audit(replace(inputs, workspace=None), [])
    with pytest.raises(AuditError, match="shoe_size"):
        run_audit(inputs, [world.bundle("a1.age")], quasi=["shoe_size"])
