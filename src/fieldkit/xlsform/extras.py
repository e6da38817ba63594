"""fieldkit's own survey columns (``fieldkit::...``) on one question row.

These carry what XLSForm has no column for: bounds, generalisation, currencies,
the auditor's sensitive-attribute flag, redaction seeds and further
constraints.  Each reader adds its key to the question only when the cell has
a value, so an XLSForm without these columns gets fieldkit's defaults.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.generalise import SYNTAX, GeneraliseError, parse_generalise
from fieldkit.xlsform.texts import Report
from fieldkit.xlsform.workbook import Row

__all__ = ["read_extras", "read_flag", "read_json_constraints"]

_YES = {"yes", "true", "true()", "1", "y"}
_NO = {"no", "false", "false()", "0", "n"}


def read_flag(row: Row, column: str, report: Report) -> bool:
    """A yes/no cell (empty is no); anything else is reported."""
    value = row.get(column).lower()
    if value in _YES:
        return True
    if value in _NO or not value:
        return False
    report.error(row, x("xls.not_yes_no", value=row.get(column)), column=column)
    return False


def read_extras(row: Row, question: dict[str, Any], report: Report) -> None:
    """Add bounds, generalisation, currencies and flags from ``row`` to ``question``."""
    for column, key in (("fieldkit::minimum", "minimum"), ("fieldkit::maximum", "maximum")):
        if row.get(column):
            number = _number(row, column, report)
            if number is not None:
                question[key] = number
    if row.get("fieldkit::generalise"):
        try:
            question["generalise"] = parse_generalise(row.get("fieldkit::generalise"))
        except GeneraliseError as error:
            hint = x("xls.generalise.hint", syntax=SYNTAX)
            report.error(row, error.sentence, hint, column="fieldkit::generalise")
    if row.get("fieldkit::currencies"):
        question["currencies"] = [
            c.upper() for c in re.split(r"[\s,;]+", row.get("fieldkit::currencies")) if c
        ]
    if read_flag(row, "fieldkit::sensitive_attribute", report):
        question["sensitive_attribute"] = True
    if read_flag(row, "fieldkit::quasi_identifier", report):
        question["quasi_identifier"] = True
    if row.get("fieldkit::redaction_seed"):
        question["redaction_seed"] = row.get("fieldkit::redaction_seed").lower()
    if row.get("fieldkit::unit"):
        question["unit"] = row.get("fieldkit::unit")


def read_json_constraints(row: Row, report: Report) -> list[dict[str, Any]]:
    """Constraints after the first, kept as a JSON list ``[{"expr", "message"}]``."""
    cell = row.get("fieldkit::constraints")
    if not cell:
        return []
    try:
        data = json.loads(cell)
    except json.JSONDecodeError as error:
        what = x("xls.json.invalid_paren", reason=error.msg, line=error.lineno, column=error.colno)
        report.error(row, what, column="fieldkit::constraints")
        return []
    if not isinstance(data, list) or not all(
        isinstance(item, dict)
        and isinstance(item.get("expr"), str)
        and isinstance(item.get("message"), dict)
        for item in data
    ):
        report.error(
            row,
            x("xls.constraints.shape"),
            column="fieldkit::constraints",
        )
        return []
    return data


def _number(row: Row, column: str, report: Report) -> float | None:
    try:
        return float(row.get(column))
    except ValueError:
        report.error(row, x("xls.not_number", value=row.get(column)), column=column)
        return None
