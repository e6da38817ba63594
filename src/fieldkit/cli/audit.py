"""``fieldkit audit``: the auditor's verification, and review mode in the app.

``fieldkit audit BUNDLE...`` (or ``--coordinator DIR`` alone) runs every check
and prints the report; the exit status is 1 when findings exceed the thresholds
given on the command line, 2 when the audit could not run.  ``fieldkit audit
review`` opens the app on the coordinator workspace, on the review screen.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from fieldkit.cli.app import run_audit_app
from fieldkit.cli.common import (
    check_output,
    force_option,
)  # cheap: it imports the app only when run
from fieldkit.cli.coordinator import (
    coordinator_directory,
    coordinator_option,
    explicit_coordinator,
    open_coordinator,
)
from fieldkit.errors import AuditError, WorkspaceError

if TYPE_CHECKING:
    from fieldkit.audit import AuditInputs, AuditReport

__all__ = ["register"]

DEFAULT_COMMAND = "check"
FC = TypeVar("FC", bound=Callable[..., object])
FORMATS = ("text", "html", "json")
"""Terminal text (``render_text``), one HTML file (``render_html``), JSON (``report_json``)."""


class _AuditGroup(click.Group):
    """``fieldkit audit ARGS`` means ``fieldkit audit check ARGS`` unless ARGS start
    with a subcommand (the posting/click-default-group pattern)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


@click.group(cls=_AuditGroup)
def audit() -> None:
    """Verify bundles and merged records: provenance, schema, residual identifiers,
    re-identification risk.  'fieldkit audit BUNDLE...' is 'fieldkit audit check BUNDLE...'."""


def _count(name: str, help_text: str) -> Callable[[FC], FC]:
    return click.option(name, type=click.IntRange(0), default=0, show_default=True, help=help_text)


