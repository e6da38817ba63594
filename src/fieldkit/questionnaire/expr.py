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

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeAlias

from fieldkit.errors import ExpressionError
from fieldkit.questionnaire import functions
from fieldkit.questionnaire.functions import (
    AGGREGATES,
    Nodeset,
    _arithmetic,
    _equal,
    _order,
    truthy,
)
from fieldkit.questionnaire.messages import ExpressionSyntaxError, Listed, Message, Param

__all__ = [
    "FUNCTIONS",
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


_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{(?P<refname>[^}]*)\})
  | (?P<number>\d+(?:\.\d+)?)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<op><=|>=|!=|=|<|>|\+|-|\*|\(|\)|,)
  | (?P<name>[A-Za-z][A-Za-z0-9_\-]*)
  | (?P<parent>\.\.)
  | (?P<dot>\.)
    """,
    re.VERBOSE,
)
_REF_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_WORD_OPS = {"and", "or", "div", "mod"}


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
            raise _error(source, pos, "expr.unexpected_char", char=repr(source[pos]))
        kind = m.lastgroup or ""
        if kind == "refname":
            kind = "ref"
        if kind == "ref" and not _REF_NAME.match(m.group("refname")):
            raise _error(source, pos, "expr.bad_reference", text=repr(m.group(0)))
        if kind == "name" and m.group(0) in _WORD_OPS:
            kind = "op"
        if kind != "ws":
            tokens.append(_Token(kind, m.group(0), pos))
        pos = m.end()
    tokens.append(_Token("end", "", len(source)))
    return tokens


def _error(source: str, pos: int, key: str, **params: Param) -> ExpressionError:
    what = Message(key, params)
    return ExpressionSyntaxError(
        Message("expr.at", {"what": what, "column": pos + 1, "source": repr(source)})
    )


def _found(token: _Token) -> Param:
    return repr(token.text) if token.text else Message("word.the_end")


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
            raise _error(
                self.source, token.pos, "expr.expected", wanted=repr(text), found=_found(token)
            )

    def parse(self) -> Expr:
        expr = self.binary(0)
        token = self.peek()
        if token.kind != "end":
            raise _error(self.source, token.pos, "expr.unexpected", text=repr(token.text))
        return expr

    def binary(self, level: int) -> Expr:
        if level == len(self._LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek().kind == "op" and self.peek().text in self._LEVELS[level]:
            token = self.take()
            self.operators += 1
            if self.operators > MAX_OPERATORS:
                raise _error(self.source, token.pos, "expr.too_many_operators")
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
            raise _error(self.source, self.peek().pos, "expr.too_deep")
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
        if token.kind == "parent":
            return Parent()
        if token.text == "(":
            inner = self.nested(lambda: self.binary(0))
            self.expect(")")
            return inner
        if token.kind == "name":
            return self.call(token)
        raise _error(self.source, token.pos, "expr.expected_value", found=_found(token))

    def call(self, token: _Token) -> Expr:
        name = token.text
        if name not in FUNCTIONS and self.peek().text != "(" and _REF_NAME.match(name):
            return Field(name)
        if name not in FUNCTIONS:
            known = Listed(tuple(f"{f}()" for f in FUNCTIONS))
            raise _error(
                self.source, token.pos, "expr.unknown_function", name=repr(name), known=known
            )
        if self.peek().text != "(":
            raise _error(self.source, token.pos, "expr.needs_paren", name=name)
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
                self.source, token.pos, "expr.arguments", name=name, low=low, got=len(args)
            )
        if name == "not":
            return Not(args[0])
        if name in ("true", "false"):
            return Literal(name == "true")
        if name == "position" and not isinstance(args[0], Parent):
            raise _error(self.source, token.pos, "expr.position_arg")
        if name != "position" and any(isinstance(a, Parent) for a in args):
            raise _error(self.source, token.pos, "expr.parent_outside")
        return Call(name, tuple(args))


def parse(source: str) -> Expr:
    """Parse ``source`` or raise ``ExpressionError`` naming the column at fault."""
    if not isinstance(source, str):
        raise ExpressionSyntaxError(Message("expr.not_text"))
    if len(source) > MAX_LENGTH:
        raise ExpressionSyntaxError(Message("expr.too_long", {"max": MAX_LENGTH}))
    if not source.strip():
        raise ExpressionSyntaxError(Message("expr.empty"))
    return _Parser(source).parse()


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
