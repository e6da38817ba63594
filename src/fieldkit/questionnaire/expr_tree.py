"""The expression language's syntax tree: its nodes, its functions and what a tree reads.

Kept apart from the parser (``expr_parse``) and from evaluation and printing
(``expr``) so the validator's questions about a tree ("which questions does it
read?", "does it use ``.``?") need neither; ``fieldkit.questionnaire.expr``
re-exports every public name here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from fieldkit.questionnaire.functions import AGGREGATES

MAX_LENGTH = 2000
MAX_DEPTH = 40
MAX_OPERATORS = 256

# Binary operators by precedence, lowest first (the parser's levels, the printer's parentheses).
LEVELS: tuple[tuple[str, ...], ...] = (
    ("or",),
    ("and",),
    ("=", "!="),
    ("<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "div", "mod"),
)


@dataclass(frozen=True)
class Literal:
    value: str | float | int | bool


@dataclass(frozen=True)
class Ref:
    """``${question_id}``."""

    name: str


@dataclass(frozen=True)
class Current:
    """``.``: the answer being checked (constraints only)."""


@dataclass(frozen=True)
class Parent:
    """``..``: the repeat instance around the expression (only in ``position(..)``)."""


@dataclass(frozen=True)
class Field:
    """A bare name: an attribute of the choice being filtered (``choice_filter`` only)."""

    name: str


@dataclass(frozen=True)
class Not:
    operand: Expr


@dataclass(frozen=True)
class Binary:
    op: str
    left: Expr
    right: Expr


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Expr, ...]


Expr: TypeAlias = Literal | Ref | Current | Parent | Field | Not | Binary | Call

# name -> (minimum args, maximum args)
FUNCTIONS: dict[str, tuple[int, int]] = {
    "not": (1, 1),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
    "position": (1, 1),
    "count": (1, 1),
    "sum": (1, 1),
    "min": (1, 1),
    "max": (1, 1),
    "regex": (2, 2),
    "if": (3, 3),
    "concat": (1, 20),
    "coalesce": (2, 2),
    "round": (1, 2),
    "int": (1, 1),
    "number": (1, 1),
    "string": (1, 1),
}


def nodes(expr: Expr) -> list[Expr]:
    """Every node of the tree, parents before children."""
    found: list[Expr] = []
    stack: list[Expr] = [expr]
    while stack:
        node = stack.pop()
        found.append(node)
        if isinstance(node, Not):
            stack.append(node.operand)
        elif isinstance(node, Binary):
            stack += [node.right, node.left]
        elif isinstance(node, Call):
            stack += reversed(node.args)
    return found


def references(expr: Expr) -> set[str]:
    """Question ids the expression reads."""
    return {node.name for node in nodes(expr) if isinstance(node, Ref)}


def fields(expr: Expr) -> set[str]:
    """Bare names (choice attributes) the expression reads."""
    return {node.name for node in nodes(expr) if isinstance(node, Field)}


def aggregated(expr: Expr) -> set[str]:
    """Question ids read directly as the argument of ``count``/``sum``/``min``/``max``."""
    return {
        arg.name
        for node in nodes(expr)
        if isinstance(node, Call) and node.name in AGGREGATES
        for arg in node.args
        if isinstance(arg, Ref)
    }


def uses_current(expr: Expr) -> bool:
    """True when the expression contains ``.``."""
    return any(isinstance(node, Current) for node in nodes(expr))


def uses_position(expr: Expr) -> bool:
    """True when the expression contains ``position(..)``."""
    return any(isinstance(node, Call) and node.name == "position" for node in nodes(expr))
