"""Which characters can a regular expression's match start with?

The known-term regex is large and runs on every keystroke of the live preview.
Knowing the characters its matches can start with lets a one-character-class
prefilter jump to candidate positions at C speed.  The answer comes from the
standard library's own regex parse tree (``re._parser``, private but stable
across 3.11+); when a construct is not understood the answer is "any", which
is always safe.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["first_chars"]

# Private modules of the standard library: importlib keeps the type checker out of them.
re_parser: Any = importlib.import_module("re._parser")
re_constants: Any = importlib.import_module("re._constants")


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with (None: any)."""
    try:
        parsed = re_parser.parse(pattern)
    except Exception:  # any parse failure: "any character"
        return None
    found, _nullable = _first_of(list(parsed))
    return found


def _first_of(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: object, av: object) -> tuple[set[str] | None, bool]:
    c = re_constants
    if op is c.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is c.IN:
        return _first_in(av), False  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    if op is c.BRANCH:
        out: set[str] = set()
        nullable = False
        for seq in av[1]:  # type: ignore[index]
            chars, empty = _first_of(list(seq))
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op is c.SUBPATTERN:
        return _first_of(list(av[-1]))  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        repeat: tuple[int, int, Any] = av  # type: ignore[assignment]
        chars, empty = _first_of(list(repeat[2]))
        return chars, empty or repeat[0] == 0
    return None, False


def _first_in(items: list[tuple[object, object]]) -> set[str] | None:
    c = re_constants
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))  # type: ignore[arg-type]
        elif op is c.RANGE and av[1] - av[0] < 512:  # type: ignore[index]
            out.update(chr(x) for x in range(av[0], av[1] + 1))  # type: ignore[index]
        elif op is c.CATEGORY and str(av) == "CATEGORY_SPACE":
            out.update(" \t\n\r\f\v")
        elif op is c.CATEGORY and str(av) == "CATEGORY_DIGIT":
            out.update("0123456789")
        else:
            return None
    return out
