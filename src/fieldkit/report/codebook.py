"""The codebook of the analysts' data export: which columns, and what each one holds.

One column per exportable question in questionnaire order (``direct``
questions, sealed sections and notes never appear: their answers never left
the devices); money becomes two columns (``_amount``, ``_currency``).  The
codebook describes each in XLSForm's own vocabulary (``name``, ``type``,
``label::Korean (ko)``, ``fieldkit::generalise`` ...), so it reads like the
form's survey sheet: labels in every language, type, choices with their
numeric codes, sensitivity and the generalisation applied before export.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from fieldkit.questionnaire import Question, Questionnaire
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.xlsform import format_generalise, text_column

__all__ = [
    "FIXED",
    "codebook_columns",
    "codebook_rows",
    "columns",
    "exportable",
    "write_codebook",
]

FIXED = ("record_id", "status", "started", "updated")
"""The columns every record has, before the answers."""


def exportable(qn: Questionnaire) -> list[Question]:
    """The questions whose answers leave the devices, in questionnaire order."""
    sealed = {q.id for s in qn.sections if s.sealed for q in s.questions}
    return [
        q
        for q in qn.questions()
        if q.sensitivity != "direct"
        and q.id not in sealed
        and not QUESTION_TYPES[q.type].display_only
    ]


def question_columns(q: Question) -> list[str]:
    """A question's column names: two for money, one otherwise."""
    return [f"{q.id}_amount", f"{q.id}_currency"] if q.type == "money" else [q.id]


def columns(qn: Questionnaire) -> list[str]:
    names = list(FIXED)
    for q in exportable(qn):
        names += question_columns(q)
    return names


def _generalisation(q: Question) -> str:
    """The generalisation in the XLSForm ``fieldkit::generalise`` syntax (or "redacted")."""
    if q.generalise is None:
        return "redacted" if q.sensitivity == "narrative" else ""
    return format_generalise(q.generalise)


def codebook_columns(qn: Questionnaire) -> list[str]:
    """The XLSForm column vocabulary, so a codebook reads like the form's survey sheet."""
    labels = [text_column("label", lang) for lang in qn.languages]
    return [
        "name",
        "type",
        *labels,
        "choices",
        "fieldkit::type",
        "fieldkit::sensitivity",
        "fieldkit::generalise",
    ]


def codebook_rows(qn: Questionnaire) -> list[dict[str, str]]:
    result = []
    for q in exportable(qn):
        spec = QUESTION_TYPES[q.type]
        choices = qn.choice_lists.get(q.choices or "", [])
        coded = "; ".join(
            f"{c.code if c.code is not None else i}={c.value} ({c.label.get('en', '')})"
            for i, c in enumerate(choices, 1)
        )
        row = {
            "name": q.id,
            "type": f"{spec.xlsform} {q.choices}" if spec.has_choices else spec.xlsform,
            **{text_column("label", lang): q.label.get(lang, "") for lang in qn.languages},
            "choices": coded,
            "fieldkit::type": q.type,
            "fieldkit::sensitivity": q.sensitivity,
            "fieldkit::generalise": _generalisation(q),
        }
        result.append(row)
    return result


def write_codebook(qn: Questionnaire, out: Path, *, bom: bool = False) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=codebook_columns(qn), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(codebook_rows(qn))
    out.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8", newline="")
