"""What an answer becomes when it leaves the device, and what analysis reads back.

``export_value`` applies a question's ``sensitivity``: ``direct`` answers never
leave, ``quasi`` answers are generalised as the questionnaire declares,
``none`` answers go as stored (narratives are redacted elsewhere, in
``export``).  ``check_exported`` is the coordinator's side: it accepts exactly
the values ``export_value`` can produce.  ``representative`` maps a generalised
value back to one member of its class, so that tables whose rows follow the
generalisation's boundaries count exactly what they would on raw answers.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import Question, Questionnaire, check_value
from fieldkit.questionnaire.model import Bins, MapChoices, TopCode, YearBand, YearOnly

__all__ = ["bin_labels", "check_exported", "export_value", "representative"]

NEVER = object()
"""Returned by ``export_value`` for answers that must not leave the device."""


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else repr(x)


def bin_labels(rule: Bins) -> list[str]:
    """The declared labels, or ``<=a``, ``a+1-b`` ..., ``>z`` from the edges."""
    if rule.labels:
        return list(rule.labels)
    edges = rule.edges
    integral = all(float(e).is_integer() for e in edges)
    labels = [f"<={_num(edges[0])}"]
    for low, high in itertools.pairwise(edges):
        start = _num(low + 1) if integral else f">{_num(low)}"
        labels.append(f"{start}-{_num(high)}")
    return [*labels, f">{_num(edges[-1])}"]


def _number(value: Any) -> float:
    return float(value["amount"] if isinstance(value, dict) else value)


def _year(value: Any) -> int:
    return int(value[:4]) if isinstance(value, str) else int(value)


def _generalise(question: Question, value: Any) -> Any:
    rule = question.generalise
    if isinstance(rule, YearBand):
        start = _year(value) - _year(value) % rule.width
        return f"{start}-{start + rule.width - 1}"
    if isinstance(rule, YearOnly):
        return _year(value)
    if isinstance(rule, Bins):
        index = sum(1 for edge in rule.edges if _number(value) > edge)
        label = bin_labels(rule)[index]
        if isinstance(value, dict) and value["currency"] != question.currencies[0]:
            label += f" {value['currency']}"
        return label
    if isinstance(rule, MapChoices):
        return rule.mapping.get(value, rule.other)
    if isinstance(rule, TopCode):
        return f">={rule.max}" if _number(value) >= rule.max else value
    raise AnswerError("a quasi question has no generalisation", where=f"question '{question.id}'")


def export_value(question: Question, value: Any, *, sealed: bool = False) -> Any:
    """The value that leaves the device, or ``NEVER`` (direct and sealed answers)."""
    if sealed or question.sensitivity == "direct":
        return NEVER
    if question.sensitivity == "quasi":
        return _generalise(question, value)
    return value


def _allowed_generalised(question: Question) -> set[str] | None:
    """Every string a generalisation can produce, where that set is finite."""
    rule = question.generalise
    if isinstance(rule, Bins):
        labels = bin_labels(rule)
        return set(labels) | {f"{label} {c}" for label in labels for c in question.currencies[1:]}
    if isinstance(rule, MapChoices):
        return {*rule.mapping.values(), rule.other}
    if isinstance(rule, TopCode):
        return {f">={rule.max}"}
    return None


def check_exported(qn: Questionnaire, question: Question, value: Any) -> str | None:
    """Why ``value`` cannot be an exported answer to ``question`` (``None``: it can)."""
    if question.sensitivity == "direct":
        return "answers to this question never leave the device"
    if question.sensitivity != "quasi":
        try:
            ok = check_value(qn, question, value) == value
        except AnswerError as error:
            return error.message
        return None if ok else "not in canonical form"
    return _check_generalised(qn, question, value)


def _check_generalised(qn: Questionnaire, question: Question, value: Any) -> str | None:
    rule = question.generalise
    allowed = _allowed_generalised(question)
    if allowed is not None and value in allowed:
        return None
    if isinstance(rule, TopCode):
        return _check_below_top(qn, question, rule, value)
    if isinstance(rule, YearOnly) and isinstance(value, int) and not isinstance(value, bool):
        return None if 1000 <= value <= 9999 else "not a year"
    if isinstance(rule, YearBand) and isinstance(value, str):
        start, _, end = value.partition("-")
        good = start.isdigit() and end.isdigit() and int(start) % rule.width == 0
        return None if good and int(end) == int(start) + rule.width - 1 else "not a year band"
    return "not a generalised value for this question"


def _check_below_top(
    qn: Questionnaire, question: Question, rule: TopCode, value: Any
) -> str | None:
    try:
        ok = check_value(qn, question, value) == value
    except AnswerError:
        ok = False
    if not ok:
        return "not a generalised value for this question"
    return None if _number(value) < rule.max else "should have been top-coded"


def representative(question: Question, value: Any) -> Any:
    """One member of the class a generalised ``value`` stands for (identity otherwise)."""
    rule = question.generalise
    if question.sensitivity != "quasi" or rule is None:
        return value
    if isinstance(rule, TopCode) and isinstance(value, str) and value == f">={rule.max}":
        return rule.max
    if isinstance(rule, YearBand) and question.type in ("year", "integer"):
        return int(str(value).split("-")[0])
    if isinstance(rule, Bins) and isinstance(value, str):
        return _bin_member(question, rule, value)
    return value


def _bin_member(question: Question, rule: Bins, value: str) -> Any:
    label, _, currency = value.partition(" ")
    labels = bin_labels(rule)
    if label not in labels:
        return value
    index = labels.index(label)
    edges = rule.edges
    if question.type == "decimal" or not all(float(e).is_integer() for e in edges):
        number: int | float = edges[0] if index == 0 else math.nextafter(edges[index - 1], math.inf)
    else:
        number = int(edges[0]) if index == 0 else int(edges[index - 1]) + 1
    if question.type == "money":
        return {"amount": number, "currency": currency or question.currencies[0]}
    return number
