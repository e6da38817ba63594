"""Interviewer commands: ``join PROJECT_FILE`` and ``export --out FILE [--all]``.

The work is ``fieldkit.bundle.device.join_project`` and
``fieldkit.bundle.export.export_bundle``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from fieldkit.cli.common import check_output, open_workspace, workspace_option

if TYPE_CHECKING:
    from fieldkit.bundle.trust import JoinPlan

__all__ = ["register"]


@click.command()
@workspace_option
@click.argument("project_file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--code",
    metavar="CODE",
    help="The coordinator key code, as your coordinator reads it out (five groups of five). "
    "Required: a project file signed by any other key is refused before anything is written.",
)
@click.option(
    "--yes",
    is_flag=True,
    help="Join without asking, after showing what the project asks (for scripts).",
)
@click.pass_context
def join(ctx: click.Context, project_file: Path, code: str | None, yes: bool) -> None:
    """Join the coordinator's project and show this device's enrolment code.

    The project file's key must match the code your coordinator reads out to you; then this
    shows which answers would leave this device as typed and the project's lock policy, and
    asks before anything is written.
    """
    from fieldkit.bundle.device import join_project
    from fieldkit.bundle.project import read_project_file
    from fieldkit.bundle.trust import check_coordinator_code, plan_join
    from fieldkit.locations import user_language

    project = read_project_file(project_file)
    check_coordinator_code(project, code)  # before the workspace is even unlocked
    workspace = open_workspace(ctx)
    plan = plan_join(workspace, project)
    _show_plan(plan, user_language())
    if not (plan.already_joined or yes or click.confirm("Join this project?", err=True)):
        click.echo("Not joined; nothing was changed.")
        ctx.exit(1)
    enrolment = join_project(workspace, project, code=code)
    click.echo(f"Joined project '{project.name}'.")
    click.echo(f"Enrolment code: {enrolment}")
    click.echo(
        "Read the enrolment code to your coordinator, group by group; they type it into "
        "'fieldkit coordinator enroll'."
    )


def _show_plan(plan: JoinPlan, lang: str) -> None:
    """What the interviewer agrees to: verbatim answers, the floor, the policy."""
    click.echo(f"The coordinator key code matches the project file '{plan.project.name}'.")
    for title, questions in (
        ("Answers that would leave this device as typed (not redacted, not generalised)",
         plan.verbatim),
        ("Kept on this device although the project file would export them (this device "
         "treats them as identity)", plan.kept),
    ):  # fmt: skip
        click.echo(f"{title}: {len(questions)}")
        for question in questions:
            label = question.label.get(lang) or next(iter(question.label.values()))
            click.echo(f"  {question.id:<24} {label}")
    rules = plan.policy
    click.echo("Policy the project sets on this device:")
    click.echo(
        f"  lock after {rules.lock_after_minutes} idle minutes"
        if rules.lock_after_minutes
        else "  lock: this device's own setting"
    )
    click.echo(
        f"  wipe after {rules.wipe_after_failures} wrong passphrases in a row, silently: the "
        "screen then says only 'wrong passphrase', for the right one too"
        if rules.wipe_after_failures
        else "  wipe after wrong passphrases: this device's own setting"
    )
    click.echo(
        "  stories with unreviewed uncertain spans: "
        + ("not exported until reviewed" if rules.uncertain == "refuse" else "redacted unreviewed")
    )


@click.command()
@workspace_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The bundle file to write (it must not exist).",
)
@click.option(
    "--all",
    "everything",
    is_flag=True,
    help="Export every interview, not only what changed since the last export.",
)
@click.pass_context
def export(ctx: click.Context, out: Path, everything: bool) -> None:
    """Write an encrypted, signed bundle of anonymised interviews for the coordinator."""
    from fieldkit.bundle.export import export_bundle

    check_output(out)  # a bundle is never replaced: each has its place in the sequence
    result = export_bundle(open_workspace(ctx), out, everything=everything)
    click.echo(
        f"Wrote bundle {result.sequence} ({result.scope}): {result.records} record(s) to {out}"
    )
    if result.declined:
        from fieldkit.locations import user_language

        click.echo(_DECLINED[user_language()].format(n=result.declined))


_DECLINED = {
    "en": "{n} declined interview(s) not exported (kept on this device for your own count).",
    "ko": "동의하지 않은 면담 {n}건은 내보내지 않았습니다 (내 집계를 위해 이 기기에만 남음).",
}
"""The export summary's line for interviews whose consent was declined (docs/glossary.md)."""


def register(group: click.Group) -> None:
    group.add_command(join)
    group.add_command(export)
