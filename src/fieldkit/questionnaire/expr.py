"""fieldkit's expression language: a small, safe subset of XLSForm's XPath.

Used for skip logic (``relevant``) and answer checks (``constraint``)::

    ${sold_or_introduced} = 'sold' and ${price_paid} != 'not_paid'
    selected(${means_used}, 'drugging') or count-selected(${means_used}) > 2
    . >= ${birth_year} + 10
    regex(., '^[0-9]{4}$')
    if(${price} > 5000, 'high', 'low')                # a calculate
    count(${sales}) = ${times_sold}                     # a repeat's instances
    sum(${sale_price}) and position(..)                 # over / inside a repeat
    province = ${province}                              # a choice_filter

Expressions are parsed into a tree by a hand-written recursive-descent parser
and evaluated by walking the tree: nothing is ever handed to ``eval``.  Input
size and nesting depth are bounded so hostile files fail with an
``ExpressionError`` instead of exhausting the stack.

Values: an unanswered question is ``None`` and compares equal to ``''`` (as in
XLSForm); multiple-choice answers are lists; money answers evaluate to their
amount; year-months and dates compare with years ("1998-03" >= 1998);
arithmetic on a missing value yields ``None`` and any comparison with it is
false.

Inside a repeat, ``${q}`` of the same repeat is this instance's answer and
``position(..)`` its 1-based number; outside it, ``${q}`` of a repeat question
is the ``Nodeset`` of every instance's answer, read only by ``count``, ``sum``,
``min`` and ``max`` (the validator says so).  Bare names (``province``) are a
choice's attributes and appear only in ``choice_filter``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from fieldkit.questionnaire import functions
from fieldkit.questionnaire.expr_parse import parse
from fieldkit.questionnaire.expr_tree import (
    FUNCTIONS,
    LEVELS,
    MAX_DEPTH,
    MAX_LENGTH,
    MAX_OPERATORS,
    Binary,
    Call,
    Current,
    Expr,
    Field,
    Literal,
    Not,
    Parent,
    Ref,
    aggregated,
    fields,
    nodes,
    references,
    uses_current,
    uses_position,
)
from fieldkit.questionnaire.functions import (
    AGGREGATES,
    Nodeset,
    _arithmetic,
    _equal,
    _order,
    truthy,
)

__all__ = [
    "FUNCTIONS",
    "MAX_DEPTH",
    "MAX_LENGTH",
    "MAX_OPERATORS",
    "Binary",
    "Call",
    "Current",
    "Expr",
    "Field",
    "Literal",
    "Nodeset",
    "Not",
    "Parent",
    "Ref",
    "aggregated",
    "evaluate",
    "fields",
    "nodes",
    "parse",
    "references",
    "to_source",
    "truthy",
    "uses_current",
    "uses_position",
]

Value: TypeAlias = Any


# --- evaluation -------------------------------------------------------------


@dataclass(frozen=True)
class _Scope:
    lookup: Callable[[str], Value]
    current: Value
    position: int | None
    fields: Mapping[str, Value] | None


def evaluate(
    expr: Expr,
    lookup: Callable[[str], Value],
    current: Value = None,
    *,
    position: int | None = None,
    fields: Mapping[str, Value] | None = None,
) -> Value:
    """Evaluate ``expr``; ``lookup(id)`` gives an answer (``None`` when unanswered).

    ``position`` is the repeat instance's number (for ``position(..)``), ``fields``
    the attributes of the choice a ``choice_filter`` is deciding on."""
    return _eval(expr, _Scope(lookup, current, position, fields))


def _eval(expr: Expr, scope: _Scope) -> Value:
    if isinstance(expr, Literal):
        return expr.value
    if isinstance(expr, Ref):
        return scope.lookup(expr.name)
    if isinstance(expr, Current):
        return scope.current
    if isinstance(expr, Field):
        return None if scope.fields is None else scope.fields.get(expr.name)
    if isinstance(expr, Parent):
        return None
    if isinstance(expr, Not):
        return not truthy(_eval(expr.operand, scope))
    if isinstance(expr, Call):
        return _call(expr, scope)
    op = expr.op
    if op == "and":
        return truthy(_eval(expr.left, scope)) and truthy(_eval(expr.right, scope))
    if op == "or":
        return truthy(_eval(expr.left, scope)) or truthy(_eval(expr.right, scope))
    left = _eval(expr.left, scope)
    right = _eval(expr.right, scope)
    if op == "=":
        return _equal(left, right)
    if op == "!=":
        return not _equal(left, right)
    if op in ("<", "<=", ">", ">="):
        return _order(op, left, right)
    return _arithmetic(op, left, right)


def _call(call: Call, scope: _Scope) -> Value:
    if call.name == "position":
        return scope.position
    if call.name == "if":  # only the branch taken is evaluated
        chosen = call.args[1] if truthy(_eval(call.args[0], scope)) else call.args[2]
        return _eval(chosen, scope)
    args = [_eval(a, scope) for a in call.args]
    if call.name in AGGREGATES:
        return functions.aggregate(call.name, args[0])
    return functions.apply(call.name, args)


# --- printing ----------------------------------------------------------------

_PRECEDENCE = {op: level for level, ops in enumerate(LEVELS) for op in ops}


def to_source(expr: Expr) -> str:
    """Canonical text of an expression; ``parse(to_source(e)) == e``."""
    return _print(expr, 0)


def _print(expr: Expr, parent_level: int) -> str:
    if isinstance(expr, Literal):
        if isinstance(expr.value, bool):
            return "true()" if expr.value else "false()"
        if isinstance(expr.value, str):
            quote = "'" if "'" not in expr.value else '"'
            return f"{quote}{expr.value}{quote}"
        return repr(expr.value)
    if isinstance(expr, Ref):
        return "${" + expr.name + "}"
    if isinstance(expr, Current):
        return "."
    if isinstance(expr, Parent):
        return ".."
    if isinstance(expr, Field):
        return expr.name
    if isinstance(expr, Not):
        return f"not({_print(expr.operand, 0)})"
    if isinstance(expr, Call):
        return f"{expr.name}({', '.join(_print(a, 0) for a in expr.args)})"
    level = _PRECEDENCE[expr.op]
    # Left-associative: the right operand needs parentheses at equal precedence.
    text = f"{_print(expr.left, level)} {expr.op} {_print(expr.right, level + 1)}"
    return f"({text})" if level < parent_level else text
