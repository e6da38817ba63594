"""``fieldkit questionnaire check|schema``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from fieldkit.cli.jsonout import emit_json, json_option
from fieldkit.errors import QuestionnaireError

if TYPE_CHECKING:
    from fieldkit.questionnaire import CheckResult

__all__ = ["register"]


@click.group()
def questionnaire() -> None:
    """Check questionnaire files and print the format's JSON Schema."""


@questionnaire.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@json_option
def check(file: Path, as_json: bool) -> None:
    """Report every problem in FILE with the path to the failing element (exit 2 if any)."""
    from fieldkit.locations import user_language
    from fieldkit.questionnaire import check_questionnaire
    from fieldkit.questionnaire.messages import error_from, say

    lang = user_language()
    result = check_questionnaire(file)
    if as_json:
        _emit(file, result)
    for warning in result.warnings:
        click.echo(say("check.warning", lang, file=file.name, problem=warning.text(lang)), err=True)
    if result.errors or result.questionnaire is None:
        first, *rest = result.errors
        raise error_from(QuestionnaireError, first, where=file.name, details=rest)
    qn = result.questionnaire
    if as_json:
        return
    counts = {"sections": len(qn.sections), "questions": len(qn.questions())}
    languages = ", ".join(qn.languages)
    click.echo(say("check.ok", lang, id=qn.id, version=qn.version, languages=languages, **counts))


def _emit(file: Path, result: CheckResult) -> None:
    """``--json``: English text for scripts, whatever the reader's language, and each
    problem's kind (``error_codes``, ``warning_codes``: the catalog keys, in the same order)."""
    qn = result.questionnaire
    emit_json(
        {
            "file": str(file),
            "ok": not result.errors and qn is not None,
            "errors": [str(p) for p in result.errors],
            "warnings": [str(w) for w in result.warnings],
            "error_codes": [p.code for p in result.errors],
            "warning_codes": [w.code for w in result.warnings],
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


@questionnaire.command()
def schema() -> None:
    """Print the JSON Schema of the questionnaire format."""
    from fieldkit.questionnaire.schema import render_schema

    click.echo(render_schema(), nl=False)


def register(group: click.Group) -> None:
    group.add_command(questionnaire)
