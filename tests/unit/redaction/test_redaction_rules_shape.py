"""Round 31: the cue rules became plain functions returning lists (no generator frame per
rule).  A ``yield`` left in such a function turns it back into a generator that returns
nothing when iterated as a list is not what the caller gets: ``list += generator`` still
works, so the rule would seem to run while its early ``return out`` dropped its hits.  One
slipped in when the round's rules were merged with the conversion; this test keeps it out."""

from __future__ import annotations

import ast
from pathlib import Path

import fieldkit.redaction

PACKAGE = Path(fieldkit.redaction.__file__).parent


def _own_yields(function: ast.FunctionDef) -> list[int]:
    """Lines of the ``yield`` statements of ``function`` itself, not of functions nested in it."""
    found: list[int] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            found.append(node.lineno)
        stack.extend(ast.iter_child_nodes(node))
    return found


def test_no_function_declared_to_return_a_list_yields() -> None:
    offenders: list[str] = []
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or node.returns is None:
                continue
            if not ast.unparse(node.returns).startswith(("list", "tuple")):
                continue
            offenders.extend(f"{path.name}:{line} {node.name}" for line in _own_yields(node))
    assert not offenders, offenders


def test_the_check_finds_a_yield_in_a_list_function() -> None:
    """The check itself fails on the shape it guards against (a made module)."""
    tree = ast.parse("def rule(x) -> list[int]:\n    out = []\n    yield 1\n    return out\n")
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert _own_yields(function) == [3]
