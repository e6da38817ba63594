"""The new table "number of times sold per woman": from the repeat's instances where a
record has them, else times_resold + 1 (the rule docs/analysis.md states)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bundle_helpers import FakeRedactor, make_coordinator, make_device
from fieldkit.analysis import CATALOGUE, REPORT_TABLES, compute
from fieldkit.analysis.sales import TIMES_SOLD, TimesSold
from fieldkit.bundle import merge_bundle
from fieldkit.bundle.export import export_bundle
from fieldkit.report.findings import merged_records, report_tables
from repeat_helpers import add_sale, tiny_sales


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"sales": [{}, {}, {}]}, 3),  # instances: one per sale
        ({"sales": [{}], "times_resold": 4}, 1),  # instances win over the older question
        ({"sales": [], "times_resold": 2}, 3),  # no instance: re-sales plus the first time
        ({"times_resold": 0}, 1),
        ({}, None),  # neither: not counted
        ({"times_resold": True}, None),
    ],
)
def test_the_rule(answers: dict[str, object], expected: int | None) -> None:
    assert TimesSold()(answers) == expected


def test_table_over_instances_and_fallback() -> None:
    women = [
        {"sales": [{}, {}]},
        {"times_resold": 0},
        {"times_resold": 1},
        {"sales": [{}] * 5},
        {"marriage_status": "never"},
    ]
    table = compute(TIMES_SOLD, women)
    assert {r.key: r.count for r in table.rows} == {
        "once": 1,
        "twice": 2,
        "three_times": 0,
        "four_or_more": 1,
    }
    assert (table.total, table.unanswered) == (4, 1)


def test_it_is_not_a_published_table() -> None:
    assert TIMES_SOLD not in REPORT_TABLES and CATALOGUE["times_sold"] is TIMES_SOLD


def test_report_counts_merged_instances(tmp_path: Path) -> None:
    qn = tiny_sales()
    coordinator = make_coordinator(tmp_path / "c", qn)
    device = make_device(tmp_path / "d", coordinator, qn, "laptop")
    try:
        for sales in (3, 1, 1, 0):
            s = device.new_interview()
            s.answer("consent", "yes")
            s.answer("sold", "yes")
            for n in range(sales):
                add_sale(s, 1996 + n, 100)
        export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
        merge_bundle(coordinator, (tmp_path / "1.age").read_bytes(), "1.age")
        tables = {t.table.id: t.table for t in report_tables(qn, merged_records(coordinator))}
    finally:
        device.close()
        coordinator.close()
    times = tables["times_sold"]
    assert {r.key: r.count for r in times.rows} == {
        "once": 2,
        "twice": 0,
        "three_times": 1,
        "four_or_more": 0,
    }
    assert (times.total, times.unanswered) == (3, 1)
