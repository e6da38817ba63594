"""The report's tables, recomputed from a fixture of 71 interviews.

``tests/data/report_interviews.json`` (written by ``make_report_fixture.py``)
holds invented interviews whose answers reproduce the counts published in the
Findings chapter of "Lives for Sale" (HRNK, 2009).  These tests check that the
fixture would import (every answer passes ``Flow.check_answer`` in order, as
the importer does) and that every table, computed from effective answers,
gives the published numbers exactly.  No store, no CLI: the import through the
encrypted workspace is tested elsewhere.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from fieldkit.analysis import (
    REPORT_TABLES,
    TableSpec,
    compute,
    effective_answers,
    report_table,
    report_tables,
)
from fieldkit.questionnaire import Flow, builtin_questionnaire

from helpers import DATA
from published import FIXTURE_DESIGN, PUBLISHED

FIXTURE = DATA / "report_interviews.json"


@cache
def _fixture() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


@cache
def _effective() -> tuple[dict[str, Any], ...]:
    answers = [interview["answers"] for interview in _fixture()["interviews"]]
    return tuple(effective_answers(builtin_questionnaire(), answers))


def _interviews() -> list[dict[str, Any]]:
    interviews: list[dict[str, Any]] = _fixture()["interviews"]
    return interviews


# --- the fixture imports ---------------------------------------------------------


def test_fixture_is_an_import_file_of_71_complete_interviews() -> None:
    data = _fixture()
    assert data["format"] == "fieldkit-interviews/1"
    assert data["questionnaire"] == "lives_for_sale"
    refs = [interview["ref"] for interview in data["interviews"]]
    assert len(refs) == len(set(refs)) == 71
    assert {interview["status"] for interview in data["interviews"]} == {"complete"}


@pytest.mark.parametrize("interview", _interviews(), ids=lambda i: str(i["ref"]))
def test_every_answer_passes_check_answer_in_questionnaire_order(
    interview: dict[str, Any],
) -> None:
    flow = Flow(builtin_questionnaire())
    order = [q.id for q in flow.order]
    answers = interview["answers"]
    assert list(answers) == [qid for qid in order if qid in answers], "answers out of order"
    accepted: dict[str, Any] = {}
    for qid, value in answers.items():
        assert flow.check_answer(qid, value, accepted) == value, f"{qid}: not canonical"
        accepted[qid] = value
        assert flow.is_relevant(qid, accepted), f"{qid}: answered but would not be asked"
    assert flow.progress(accepted).missing_required == ()
    assert flow.effective(accepted)[0] == accepted


# --- the published tables ------------------------------------------------------------


@pytest.mark.parametrize(("table_id", "expected"), sorted({**PUBLISHED, **FIXTURE_DESIGN}.items()))
def test_table_reproduces_the_report(table_id: str, expected: tuple[int, dict[str, int]]) -> None:
    total, rows = expected
    table = report_table(table_id, _effective())
    assert table.total == total
    assert table.unanswered == 0
    assert {key: table.count(key) for key in rows} == rows


def test_published_percentages() -> None:
    """The report gives some findings as percentages; they round the same way."""
    tables = {t.id: t for t in report_tables(_effective())}
    assert round(100 * (tables["women_hukou"].share("none") or 0)) == 93
    assert round(100 * (tables["women_hukou"].share("bought_or_fake") or 0)) == 7
    assert round(100 * (tables["payment_to_intermediary"].share("paid") or 0)) == 34
    assert round(100 * (tables["payment_to_intermediary"].share("not_aware") or 0)) == 16
    assert round(100 * (tables["crossed_with_traffickers"].share("yes") or 0)) == 18


def test_half_the_married_women_were_introduced_rather_than_sold() -> None:
    married = [a for a in _effective() if a["marriage_status"] == "living_with_husband"]
    introduced = [a for a in married if a["sold_or_introduced"] == "introduced"]
    assert (len(married), len(introduced)) == (58, 29)


def test_every_report_table_is_checked_here() -> None:
    assert {spec.id for spec in REPORT_TABLES} == set(PUBLISHED) | set(FIXTURE_DESIGN)


@pytest.mark.parametrize("spec", [s for s in REPORT_TABLES if s.exclusive], ids=lambda s: s.id)
def test_exclusive_rows_add_up_to_the_total(spec: TableSpec) -> None:
    table = compute(spec, _effective())
    assert sum(row.count for row in table.rows) == table.total


def test_tables_are_plain_json_data() -> None:
    for table in report_tables(_effective()):
        data = json.loads(json.dumps(table.to_dict(), ensure_ascii=False))
        assert data["id"] == table.id
        assert [row["count"] for row in data["rows"]] == [row.count for row in table.rows]
        assert data["title"]["ko"] and data["denominator"]["ko"]
