"""The analysts' table, column by column: names, types and categories from the questionnaire.

Every format (CSV, JSON Lines, Parquet, XLSX, Stata, SPSS) and the data
dictionary are written from these ``Column`` records, so the dictionary
matches the files column for column, and the same questionnaire always gives
the same schema whatever the data: a top-coded count stays an integer (its top
value labelled "3 or more"), a banded value is a categorical with every band,
a map-generalised province a categorical with every exported group, a date a
date, an empty column keeps its type.

A ``DataTable`` is rows keyed by ``record_id`` (one row per record); each
repeat adds a long table keyed by the record and the instance
(``repeattables``), written beside the first.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from typing import Any, Literal

from fieldkit.bundle.anonymise import bin_labels
from fieldkit.questionnaire import Question, Questionnaire
from fieldkit.questionnaire.model import Bins, Choice, MapChoices, TopCode, YearBand, YearOnly
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.xlsform import format_generalise

__all__ = [
    "MAX_NAME",
    "Category",
    "Column",
    "Kind",
    "Layout",
    "answer_columns",
    "exportable",
    "record_columns",
]

Kind = Literal["string", "integer", "number", "date", "year_month", "categorical", "multiple"]
"""``categorical``: one of ``categories``; ``multiple``: a set of them (a multiple choice)."""

MAX_NAME = 29
"""Stata takes 32 characters for a name, and pyreadstat names a column's value labels
after the column with a counter appended (up to 999 labelled columns: three digits).
Every format uses the same names."""
YEARS = (1900, 2099)
"""The years a band covers when its question gives no bounds."""


@dataclass(frozen=True, kw_only=True)
class Category:
    """One allowed value of a categorical column."""

    value: str
    """As written in CSV, JSON Lines, Parquet and XLSX."""
    code: int
    """As written in Stata and SPSS, with ``label`` as its value label."""
    label: dict[str, str]


@dataclass(frozen=True, kw_only=True)
class Column:
    """One column of the analysts' table and everything the dictionary says about it."""

    name: str
    label: dict[str, str]
    kind: Kind
    question: str = ""
    """The question it comes from ("" for the record's own columns)."""
    unit: str = ""
    categories: tuple[Category, ...] = ()
    ordered: bool = False
    """Bands and bins: the categories have an order."""
    top_code: int | None = None
    """An integer whose top value stands for itself *or more* (top-coded before export)."""
    minimum: float | None = None
    maximum: float | None = None
    sensitivity: str = ""
    generalisation: str = ""
    asked_when: str = ""
    """When the question is asked (its and its section's ``relevant``); "" always."""
    option: str = ""
    """For a 0/1 column of a multiple choice: the choice it stands for."""

    @property
    def numeric_codes(self) -> bool:
        """Stored as numbers in Stata and SPSS (categories as their codes)."""
        return self.kind in ("integer", "number", "categorical", "date") or bool(self.option)

    def category(self, value: str) -> Category | None:
        return next((c for c in self.categories if c.value == value), None)


@dataclass(frozen=True, kw_only=True)
class Layout:
    """How the answers are laid out in columns (the same for every format)."""

    multi_columns: bool = False
    """A multiple choice as one 0/1 column per option instead of one column of values."""


def exportable(qn: Questionnaire, *, repeats: bool = False) -> list[Question]:
    """The questions whose answers leave the devices, in questionnaire order: those asked
    once, and with ``repeats`` those asked in each instance of a repeat too."""
    left_out = {q.id for s in qn.sections if s.sealed for q in s.questions}
    if not repeats:
        left_out |= {q.id for s in qn.repeats() for q in s.questions}
    return [
        q
        for q in qn.questions()
        if q.sensitivity != "direct"
        and q.id not in left_out
        and not QUESTION_TYPES[q.type].display_only
    ]


def fit_name(name: str) -> str:
    """``name`` if Stata can take it, else a stable shortening with a digest suffix."""
    name = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if len(name) <= MAX_NAME:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:4]
    return f"{name[: MAX_NAME - 5]}_{digest}"


def _texts(en: str, ko: str) -> dict[str, str]:
    return {"en": en, "ko": ko}


