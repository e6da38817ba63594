"""The report's tables, recomputed from a fixture of 77 interviews.

``tests/data/report_interviews.json`` (written by ``make_report_fixture.py``)
holds invented interviews whose answers reproduce the figures published in the
Findings chapter of "Lives for Sale" (HRNK, 2009): 71 in Jilin and
Heilongjiang, six in-depth interviews in Shandong.  These tests check that the
fixture would import (every answer passes ``Flow.check_answer`` in order, as
the importer does) and that every table, computed from effective answers over
the population the questionnaire gives it, reproduces the published figures
exactly.  No store, no CLI: the import through the encrypted workspace is
tested elsewhere.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from fieldkit.analysis import Table, compute, effective_answers, table_plan
from fieldkit.questionnaire import Flow, builtin_questionnaire

from helpers import DATA
from published import (
    FIXTURE_DESIGN,
    HALF,
    NOT_PUBLISHED,
    PERCENTAGES,
    POPULATIONS,
    PUBLISHED,
)

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


@cache
def _tables() -> dict[str, Table]:
    """Every table of the questionnaire's analysis section, over its population."""
    tables = {}
    for spec, population in table_plan(builtin_questionnaire()):
        members = [a for a in _effective() if population.includes(a)]
        tables[spec.id] = compute(spec, members, population.scope(len(members)))
    return tables


# --- the fixture imports ---------------------------------------------------------


def test_fixture_is_an_import_file_of_77_complete_interviews() -> None:
    data = _fixture()
    assert data["format"] == "fieldkit-interviews/1"
    assert data["questionnaire"] == "lives_for_sale"
    refs = [interview["ref"] for interview in data["interviews"]]
    assert len(refs) == len(set(refs)) == 77
    assert {interview["status"] for interview in data["interviews"]} == {"complete"}
    provinces = [i["answers"]["interview_province"] for i in data["interviews"]]
    assert (provinces.count("jilin"), provinces.count("heilongjiang")) == (39, 32)
    assert provinces.count("shandong") == 6


def test_the_shandong_women_answer_every_exported_question() -> None:
    """Between them, so that an export of the fixture has a value in every column."""
    qn = builtin_questionnaire()
    flow = Flow(qn)
    shandong = [a for a in _effective() if a["interview_province"] == "shandong"]
    sealed = {q.id for s in qn.sections if s.sealed for q in s.questions}
    exported = [
        q.id
        for q in flow.order
        if q.sensitivity != "direct" and q.id not in sealed and q.type != "note"
    ]
    unanswered = [qid for qid in exported if all(a.get(qid) is None for a in shandong)]
    assert unanswered == []


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


def _check(table: Table, expected: tuple[int | None, dict[str, int]]) -> None:
    total, rows = expected
    if total is not None:
        assert table.total == total
    assert table.unanswered == 0
    assert {key: table.count(key) for key in rows} == rows


@pytest.mark.parametrize(("table_id", "expected"), sorted(PUBLISHED.items()))
def test_table_reproduces_the_report(
    table_id: str, expected: tuple[int | None, dict[str, int]]
) -> None:
    _check(_tables()[table_id], expected)


@pytest.mark.parametrize(("table_id", "expected"), sorted(FIXTURE_DESIGN.items()))
def test_table_holds_what_the_fixture_was_built_to_hold(
    table_id: str, expected: tuple[int | None, dict[str, int]]
) -> None:
    _check(_tables()[table_id], expected)


def test_each_population_has_the_report_size() -> None:
    sizes = {t.scope.id: t.scope.size for t in _tables().values() if t.scope}
    assert sizes == POPULATIONS


@pytest.mark.parametrize(("table_id", "shares"), sorted(PERCENTAGES.items()))
def test_published_percentages(table_id: str, shares: dict[str, int]) -> None:
    """The report gives some findings as percentages; they round the same way."""
    table = _tables()[table_id]
    assert {key: round(100 * (table.share(key) or 0)) for key in shares} == shares


def test_half_were_in_their_twenties_when_they_left() -> None:
    table_id, row = HALF
    assert abs((_tables()[table_id].share(row) or 0) - 0.5) < 0.02


@pytest.mark.parametrize(("table_id", "expected"), sorted(NOT_PUBLISHED.items()))
def test_new_table_over_the_fixture(
    table_id: str, expected: tuple[int, int, dict[str, int]]
) -> None:
    total, unanswered, rows = expected
    table = _tables()[table_id]
    assert (table.total, table.unanswered) == (total, unanswered)
    assert {row.key: row.count for row in table.rows} == rows


def test_every_table_of_the_analysis_section_is_checked_here() -> None:
    assert set(_tables()) == set(PUBLISHED) | set(FIXTURE_DESIGN) | set(NOT_PUBLISHED)


@pytest.mark.parametrize(
    "table", [t for t in _tables().values() if t.exclusive], ids=lambda t: str(t.id)
)
def test_exclusive_rows_add_up_to_the_total(table: Table) -> None:
    assert sum(row.count for row in table.rows) == table.total


def test_tables_are_plain_json_data() -> None:
    for table in _tables().values():
        data = json.loads(json.dumps(table.to_dict(), ensure_ascii=False))
        assert data["id"] == table.id
        assert [row["count"] for row in data["rows"]] == [row.count for row in table.rows]
        assert data["title"]["ko"] and data["denominator"]["ko"]
        assert data["population"]["label"]["ko"] and data["population"]["size"]
