"""The report's findings: its tables recomputed from the coordinator's merged records.

Each table counts the population the questionnaire's analysis section gives
it (``fieldkit.analysis.table_plan``: the women interviewed in Jilin and
Heilongjiang, the Shandong interviews, everyone), evaluated on the exported
answers.  ``--where QUESTION=VALUE`` narrows every table for an ad-hoc
question, ``--by QUESTION`` cross-tabulates each one (``crosstab``).

Merged records hold exported values: ``quasi`` answers are generalised.  Before
the tables are computed, each generalised value is replaced by one member of
its class (``anonymise.representative``), so a table whose rows follow the
generalisation's boundaries (years at residence in the report's bands,
children top-coded above any count in the data) counts exactly what it would
on raw answers.  A table over a question generalised by a *map* (province ->
region) cannot be recovered; it is shown regrouped by the exported groups and
says so.  Table logic lives in ``fieldkit.analysis``; nothing is recomputed here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fieldkit.analysis import Population, Row, Table, TableSpec, compute, table_plan
from fieldkit.bundle.anonymise import representative
from fieldkit.bundle.coordinator import coordinator_project
from fieldkit.questionnaire import Questionnaire
from fieldkit.questionnaire.model import MapChoices
from fieldkit.report.crosstab import By, ByColumn, Where, by_question, group, parse_where
from fieldkit.session import Workspace

__all__ = [
    "Report",
    "ReportTable",
    "analysis_answers",
    "analysis_instances",
    "build_report",
    "merged_records",
    "report_tables",
]


@dataclass(frozen=True, kw_only=True)
class ReportTable:
    table: Table
    note: str | None = None
    """Why the table differs from the published one (generalised before export)."""
    by: tuple[ByColumn, ...] = ()
    """The table again for each answer to the ``--by`` question."""


@dataclass(frozen=True, kw_only=True)
class Report:
    project: str
    records: int
    devices: int
    tables: list[ReportTable] = field(default_factory=list)
    where: tuple[Where, ...] = ()
    """The ``--where`` conditions every table was narrowed by."""
    by: By | None = None
    """The ``--by`` question every table is cross-tabulated by."""
    selected: int | None = None
    """Records left by ``where`` (None: no condition)."""


def merged_records(workspace: Workspace) -> list[dict[str, Any]]:
    """Every merged record as plain data, in a stable order."""
    return [json.loads(body) for body in workspace.store.merged.bodies()]


def analysis_answers(qn: Questionnaire, records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each record's answers with generalised values replaced by a member of their class."""
    by_id = {q.id: q for q in qn.questions()}
    return [
        {qid: representative(by_id[qid], v) for qid, v in r["answers"].items() if qid in by_id}
        for r in records
    ]


def analysis_instances(
    qn: Questionnaire, records: Iterable[dict[str, Any]]
) -> list[dict[str, list[dict[str, Any]]]]:
    """Each record's repeats as ``Flow`` reads them (repeat id -> each instance's answers),
    generalised values replaced by a member of their class."""
    by_id = {q.id: q for q in qn.questions()}
    return [
        {
            rid: [
                {q: representative(by_id[q], v) for q, v in i["answers"].items() if q in by_id}
                for i in instances
            ]
            for rid, instances in r.get("repeats", {}).items()
        }
        for r in records
    ]


def _mapped(qn: Questionnaire, spec: TableSpec) -> tuple[str, MapChoices] | None:
    for q in qn.questions():
        if q.id in spec.questions and isinstance(q.generalise, MapChoices):
            return q.id, q.generalise
    return None


def _regrouped(spec: TableSpec, qid: str, answers: list[dict[str, Any]], table: Table) -> Table:
    """The table by exported group: the finer rows were never exported."""
    answered = [a for a in answers if a.get(qid) is not None]
    groups = sorted({str(a[qid]) for a in answered})
    rows = tuple(
        Row(g, g.replace("_", " "), g, sum(1 for a in answered if a[qid] == g)) for g in groups
    )
    return Table(
        id=spec.id,
        title_en=spec.title_en + " (by region)",
        title_ko=spec.title_ko + " (지역별)",
        rows=rows,
        total=len(answered),
        denominator_en=spec.denominator_en,
        denominator_ko=spec.denominator_ko,
        unit=spec.unit,
        exclusive=True,
        unanswered=len(answers) - len(answered),
        source=spec.source,
        questions=spec.questions,
        scope=table.scope,
    )


def _rows_survive(table: Table, rule: MapChoices) -> bool:
    """True when the generalisation keeps every choice the table's rows name (e.g. the
    provinces the report tabulates are exported as themselves, only rare ones grouped)."""
    return all(rule.mapping.get(row.key, row.key) == row.key for row in table.rows)


def _one(
    qn: Questionnaire, spec: TableSpec, population: Population, records: list[dict[str, Any]]
) -> ReportTable:
    """``spec`` over the members of ``population`` among ``records``."""
    members = [r for r in records if population.includes(r["answers"])]
    answers = [
        {**a, **i}  # each repeat's instances under its id, as Flow reads them (times_sold)
        for a, i in zip(analysis_answers(qn, members), analysis_instances(qn, members), strict=True)
    ]
    table = compute(spec, answers, population.scope(len(members)))
    mapped = _mapped(qn, spec)
    if mapped is None or _rows_survive(table, mapped[1]):
        return ReportTable(table=table)
    note = (
        f"'{mapped[0]}' is generalised to a region before export, so this table is "
        "shown by region rather than as published"
    )
    return ReportTable(table=_regrouped(spec, mapped[0], answers, table), note=note)


def report_tables(
    qn: Questionnaire, records: list[dict[str, Any]], by: By | None = None
) -> list[ReportTable]:
    """Every table of the questionnaire's analysis section over ``records`` (merged)."""
    result = []
    for spec, population in table_plan(qn):
        item = _one(qn, spec, population, records)
        if by is not None:
            columns = tuple(
                ByColumn(
                    key=key, label_en=en, label_ko=ko, table=_one(qn, spec, population, part).table
                )
                for key, en, ko, part in group(by, records)
            )
            item = ReportTable(table=item.table, note=item.note, by=columns)
        result.append(item)
    return result


def build_report(
    workspace: Workspace, *, where: Sequence[str] = (), by: str | None = None
) -> Report:
    """``fieldkit report``: every table of the report over the merged records, narrowed by
    ``where`` (``QUESTION=VALUE``) and cross-tabulated by ``by`` when given."""
    project = coordinator_project(workspace)
    records = merged_records(workspace)
    qn = workspace.flow(project.questionnaire_hash).questionnaire
    conditions = parse_where(qn, where)
    selected = [r for r in records if all(c.matches(r["answers"]) for c in conditions)]
    by_column = by_question(qn, by) if by else None
    devices = len({d.fingerprint for d in workspace.store.devices.all() if d.bundles})
    return Report(
        project=project.name,
        records=len(records),
        devices=devices,
        tables=report_tables(qn, selected, by_column),
        where=tuple(conditions),
        by=by_column,
        selected=len(selected) if conditions else None,
    )
