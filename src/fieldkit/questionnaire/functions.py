"""What the expression language's values and functions do, apart from parsing.

Kept apart from ``expr`` (the parser and tree walker) so each stays short.  The
rules follow XLSForm's XPath where fieldkit's answers allow: a missing value is
``None`` and equals ``''``; arithmetic on it gives ``None``; a money answer is
its amount; a year-month compares with a year.  No function can fail on a
user's answer: a value of the wrong kind gives ``None`` (or false).
"""

from __future__ import annotations

import math
import re
from typing import Any, TypeAlias

from fieldkit.questionnaire.pattern import matches

__all__ = ["AGGREGATES", "Nodeset", "aggregate", "apply", "truthy"]

Value: TypeAlias = Any

_CALENDAR = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
AGGREGATES = frozenset({"count", "sum", "min", "max"})
"""Functions that read a repeat question from outside its repeat (a ``Nodeset``)."""
MAX_TEXT = 100_000


class Nodeset(tuple[Any, ...]):
    """Every instance's answer to a repeat question, seen from outside the repeat."""

    __slots__ = ()


def truthy(value: Value) -> bool:
    """XPath-like truth: missing, empty, zero and false are false."""
    if value is None:
        return False
    if isinstance(value, (list, tuple, str)):
        return len(value) > 0
    return bool(value)


def _scalar(value: Value) -> Value:
    if isinstance(value, Nodeset):  # only aggregates read a nodeset
        return None
    if isinstance(value, dict):
        return value.get("amount")
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return value


def _number(value: Value) -> float | None:
    value = _scalar(value)
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        calendar = _CALENDAR.match(value)
        if calendar:  # "1998-03" compares with years: 1998 + 2/12
            year, month, day = calendar.group(1, 2, 3)
            return int(year) + (int(month) - 1) / 12 + (int(day or 1) - 1) / 372
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _equal(left: Value, right: Value) -> bool:
    left, right = _scalar(left), _scalar(right)
    if left is None or right is None:
        return (left if left is not None else "") == (right if right is not None else "")
    if isinstance(left, (int, float)) or isinstance(right, (int, float)):
        a, b = _number(left), _number(right)
        return a is not None and a == b
    return str(left) == str(right)


def _order(op: str, left: Value, right: Value) -> bool:
    left, right = _scalar(left), _scalar(right)
    if left is None or right is None:
        return False
    a: Any
    b: Any
    if (
        isinstance(left, str)
        and isinstance(right, str)
        and (_number(left) is None or _number(right) is None)
    ):
        a, b = left, right
    else:
        a, b = _number(left), _number(right)
        if a is None or b is None:
            return False
    result: bool = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]
    return result


def _arithmetic(op: str, left: Value, right: Value) -> float | None:
    a, b = _number(left), _number(right)
    if a is None or b is None:
        return None
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0:
        return None
    return a / b if op == "div" else a % b


def aggregate(name: str, value: Value) -> Value:
    """``count``, ``sum``, ``min``, ``max`` over a nodeset (or one value, as a set of one)."""
    items = list(value) if isinstance(value, Nodeset) else ([] if value is None else [value])
    if name == "count":
        return len(items)
    numbers = [n for n in (_number(v) for v in items) if n is not None]
    if name == "sum":
        return sum(numbers)
    if not numbers:
        return None
    return min(numbers) if name == "min" else max(numbers)


def _text(value: Value) -> str:
    scalar = _scalar(value)
    if scalar is None:
        return ""
    if isinstance(scalar, bool):
        return "true" if scalar else "false"
    if isinstance(scalar, float) and scalar.is_integer():
        return str(int(scalar))
    return str(scalar)


def _round(args: list[Value]) -> Value:
    number = _number(args[0])
    digits = _number(args[1]) if len(args) > 1 else 0.0
    if number is None or digits is None or not math.isfinite(number):
        return None
    if not math.isfinite(digits) or abs(digits) > 15:  # round(x, NaN) has no answer
        return None
    # XPath rounds halves up, not to even
    scale = 10.0 ** int(digits)
    scaled = number * scale + 0.5
    if not math.isfinite(scaled):
        return number
    return math.floor(scaled) / scale


def apply(name: str, args: list[Value]) -> Value:
    """Every other function, by name, on evaluated arguments."""
    first = args[0] if args else None
    if name == "selected":
        wanted = _scalar(args[1])
        if isinstance(first, (list, tuple)) and not isinstance(first, Nodeset):
            return str(wanted) in [str(v) for v in first]
        return first is not None and str(_scalar(first)) == str(wanted)
    if name == "count-selected":
        if isinstance(first, (list, tuple)) and not isinstance(first, Nodeset):
            return len(first)
        return 0 if _scalar(first) in (None, "") else 1
    if name == "string-length":
        return 0 if _scalar(first) is None else len(_text(first))
    if name == "regex":
        return isinstance(_scalar(first), (str, int, float)) and matches(
            _text(first), _text(args[1])
        )
    if name == "concat":
        return "".join(_text(a) for a in args)[:MAX_TEXT]
    if name == "coalesce":
        return first if _text(first) != "" else args[1]
    if name == "round":
        return _round(args)
    if name == "int":
        number = _number(first)
        return None if number is None or not math.isfinite(number) else int(number)
    if name == "number":
        return _number(first)
    # string
    return _text(first)
