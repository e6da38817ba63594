"""The expression language's tokenizer and recursive-descent parser.

Hand-written so nothing is ever handed to ``eval``; input length, nesting depth
and operator count are bounded (``expr_tree``) so a hostile file fails with an
``ExpressionError`` naming the column instead of exhausting the stack.
``fieldkit.questionnaire.expr.parse`` is this module's ``parse``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from fieldkit.errors import ExpressionError
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
)
from fieldkit.questionnaire.messages import ExpressionSyntaxError, Listed, Message, Param

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

    _LEVELS = LEVELS

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
