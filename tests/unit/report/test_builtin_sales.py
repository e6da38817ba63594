"""The built-in set's repeat "sales" through the whole coordinator path: bundle, merge,
the report's times_sold table (from instances) and export-data's long table."""

from __future__ import annotations

import csv
from pathlib import Path

from bundle_helpers import FakeRedactor, make_coordinator, make_device
from fieldkit.bundle import merge_bundle
from fieldkit.bundle.export import export_bundle
from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.report.dataexport import ExportOptions, export_data, repeat_path
from fieldkit.report.findings import merged_records, report_tables
from fieldkit.session import Workspace


def _woman(device: Workspace, sales: list[tuple[int, str]]) -> None:
    s = device.new_interview()
    s.answer("consent", "yes")
    s.answer("interview_province", "jilin")
    s.answer("birth_year", 1975)
    for year, province in sales:
        instance = s.add_instance("sales")
        s.answer_in_instance(instance.id, "sale_year", year)
        s.answer_in_instance(instance.id, "sale_province", province)


def test_builtin_sales_repeat_reaches_the_report_and_the_data(tmp_path: Path) -> None:
    qn = builtin_questionnaire()
    assert "sales" in {s.id for s in qn.repeats()}
    coordinator = make_coordinator(tmp_path / "c", qn)
    device = make_device(tmp_path / "d", coordinator, qn, "laptop")
    try:
        _woman(device, [(1998, "jilin"), (2001, "hebei")])
        _woman(device, [(1999, "jilin")])
        export_bundle(device, tmp_path / "1.age", redactor=FakeRedactor())
        merge_bundle(coordinator, (tmp_path / "1.age").read_bytes(), "1.age")
        records = merged_records(coordinator)
        tables = {t.table.id: t.table for t in report_tables(qn, records)}
        out = tmp_path / "data.csv"
        export_data(coordinator, out, ExportOptions(allow_below_k=True))
    finally:
        device.close()
        coordinator.close()
    first = next(r for r in records if len(r["repeats"]["sales"]) == 2)
    assert [i["answers"]["sale_province"] for i in first["repeats"]["sales"]] == [
        "jilin",
        "north",
    ]  # generalised as the built-in set declares
    times = tables["times_sold"]
    assert {r.key: r.count for r in times.rows}["twice"] == 1
    assert {r.key: r.count for r in times.rows}["once"] == 1
    with repeat_path(out, "sales").open(encoding="utf-8", newline="") as handle:
        sales = list(csv.DictReader(handle))
    assert sorted(s["sale_year"] for s in sales) == ["1995-1999", "1995-1999", "2000-2004"]
    assert {s["record_id"] for s in sales} == {r["id"] for r in records}
