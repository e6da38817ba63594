"""The question types, as a read-only table rather than an if-chain.

Adding a type means adding a row here and, if its values are new, a parser in
``values.py``.  The table says what each type stores, which extra fields make
sense on it, which generalisations can coarsen it for export, and what XLSForm
calls it.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

__all__ = ["QUESTION_TYPES", "QuestionTypeName", "TypeSpec"]

QuestionTypeName = Literal[
    "single_choice",
    "multiple_choice",
    "integer",
    "decimal",
    "year",
    "year_month",
    "date",
    "money",
    "short_text",
    "long_text",
    "note",
    "calculate",
    "geopoint",
]

GeneralisationKind = Literal["year_band", "year_only", "bins", "map", "top_code"]


@dataclass(frozen=True)
class TypeSpec:
    """What one question type is and allows."""

    stores: str
    """Shape of the stored value, for documentation and the codebook."""
    has_choices: bool = False
    numeric: bool = False
    text: bool = False
    display_only: bool = False
    computed: bool = False
    """Not asked: the value is the question's ``calculation``, recomputed and stored."""
    sealed_only: bool = False
    """Allowed only in a sealed section (as a ``direct`` answer that never leaves the device)."""
    generalisations: frozenset[GeneralisationKind] = frozenset()
    xlsform: str = ""


QUESTION_TYPES: MappingProxyType[str, TypeSpec] = MappingProxyType(
    {
        "single_choice": TypeSpec(
            "choice value (string)",
            has_choices=True,
            generalisations=frozenset({"map"}),
            xlsform="select_one",
        ),
        "multiple_choice": TypeSpec(
            "list of choice values", has_choices=True, xlsform="select_multiple"
        ),
        "integer": TypeSpec(
            "whole number",
            numeric=True,
            generalisations=frozenset({"bins", "top_code", "year_band"}),
            xlsform="integer",
        ),
        "decimal": TypeSpec(
            "number",
            numeric=True,
            generalisations=frozenset({"bins", "top_code"}),
            xlsform="decimal",
        ),
        "year": TypeSpec(
            "year (whole number)",
            numeric=True,
            generalisations=frozenset({"year_band", "bins"}),
            xlsform="integer",
        ),
        "year_month": TypeSpec(
            '"YYYY-MM"', generalisations=frozenset({"year_only", "year_band"}), xlsform="text"
        ),
        "date": TypeSpec(
            '"YYYY-MM-DD"', generalisations=frozenset({"year_only", "year_band"}), xlsform="date"
        ),
        "money": TypeSpec(
            '{"amount": number, "currency": "CNY"}',
            numeric=True,
            generalisations=frozenset({"bins", "top_code"}),
            xlsform="decimal",
        ),
        "short_text": TypeSpec("string (one line)", text=True, xlsform="text"),
        "long_text": TypeSpec("string (many lines)", text=True, xlsform="text"),
        "note": TypeSpec("nothing (display only)", display_only=True, xlsform="note"),
        "calculate": TypeSpec(
            "computed value (number or text)", computed=True, xlsform="calculate"
        ),
        "geopoint": TypeSpec(
            '"latitude longitude [altitude accuracy]"', sealed_only=True, xlsform="geopoint"
        ),
    }
)
