"""Classify an XLSForm ``type`` cell and pick the fieldkit type it becomes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from fieldkit.questionnaire.messages import Message
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.columns import METADATA_TYPES, PLAIN_TYPES, UNSUPPORTED_TYPES

__all__ = ["RowType", "classify", "fieldkit_type"]

Kind = Literal["begin", "end", "question", "metadata", "unsupported", "unknown"]

_SELECT = re.compile(
    r"^(select_one|select_multiple|select_one_from_file|select_multiple_from_file)"
    r"(?:\s+(\S+))?(?:\s+(or_other))?$"
)
# Spellings pyxform still accepts (pyxform/aliases.py), normalised before anything else.
_SPELLINGS = (
    (r"^(begin|end)[ \-](group|repeat)\b", r"\1_\2"),
    (r"^(begin|end)[ _\-]?(lgroup|looped group)\b", r"\1_repeat"),
    (r"^(begin|end)[ _]loop\b", r"\1_loop"),
    (r"^select[ _](one|multiple)[ _]from[ _]file\b", r"select_\1_from_file"),
    (r"^select all that apply from\b", "select_multiple"),
    (r"^select all that apply\b", "select_multiple"),
    (r"^add select (one|multiple) prompt using\b", r"select_\1"),
    (r"^select[ _]one from\b", "select_one"),
    (r"^select[ \-](one|multiple)\b", r"select_\1"),
    (r"^select1\b", "select_one"),
    (r"\s+or specify other$", " or_other"),
    (r"^phone number$", "phone_number"),
)


@dataclass(frozen=True)
class RowType:
    kind: Kind
    xls: str
    """The XLSForm type word, normalised (``begin group`` -> ``begin_group``)."""
    list_name: str | None = None
    or_other: bool = False


def classify(cell: str) -> RowType:
    """What a ``type`` cell says the row is."""
    text = " ".join(cell.lower().split())
    for pattern, replacement in _SPELLINGS:
        text = re.sub(pattern, replacement, text)
    word = text.split(" ", 1)[0]
    if word in ("begin_group", "begin_repeat"):
        return RowType("begin", word)
    if word in ("end_group", "end_repeat"):
        return RowType("end", word)
    select = _SELECT.match(text)
    if select:
        return RowType("question", select.group(1), select.group(2), bool(select.group(3)))
    if word in UNSUPPORTED_TYPES:
        return RowType("unsupported", word)
    if word.removeprefix("uri:") in METADATA_TYPES:
        return RowType("metadata", word)
    if text in PLAIN_TYPES:
        return RowType("question", text)
    return RowType("unknown", text)


def fieldkit_type(row_type: RowType, appearance: str, explicit: str) -> tuple[str, Message | None]:
    """(fieldkit type, problem or None) for a question row.

    ``fieldkit::type`` (``explicit``) wins when it fits the XLSForm type (the
    types table's ``xlsform`` column says which do); otherwise appearances
    ODK uses pick the closest fieldkit type (``multiline`` text is long text,
    a ``month-year`` date a year-month).
    """
    if row_type.xls.startswith("select_"):
        implied = "single_choice" if row_type.xls.startswith("select_one") else "multiple_choice"
    else:
        implied = _by_appearance(PLAIN_TYPES[row_type.xls], appearance.lower().split())
    if not explicit:
        return implied, None
    spec = QUESTION_TYPES.get(explicit)
    if spec is None:
        known = ", ".join(QUESTION_TYPES)
        return implied, x("xls.fieldkit_type.unknown", type=explicit, known=known)
    xls = (
        row_type.xls.removesuffix("_from_file")
        if row_type.xls.startswith("select_")
        else _canonical(row_type)
    )
    if spec.xlsform != xls and explicit != implied:
        return implied, x("xls.fieldkit_type.mismatch", type=explicit, needs=spec.xlsform, xls=xls)
    return explicit, None


def _canonical(row_type: RowType) -> str:
    fieldkit = PLAIN_TYPES[row_type.xls]
    return QUESTION_TYPES[fieldkit].xlsform


def _by_appearance(implied: str, appearance: list[str]) -> str:
    if implied == "short_text" and "multiline" in appearance:
        return "long_text"
    if implied == "date" and "month-year" in appearance:
        return "year_month"
    if implied == "date" and "year" in appearance:
        return "year"
    return implied
