"""Documentation stays true: the command reference is generated from the commands,
and every command and every environment variable is documented."""

from __future__ import annotations

import importlib.util
import re

from helpers import TESTS

ROOT = TESTS.parent


def _load_writer() -> object:
    spec = importlib.util.spec_from_file_location(
        "write_cli_docs", ROOT / "scripts" / "write_cli_docs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current() -> None:
    writer = _load_writer()
    committed = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert committed == writer.render(), (  # type: ignore[attr-defined]
        "docs/cli.md is out of date; regenerate it with: .venv/bin/python scripts/write_cli_docs.py"
    )


def test_every_environment_variable_is_documented() -> None:
    source = "\n".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "src" / "fieldkit").rglob("*.py")
    )
    variables = set(re.findall(r"\"(FIELDKIT_[A-Z_]+)\"", source))
    docs = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    docs += (ROOT / "README.md").read_text(encoding="utf-8")
    missing = sorted(v for v in variables if v not in docs)
    assert not missing, f"undocumented environment variables: {missing}"


def test_every_command_and_option_has_help() -> None:
    """docs/cli.md is generated from the help: a command or option without any would be
    listed there undocumented (issue 16)."""
    import click

    from fieldkit.cli import cli

    def walk(command: click.Command, path: str) -> list[tuple[str, click.Command]]:
        found = [(path, command)]
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                found += walk(sub, f"{path} {name}")
        return found

    bare = []
    for path, command in walk(cli, "fieldkit"):
        if not command.help:
            bare.append(path)
        bare += [
            f"{path} {param.opts[0]}"
            for param in command.params
            if isinstance(param, click.Option) and not param.help and not param.hidden
        ]
    assert not bare, f"no help text: {bare}"


def test_every_image_the_docs_show_exists_and_is_a_screenshot() -> None:
    """``scripts/app_screenshots.py`` writes docs/img/; a renamed or lost picture fails here."""
    pages = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
    linked = 0
    for page in pages:
        for target in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", page.read_text(encoding="utf-8")):
            if "://" in target:
                continue
            image = (page.parent / target).resolve()
            assert image.is_file(), f"{page.relative_to(ROOT)} shows {target}, which is missing"
            if image.suffix == ".svg":
                assert image.read_text(encoding="utf-8").lstrip().startswith("<svg")
            linked += 1
    assert linked >= 11  # the app's screenshots in the interviewer's guide at least
