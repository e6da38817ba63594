"""fieldkit's expression language: a small, safe subset of XLSForm's XPath.

Used for skip logic (``relevant``) and answer checks (``constraint``)::

    ${sold_or_introduced} = 'sold' and ${price_paid} != 'not_paid'
    selected(${means_used}, 'drugging') or count-selected(${means_used}) > 2
    . >= ${birth_year} + 10

Expressions are parsed into a tree by a hand-written recursive-descent parser
and evaluated by walking the tree: nothing is ever handed to ``eval``.  Input
size and nesting depth are bounded so hostile files fail with an
``ExpressionError`` instead of exhausting the stack.

Values: an unanswered question is ``None`` and compares equal to ``''`` (as in
XLSForm); multiple-choice answers are lists; money answers evaluate to their
amount; year-months and dates compare with years ("1998-03" >= 1998);
arithmetic on a missing value yields ``None`` and any comparison with it is
false.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeAlias

from fieldkit.errors import ExpressionError

__all__ = [
    "FUNCTIONS",
    "Binary",
    "Call",
    "Current",
    "Expr",
    "Literal",
    "Not",
    "Ref",
    "evaluate",
    "parse",
    "references",
    "to_source",
    "truthy",
]

MAX_LENGTH = 2000
MAX_DEPTH = 40
MAX_OPERATORS = 256

Value: TypeAlias = Any


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


Expr: TypeAlias = Literal | Ref | Current | Not | Binary | Call

# name -> (minimum args, maximum args)
FUNCTIONS: dict[str, tuple[int, int]] = {
    "not": (1, 1),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "true": (0, 0),
    "false": (0, 0),
}

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{(?P<refname>[^}]*)\})
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<name>[A-Za-z][A-Za-z0-9_\-]*)
  | (?P<dot>\.)
    """,
    re.VERBOSE,
)
_REF_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_WORD_OPS = {"and", "or", "div", "mod"}
_CALENDAR = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    pos: int


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(source):
        m = _TOKEN.match(source, pos)
        if m is None:
            raise _error(source, pos, f"unexpected character {source[pos]!r}")
        kind = m.lastgroup or ""
        if kind == "refname":
            kind = "ref"
        if kind == "ref" and not _REF_NAME.match(m.group("refname")):
            raise _error(source, pos, f"{m.group(0)!r} is not a valid question reference")
        if kind == "name" and m.group(0) in _WORD_OPS:
            kind = "op"
        if kind != "ws":
            tokens.append(_Token(kind, m.group(0), pos))
        pos = m.end()
    tokens.append(_Token("end", "", len(source)))
    return tokens


def _error(source: str, pos: int, message: str) -> ExpressionError:
    return ExpressionError(f"{message} at column {pos + 1} of {source!r}")


