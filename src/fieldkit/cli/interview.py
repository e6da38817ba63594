"""``fieldkit interview import|list|show``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from fieldkit.cli.common import open_workspace

if TYPE_CHECKING:
    from fieldkit.session import InterviewSession

__all__ = ["register"]

_STATUS = {"in_progress": "in progress", "complete": "complete", "exported": "exported"}


@click.group()
def interview() -> None:
    """Import, list and show interviews."""


@interview.command("import")
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option(
    "--delete-input",
    is_flag=True,
    help="After a successful import, overwrite FILE with random bytes and delete it: it "
    "holds the answers in plaintext.",
)
@click.pass_context
def import_(ctx: click.Context, file: Path, delete_input: bool) -> None:
    """Create interviews from a JSON file of answers keyed by question id.

    Everything is checked first; if any answer is wrong nothing is imported.  FILE may be
    '-' to read standard input, so that answers piped from another program never lie on
    disk in plaintext.
    """
    from fieldkit.session import import_interviews, import_interviews_from_bytes

    from_stdin = str(file) == "-"
    if from_stdin and delete_input:
        raise click.UsageError("--delete-input needs a FILE; standard input leaves none")
    ws = open_workspace(ctx)
    if from_stdin:
        result = import_interviews_from_bytes(ws, sys.stdin.buffer.read())
    else:
        result = import_interviews(ws, file)
    name = "standard input" if from_stdin else file.name
    click.echo(f"Imported {len(result.interview_ids)} interview(s) from {name}.")
    if not from_stdin:
        _leave_no_plaintext(file, delete_input)


def _leave_no_plaintext(file: Path, delete_input: bool) -> None:
    """The imported file still holds every answer in the clear: remove it or say so."""
    from fieldkit.session import destroy_import_file

    if not delete_input and sys.stdin.isatty():
        delete_input = click.confirm(
            f"{file.name} holds these answers in plaintext. Overwrite and delete it now?",
            default=False,
            err=True,
        )
    if delete_input:
        destroy_import_file(file)
        click.echo(f"Overwrote and deleted {file.name}.")
        return
    click.echo(
        f"warning: {file} still holds these answers in plaintext. Delete it with "
        "'fieldkit interview import --delete-input' next time (it overwrites the file "
        "first), or pipe the answers in with 'fieldkit interview import -'.",
        err=True,
    )


@interview.command("list")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def list_(ctx: click.Context, as_json: bool) -> None:
    """List interviews with status, progress and last change."""
    ws = open_workspace(ctx)
    rows = ws.summaries()
    if as_json:
        click.echo(
            json.dumps(
                [
                    {
                        "id": s.id,
                        "ref": s.ref,
                        "status": s.status,
                        "created_at": s.created_at,
                        "updated_at": s.updated_at,
                        "answered": s.progress.answered,
                        "asked": s.progress.relevant,
                    }
                    for s in rows
                ],
                indent=2,
            )
        )
        return
    if not rows:
        click.echo("No interviews yet.")
        return
    click.echo(f"{'ID':<16}  {'REF':<12}  {'STATUS':<11}  {'PROGRESS':>8}  LAST CHANGE")
    for s in rows:
        percent = f"{round(100 * s.progress.fraction)}%"
        click.echo(
            f"{s.id:<16}  {(s.ref or '-'):<12.12}  {_STATUS[s.status]:<11}  "
            f"{percent:>8}  {s.updated_at.replace('T', ' ')[:16]}"
        )


@interview.command()
@click.argument("interview_id")
@click.option("--lang", type=click.Choice(["en", "ko"]), default="en", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def show(ctx: click.Context, interview_id: str, lang: str, as_json: bool) -> None:
    """Show one interview's answers (ID may be a unique prefix)."""
    ws = open_workspace(ctx)
    session = ws.interview(interview_id)
    if as_json:
        click.echo(json.dumps(_as_json(session), indent=2, ensure_ascii=False))
        return
    row = session.row
    progress = session.progress()
    click.echo(f"Interview {row.id}" + (f" ({row.ref})" if row.ref else ""))
    click.echo(f"Status: {_STATUS[row.status]}, {progress.answered}/{progress.relevant} answered")
    effective = session.effective()
    for section in session.questionnaire.sections:
        lines = [
            _line(session, q.id, effective[q.id], lang)
            for q in section.questions
            if q.id in effective
        ]
        if lines:
            sealed = "  [sealed: never leaves this device]" if section.sealed else ""
            click.echo(f"\n== {section.title.get(lang, section.id)}{sealed}")
            click.echo("\n".join(lines))


def _line(session: InterviewSession, qid: str, value: Any, lang: str) -> str:
    from fieldkit.questionnaire import format_value

    question = session.flow.by_id[qid]
    label = question.label.get(lang) or next(iter(question.label.values()))
    text = format_value(session.questionnaire, question, value, lang)
    if "\n" in text:
        text = "\n    " + text.replace("\n", "\n    ")
    return f"  {qid}: {label}\n    {text}"


def _as_json(session: InterviewSession) -> dict[str, Any]:
    row = session.row
    return {
        "id": row.id,
        "ref": row.ref,
        "status": row.status,
        "revision": row.revision,
        "created_at": row.created_at,
        "updated_at": row.updated_at,
        "answers": session.effective(),
    }


def register(group: click.Group) -> None:
    group.add_command(interview)
