"""``fieldkit report [accounts]`` and ``fieldkit export-data``: the coordinator's analysis.

The work is in the report wing: ``fieldkit.report.findings.build_report``,
``fieldkit.report.accounts.build_accounts`` (rendered by ``fieldkit.report.render``)
and ``fieldkit.report.dataexport.export_data``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from fieldkit.cli.common import check_output, force_option, out_option
from fieldkit.cli.coordinator import coordinator_option, open_coordinator
from fieldkit.cli.jsonout import emit_json, json_option
from fieldkit.report import ACCOUNT_FORMATS, DATA_FORMATS, REPORT_FORMATS

if TYPE_CHECKING:
    from fieldkit.report.dataexport import DataExport

__all__ = ["register"]


def _emit(text: str, out: Path | None, force: bool) -> None:
    if out is None:
        click.echo(text, nl=False)
    else:
        check_output(out, force=force)
        out.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {out}", err=True)


@click.group(invoke_without_command=True)
@coordinator_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help="Terminal text, Markdown, CSV, JSON for scripts (docs/json.md) or one HTML file.",
)
@out_option
@force_option
@click.option(
    "--where",
    "where",
    multiple=True,
    metavar="QUESTION=VALUE",
    help="Only records with this exported answer (repeatable: values of one question are "
    "alternatives, different questions must all match).",
)
@click.option(
    "--by",
    default=None,
    metavar="QUESTION",
    help="Cross-tabulate every table by the answer to this question (counts and column "
    "percentages).",
)
@click.pass_context
def report(
    ctx: click.Context,
    coordinator_dir: Path | None,
    fmt: str,
    out: Path | None,
    force: bool,
    where: tuple[str, ...],
    by: str | None,
) -> None:
    """The report's findings tables, recomputed from the merged records.

    Each table counts the population the questionnaire's analysis section gives it, named
    under the table with its size."""
    if ctx.invoked_subcommand is None:
        from fieldkit.report.findings import build_report
        from fieldkit.report.render import render_report

        workspace = open_coordinator(ctx, coordinator_dir)
        _emit(render_report(build_report(workspace, where=where, by=by), fmt), out, force)


@report.command()
@coordinator_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(ACCOUNT_FORMATS),
    default="text",
    show_default=True,
    help="Terminal text, or Markdown for publishing.",
)
@out_option
@force_option
@click.pass_context
def accounts(
    ctx: click.Context, coordinator_dir: Path | None, fmt: str, out: Path | None, force: bool
) -> None:
    """The redacted narratives as "Personal Accounts", grouped by theme."""
    from fieldkit.report.accounts import build_accounts
    from fieldkit.report.render import render_accounts

    _emit(render_accounts(build_accounts(open_coordinator(ctx, coordinator_dir)), fmt), out, force)


@click.command("export-data")
@coordinator_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(DATA_FORMATS),
    default="csv",
    show_default=True,
    help="parquet needs the 'parquet' extra; dta (Stata) and sav (SPSS) the 'stata-spss' extra.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The data file to write (mode 0600).",
)
@click.option(
    "--dictionary",
    "--codebook",
    "dictionary",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Data dictionary CSV (default: OUT followed by '.dictionary.csv').",
)
@click.option("--bom", is_flag=True, help="Start CSV files with a UTF-8 BOM (Excel and Korean).")
@click.option(
    "--language",
    default=None,
    metavar="LANG",
    help="Language of the labels inside .dta and .sav files (default: the questionnaire's first).",
)
@click.option(
    "--multi-columns",
    is_flag=True,
    help="One 0/1 column per option of a multiple choice instead of one column of values.",
)
@click.option(
    "--allow-below-k",
    is_flag=True,
    help="Also write records below the project's k (they are listed either way).",
)
@click.option("--force", is_flag=True, help="Replace the files if they exist.")
@json_option
@click.pass_context
def export_data(
    ctx: click.Context,
    coordinator_dir: Path | None,
    fmt: str,
    out: Path,
    dictionary: Path | None,
    bom: bool,
    language: str | None,
    multi_columns: bool,
    allow_below_k: bool,
    force: bool,
    as_json: bool,
) -> None:
    """Merged records as a table for analysts, with a data dictionary.

    The audit's k-anonymity check runs first: records whose quasi-identifiers fewer than
    k-1 others share (k: the project's) are left out unless --allow-below-k, and listed."""
    from fieldkit.report.dataexport import ExportOptions
    from fieldkit.report.dataexport import export_data as export

    options = ExportOptions(
        fmt=fmt,
        dictionary=dictionary,
        bom=bom,
        language=language,
        multi_columns=multi_columns,
        allow_below_k=allow_below_k,
        force=force,
    )
    for path in (out, dictionary):
        if path is not None:
            check_output(path, force=force)
    written = export(open_coordinator(ctx, coordinator_dir), out, options)
    if as_json:
        emit_json(_export_json(written))
        return
    check = written.check
    click.echo(
        f"Wrote {written.records} record(s) to {out} and the dictionary to {written.dictionary}"
    )
    for repeat, (path, rows) in written.repeats.items():
        click.echo(f"Wrote {rows} instance(s) of repeat '{repeat}' to {path}")
    quasi = ", ".join(check.quasi) or "(no quasi-identifiers)"
    click.echo(
        f"k-anonymity (k={check.k}) over {quasi}: {len(check.below)} of {check.records} "
        "record(s) below k"
        + (", left out (--allow-below-k writes them)" if written.left_out else "")
        + (", written anyway (--allow-below-k)" if check.below and not written.left_out else "")
    )
    for line in check.lines():
        click.echo(f"  {line}")


def _export_json(written: DataExport) -> dict[str, object]:
    check = written.check
    return {
        "data": str(written.data),
        "dictionary": str(written.dictionary),
        "records_written": written.records,
        "records_left_out": written.left_out,
        "k_anonymity": {
            "k": check.k,
            "quasi_identifiers": list(check.quasi),
            "records_checked": check.records,
            "below_k": [
                {
                    "record": b.record,
                    "class_size": b.k,
                    "values": list(b.values),
                    "lifted_by": [
                        {"steps": [list(step) for step in lift.steps], "k": lift.k}
                        for lift in b.lifts
                    ],
                }
                for b in check.below
            ],
        },
    }


def register(group: click.Group) -> None:
    group.add_command(report)
    group.add_command(export_data)