def _record_columns(qn: Questionnaire) -> list[Column]:
    statuses = (
        Category(value="in_progress", code=1, label=_texts("In progress", "진행 중")),
        Category(value="complete", code=2, label=_texts("Complete", "완료")),
    )
    return [
        Column(
            name="record_id", label=_texts("Record id (random)", "기록 번호(무작위)"), kind="string"
        ),
        Column(
            name="questionnaire_version",
            label=_texts(f"Version of questionnaire '{qn.id}'", f"질문지 '{qn.id}'의 버전"),
            kind="string",
        ),
        Column(
            name="status",
            label=_texts("Interview status", "면담 상태"),
            kind="categorical",
            categories=statuses,
        ),
        Column(name="started", label=_texts("Month begun", "시작한 달"), kind="year_month"),
        Column(
            name="updated",
            label=_texts("Month last changed", "마지막으로 고친 달"),
            kind="year_month",
        ),
    ]


def record_columns(qn: Questionnaire, layout: Layout | None = None) -> tuple[Column, ...]:
    """Every column of the one-row-per-record table, in order."""
    layout = layout or Layout()
    columns = _record_columns(qn)
    for question in exportable(qn):
        columns += answer_columns(qn, question, layout)
    names = [c.name for c in columns]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise ValueError(f"two columns would be named {', '.join(clashes)}")
    return tuple(columns)


def _label(qn: Questionnaire, text: dict[str, str]) -> dict[str, str]:
    first = text.get(qn.languages[0], next(iter(text.values())))
    return {lang: text.get(lang, first) for lang in (*qn.languages, "en", "ko")}


def _asked_when(qn: Questionnaire, question: Question) -> str:
    section = next(s for s in qn.sections if question in s.questions)
    parts = [p for p in (section.relevant, question.relevant) if p]
    return " and ".join(f"({p})" if len(parts) > 1 else p for p in parts)


def answer_columns(qn: Questionnaire, question: Question, layout: Layout) -> list[Column]:
    """A question's columns: two for money, one per option for a multiple choice laid out
    in 0/1 columns, one otherwise."""
    base = Column(
        name=fit_name(question.id),
        label=_label(qn, question.label),
        kind="string",
        question=question.id,
        sensitivity=question.sensitivity,
        generalisation=_generalisation(question),
        asked_when=_asked_when(qn, question),
    )
    if question.type == "money":
        return _money_columns(question, base)
    if question.type == "multiple_choice" and layout.multi_columns:
        return _option_columns(qn, question, base)
    return [replace(base, **_typed(qn, question))]


def _generalisation(q: Question) -> str:
    if q.generalise is None:
        return "redacted" if q.sensitivity == "narrative" else ""
    return format_generalise(q.generalise)


def _typed(qn: Questionnaire, q: Question) -> dict[str, Any]:
    """Kind, unit, categories and bounds of a question's single column."""
    rule = q.generalise if q.sensitivity == "quasi" else None
    bounds: dict[str, Any] = {"minimum": q.minimum, "maximum": q.maximum, "unit": q.unit or ""}
    if q.type == "single_choice":
        return {"kind": "categorical", "categories": _choice_categories(qn, q, rule)}
    if q.type == "multiple_choice":
        return {"kind": "multiple", "categories": _choice_categories(qn, q, None)}
    if isinstance(rule, Bins):
        return {"kind": "categorical", "categories": _bins(q, rule), "ordered": True, **bounds}
    if isinstance(rule, YearBand):
        return {"kind": "categorical", "categories": _bands(q, rule), "ordered": True}
    if isinstance(rule, YearOnly):
        return {"kind": "integer", "unit": "year", "minimum": q.minimum, "maximum": q.maximum}
    if isinstance(rule, TopCode):
        return {"kind": "integer", "top_code": rule.max, **bounds}
    kinds: dict[str, Kind] = {
        "integer": "integer",
        "year": "integer",
        "decimal": "number",
        "date": "date",
        "year_month": "year_month",
    }
    kind = kinds.get(q.type, "string")
    if q.type == "year":
        bounds["unit"] = "year"
    return {"kind": kind, **(bounds if kind != "string" else {})}


