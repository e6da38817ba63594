"""A survey row's own fields, shared state of the survey reader.

``survey._Reader`` walks the rows and builds sections (groups, repeats); this base
class holds what it reads along the way and turns one question row's columns into
a fieldkit question: its type and choice list, texts, skip logic and checks,
sensitivity and consent, and the translation of every expression column.
Kept apart so each module stays readable on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fieldkit.questionnaire.model import Sensitivity
from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.choices import ChoiceLists
from fieldkit.xlsform.expressions import Untranslatable, conjoin, translate
from fieldkit.xlsform.extras import read_flag, read_json_constraints
from fieldkit.xlsform.refusals import Ignored, refuse_type
from fieldkit.xlsform.sensitivity import Decision, guess_sensitivity
from fieldkit.xlsform.texts import Report, Texts
from fieldkit.xlsform.types import RowType, fieldkit_type
from fieldkit.xlsform.workbook import Row, Sheet

__all__ = ["RowReader", "Survey"]

SENSITIVITIES: tuple[Sensitivity, ...] = ("direct", "quasi", "narrative", "none")
_TYPE_APPEARANCES = {"multiline", "month-year", "year"}
_DEFAULT_MESSAGE = {"en": "Check this answer", "ko": "답변을 확인하세요", "zh": "请检查此答案"}
_PHONE_MESSAGE = {"en": "Enter numbers only", "ko": "숫자만 적어 주세요", "zh": "请只输入数字"}


@dataclass
class Survey:
    sections: list[dict[str, Any]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    """Question or section id -> survey row."""
    consent: dict[str, str] | None = None
    decisions: list[Decision] = field(default_factory=list)


@dataclass(frozen=True)
class Frame:
    """An open group or repeat on the reader's stack."""

    id: str
    row: int
    relevant: str | None
    repeat: bool = False
    title: dict[str, str] | None = None
    sealed: bool = False


