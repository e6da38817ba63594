"""XLSForm workbook -> fieldkit questionnaire: load -> normalise -> typed tree.

``import_xlsform`` reads the workbook (``workbook.py``), turns the settings,
choices and survey sheets into the questionnaire format's plain data, checks
it with fieldkit's own rules (``check.py``) and returns the questionnaire with
the notes and sensitivity decisions a coordinator should review.  Any error
anywhere means no questionnaire at all: the import refuses rather than hand
back a form that half works.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire.messages import error_from
from fieldkit.questionnaire.model import FORMAT, Questionnaire
from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.check import Locator, check
from fieldkit.xlsform.choices import read_choices
from fieldkit.xlsform.columns import IGNORED_SETTINGS, split_header
from fieldkit.xlsform.files import read_choice_files
from fieldkit.xlsform.names import identifier
from fieldkit.xlsform.sensitivity import Decision
from fieldkit.xlsform.survey import read_survey
from fieldkit.xlsform.texts import Languages, Line, Report, Texts
from fieldkit.xlsform.workbook import Row, read_workbook

__all__ = ["XLSFormImport", "import_xlsform"]

_SETTINGS = {
    "form_title",
    "form_id",
    "id_string",
    "version",
    "default_language",
    "fieldkit::title",
    "fieldkit::description",
    "fieldkit::analysis",
}


@dataclass(frozen=True)
class XLSFormImport:
    """A converted questionnaire and what the coordinator should review."""

    questionnaire: Questionnaire
    notes: list[str] = field(default_factory=list)
    """What was renamed, filled in or ignored, one line each (English)."""
    decisions: list[Decision] = field(default_factory=list)
    """Sensitivities the import chose because the form did not give them."""
    note_lines: list[Line] = field(default_factory=list)
    """The notes as catalog lines, for a reader of another language (``notes_in``)."""

    def notes_in(self, lang: str) -> list[str]:
        """The notes in ``lang`` (``en`` or ``ko``)."""
        return [line.text(lang) for line in self.note_lines]


def import_xlsform(path: Path) -> XLSFormImport:
    """Convert the XLSForm at ``path``; ``XLSFormError`` lists every problem by row."""
    book = read_workbook(path)
    report = Report()
    settings_sheet = book.sheet("settings")
    settings = (
        settings_sheet.rows[0] if settings_sheet and settings_sheet.rows else Row("settings", 0)
    )
    languages = Languages.resolve(book, settings.get("default_language"), report)
    texts = Texts(languages)
    head = _head(settings, texts, path, report)
    if settings_sheet:
        _settings_notes(settings_sheet.columns, report)
    lists = read_choices(book.sheet("choices"), texts, report)
    survey_sheet = book.sheets["survey"]
    read_choice_files(survey_sheet, path.parent, lists, texts, report)
    survey = read_survey(survey_sheet, texts, lists, head["title"], report)
    texts.report_missing(report)
    if not survey.sections and not report.errors:
        report.error(x("xls.place.sheet", sheet="survey"), x("xls.form.no_questions"))
    report.raise_errors(book.name)
    data: dict[str, Any] = {
        **head,
        "languages": languages.codes,
        "choice_lists": lists.lists,
        "sections": [{k: v for k, v in s.items() if k != "_implicit"} for s in survey.sections],
    }
    if survey.consent:
        data["consent"] = survey.consent
    locator = Locator(survey.rows, lists.rows, (survey.consent or {}).get("question"))
    questionnaire = check(data, locator, report)
    if questionnaire is None:
        report.raise_errors(book.name)
        raise error_from(XLSFormError, x("xls.form.fails_checks"), where=book.name)
    return XLSFormImport(questionnaire, report.notes, survey.decisions, report.note_lines)


def _head(row: Row, texts: Texts, path: Path, report: Report) -> dict[str, Any]:
    """Id, version, title and description from the settings sheet."""
    form_id = row.get("form_id") or row.get("id_string")
    ident = identifier(form_id or path.stem)
    if not form_id:
        report.note(row, x("xls.form_id.missing", id=ident))
    elif ident != form_id:
        report.note(row, x("xls.form_id.renamed", form_id=form_id, id=ident))
    version = row.get("version")
    if not version:
        version = "1"
        report.note(row, x("xls.version.missing"))
    title = texts.text(row, "form_title", "fieldkit::title")
    if title is None:
        title = {code: form_id or path.stem for code in texts.languages.codes}
        report.note(row, x("xls.title.missing"))
    head: dict[str, Any] = {"format": FORMAT, "id": ident, "version": version, "title": title}
    description = texts.text(row, "fieldkit::description")
    if description:
        head["description"] = description
    if row.get("fieldkit::analysis"):
        head["analysis"] = _analysis(row, report)
    return head


def _analysis(row: Row, report: Report) -> Any:
    """The report's populations and tables, written as one JSON cell."""
    try:
        return json.loads(row.get("fieldkit::analysis"))
    except json.JSONDecodeError as error:
        where = {"line": error.lineno, "column": error.colno}
        what = x("xls.json.invalid", reason=error.msg, **where)
        report.error(row, what, column="fieldkit::analysis")
        return None


def _settings_notes(columns: list[str], report: Report) -> None:
    ignored = [c for c in columns if split_header(c)[0] not in _SETTINGS]
    if ignored:
        known = [c for c in ignored if split_header(c)[0] in IGNORED_SETTINGS]
        key = "xls.settings.ignored_own" if known else "xls.settings.ignored"
        report.note(x("xls.place.sheet", sheet="settings"), x(key, columns=", ".join(ignored)))
