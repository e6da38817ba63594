"""Coarser and coarser versions of each quasi-identifier: the generalisation lattice.

Level 0 is the value as exported (already generalised as the questionnaire
declares); each higher level is coarser, and the last is suppression (``*``,
which also hides whether the question was asked).  The levels follow the
generalisation the question declares, so a suggestion is always something the
questionnaire's author can write: a year becomes a 5-year then a 10-year band, a
band doubles its width, bins merge in pairs, a top code comes down, a province
becomes its region (``REGIONS``), and a region can only be suppressed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldkit.bundle.anonymise import bin_labels
from fieldkit.questionnaire import Question
from fieldkit.questionnaire.model import Bins, MapChoices, TopCode, YearBand, YearOnly

__all__ = ["MISSING", "REGIONS", "SUPPRESSED", "Column", "column_for", "display"]

SUPPRESSED = "*"
MISSING = "—"
"""Shown for a question that was not asked of this person (itself a fact about her)."""

Coarsen = Callable[[Any, int], str]


@dataclass(frozen=True)
class Column:
    """One quasi-identifier and its levels (the last is suppression)."""

    question: str
    levels: tuple[str, ...]
    coarsen: Coarsen

    @property
    def top(self) -> int:
        return len(self.levels) - 1

    def value(self, value: Any, level: int) -> str:
        """``value`` at ``level``: suppressed at the top, ``MISSING`` when not asked."""
        if level >= self.top:
            return SUPPRESSED
        if value is None:
            return MISSING
        return self.coarsen(value, level)


def display(value: Any) -> str:
    """A value as the report prints it (JSON for anything but text and numbers)."""
    if value is None:
        return MISSING
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _band(start: int, width: int) -> str:
    low = start - start % width
    return f"{low}-{low + width - 1}"


def _years(value: Any, level: int) -> str:
    if not isinstance(value, int) or isinstance(value, bool) or level == 0:
        return display(value)
    return _band(value, 5 if level == 1 else 10)


def _bands(width: int) -> Coarsen:
    def coarsen(value: Any, level: int) -> str:
        start, _, _ = str(value).partition("-")
        if level == 0 or not start.isdigit():
            return display(value)
        return _band(int(start), width * 2**level)

    return coarsen


def _bins(labels: list[str]) -> Coarsen:
    def coarsen(value: Any, level: int) -> str:
        text = display(value)
        label, _, currency = text.partition(" ") if text not in labels else (text, "", "")
        if level == 0 or label not in labels:
            return text
        pair = labels.index(label) // 2 * 2
        merged = "|".join(labels[pair : pair + 2])
        return f"{merged} {currency}".strip()

    return coarsen


def _top_code(maximum: int) -> Coarsen:
    def coarsen(value: Any, level: int) -> str:
        number = maximum if value == f">={maximum}" else value
        if level == 0 or not isinstance(number, int) or isinstance(number, bool):
            return display(value)
        cap = max(maximum - level, 1)
        return f">={cap}" if number >= cap else str(number)

    return coarsen


def _as_is(value: Any, level: int) -> str:
    return display(value)


REGIONS: dict[str, str] = {
    **dict.fromkeys(("heilongjiang", "jilin", "liaoning"), "northeast"),
    **dict.fromkeys(("beijing", "tianjin", "hebei", "shanxi", "inner_mongolia"), "north"),
    **dict.fromkeys(
        ("shandong", "jiangsu", "shanghai", "zhejiang", "anhui", "fujian", "jiangxi"), "east"
    ),
    **dict.fromkeys(("henan", "hubei", "hunan", "guangdong", "guangxi", "hainan"), "south_central"),
    **dict.fromkeys(("north_hamgyong", "south_hamgyong", "ryanggang", "rason"), "northeast"),
    **dict.fromkeys(("chagang", "north_pyongan"), "northwest"),
    **dict.fromkeys(
        ("pyongyang", "south_pyongan", "nampo", "kangwon", "north_hwanghae", "south_hwanghae"),
        "west_and_south",
    ),
}
"""Province codes (the built-in question set's choice values) -> region: China's
conventional regions, North Korea's as the built-in set groups them.  A map that
exports provinces gets a "region" level; one that already exports regions does not."""


def _regions(value: Any, level: int) -> str:
    text = display(value)
    return REGIONS.get(text, text) if level == 1 else text


def _map_column(qid: str, rule: MapChoices) -> Column:
    exported = {*rule.mapping.values(), rule.other}
    if any(REGIONS.get(v, v) != v for v in exported):
        return Column(qid, ("group", "region", "suppressed"), _regions)
    return Column(qid, ("group", "suppressed"), _as_is)


def column_for(question: Question, *, per_instance: bool = False) -> Column:
    """The lattice of one question, from the generalisation it declares.

    ``per_instance``: the question is asked in each instance of a repeat, and a row's
    value is the list of her instances' values; it shows as the set of their labels
    (``{1995-1999, 2000-2004}``), so a woman sold three times is still one row."""
    column = _column_for(question)
    if not per_instance:
        return column
    inner = column.coarsen

    def coarsen(values: Any, level: int) -> str:
        items = values if isinstance(values, list) else [values]
        return "{" + ", ".join(sorted({inner(v, level) for v in items})) + "}"

    return Column(column.question, column.levels, coarsen)


def _column_for(question: Question) -> Column:
    rule, qid = question.generalise, question.id
    if isinstance(rule, YearOnly):
        return Column(qid, ("year", "5-year band", "10-year band", "suppressed"), _years)
    if isinstance(rule, YearBand):
        w = rule.width
        names = (f"{w}-year band", f"{2 * w}-year band", f"{4 * w}-year band", "suppressed")
        return Column(qid, names, _bands(w))
    if isinstance(rule, Bins):
        return Column(qid, ("bins", "bins merged in pairs", "suppressed"), _bins(bin_labels(rule)))
    if isinstance(rule, TopCode):
        caps = tuple(f"top-coded at {c}" for c in range(rule.max, 0, -1))
        return Column(qid, (*caps, "suppressed"), _top_code(rule.max))
    if isinstance(rule, MapChoices):
        return _map_column(qid, rule)
    return Column(qid, ("as exported", "suppressed"), _as_is)
