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


# --- docs/architecture.md is checked against the code -----------------------------------

DOC = TESTS.parent / "docs" / "architecture.md"
PYPROJECT = TESTS.parent / "pyproject.toml"


def _section(heading: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def _tables(heading: str) -> list[list[list[str]]]:
    """The Markdown tables under ``heading``: each a list of rows of cells (no header)."""
    tables: list[list[list[str]]] = []
    previous = ""
    for line in _section(heading).splitlines():
        if line.startswith("|"):
            if not previous.startswith("|"):
                tables.append([])
            tables[-1].append([cell.strip() for cell in line.strip().strip("|").split("|")])
        previous = line
    return [table[2:] for table in tables]


def _names(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def _resolve(dotted: str) -> object:
    """A module, or an attribute path inside one (``pkg.mod.Class.method``)."""
    import importlib

    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            target = getattr(target, name)
        return target
    raise AssertionError(f"{dotted} does not exist")


def test_the_layer_diagram_is_the_layers_contract() -> None:
    import tomllib

    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers")
    block = _section("Layers").split("```text\n", 1)[1].split("```", 1)[0]
    diagram = [
        " ".join(line.split()[1:] if line[0] != " " else line.split())
        for line in block.splitlines()
    ]
    assert diagram == contract["layers"], "docs/architecture.md and pyproject.toml disagree"
    named = set(re.findall(r"fieldkit\.\w+", block))
    packages = {
        f"fieldkit.{p.stem if p.is_file() else p.name}"
        for p in SRC.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists())
        or (p.suffix == ".py" and p.stem not in ("__init__", "__main__"))
    }
    assert named == packages, f"not in the layers: {sorted(packages - named)}"


def _commands() -> dict[str, object]:
    import click

    from fieldkit.cli import cli

    found: dict[str, object] = {}

    def walk(command: click.Command, path: str) -> None:
        if not isinstance(command, click.Group) or command.invoke_without_command:
            found[path] = command
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                walk(sub, f"{path} {name}")

    walk(cli, "fieldkit")
    return found


def test_every_command_is_in_the_table_with_its_module_and_service() -> None:
    commands = _commands()
    table = {_names(row[0])[0]: row for row in _tables("Where a command's work happens")[0]}
    assert sorted(table) == sorted(commands)
    for path, row in table.items():
        callback = commands[path].callback  # type: ignore[attr-defined]
        assert _names(row[1]) == [callback.__module__], f"{path}: defined elsewhere"
        for dotted in _names(row[2]):
            assert callable(_resolve(dotted)), dotted


def test_the_screens_and_store_roles_named_in_the_doc_exist(tmp_path: Path) -> None:
    from fieldkit.store import Store

    from helpers import PASSPHRASE

    for row in _tables("Where a command's work happens")[1]:
        for dotted in _names(row[1]):
            assert callable(_resolve(dotted)), dotted
    with Store.create(tmp_path / "ws", PASSPHRASE) as store:
        for row in _tables("The store: one owner for every transaction")[0]:
            role, module, methods = _names(row[0])[0], _names(row[1])[0], _names(row[2])
            obj = getattr(store, role.removeprefix("store."))
            assert type(obj).__module__ == module, role
            for method in methods:
                assert callable(getattr(obj, method)), f"{role}.{method}"
