"""``fieldkit questionnaire import-xlsform|export-xlsform``.

Thin: the conversion lives in ``fieldkit.xlsform``; this module picks files,
prints what the import decided (to stderr, so the questionnaire itself can go
to stdout) in the reader's language (``FIELDKIT_LANG`` or the locale) and
refuses to overwrite files unless told to.
"""

from __future__ import annotations

from pathlib import Path

import click

from fieldkit.cli.questionnaire import questionnaire
from fieldkit.errors import QuestionnaireError, XLSFormError

__all__ = ["register"]


@click.command("import-xlsform")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the questionnaire here (.toml or .json); default: print TOML.",
)
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
def import_xlsform(file: Path, out: Path | None, force: bool) -> None:
    """Convert an XLSForm workbook (FILE.xlsx) into a fieldkit questionnaire.

    Every problem is listed by sheet row and nothing is written unless the whole
    form converts.  Notes and the sensitivity decisions made for questions
    without a fieldkit::sensitivity column are printed for review.
    """
    # deferred: openpyxl is heavy and only these commands need it
    from fieldkit.locations import user_language
    from fieldkit.xlsform import (
        dump_questionnaire,
        import_xlsform,
        review_lines,
        write_questionnaire,
    )
    from fieldkit.xlsform.catalog import x

    _check_out(out, (".toml", ".json"), force)
    lang = user_language()
    result = import_xlsform(file)
    for note in result.notes_in(lang):
        click.echo(x("xls.cli.note", line=note).text(lang), err=True)
    if result.decisions:
        click.echo(x("xls.cli.review", count=len(result.decisions)).text(lang), err=True)
        for line in review_lines(result.decisions, lang):
            click.echo(x("xls.cli.review_line", line=line).text(lang), err=True)
    qn = result.questionnaire
    counts = {"sections": len(qn.sections), "questions": len(qn.questions())}
    summary = x("xls.cli.summary", id=qn.id, version=qn.version, **counts)
    if out is None:
        click.echo(dump_questionnaire(qn, ".toml"), nl=False)
        click.echo(x("xls.cli.ok", summary=summary).text(lang), err=True)
        return
    write_questionnaire(qn, out)
    languages = ", ".join(qn.languages)
    click.echo(x("xls.cli.wrote", out=str(out), summary=summary, languages=languages).text(lang))


@click.command("export-xlsform")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--builtin", is_flag=True, help="Export the built-in report question set.")
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The XLSForm to write (.xlsx).",
)
@click.option("--force", is_flag=True, help="Replace --out if it exists.")
def export_xlsform(file: Path | None, builtin: bool, out: Path, force: bool) -> None:
    """Write a questionnaire (FILE, or --builtin) as an XLSForm workbook.

    The workbook converts with pyxform (ODK, KoboToolbox) and keeps fieldkit's
    own settings in fieldkit:: columns, so importing it gives the same questionnaire.
    """
    from fieldkit.locations import user_language
    from fieldkit.questionnaire import builtin_questionnaire, load_questionnaire
    from fieldkit.xlsform import write_xlsform  # deferred, as above
    from fieldkit.xlsform.catalog import x

    if (file is None) == (not builtin):
        raise click.UsageError("give a questionnaire FILE or --builtin (one of them)")
    _check_out(out, (".xlsx",), force)
    qn = load_questionnaire(file) if file is not None else builtin_questionnaire()
    write_xlsform(qn, out)
    done = x(
        "xls.cli.exported",
        out=str(out),
        id=qn.id,
        version=qn.version,
        questions=len(qn.questions()),
    )
    click.echo(done.text(user_language()))


def _check_out(out: Path | None, suffixes: tuple[str, ...], force: bool) -> None:
    if out is None:
        return
    if out.suffix.lower() not in suffixes:
        raise QuestionnaireError(
            f"cannot write '{out.suffix or out.name}'",
            where=str(out),
            hint=f"use a file name ending in {' or '.join(suffixes)}",
        )
    if out.exists() and not force:
        raise XLSFormError(
            "the file exists", where=str(out), hint="choose another name, or pass --force"
        )


def register(group: click.Group) -> None:
    """Add the XLSForm commands to the ``questionnaire`` group (``group`` is the root)."""
    questionnaire.add_command(import_xlsform)
    questionnaire.add_command(export_xlsform)
