"""The coordinator's analysis: the report's tables and accounts from merged records.

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

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from fieldkit.analysis import REPORT_TABLES, Row, Table, TableSpec, compute
from fieldkit.bundle.anonymise import representative
from fieldkit.bundle.coordinator import coordinator_project
from fieldkit.questionnaire import Questionnaire
from fieldkit.questionnaire.model import MapChoices
from fieldkit.session import Workspace

__all__ = [
    "Account",
    "Report",
    "analysis_answers",
    "build_accounts",
    "build_report",
    "merged_records",
]


@dataclass(frozen=True)
class ReportTable:
    table: Table
    note: str | None = None
    """Why the table differs from the published one (generalised before export)."""


@dataclass(frozen=True)
class Report:
    project: str
    records: int
    devices: int
    tables: list[ReportTable] = field(default_factory=list)


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


def _mapped(qn: Questionnaire, spec: TableSpec) -> tuple[str, MapChoices] | None:
    for q in qn.questions():
        if q.id in spec.questions and isinstance(q.generalise, MapChoices):
            return q.id, q.generalise
    return None


def _regrouped(spec: TableSpec, qid: str, rule: MapChoices, answers: list[dict[str, Any]]) -> Table:
    """The table by exported group: the finer rows were never exported."""
    answered = [a for a in answers if a.get(qid) is not None]
    groups = sorted({str(a[qid]) for a in answered})
    rows = tuple(
        Row(g, g.replace("_", " "), g, sum(1 for a in answered if a[qid] == g)) for g in groups
    )
    return Table(
        id=spec.id,
        title_en=spec.title_en + " (by region)",
        title_ko=spec.title_ko,
        rows=rows,
        total=len(answered),
        denominator_en=spec.denominator_en,
        denominator_ko=spec.denominator_ko,
        unit=spec.unit,
        exclusive=True,
        unanswered=len(answers) - len(answered),
        source=spec.source,
        questions=spec.questions,
    )


def _rows_survive(table: Table, rule: MapChoices) -> bool:
    """True when the generalisation keeps every choice the table's rows name (e.g. the
    provinces the report tabulates are exported as themselves, only rare ones grouped)."""
    return all(rule.mapping.get(row.key, row.key) == row.key for row in table.rows)


def report_tables(qn: Questionnaire, records: list[dict[str, Any]]) -> list[ReportTable]:
    answers = analysis_answers(qn, records)
    result = []
    for spec in REPORT_TABLES:
        mapped = _mapped(qn, spec)
        table = compute(spec, answers)
        if mapped is None or _rows_survive(table, mapped[1]):
            result.append(ReportTable(table))
            continue
        note = (
            f"'{mapped[0]}' is generalised to a region before export, so this table is "
            "shown by region rather than as published"
        )
        result.append(ReportTable(_regrouped(spec, *mapped, answers), note))
    return result


def build_report(workspace: Workspace) -> Report:
    project = coordinator_project(workspace)
    records = merged_records(workspace)
    qn = workspace.flow(project.questionnaire_hash).questionnaire
    devices = len({d.fingerprint for d in workspace.store.devices.all() if d.bundles})
    return Report(project.name, len(records), devices, report_tables(qn, records))


# --- personal accounts -----------------------------------------------------------

THEMES: tuple[tuple[str, str], ...] = (
    ("resold", "Sold and sold again"),
    ("repatriated", "Arrested and sent back"),
    ("sold", "Sold to a husband"),
    ("introduced", "Introduced into marriage"),
    ("other", "Other lives"),
)
INITIALS = "BCHJKLMNPRSY"
PROVINCES = frozenset({"jilin", "heilongjiang", "liaoning", "shandong"})
"""Exported as themselves (the report names them); anything else arrives as a region."""


@dataclass(frozen=True)
class Account:
    case: int
    heading: str
    theme: str
    text: str


def _theme(a: dict[str, Any]) -> str:
    resold = a.get("times_resold")
    if (isinstance(resold, int) and resold > 0) or resold == ">=3":
        return "resold"
    if a.get("arrest_history") == "repatriated":
        return "repatriated"
    if a.get("sold_or_introduced") in ("sold", "introduced"):
        return str(a["sold_or_introduced"])
    return "other"


def _heading(case: int, record: dict[str, Any]) -> str:
    """ "Case 12 — Ms. L., Jilin Province, born 1975-1979": the initial is a
    pseudonym drawn from the random record id, never from the name."""
    a = record["answers"]
    initial = INITIALS[hashlib.sha256(record["id"].encode()).digest()[0] % len(INITIALS)]
    parts = [f"Case {case} \u2014 Ms. {initial}."]
    place = a.get("current_province")
    if place:
        name = str(place).replace("_", " ").title()
        parts.append(f"{name} Province" if place in PROVINCES else f"{name} China")
    if a.get("birth_year"):
        parts.append(f"born {a['birth_year']}")
    return ", ".join(parts)


def build_accounts(workspace: Workspace) -> list[Account]:
    """Redacted narratives of women who agreed to be quoted, numbered and themed."""
    records = sorted(merged_records(workspace), key=lambda r: (r["started"], r["id"]))
    accounts = []
    for case, record in enumerate(records, 1):
        a = record["answers"]
        text = a.get("key_quotes") or a.get("life_story")
        if a.get("permission_to_quote") != "yes_anonymous" or not text:
            continue
        accounts.append(Account(case, _heading(case, record), _theme(a), str(text)))
    order = [key for key, _ in THEMES]
    return sorted(accounts, key=lambda x: (order.index(x.theme), x.case))