def _choice_categories(qn: Questionnaire, q: Question, rule: object) -> tuple[Category, ...]:
    choices = qn.choice_lists.get(q.choices or "", [])
    if isinstance(rule, MapChoices):
        return _groups(qn, choices, rule)
    return tuple(
        Category(
            value=c.value,
            code=c.code if c.code is not None else i,
            label=_label(qn, c.label),
        )
        for i, c in enumerate(choices, 1)
    )


def _groups(qn: Questionnaire, choices: list[Choice], rule: MapChoices) -> tuple[Category, ...]:
    """The exported groups of a map generalisation, labelled by the choices in each."""
    members: dict[str, list[Choice]] = {}
    for choice in choices:
        members.setdefault(rule.mapping.get(choice.value, rule.other), []).append(choice)
    for group in (*rule.mapping.values(), rule.other):
        members.setdefault(group, [])
    result = []
    for code, (group, inside) in enumerate(members.items(), 1):
        same = [c for c in inside if c.value == group]
        shown = same or inside
        label = {
            lang: " / ".join(_label(qn, c.label)[lang] for c in shown) or group
            for lang in (*qn.languages, "en", "ko")
        }
        result.append(Category(value=group, code=code, label=label))
    return tuple(result)


def _bins(q: Question, rule: Bins) -> tuple[Category, ...]:
    """The bins' labels, as export writes them (the currency or unit added to the labels)."""
    unit = f" {q.currencies[0]}" if q.type == "money" else (f" {q.unit}" if q.unit else "")
    own = f" {q.currencies[0]}" if q.type == "money" else ""
    return tuple(
        Category(value=label, code=i, label={"en": label + unit, "ko": label + own})
        for i, label in enumerate(bin_labels(rule), 1)
    )


def _bands(q: Question, rule: YearBand) -> tuple[Category, ...]:
    low = int(q.minimum) if q.minimum is not None else YEARS[0]
    high = int(q.maximum) if q.maximum is not None else YEARS[1]
    start = low - low % rule.width
    bands = []
    for i, first in enumerate(range(start, high + 1, rule.width), 1):
        text = f"{first}-{first + rule.width - 1}"
        bands.append(Category(value=text, code=i, label={"en": text, "ko": text}))
    return tuple(bands)


def _suffixed(label: dict[str, str], en: str, ko: str) -> dict[str, str]:
    return {lang: f"{text} ({ko if lang == 'ko' else en})" for lang, text in label.items()}


def _money_columns(q: Question, base: Column) -> list[Column]:
    """``_amount`` (a number, or its bin when generalised) and ``_currency``."""
    rule = q.generalise if q.sensitivity == "quasi" else None
    amount = replace(
        base,
        name=fit_name(f"{q.id}_amount"),
        label=_suffixed(base.label, "amount", "금액"),
        kind="number",
        unit=q.currencies[0] if len(q.currencies) == 1 else f"see {q.id}_currency",
        minimum=q.minimum,
        maximum=q.maximum,
    )
    if isinstance(rule, Bins):
        amount = replace(amount, kind="categorical", categories=_bins(q, rule), ordered=True)
    elif isinstance(rule, TopCode):
        amount = replace(amount, top_code=rule.max)
    currencies = tuple(
        Category(value=c, code=i, label={"en": c, "ko": c}) for i, c in enumerate(q.currencies, 1)
    )
    currency = replace(
        base,
        name=fit_name(f"{q.id}_currency"),
        label=_suffixed(base.label, "currency", "통화"),
        kind="categorical",
        categories=currencies,
    )
    return [amount, currency]


def _option_columns(qn: Questionnaire, q: Question, base: Column) -> list[Column]:
    """One 0/1 column per choice, named ``question__value`` (or ``question__code`` where
    the value makes the name too long, as REDCap names checkbox columns)."""
    no_yes = (
        Category(value="0", code=0, label=_texts("Not chosen", "고르지 않음")),
        Category(value="1", code=1, label=_texts("Chosen", "고름")),
    )
    columns = []
    for category in _choice_categories(qn, q, None):
        name = f"{q.id}__{category.value}"
        if len(name) > MAX_NAME:
            name = f"{q.id}__{category.code}"
        label = {lang: f"{text}: {category.label[lang]}" for lang, text in base.label.items()}
        columns.append(
            replace(
                base,
                name=fit_name(name),
                label=label,
                kind="integer",
                categories=no_yes,
                option=category.value,
            )
        )
    return columns