class RowReader:
    """The reader's state and everything about one row that is not its section."""

    def __init__(
        self,
        sheet: Sheet,
        texts: Texts,
        lists: ChoiceLists,
        title: dict[str, str],
        report: Report,
    ) -> None:
        self.sheet, self.texts, self.lists, self.title = sheet, texts, lists, title
        self.report = report
        self.out = Survey()
        self.types: dict[int, RowType] = {}
        self.names: dict[str, str] = {}
        self.skipped: set[str] = set()
        self.stack: list[Frame] = []
        self.current: dict[str, Any] | None = None
        self.owner: int | None = None
        """Index in ``stack`` of the group or repeat whose section is ``current``."""
        self.implicit = False
        self.ignored = Ignored()

    # --- questions ------------------------------------------------------

    def _typed(self, row: Row, row_type: RowType, ident: str) -> dict[str, Any] | None:
        question: dict[str, Any] = {"id": ident}
        if row_type.xls.startswith("select_"):
            if row_type.list_name is None:
                self.report.error(row, x("xls.select.no_list", type=row_type.xls), column="type")
                return None
            list_id = self.lists.names.get(row_type.list_name)
            if list_id is None and row_type.xls.endswith("_from_file"):
                return None  # the file's problem is already reported
            if list_id is None:
                names = ", ".join(sorted(self.lists.names))
                known = names or x("xls.word.no_lists")
                self.report.error(
                    row,
                    x("xls.select.unknown_list", name=row_type.list_name, known=known),
                    x("xls.select.unknown_list.hint"),
                    column="type",
                )
                return None
            question["choices"] = list_id
            choice_filter = self._expression(row, "choice_filter")
            if choice_filter:
                question["choice_filter"] = choice_filter
        if row_type.xls == "calculate":
            calculation = self._expression(row, "calculation")
            if calculation is None and not row.get("calculation"):
                self.report.error(row, x("xls.calculate.empty"), x("xls.calculate.empty.hint"))
                return None
            question["calculation"] = calculation
        appearance = row.get("appearance")
        kind, problem = fieldkit_type(row_type, appearance, row.get("fieldkit::type"))
        if problem:
            self.report.error(row, problem, column="fieldkit::type")
        for word in appearance.lower().split():
            if word not in _TYPE_APPEARANCES:
                self.ignored.add(x("xls.what.appearance", word=word), row)
        question["type"] = kind
        return question

    def _texts(self, row: Row, question: dict[str, Any]) -> None:
        label = self.texts.text(row, "label")
        if label is None and question["type"] == "calculate":
            label = {code: row.get("name") for code in self.texts.languages.codes}
            self.report.note(row, x("xls.calculate.no_label", id=question["id"]))
        if label is None:
            self.report.error(
                row,
                x("xls.question.no_label", id=question["id"]),
                x("xls.question.no_label.hint"),
            )
        else:
            question["label"] = label
            if any("${" in text for text in label.values()):
                self.report.note(row, x("xls.label.reference"))
        help_ = self.texts.text(row, "hint", "guidance_hint")
        if help_:
            question["help"] = help_
        for column in ("image", "audio", "video", "big-image", "media::image", "media::audio"):
            if row.texts.get(column):
                self.ignored.add(x("xls.what.media", column=column), row)

    def _logic(self, row: Row, question: dict[str, Any]) -> None:
        if read_flag(row, "required", self.report):
            question["required"] = True
        own = self._expression(row, "relevant")
        start = 0 if self.owner is None else self.owner + 1
        outer = [f.relevant for f in self.stack[start:] if f.relevant]
        relevant = conjoin([*outer, *([own] if own else [])])
        if relevant:
            question["relevant"] = relevant
        constraints = []
        source = self._expression(row, "constraint")
        if source:
            message = self.texts.text(row, "constraint_message")
            if message is None:
                message = self._default_message()
                self.report.note(row, x("xls.constraint.no_message"))
            constraints.append({"expr": source, "message": message})
        for extra in read_json_constraints(row, self.report):
            translated = self._translate(row, "fieldkit::constraints", extra["expr"])
            if translated:
                constraints.append({**extra, "expr": translated})
        if constraints:
            question["constraints"] = constraints

    def _sensitivity(self, row: Row, question: dict[str, Any], sealed: bool) -> None:
        cell = row.get("fieldkit::sensitivity").lower()
        if cell:
            if cell not in SENSITIVITIES:
                self.report.error(
                    row,
                    x("xls.sensitivity.unknown", value=cell),
                    x("xls.sensitivity.unknown.hint"),
                    column="fieldkit::sensitivity",
                )
                return
            question["sensitivity"] = cell
        elif question["type"] == "note":
            return  # a note has no answer to protect
        elif sealed:
            question["sensitivity"] = "direct"
        else:
            decision = guess_sensitivity(
                row.number, question["id"], question["type"], question.get("label", {})
            )
            if decision is not None:
                question["sensitivity"] = decision.sensitivity
                self.out.decisions.append(decision)

    def _consent(self, row: Row, ident: str) -> None:
        value = row.get("fieldkit::consent")
        if not value:
            return
        if self.out.consent is not None:
            self.report.error(
                row,
                x("xls.consent.twice", first=self.out.consent["question"]),
                x("xls.consent.twice.hint"),
                column="fieldkit::consent",
            )
            return
        self.out.consent = {"question": ident, "value": value}

    def _phone_rule(self) -> dict[str, Any]:
        """pyxform's ``phone number`` is text with a digits-only constraint; so is fieldkit's."""
        english = _PHONE_MESSAGE["en"]
        message = {c: _PHONE_MESSAGE.get(c, english) for c in self.texts.languages.codes}
        return {"expr": "regex(., '^[0-9]*$')", "message": message}

    def _default_message(self) -> dict[str, str]:
        english = _DEFAULT_MESSAGE["en"]
        return {c: _DEFAULT_MESSAGE.get(c, english) for c in self.texts.languages.codes}

    # --- expressions ----------------------------------------------------

    def _expression(self, row: Row, column: str) -> str | None:
        source = row.get(column)
        return self._translate(row, column, source) if source else None

    def _translate(self, row: Row, column: str, source: str) -> str | None:
        try:
            return translate(source, self.names, frozenset(self.skipped))
        except Untranslatable as problem:
            self.report.error(row, problem.sentence, problem.advice, column=column)
            return None

    def _refuse(self, row: Row, row_type: RowType) -> None:
        refuse_type(row, row_type, self.report, self.ignored)
