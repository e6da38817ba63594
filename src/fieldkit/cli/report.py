"""``fieldkit report [accounts]`` and ``fieldkit export-data``: the coordinator's analysis.

The work is in the report wing: ``fieldkit.report.findings.build_report``,
``fieldkit.report.accounts.build_accounts`` (rendered by ``fieldkit.report.render``)
and ``fieldkit.report.dataexport.export_data``.
"""

from __future__ import annotations

from pathlib import Path

import click

from fieldkit.cli.coordinator import coordinator_option, open_coordinator
from fieldkit.report import ACCOUNT_FORMATS, DATA_FORMATS, REPORT_FORMATS

__all__ = ["register"]


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"Wrote {out}", err=True)


@click.group(invoke_without_command=True)
@coordinator_option
@click.option(
    "--format", "fmt", type=click.Choice(REPORT_FORMATS), default="text", show_default=True
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
@click.pass_context
def report(ctx: click.Context, coordinator_dir: Path | None, fmt: str, out: Path | None) -> None:
    """The report's findings tables, recomputed from the merged records."""
    ctx.ensure_object(dict)
    ctx.obj["coordinator_dir"] = coordinator_dir
    if ctx.invoked_subcommand is None:
        from fieldkit.report.findings import build_report
        from fieldkit.report.render import render_report

        _emit(render_report(build_report(open_coordinator(ctx, coordinator_dir)), fmt), out)


@report.command()
@coordinator_option
@click.option(
    "--format", "fmt", type=click.Choice(ACCOUNT_FORMATS), default="text", show_default=True
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.pass_context
def accounts(ctx: click.Context, coordinator_dir: Path | None, fmt: str, out: Path | None) -> None:
    """The redacted narratives as "Personal Accounts", grouped by theme."""
    from fieldkit.report.accounts import build_accounts
    from fieldkit.report.render import render_accounts

    directory = coordinator_dir or ctx.obj.get("coordinator_dir")
    _emit(render_accounts(build_accounts(open_coordinator(ctx, directory)), fmt), out)


@click.command("export-data")
@coordinator_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(DATA_FORMATS),
    default="csv",
    show_default=True,
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option(
    "--codebook",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Codebook CSV (default: OUT with '.codebook.csv').",
)
@click.option("--bom", is_flag=True, help="Start CSV files with a UTF-8 BOM (Excel and Korean).")
@click.pass_context
def export_data(
    ctx: click.Context,
    coordinator_dir: Path | None,
    fmt: str,
    out: Path,
    codebook: Path | None,
    bom: bool,
) -> None:
    """Merged records as a table for analysts, with a codebook."""
    from fieldkit.report.dataexport import export_data as export

    written = export(open_coordinator(ctx, coordinator_dir), out, fmt, codebook=codebook, bom=bom)
    click.echo(f"Wrote {written.records} record(s) to {out} and the codebook to {written.codebook}")


def register(group: click.Group) -> None:
    group.add_command(report)
    group.add_command(export_data)