class _Parser:
    """Precedence, lowest first: or, and, = !=, < <= > >=, + -, * div mod, unary -."""

    _LEVELS: tuple[tuple[str, ...], ...] = (
        ("or",),
        ("and",),
        ("=", "!="),
        ("<", "<=", ">", ">="),
        ("+", "-"),
        ("*", "div", "mod"),
    )

    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.index = 0
        self.depth = 0
        self.operators = 0

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text:
            found = repr(token.text) if token.text else "the end"
            raise _error(self.source, token.pos, f"expected {text!r} but found {found}")

    def parse(self) -> Expr:
        expr = self.binary(0)
        token = self.peek()
        if token.kind != "end":
            raise _error(self.source, token.pos, f"unexpected {token.text!r}")
        return expr

    def binary(self, level: int) -> Expr:
        if level == len(self._LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek().kind == "op" and self.peek().text in self._LEVELS[level]:
            token = self.take()
            self.operators += 1
            if self.operators > MAX_OPERATORS:
                raise _error(self.source, token.pos, "expression has too many operators")
            left = Binary(token.text, left, self.binary(level + 1))
        return left

    def unary(self) -> Expr:
        token = self.peek()
        if token.kind == "op" and token.text == "-":
            self.take()
            return Binary("-", Literal(0), self.nested(self.unary))
        return self.primary()

    def nested(self, parse: Callable[[], Expr]) -> Expr:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _error(self.source, self.peek().pos, "expression is nested too deeply")
        try:
            return parse()
        finally:
            self.depth -= 1

    def primary(self) -> Expr:
        token = self.take()
        if token.kind == "number":
            number = float(token.text)
            return Literal(int(number) if number.is_integer() and "." not in token.text else number)
        if token.kind == "string":
            return Literal(token.text[1:-1])
        if token.kind == "ref":
            return Ref(token.text[2:-1])
        if token.kind == "dot":
            return Current()
        if token.text == "(":
            inner = self.nested(lambda: self.binary(0))
            self.expect(")")
            return inner
        if token.kind == "name":
            return self.call(token)
        found = repr(token.text) if token.text else "the end"
        raise _error(self.source, token.pos, f"expected a value but found {found}")

    def call(self, token: _Token) -> Expr:
        name = token.text
        if name not in FUNCTIONS:
            known = ", ".join(f"{f}()" for f in FUNCTIONS)
            raise _error(self.source, token.pos, f"unknown function {name!r} (known: {known})")
        if self.peek().text != "(":
            raise _error(self.source, token.pos, f"{name} must be followed by '('")
        self.take()
        args: list[Expr] = []
        if self.peek().text != ")":
            args.append(self.nested(lambda: self.binary(0)))
            while self.peek().text == ",":
                self.take()
                args.append(self.nested(lambda: self.binary(0)))
        self.expect(")")
        low, high = FUNCTIONS[name]
        if not low <= len(args) <= high:
            raise _error(
                self.source, token.pos, f"{name}() takes {low} argument(s), got {len(args)}"
            )
        if name == "not":
            return Not(args[0])
        if name in ("true", "false"):
            return Literal(name == "true")
        return Call(name, tuple(args))


def parse(source: str) -> Expr:
    """Parse ``source`` or raise ``ExpressionError`` naming the column at fault."""
    if not isinstance(source, str):
        raise ExpressionError("an expression must be text")
    if len(source) > MAX_LENGTH:
        raise ExpressionError(f"expression is longer than {MAX_LENGTH} characters")
    if not source.strip():
        raise ExpressionError("expression is empty")
    return _Parser(source).parse()


def references(expr: Expr) -> set[str]:
    """Question ids the expression reads."""
    if isinstance(expr, Ref):
        return {expr.name}
    if isinstance(expr, Not):
        return references(expr.operand)
    if isinstance(expr, Binary):
        return references(expr.left) | references(expr.right)
    if isinstance(expr, Call):
        return set().union(*(references(a) for a in expr.args))
    return set()


def uses_current(expr: Expr) -> bool:
    """True when the expression contains ``.``."""
    if isinstance(expr, Current):
        return True
    if isinstance(expr, Not):
        return uses_current(expr.operand)
    if isinstance(expr, Binary):
        return uses_current(expr.left) or uses_current(expr.right)
    if isinstance(expr, Call):
        return any(uses_current(a) for a in expr.args)
    return False


# --- evaluation -------------------------------------------------------------


def truthy(value: Value) -> bool:
    """XPath-like truth: missing, empty, zero and false are false."""
    if value is None:
        return False
    if isinstance(value, (list, tuple, str)):
        return len(value) > 0
    return bool(value)


def _scalar(value: Value) -> Value:
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


def _call(name: str, args: list[Value]) -> Value:
    first = args[0]
    if name == "selected":
        wanted = _scalar(args[1])
        if isinstance(first, (list, tuple)):
            return str(wanted) in [str(v) for v in first]
        return first is not None and str(first) == str(wanted)
    if name == "count-selected":
        if isinstance(first, (list, tuple)):
            return len(first)
        return 0 if first in (None, "") else 1
    # string-length
    return 0 if first is None else len(str(_scalar(first)))


def evaluate(expr: Expr, lookup: Callable[[str], Value], current: Value = None) -> Value:
    """Evaluate ``expr``; ``lookup(id)`` gives an answer (``None`` when unanswered)."""
    if isinstance(expr, Literal):
        return expr.value
    if isinstance(expr, Ref):
        return lookup(expr.name)
    if isinstance(expr, Current):
        return current
    if isinstance(expr, Not):
        return not truthy(evaluate(expr.operand, lookup, current))
    if isinstance(expr, Call):
        return _call(expr.name, [evaluate(a, lookup, current) for a in expr.args])
    op = expr.op
    if op == "and":
        return truthy(evaluate(expr.left, lookup, current)) and truthy(
            evaluate(expr.right, lookup, current)
        )
    if op == "or":
        return truthy(evaluate(expr.left, lookup, current)) or truthy(
            evaluate(expr.right, lookup, current)
        )
    left = evaluate(expr.left, lookup, current)
    right = evaluate(expr.right, lookup, current)
    if op == "=":
        return _equal(left, right)
    if op == "!=":
        return not _equal(left, right)
    if op in ("<", "<=", ">", ">="):
        return _order(op, left, right)
    return _arithmetic(op, left, right)


# --- printing ----------------------------------------------------------------

_PRECEDENCE = {op: level for level, ops in enumerate(_Parser._LEVELS) for op in ops}


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
    if isinstance(expr, Not):
        return f"not({_print(expr.operand, 0)})"
    if isinstance(expr, Call):
        return f"{expr.name}({', '.join(_print(a, 0) for a in expr.args)})"
    level = _PRECEDENCE[expr.op]
    # Left-associative: the right operand needs parentheses at equal precedence.
    text = f"{_print(expr.left, level)} {expr.op} {_print(expr.right, level + 1)}"
    return f"({text})" if level < parent_level else text
