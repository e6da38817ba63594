"""Ad-hoc questions to the report: ``--where QUESTION=VALUE`` and ``--by QUESTION``.

Both read the answers as they were exported, in the data export's own terms:
``--where current_province=shandong`` takes the values an analyst sees in the
data (a choice value, a band such as ``1975-1979``, a bin such as
``5000-10000``); ``--by`` splits each table by the categories of a choice or
banded question, in the questionnaire's order, and the renderers show each
column's counts with column percentages.  Conditions on one question are
alternatives (``--where p=jilin --where p=heilongjiang``); conditions on
different questions must all hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.analysis import Table
from fieldkit.errors import ReportError
from fieldkit.questionnaire import Question, Questionnaire
from fieldkit.report.columns import Column, Layout, answer_columns, exportable

__all__ = ["By", "ByColumn", "Where", "by_question", "group", "parse_where"]

NOT_ANSWERED = ("", "Not answered or not asked", "답 없음(묻지 않은 경우 포함)")


@dataclass(frozen=True, kw_only=True)
class Where:
    """Records whose exported answer to ``question`` is one of ``values``."""

    question: str
    values: tuple[str, ...]

    def matches(self, answers: Mapping[str, Any]) -> bool:
        cell = exported_cell(answers.get(self.question))
        if isinstance(cell, list):
            return any(v in cell for v in self.values)
        return cell is not None and cell in self.values

    def __str__(self) -> str:
        return f"{self.question} = {' or '.join(self.values)}"


@dataclass(frozen=True, kw_only=True)
class By:
    """The question every table is cross-tabulated by, and its categories."""

    question: str
    label_en: str
    label_ko: str
    column: Column


@dataclass(frozen=True, kw_only=True)
class ByColumn:
    """One column of a cross-tabulation: the table over the records with one answer."""

    key: str
    label_en: str
    label_ko: str
    table: Table

    def share(self, row_key: str) -> float | None:
        """The row's count as a share of this column's total (column percentage)."""
        return self.table.share(row_key)


def exported_cell(value: Any) -> Any:
    """An exported answer in the data export's terms: a money answer's amount (or bin
    label, without a currency suffix), a list for a multiple choice, text otherwise."""
    if value is None:
        return None
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, dict):
        value = value.get("amount")
    text = str(value)
    return text.split(" ")[0] if isinstance(value, str) else _number_text(value)


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _question(qn: Questionnaire, qid: str, option: str) -> tuple[Question, Column]:
    questions = {q.id: q for q in exportable(qn)}
    if qid not in questions:
        known = {q.id for q in qn.questions()}
        why = "never leaves the devices" if qid in known else "is not a question of the project"
        raise ReportError(
            f"'{qid}' {why}",
            where=option,
            hint="name an exported question by its id (see the data dictionary)",
        )
    question = questions[qid]
    return question, answer_columns(qn, question, Layout())[0]


def parse_where(qn: Questionnaire, texts: Sequence[str]) -> list[Where]:
    """``QUESTION=VALUE`` conditions, checked against the questionnaire."""
    values: dict[str, list[str]] = {}
    for text in texts:
        qid, sep, value = text.partition("=")
        qid, value = qid.strip(), value.strip()
        if not sep or not qid or not value:
            raise ReportError(
                f"'{text}' is not QUESTION=VALUE",
                where="--where",
                hint="e.g. --where current_province=shandong",
            )
        _, column = _question(qn, qid, "--where")
        if column.categories and column.category(value) is None:
            allowed = ", ".join(c.value for c in column.categories)
            raise ReportError(
                f"'{value}' is not a value of '{qid}'", where="--where", hint=f"one of: {allowed}"
            )
        values.setdefault(qid, []).append(value)
    return [Where(question=q, values=tuple(v)) for q, v in values.items()]


def by_question(qn: Questionnaire, qid: str) -> By:
    """The ``--by`` question; it must have categories (a choice, a band or a bin)."""
    question, column = _question(qn, qid, "--by")
    if not column.categories:
        raise ReportError(
            f"'{qid}' has no categories to split the tables by ({column.kind})",
            where="--by",
            hint="choose a choice question or a banded one, e.g. --by current_province",
        )
    first = qn.languages[0]
    return By(
        question=qid,
        label_en=question.label.get("en", question.label[first]),
        label_ko=question.label.get("ko", question.label[first]),
        column=column,
    )


def group(
    by: By, records: Iterable[dict[str, Any]]
) -> list[tuple[str, str, str, list[dict[str, Any]]]]:
    """(key, English, Korean, records) per category that occurs, in the questionnaire's
    order, then the records without an answer; a multiple choice puts a record in every
    category she chose."""
    parts: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        cell = exported_cell(record["answers"].get(by.question))
        keys = cell if isinstance(cell, list) else [cell if cell is not None else ""]
        for key in keys:
            parts.setdefault(key, []).append(record)
    result = []
    for category in by.column.categories:
        if category.value in parts:
            label = category.label
            result.append(
                (
                    category.value,
                    label.get("en", category.value),
                    label.get("ko", ""),
                    parts[category.value],
                )
            )
    if "" in parts:
        result.append((*NOT_ANSWERED, parts[""]))
    return result
