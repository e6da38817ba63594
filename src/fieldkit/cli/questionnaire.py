"""``fieldkit questionnaire check|schema``."""

from __future__ import annotations

from pathlib import Path

import click

from fieldkit.errors import QuestionnaireError

__all__ = ["register"]


@click.group()
def questionnaire() -> None:
    """Check questionnaire files and print the format's JSON Schema."""


@questionnaire.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def check(file: Path) -> None:
    """Report every problem in FILE with the path to the failing element."""
    from fieldkit.questionnaire import check_questionnaire

    result = check_questionnaire(file)
    for warning in result.warnings:
        click.echo(f"warning: {file.name}: {warning}", err=True)
    if result.errors or result.questionnaire is None:
        first, *rest = result.errors
        raise QuestionnaireError(str(first), where=file.name, details=[str(p) for p in rest])
    qn = result.questionnaire
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
