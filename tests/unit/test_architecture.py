"""The structure holds where import-linter cannot look: no SQL and no connection outside
``fieldkit.store`` (its role objects own every transaction and event)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from helpers import TESTS

SRC = TESTS.parent / "src" / "fieldkit"
STORE = SRC / "store"
SQL = re.compile(
    r"\b(SELECT\b.*\bFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"(CREATE|DROP)\s+(TABLE|INDEX|TRIGGER|VIEW)|PRAGMA\s|BEGIN\s+IMMEDIATE|SAVEPOINT\s)"
)


def _outside_store() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if STORE not in p.parents)


def _strings(tree: ast.AST) -> list[tuple[int, str]]:
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    ]


def test_the_scan_covers_the_services_and_interfaces() -> None:
    names = {p.relative_to(SRC).parts[0] for p in _outside_store()}
    assert {"session", "bundle", "audit", "cli", "tui"} <= names


@pytest.mark.parametrize("path", _outside_store(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_sql_and_no_connection_outside_the_store(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    sql = [line for line, text in _strings(tree) if SQL.search(text)]
    assert not sql, f"SQL outside fieldkit.store at line(s) {sql}: add a store method instead"
    reached = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ("db", "_db", "atomic")
    ]
    assert not reached, f"the store's connection is used at line(s) {reached}"


def test_the_sql_pattern_finds_sql() -> None:
    assert SQL.search("SELECT body FROM merged_records ORDER BY record_id")
    assert SQL.search("INSERT INTO audit_reviews (record_id) VALUES (?)")
    assert not SQL.search("select the questions from the list")
