"""``fieldkit interview import|list|show``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from fieldkit.cli.common import open_workspace, workspace_option
from fieldkit.cli.jsonout import emit_json, json_option

if TYPE_CHECKING:
    from fieldkit.session import InterviewSession

__all__ = ["register"]

_STATUS = {
    "in_progress": "in progress",
    "complete": "complete",
    "exported": "exported",
    "declined": "declined",
}


@click.group()
@workspace_option
def interview() -> None:
    """Import, list and show interviews."""


_IMPORTED = {
    "en": "Imported {n} interview(s) from {file}.",
    "ko": "{file}에서 면담 {n}건을 가져왔습니다.",
}
_ALREADY = {
    "en": "{n} interview(s) of {file} were already in this workspace (same reference and "
    "answers); nothing was changed for them.",
    "ko": "{file}의 면담 {n}건은 이미 이 작업 공간에 있습니다(참조 번호와 응답이 같음). "
    "그 면담은 바꾸지 않았습니다.",
}
_CLASH = {
    "en": "notice: {n} imported interview(s) share a reference with one already here but "
    "their answers differ; both are kept ('fieldkit interview list' shows them).",
    "ko": "알림: 가져온 면담 {n}건은 이미 있는 면담과 참조 번호가 같지만 응답이 다릅니다. "
    "둘 다 남겨 두었습니다('fieldkit interview list'로 확인하세요).",
}


@interview.command("import")
@workspace_option
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path))
@click.option(
    "--delete-input",
    is_flag=True,
    help="After a successful import, overwrite FILE with random bytes and delete it: it "
    "holds the answers in plaintext.",
)
@json_option
@click.pass_context
def import_(ctx: click.Context, file: Path, delete_input: bool, as_json: bool) -> None:
    """Create interviews from a JSON file of answers keyed by question id.

    Everything is checked first; if any answer is wrong nothing is imported.  An interview
    already here (same reference and answers) is not imported again: importing the same file
    twice changes nothing the second time, and says so.  FILE may be '-' to read standard
    input, so that answers piped from another program never lie on disk in plaintext.
    """
    from fieldkit.locations import user_language
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
    lang = user_language()
    if result.same_ref_different:
        click.echo(_CLASH[lang].format(n=result.same_ref_different), err=True)
    if as_json:
        emit_json(
            {
                "file": str(file),
                "imported": len(result.interview_ids),
                "already_present": result.already_present,
                "same_reference_different_answers": result.same_ref_different,
                "interview_ids": result.interview_ids,
            }
        )
    else:
        click.echo(_IMPORTED[lang].format(n=len(result.interview_ids), file=name))
        if result.already_present:
            click.echo(_ALREADY[lang].format(n=result.already_present, file=name))
    if not from_stdin:
        _leave_no_plaintext(file, delete_input, quiet=as_json)


def _leave_no_plaintext(file: Path, delete_input: bool, *, quiet: bool = False) -> None:
    """The imported file still holds every answer in the clear: remove it or say so (on
    stderr; ``quiet``: the JSON document on stdout stays the only thing there)."""
    from fieldkit.session import destroy_import_file

    if not delete_input and sys.stdin.isatty():
        delete_input = click.confirm(
            f"{file.name} holds these answers in plaintext. Overwrite and delete it now?",
            default=False,
            err=True,
        )
    if delete_input:
        destroy_import_file(file)
        click.echo(f"Overwrote and deleted {file.name}.", err=quiet)
        return
    click.echo(
        f"warning: {file} still holds these answers in plaintext. Delete it with "
        "'fieldkit interview import --delete-input' next time (it overwrites the file "
        "first), or pipe the answers in with 'fieldkit interview import -'.",
        err=True,
    )


@interview.command("list")
@workspace_option
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON document (its shape: docs/json.md)."
)
@click.pass_context
def list_(ctx: click.Context, as_json: bool) -> None:
    """List interviews with status, progress and last change."""
    from fieldkit.locations import user_language
    from fieldkit.session.listing import STATUS_KO

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
                        "percent_complete": round(100 * s.progress.fraction),
                    }
                    for s in rows
                ],
                indent=2,
            )
        )
        return
    lang = user_language()
    words, statuses = _LIST[lang], STATUS_KO if lang == "ko" else _STATUS
    if not rows:
        click.echo(words["empty"])
        return
    id_, ref, status, answered, changed = words["head"]
    click.echo(f"{id_:<16}  {_pad(ref, 12)}  {_pad(status, 11)}  {_pad(answered, 22)}  {changed}")
    for s in rows:
        done = s.progress
        share = words["answered"].format(
            a=done.answered, r=done.relevant, p=round(100 * done.fraction)
        )
        click.echo(
            f"{s.id:<16}  {(s.ref or '-'):<12.12}  {_pad(statuses[s.status], 11)}  "
            f"{_pad(share, 22)}  {s.updated_at.replace('T', ' ')[:16]}"
        )


_LIST: dict[str, dict[str, Any]] = {  # the statuses: _STATUS, session.listing.STATUS_KO
    "en": {
        "empty": "No interviews yet.",
        "head": ("ID", "REF", "STATUS", "ANSWERED", "LAST CHANGE"),
        "answered": "{a}/{r} ({p}% complete)",
    },
    "ko": {
        "empty": "아직 면담이 없습니다.",
        "head": ("ID", "참조", "상태", "답함", "마지막 변경"),
        "answered": "{a}/{r} ({p}% 완료)",
    },
}
"""``interview list``'s words, in the reader's language (``FIELDKIT_LANG`` or the locale; the
statuses are the app's, ``session.listing.STATUS_KO``; docs/glossary.md)."""


def _pad(text: str, width: int) -> str:
    """``text`` padded to ``width`` terminal columns: a Hangul syllable takes two."""
    import unicodedata

    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(0, width - columns)


@interview.command()
@workspace_option
@click.argument("interview_id", metavar="ID_OR_REF")
@click.option(
    "--lang",
    type=click.Choice(["en", "ko"]),
    default=None,
    help="Language of the page: section titles, questions, choices and the lines around "
    "them [default: the reader's, FIELDKIT_LANG or the locale].",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON document (its shape: docs/json.md)."
)
@click.pass_context
def show(ctx: click.Context, interview_id: str, lang: str | None, as_json: bool) -> None:
    """Show one interview's answers: ID is the id, a unique prefix of it, or the reference
    'interview list' shows (e.g. case-61)."""
    ws = open_workspace(ctx)
    session = ws.interview(interview_id)
    if as_json:
        click.echo(json.dumps(_as_json(session), indent=2, ensure_ascii=False))
        return
    from fieldkit.locations import user_language
    from fieldkit.session.listing import STATUS_KO

    lang = lang or user_language()
    words, statuses = _SHOW[lang], STATUS_KO if lang == "ko" else _STATUS
    row, progress = session.row, session.progress()
    click.echo(words["title"].format(id=row.id) + (f" ({row.ref})" if row.ref else ""))
    click.echo(
        words["status"].format(
            status=statuses[session.status], a=progress.answered, r=progress.relevant
        )
    )
    if session.record_ref:
        click.echo(words["exported"].format(ref=session.record_ref))
    effective = session.effective()
    for section in session.questionnaire.sections:
        lines = [
            _line(session, q.id, effective[q.id], lang)
            for q in section.questions
            if q.id in effective
        ]
        if lines:
            sealed = words["sealed"] if section.sealed else ""
            click.echo(f"\n== {section.title.get(lang, section.id)}{sealed}")
            click.echo("\n".join(lines))


_SHOW: dict[str, dict[str, str]] = {
    "en": {
        "title": "Interview {id}",
        "status": "Status: {status}, {a}/{r} answered",
        "exported": "Exported as record {ref}",
        "sealed": "  [sealed: never leaves this device]",
    },
    "ko": {
        "title": "면담 {id}",
        "status": "상태: {status}, {r}개 중 {a}개 답함",
        "exported": "내보낸 기록: {ref}",
        "sealed": "  [봉인: 이 기기를 떠나지 않음]",
    },
}
"""``interview show``'s own lines, in the page's language (docs/glossary.md)."""


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
        "record_ref": session.record_ref,
        "answers": session.effective(),
    }


def register(group: click.Group) -> None:
    group.add_command(interview)
