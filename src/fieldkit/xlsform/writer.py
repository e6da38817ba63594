"""fieldkit questionnaire -> XLSForm workbook (a renderer of the typed tree).

The workbook is plain XLSForm that pyxform converts and ODK can run, plus
``fieldkit::`` columns for everything XLSForm has no column for, so that
reading it back gives the same questionnaire, hash for hash.  Sections become
top-level groups (repeat sections ``begin_repeat`` with their ``repeat_count``);
types without an XLSForm twin keep the nearest XLSForm type
(the types table's ``xlsform`` column) and name themselves in
``fieldkit::type``.  Cells are written as text, never as formulas, so a label
beginning with ``=`` stays a label when a reviewer opens the file.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire.model import Question, Questionnaire, Repeat, Section
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.xlsform.columns import (
    CHOICE_CODE,
    CHOICE_EXCLUSIVE,
    EXTRA_COLUMNS,
    PLAIN_TYPES,
    language_header,
    text_column,
)
from fieldkit.xlsform.generalise import format_generalise

if TYPE_CHECKING:
    from openpyxl import Workbook

__all__ = ["build_workbook", "write_xlsform"]

Cells = dict[str, str | int | float]
_DEFAULT_CURRENCIES = Question.model_fields["currencies"].default


def write_xlsform(questionnaire: Questionnaire, path: Path) -> None:
    """Write ``questionnaire`` as an .xlsx XLSForm at ``path`` (replaced whole, or not at all)."""
    book = build_workbook(questionnaire)
    partial = path.with_name(f".{path.name}.partial")
    try:
        book.save(partial)
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise XLSFormError(
            f"could not write the workbook: {error.strerror}", where=str(path)
        ) from None


def build_workbook(questionnaire: Questionnaire) -> Workbook:
    """The survey, choices and settings sheets as an openpyxl workbook."""
    from openpyxl import Workbook  # deferred: only exports pay for openpyxl

    book = Workbook()
    langs = questionnaire.languages
    survey = [
        row for section in questionnaire.sections for row in _section_rows(questionnaire, section)
    ]
    _fill(book.active, "survey", _survey_columns(langs), survey, always={"fieldkit::sensitivity"})
    choices = [
        _choice_row(name, choice, langs)
        for name, options in questionnaire.choice_lists.items()
        for choice in options
    ]
    attributes = sorted(
        {
            a
            for options in questionnaire.choice_lists.values()
            for c in options
            for a in c.attributes
        }
    )
    _fill(
        book.create_sheet(),
        "choices",
        [
            "list_name",
            "name",
            *_texts_columns("label", langs),
            CHOICE_CODE,
            CHOICE_EXCLUSIVE,
            *attributes,
        ],
        choices,
    )
    settings = [_settings_row(questionnaire)]
    _fill(book.create_sheet(), "settings", _settings_columns(langs), settings)
    return book


def _texts_columns(column: str, languages: list[str]) -> list[str]:
    return [text_column(column, code) for code in languages]


def _texts(column: str, text: dict[str, str] | None) -> Cells:
    if not text:
        return {}
    return {text_column(column, code): value for code, value in text.items()}


def _survey_columns(languages: list[str]) -> list[str]:
    return [
        "type",
        "name",
        *_texts_columns("label", languages),
        *_texts_columns("hint", languages),
        "required",
        "relevant",
        "constraint",
        *_texts_columns("constraint_message", languages),
        "calculation",
        "choice_filter",
        "repeat_count",
        "appearance",
        *EXTRA_COLUMNS,
    ]


def _settings_columns(languages: list[str]) -> list[str]:
    return [
        "form_title",
        "form_id",
        "version",
        "default_language",
        *_texts_columns("fieldkit::title", languages[1:]),
        *_texts_columns("fieldkit::description", languages),
        "fieldkit::analysis",
    ]


def _section_rows(questionnaire: Questionnaire, section: Section) -> list[Cells]:
    kind = "repeat" if section.repeat else "group"
    begin: Cells = {"type": f"begin_{kind}", "name": section.id, **_texts("label", section.title)}
    begin.update(_texts("hint", section.help))
    if section.relevant:
        begin["relevant"] = section.relevant
    if section.sealed:
        begin["fieldkit::sealed"] = "yes"
    rule = section.repeat
    if rule is not None:
        if rule.repeat_count:
            begin["repeat_count"] = rule.repeat_count
        if rule.min != Repeat.model_fields["min"].default:
            begin["fieldkit::repeat_min"] = rule.min
        if rule.max != Repeat.model_fields["max"].default:
            begin["fieldkit::repeat_max"] = rule.max
    questions = [_question_row(questionnaire, q) for q in section.questions]
    return [begin, *questions, {"type": f"end_{kind}"}]


def _question_row(questionnaire: Questionnaire, q: Question) -> Cells:
    spec = QUESTION_TYPES[q.type]
    row: Cells = {
        "type": f"{spec.xlsform} {q.choices}" if spec.has_choices else spec.xlsform,
        "name": q.id,
        **_texts("label", q.label),
        **_texts("hint", q.help),
    }
    if q.required:
        row["required"] = "yes"
    if q.relevant:
        row["relevant"] = q.relevant
    if q.calculation:
        row["calculation"] = q.calculation
    if q.choice_filter:
        row["choice_filter"] = q.choice_filter
    if q.constraints:
        row["constraint"] = q.constraints[0].expr
        row.update(_texts("constraint_message", q.constraints[0].message))
    if len(q.constraints) > 1:
        extra = [c.model_dump(mode="json") for c in q.constraints[1:]]
        row["fieldkit::constraints"] = json.dumps(extra, ensure_ascii=False)
    if q.type == "long_text":
        row["appearance"] = "multiline"
    elif not spec.has_choices and PLAIN_TYPES.get(spec.xlsform) != q.type:
        row["fieldkit::type"] = q.type
    row.update(_fieldkit_cells(questionnaire, q))
    return row


def _fieldkit_cells(questionnaire: Questionnaire, q: Question) -> Cells:
    cells: Cells = {}
    if not QUESTION_TYPES[q.type].display_only or q.sensitivity != "none":
        cells["fieldkit::sensitivity"] = q.sensitivity
    if q.generalise is not None:
        cells["fieldkit::generalise"] = format_generalise(q.generalise)
    if q.minimum is not None:
        cells["fieldkit::minimum"] = _number(q.minimum)
    if q.maximum is not None:
        cells["fieldkit::maximum"] = _number(q.maximum)
    if q.currencies != _DEFAULT_CURRENCIES:
        cells["fieldkit::currencies"] = " ".join(q.currencies)
    if q.sensitive_attribute:
        cells["fieldkit::sensitive_attribute"] = "yes"
    if q.quasi_identifier:
        cells["fieldkit::quasi_identifier"] = "yes"
    if q.redaction_seed:
        cells["fieldkit::redaction_seed"] = q.redaction_seed
    if q.unit:
        cells["fieldkit::unit"] = q.unit
    if questionnaire.consent and questionnaire.consent.question == q.id:
        cells["fieldkit::consent"] = questionnaire.consent.value
    return cells


def _choice_row(name: str, choice: Any, languages: list[str]) -> Cells:
    row: Cells = {"list_name": name, "name": choice.value, **_texts("label", choice.label)}
    if choice.code is not None:
        row[CHOICE_CODE] = choice.code
    row.update(choice.attributes)
    if choice.exclusive:
        row[CHOICE_EXCLUSIVE] = "yes"
    return row


def _settings_row(questionnaire: Questionnaire) -> Cells:
    default = questionnaire.languages[0]
    row: Cells = {
        "form_title": questionnaire.title[default],
        "form_id": questionnaire.id,
        "version": questionnaire.version,
        "default_language": language_header(default),
    }
    others = {k: v for k, v in questionnaire.title.items() if k != default}
    row.update(_texts("fieldkit::title", others))
    row.update(_texts("fieldkit::description", questionnaire.description))
    if questionnaire.analysis is not None:  # populations and tables: one JSON cell
        analysis = questionnaire.analysis.model_dump(mode="json", exclude_defaults=True)
        row["fieldkit::analysis"] = json.dumps(analysis, ensure_ascii=False)
    return row


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _fill(
    sheet: Any, title: str, columns: list[str], rows: list[Cells], always: set[str] | None = None
) -> None:
    """Write ``rows`` under the columns that have a value (and those in ``always``)."""
    from openpyxl.utils.exceptions import IllegalCharacterError

    sheet.title = title
    keep = {"type", "name", "list_name", *(always or set())}
    used = [c for c in columns if c in keep or any(c in row for row in rows)]
    sheet.append(used)
    for number, row in enumerate(rows, start=2):
        try:
            sheet.append([row.get(column) for column in used])
        except IllegalCharacterError:
            raise XLSFormError(
                "a text holds a control character that a workbook cannot store",
                where=f"{title} row {number} ('{row.get('name', '')}')",
                hint="remove the character from the questionnaire",
            ) from None
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"  # text, never a formula
