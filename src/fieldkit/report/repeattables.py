"""One long table per repeat, as ODK Central and KoboToolbox export them.

A repeat (one instance per sale) cannot be columns of the one-row-per-record
table without inventing ``sale_year_1``, ``sale_year_2``...; analysts get instead
one table per repeat, one row per instance, linked to the records table by
``record_id`` (ODK Central's ``PARENT_KEY``, KoboToolbox's ``_submission__uuid``),
with the instance's own stable ``instance_key`` (``KEY``) and its ``position``
among the woman's instances (``_index``).  Its answer columns are typed and
named exactly as the records table types its own (``columns.answer_columns``),
and the data dictionary lists them under the repeat's name (column ``table``).
"""

from __future__ import annotations

from typing import Any

from fieldkit.questionnaire import Flow, Questionnaire, Section
from fieldkit.report.columns import Column, Layout, answer_columns, exportable
from fieldkit.report.datatable import DataTable, Missing, cells
from fieldkit.report.findings import analysis_answers, analysis_instances

__all__ = ["repeat_columns", "repeat_tables"]


def _texts(en: str, ko: str) -> dict[str, str]:
    return {"en": en, "ko": ko}


def _key_columns(section: Section) -> list[Column]:
    return [
        Column(
            name="record_id",
            label=_texts("Record id (random): the row of the records table", "기록 번호(무작위)"),
            kind="string",
        ),
        Column(
            name="instance_key",
            label=_texts(
                f"Key of this '{section.id}' instance (random)", "이 반복 항목의 키(무작위)"
            ),
            kind="string",
        ),
        Column(
            name="position",
            label=_texts("Position among the record's instances (1, 2, ...)", "기록 안의 순서"),
            kind="integer",
        ),
    ]


def repeat_columns(
    qn: Questionnaire, section: Section, layout: Layout | None = None
) -> tuple[Column, ...]:
    """The columns of one repeat's long table, in order."""
    layout = layout or Layout()
    inside = {q.id for q in section.questions}
    columns = _key_columns(section)
    for question in exportable(qn, repeats=True):
        if question.id in inside:
            columns += answer_columns(qn, question, layout)
    return tuple(columns)


def repeat_tables(
    qn: Questionnaire, records: list[dict[str, Any]], layout: Layout | None = None
) -> list[DataTable]:
    """One table per repeat of the questionnaire (empty when no record has an instance),
    its rows in the records' order, then by position."""
    flow = Flow(qn)
    logic = [
        {**answers, **instances}
        for answers, instances in zip(
            analysis_answers(qn, records), analysis_instances(qn, records), strict=True
        )
    ]
    tables = []
    for section in qn.repeats():
        columns = repeat_columns(qn, section, layout)
        by_question: dict[str, list[Column]] = {}
        for column in columns:
            if column.question:
                by_question.setdefault(column.question, []).append(column)
        rows = []
        for record, stand_in in zip(records, logic, strict=True):
            for index, instance in enumerate(record.get("repeats", {}).get(section.id, [])):
                _, relevant = flow.instance_effective(section.id, index, stand_in)
                row: dict[str, Any] = {
                    "record_id": record["id"],
                    "instance_key": instance["key"],
                    "position": instance["position"],
                }
                for qid, own in by_question.items():
                    value = instance["answers"].get(qid)
                    if value is None:
                        reason = Missing.NOT_ANSWERED if qid in relevant else Missing.NOT_ASKED
                        row.update({c.name: reason for c in own})
                    else:
                        row.update(cells(flow.by_id[qid], own, value, record["id"]))
                rows.append(row)
        tables.append(
            DataTable(name=section.id, key="instance_key", columns=columns, rows=tuple(rows))
        )
    return tables
