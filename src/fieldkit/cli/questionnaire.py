"""``fieldkit questionnaire check|schema``."""

from __future__ import annotations

from pathlib import Path

import click

from fieldkit.cli.jsonout import emit_json, json_option
from fieldkit.errors import QuestionnaireError

__all__ = ["register"]


@click.group()
def questionnaire() -> None:
    """Check questionnaire files and print the format's JSON Schema."""


@questionnaire.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
def check(file: Path, as_json: bool) -> None:
    """Report every problem in FILE with the path to the failing element (exit 2 if any)."""
    from fieldkit.questionnaire import check_questionnaire

    result = check_questionnaire(file)
    if as_json:
        qn = result.questionnaire
        emit_json(
            {
                "file": str(file),
                "ok": not result.errors and qn is not None,
                "errors": [str(p) for p in result.errors],
                "warnings": [str(w) for w in result.warnings],
                "questionnaire": None
                if qn is None
                else {
                    "id": qn.id,
                    "version": qn.version,
                    "sections": len(qn.sections),
                    "questions": len(qn.questions()),
                    "languages": list(qn.languages),
                },
            }
        )
    for warning in result.warnings:
        click.echo(f"warning: {file.name}: {warning}", err=True)
    if result.errors or result.questionnaire is None:
        first, *rest = result.errors
        raise QuestionnaireError(str(first), where=file.name, details=[str(p) for p in rest])
    qn = result.questionnaire
    if as_json:
        return
    click.echo(
        f"ok: {qn.id} {qn.version}: {len(qn.sections)} sections, "
        f"{len(qn.questions())} questions, languages {', '.join(qn.languages)}"
    )


@questionnaire.command()
def schema() -> None:
    """Print the JSON Schema of the questionnaire format."""
    from fieldkit.questionnaire.schema import render_schema

    click.echo(render_schema(), nl=False)


def register(group: click.Group) -> None:
    group.add_command(questionnaire)
