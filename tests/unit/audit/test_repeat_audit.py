"""The audit and repeats: a woman is one row of the risk table however many instances she
has; instance texts are re-scanned and schema-checked like any exported answer."""

from __future__ import annotations

from pathlib import Path

from audit_helpers import audit_record
from bundle_helpers import FakeRedactor, make_coordinator, make_device
from fieldkit.audit import Thresholds, run_audit
from fieldkit.audit.residual import default_scanner, record_texts, scan
from fieldkit.audit.schema import SchemaChecker
from fieldkit.audit.sources import coordinator_inputs
from fieldkit.bundle import merge_bundle
from fieldkit.bundle.export import export_bundle
from fieldkit.questionnaire import Flow
from fieldkit.session import Workspace
from repeat_helpers import add_sale, tiny_sales


def _woman(device: Workspace, sale_years: list[int]) -> None:
    s = device.new_interview()
    s.answer("consent", "yes")
    s.answer("birth_year", 1977)
    s.answer("sold", "yes")
    for year in sale_years:
        add_sale(s, year, 3000)


def test_k_anonymity_counts_a_woman_once_however_many_instances(tmp_path: Path) -> None:
    qn = tiny_sales()
    coordinator = make_coordinator(tmp_path / "c", qn)
    device = make_device(tmp_path / "d", coordinator, qn, "laptop")
    try:
        _woman(device, [1996, 1997, 1998])  # sold three times, all in 1995-1999
        _woman(device, [1996])  # sold once, in the same band
        _woman(device, [2003])  # the only woman sold in 2000-2004
        export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
        merge_bundle(coordinator, (tmp_path / "1.age").read_bytes(), "1.age")
        report = run_audit(
            coordinator_inputs(coordinator), thresholds=Thresholds(k=2), scanner=default_scanner()
        )
    finally:
        device.close()
        coordinator.close()
    risk = report.risk
    assert risk.quasi == ("birth_year", "sale_year")  # the repeat's quasi question is a QI
    assert risk.records == 3  # three women, not five instances
    assert risk.classes == 2
    (alone,) = risk.below_k
    assert alone.k == 1 and alone.values == ("1975-1979", "{2000-2004}")


def test_instance_texts_are_rescanned() -> None:
    flow = Flow(tiny_sales())
    data = {
        "answers": {"consent": "yes", "narrative": "[PERSON-1] left."},
        "repeats": {
            "sales": [
                {"key": "1" * 32, "position": 1, "revision": 1, "answers": {"sale_price": 5}},
                {
                    "key": "2" * 32,
                    "position": 2,
                    "revision": 1,
                    "answers": {"sale_story": "She met Pak Ok-sun at the market."},
                },
            ]
        },
    }
    record = audit_record(data)
    assert [name for name, _ in record_texts(record, flow)] == [
        "narrative",
        "sales[2]/sale_story",
    ]
    hits, scanned = scan([record], flow, default_scanner())
    assert scanned == 2
    assert [(h.question, h.text) for h in hits] == [("sales[2]/sale_story", "Pak Ok-sun")]


def test_schema_check_covers_instance_answers() -> None:
    flow = Flow(tiny_sales())
    data = {
        "answers": {"consent": "yes"},
        "id": "a" * 32,
        "redaction": {"counts": {}, "detectors": {}, "released": [], "uncertain": 0},
        "repeats": {
            "sales": [
                {
                    "key": "1" * 32,
                    "position": 1,
                    "revision": 1,
                    "answers": {"buyer_name": "Wang", "sale_year": 1998, "consent": "yes"},
                }
            ]
        },
        "revision": 1,
        "started": "2026-01",
        "status": "complete",
        "updated": "2026-01",
    }
    problems = SchemaChecker(flow).check(audit_record(data))
    assert {(p.question, p.kind) for p in problems} == {
        ("sales[1]/buyer_name", "direct"),
        ("sales[1]/sale_year", "not generalised"),
        ("sales[1]/consent", "unknown question"),
    }
    assert all("Wang" not in p.message for p in problems)
