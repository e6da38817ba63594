"""Check the converted questionnaire with fieldkit's own rules, by sheet row.

The import builds plain data and hands it to the same model and cross-field
rules as a hand-written questionnaire file, so an imported form is held to the
same standard.  Their messages name questions and sections; this module puts
the workbook row in front, since the form author works in the spreadsheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from fieldkit.questionnaire.messages import Message, pydantic_message
from fieldkit.questionnaire.model import Questionnaire
from fieldkit.questionnaire.validate import validate
from fieldkit.xlsform.catalog import XMessage, x
from fieldkit.xlsform.texts import Report

__all__ = ["Locator", "check"]

_QUESTION = re.compile(r"question '([a-z0-9_]+)'")
_SECTION = re.compile(r"section '([a-z0-9_]+)'")
_CHOICE = re.compile(r"choice list '([a-z0-9_]+)'(?: > choice '([^']+)')?")


@dataclass(frozen=True)
class Locator:
    """Ids -> workbook rows."""

    survey: dict[str, int]
    """Question or section id -> survey row."""
    choices: dict[str, int]
    """``list`` or ``list/value`` -> choices row."""
    consent: str | None
    """The consent question's id."""

    def place(self, where: str) -> XMessage:
        """``"section 's' > question 'q' > relevant"`` -> ``"survey row 7 (question 'q')"``
        (the checker's English place, read for its ids; the row said in either language)."""
        found = _QUESTION.findall(where) or _SECTION.findall(where)
        if found and found[-1] in self.survey:
            noun = "question" if _QUESTION.findall(where) else "group"
            row = x("xls.place.row", sheet="survey", row=self.survey[found[-1]])
            return x("xls.place.element", place=row, noun=x(f"xls.word.{noun}"), id=found[-1])
        choice = _CHOICE.search(where)
        if choice:
            key = "/".join(g for g in choice.groups() if g)
            number = self.choices.get(key) or self.choices.get(choice.group(1))
            if number:
                return x("xls.place.row", sheet="choices", row=number)
        if where.startswith("consent") and self.consent in self.survey:
            row = x("xls.place.row", sheet="survey", row=self.survey[self.consent])
            return x("xls.place.column", place=row, column="fieldkit::consent")
        return x("xls.place.settings")


def check(data: dict[str, Any], locator: Locator, report: Report) -> Questionnaire | None:
    """The questionnaire, or None with every problem added to ``report``."""
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as error:
        for item in error.errors(include_input=False, include_url=False):
            place, field = _pydantic_place(data, tuple(item["loc"]), locator)
            what = pydantic_message(item)
            report.error(place, x("xls.field", field=field, what=what) if field else what)
        return None
    for problem in validate(questionnaire):
        if problem.warning:
            report.note(locator.place(problem.where), problem.sentence)
        else:
            report.error(locator.place(problem.where), problem.sentence)
    return None if report.errors else questionnaire


def _pydantic_place(
    data: dict[str, Any], loc: tuple[int | str, ...], locator: Locator
) -> tuple[Message, str]:
    """(row, field path) for a pydantic error location."""
    if len(loc) >= 4 and loc[0] == "sections" and loc[2] == "questions":
        question = data["sections"][int(loc[1])]["questions"][int(loc[3])]
        return locator.place(f"question '{question.get('id')}'"), _field(loc[4:])
    if len(loc) >= 2 and loc[0] == "sections":
        section = data["sections"][int(loc[1])]
        return locator.place(f"section '{section.get('id')}'"), _field(loc[2:])
    if len(loc) >= 3 and loc[0] == "choice_lists":
        choice = data["choice_lists"][loc[1]][int(loc[2])]
        where = f"choice list '{loc[1]}' > choice '{choice.get('value')}'"
        return locator.place(where), _field(loc[3:])
    return x("xls.place.settings"), _field(loc)


def _field(loc: tuple[int | str, ...]) -> str:
    return " > ".join(str(part) for part in loc)
