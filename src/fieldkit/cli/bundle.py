"""Interviewer commands: ``join PROJECT_FILE`` and ``export --out FILE [--all]``.

The work is ``fieldkit.bundle.device.join_project`` and
``fieldkit.bundle.export.export_bundle``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from fieldkit.cli.common import open_workspace

if TYPE_CHECKING:
    from fieldkit.session import Policy

__all__ = ["register"]


@click.command()
@click.argument("project_file", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def join(ctx: click.Context, project_file: Path) -> None:
    """Join the coordinator's project and show this device's enrolment code."""
    from fieldkit.bundle.device import join_project
    from fieldkit.bundle.project import read_project_file

    project = read_project_file(project_file)
    workspace = open_workspace(ctx)
    code = join_project(workspace, project)
    click.echo(f"Joined project '{project.name}'.")
    _say_lock_policy(workspace.policy)
    click.echo(
        f"Coordinator key code: {project.coordinator_code} (compare it with your coordinator's)"
    )
    click.echo(f"Enrolment code: {code}")
    click.echo(
        "Read the enrolment code to your coordinator, who types it into "
        "'fieldkit coordinator enroll'."
    )


def _say_lock_policy(policy: Policy) -> None:
    """The interviewer learns the policy when she joins, not when it fires."""
    click.echo(f"Lock policy: the app locks after {policy.lock_after_minutes} idle minutes.")
    if policy.wipe_after_failures:
        click.echo(
            f"After {policy.wipe_after_failures} wrong passphrases in a row this workspace is "
            "destroyed, silently: the screen only says 'wrong passphrase'."
        )


@click.command()
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

    result = export_bundle(open_workspace(ctx), out, everything=everything)
    click.echo(
        f"Wrote bundle {result.sequence} ({result.scope}): {result.records} record(s) to {out}"
    )


def register(group: click.Group) -> None:
    group.add_command(join)
    group.add_command(export)
