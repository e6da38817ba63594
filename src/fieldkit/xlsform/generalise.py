"""The ``fieldkit::generalise`` cell: a compact syntax, or JSON for the rest.

A spreadsheet cell should be readable by the coordinator who reviews it, so
the common generalisations have a short form::

    year_band(5)     year_only     top_code(6)     bins(2000, 5000)

Bins with labels and choice maps do not fit a short form; they are written as
the JSON object of the questionnaire format, e.g.
``{"kind": "map", "mapping": {"hamgyong_n": "north"}, "other": "other"}``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from fieldkit.questionnaire.messages import Message
from fieldkit.questionnaire.model import Bins, Generalisation, TopCode, YearBand
from fieldkit.xlsform.catalog import x

__all__ = ["SYNTAX", "GeneraliseError", "format_generalise", "number_text", "parse_generalise"]

SYNTAX = "year_band(5), year_only, top_code(6), bins(2000, 5000), or a JSON object"
_COMPACT = re.compile(r"^([a-z_]+)\s*(?:\((.*)\))?$", re.DOTALL)
_ARGS = {"year_band": (0, 1), "year_only": (0, 0), "top_code": (1, 1), "bins": (1, 64)}


class GeneraliseError(ValueError):
    """A cell that is no generalisation; ``sentence`` says why in either language."""

    def __init__(self, sentence: Message) -> None:
        super().__init__(sentence.text("en"))
        self.sentence = sentence


def number_text(value: float) -> str:
    """``1930.0`` -> ``"1930"``; other numbers exactly as Python prints them."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def format_generalise(rule: Generalisation) -> str:
    """The cell text for ``rule``: compact where possible, JSON otherwise."""
    if isinstance(rule, YearBand):
        return f"year_band({rule.width})"
    if isinstance(rule, TopCode):
        return f"top_code({rule.max})"
    if isinstance(rule, Bins) and rule.labels is None:
        return f"bins({', '.join(number_text(e) for e in rule.edges)})"
    if isinstance(rule, Bins):
        return json.dumps(rule.model_dump(mode="json"), ensure_ascii=False)
    if rule.kind == "year_only":
        return "year_only"
    return json.dumps(rule.model_dump(mode="json"), ensure_ascii=False)


def parse_generalise(text: str) -> dict[str, Any]:
    """The generalisation object for a cell; ``GeneraliseError`` says what is wrong.

    The result is checked by the questionnaire model, like a hand-written file.
    """
    text = text.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            where = {"line": error.lineno, "column": error.colno}
            raise GeneraliseError(x("xls.json.invalid_paren", reason=error.msg, **where)) from None
        if not isinstance(data, dict):
            raise GeneraliseError(x("xls.generalise.not_object"))
        return data
    match = _COMPACT.match(text)
    if not match or match.group(1) not in _ARGS:
        raise GeneraliseError(x("xls.generalise.unknown", text=text))
    kind, raw = match.group(1), match.group(2)
    args = [_number(a) for a in raw.split(",")] if raw and raw.strip() else []
    low, high = _ARGS[kind]
    if not low <= len(args) <= high:
        if low == high:
            raise GeneraliseError(x("xls.generalise.count", kind=kind, count=low, got=len(args)))
        range_ = {"low": low, "high": high}
        raise GeneraliseError(x("xls.generalise.count_range", kind=kind, got=len(args), **range_))
    if kind in ("year_band", "top_code") and args and not args[0].is_integer():
        raise GeneraliseError(x("xls.generalise.whole", kind=kind))
    if kind == "year_band":
        return {"kind": kind, **({"width": int(args[0])} if args else {})}
    if kind == "top_code":
        return {"kind": kind, "max": int(args[0])}
    if kind == "bins":
        return {"kind": kind, "edges": args}
    return {"kind": kind}


def _number(text: str) -> float:
    try:
        return float(text.strip())
    except ValueError:
        raise GeneraliseError(x("xls.not_number", value=text.strip())) from None
