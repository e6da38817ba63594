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

from fieldkit.questionnaire.model import Bins, Generalisation, TopCode, YearBand

__all__ = ["SYNTAX", "format_generalise", "number_text", "parse_generalise"]

SYNTAX = "year_band(5), year_only, top_code(6), bins(2000, 5000), or a JSON object"
_COMPACT = re.compile(r"^([a-z_]+)\s*(?:\((.*)\))?$", re.DOTALL)
_ARGS = {"year_band": (0, 1), "year_only": (0, 0), "top_code": (1, 1), "bins": (1, 64)}


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
    """The generalisation object for a cell; ``ValueError`` says what is wrong.

    The result is checked by the questionnaire model, like a hand-written file.
    """
    text = text.strip()
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise ValueError(f"not valid JSON ({error.msg})") from None
        if not isinstance(data, dict):
            raise ValueError("the JSON must be an object")
        return data
    match = _COMPACT.match(text)
    if not match or match.group(1) not in _ARGS:
        raise ValueError(f"'{text}' is not a generalisation")
    kind, raw = match.group(1), match.group(2)
    args = [_number(a) for a in raw.split(",")] if raw and raw.strip() else []
    low, high = _ARGS[kind]
    if not low <= len(args) <= high:
        count = str(low) if low == high else f"{low} to {high}"
        raise ValueError(f"{kind} takes {count} number(s), got {len(args)}")
    if kind in ("year_band", "top_code") and args and not args[0].is_integer():
        raise ValueError(f"{kind} takes a whole number")
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
        raise ValueError(f"'{text.strip()}' is not a number") from None