@audit.command(DEFAULT_COMMAND)
@click.argument("bundles", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@coordinator_option
@click.option(
    "--identity",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The coordinator's age identity file ('coordinator export-identity'), to audit "
    "bundle files without the coordinator workspace.",
)
@click.option(
    "--project",
    "project_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="With --identity: the signed project file.",
)
@click.option(
    "--device",
    "devices",
    multiple=True,
    help="With --identity: an enrolled device's enrolment code (repeatable).",
)
@click.option(
    "--qi",
    "quasi",
    multiple=True,
    help="A quasi-identifier by question id (repeatable; default: the questions marked "
    "quasi_identifier, else every quasi question).",
)
@click.option(
    "--k", type=click.IntRange(1), default=3, show_default=True, help="k-anonymity threshold."
)
@click.option(
    "--l",
    "l_diversity",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="l-diversity threshold for the questionnaire's sensitive attributes.",
)
@_count("--max-residual", "Residual identifiers tolerated (released terms not counted).")
@_count("--max-below-k", "Records below k tolerated.")
@_count("--max-below-l", "Classes below l tolerated.")
@_count("--max-failed-reviews", "Records an auditor failed in review mode tolerated.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Terminal text, one self-contained HTML file, or JSON for tools.",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="The same as --format json (its shape: docs/json.md).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the report to FILE (mode 0600; it may quote leaked text) instead of stdout.",
)
@force_option
@click.pass_context
def check(
    ctx: click.Context,
    bundles: tuple[Path, ...],
    coordinator_dir: Path | None,
    identity: Path | None,
    project_file: Path | None,
    devices: tuple[str, ...],
    quasi: tuple[str, ...],
    k: int,
    l_diversity: int,
    max_residual: int,
    max_below_k: int,
    max_below_l: int,
    max_failed_reviews: int,
    fmt: str,
    as_json: bool,
    out: Path | None,
    force: bool,
) -> None:
    """Audit BUNDLES (and the coordinator's merged records); exit 1 if findings exceed
    the thresholds, 2 if the audit cannot run."""
    from fieldkit.audit import Thresholds, run_audit
    from fieldkit.locations import user_language

    if out is not None:
        check_output(out, force=force)
    inputs = _inputs(ctx, bundles, coordinator_dir, identity, project_file, devices)
    thresholds = Thresholds(
        k=k,
        l_diversity=l_diversity,
        max_residual=max_residual,
        max_below_k=max_below_k,
        max_below_l=max_below_l,
        max_failed_reviews=max_failed_reviews,
    )
    report = run_audit(inputs, list(bundles), thresholds=thresholds, quasi=quasi)
    text = _render(report, "json" if as_json else fmt)
    if out is None:
        click.echo(text, nl=False)
    else:
        _write_private(out, text)
    click.echo(_summary(report, out, user_language()), err=True)
    if report.exceeded:
        ctx.exit(1)


def _inputs(
    ctx: click.Context,
    bundles: tuple[Path, ...],
    coordinator_dir: Path | None,
    identity: Path | None,
    project_file: Path | None,
    devices: tuple[str, ...],
) -> AuditInputs:
    """The coordinator workspace, or (away from it) an identity file and a project file."""
    from fieldkit.audit import coordinator_inputs, identity_inputs, read_identity

    if identity is None:
        if project_file is not None or devices:
            raise AuditError("--project and --device go with --identity FILE")
        return coordinator_inputs(open_coordinator(ctx, coordinator_dir))
    if explicit_coordinator(coordinator_dir) is not None:
        raise AuditError("use --identity FILE or --coordinator DIR, not both")
    if project_file is None:
        raise AuditError("--identity needs the project file too", hint="add --project FILE")
    if not bundles:
        raise AuditError("name the bundle files to audit", hint="fieldkit audit B1.age B2.age ...")
    return identity_inputs(read_identity(identity), project_file, devices)


def _render(report: AuditReport, fmt: str) -> str:
    from fieldkit.audit import render_html, render_text, report_json

    renderers = {"text": render_text, "html": render_html, "json": report_json}
    return renderers[fmt](report)


def _write_private(path: Path, text: str) -> None:
    """The report may quote text that leaked: only its owner may read the file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


_SUMMARY = {
    "en": ("audit: passed", "audit: findings exceed the thresholds: ", "; report written to "),
    "ko": ("감사: 통과", "감사: 기준을 넘는 결과: ", "; 보고서 파일: "),
}
"""The audit's last line on stderr, in the reader's language (docs/glossary.md)."""

_CHECKS_KO = {
    "provenance": "출처 검사",
    "export sequence": "내보내기 순서",
    "schema": "형식 검사",
    "residual identifiers": "남은 신원 정보",
    "records below k": "k={n} 미만 기록",
    "classes below l": "l={n} 미만 집단",
    "failed reviews": "통과하지 못한 검토",
}
"""Each check's name (``AuditReport.exceeded``) in Korean; ``{n}`` is its threshold."""


def _check_name(check: str, lang: str) -> str:
    if lang != "ko":
        return check
    name, _, n = check.partition("=")
    return _CHECKS_KO.get(name, check).format(n=n)


def _summary(report: AuditReport, out: Path | None, lang: str = "en") -> str:
    passed, exceeded, written = _SUMMARY["ko" if lang == "ko" else "en"]
    where = f"{written}{out}" if out else ""
    if not report.exceeded:
        return f"{passed}{where}"
    found = ", ".join(
        f"{_check_name(v.check, lang)} ({v.found} > {v.allowed})" for v in report.exceeded
    )
    return f"{exceeded}{found}{where}"


@audit.command()
@coordinator_option
def review(coordinator_dir: Path | None) -> None:
    """Open the app on the coordinator workspace to pass or fail a sample of redacted
    narratives (decisions are stored and go into the audit report)."""
    from fieldkit.session.safety import workspace_exists

    directory = coordinator_directory(coordinator_dir)
    if not workspace_exists(directory):
        raise WorkspaceError(
            "no coordinator workspace here",
            where=str(directory),
            hint="pass --coordinator DIR",
        )
    run_audit_app(directory)


def register(group: click.Group) -> None:
    group.add_command(audit)
