"""``fieldkit report [accounts]`` and ``fieldkit export-data``: the coordinator's analysis."""

from __future__ import annotations

from pathlib import Path

import click

from fieldkit.bundle.coordinator import coordinator_project
from fieldkit.bundle.dataexport import write_codebook, write_data
from fieldkit.bundle.render import FORMATS, render_accounts, render_report
from fieldkit.bundle.report import THEMES, build_accounts, build_report, merged_records
from fieldkit.cli.coordinator import coordinator_option, open_coordinator

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
    "--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True
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
        _emit(render_report(build_report(open_coordinator(ctx, coordinator_dir)), fmt), out)


@report.command()
@coordinator_option
@click.option(
    "--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None)
@click.pass_context
def accounts(ctx: click.Context, coordinator_dir: Path | None, fmt: str, out: Path | None) -> None:
    """The redacted narratives as "Personal Accounts", grouped by theme."""
    directory = coordinator_dir or ctx.obj.get("coordinator_dir")
    items = build_accounts(open_coordinator(ctx, directory))
    _emit(render_accounts(items, dict(THEMES), fmt), out)


@click.command("export-data")
@coordinator_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "jsonl", "parquet"]),
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
    workspace = open_coordinator(ctx, coordinator_dir)
    qn = workspace.flow(coordinator_project(workspace).questionnaire_hash).questionnaire
    count = write_data(qn, merged_records(workspace), out, fmt, bom=bom)
    book = codebook or out.with_name(out.stem + ".codebook.csv")
    write_codebook(qn, book, bom=bom)
    click.echo(f"Wrote {count} record(s) to {out} and the codebook to {book}")


def register(group: click.Group) -> None:
    group.add_command(report)
    group.add_command(export_data)
