"""Coordinator commands: ``coordinator init|code|enroll|devices|project|export-identity``,
``merge`` and ``report``.

The work is in ``fieldkit.bundle.coordinator`` (init, enrol, devices, project
file, identities) and ``fieldkit.bundle.merge.merge_bundles``; each command
imports what it runs.

The coordinator workspace has its own default directory (``--coordinator DIR``
or ``FIELDKIT_COORDINATOR_HOME``), so one laptop can hold an interviewer
workspace and a coordinator workspace without mixing them up.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from fieldkit.cli.common import (
    check_output,
    force_option,
    remember_option,
    unlock_at,
)
from fieldkit.cli.jsonout import emit_json, json_option
from fieldkit.cli.newpass import generate_options
from fieldkit.errors import BundleError

if TYPE_CHECKING:
    from fieldkit.session import Workspace

__all__ = [
    "COORDINATOR_HELP",
    "coordinator_directory",
    "coordinator_option",
    "explicit_coordinator",
    "open_coordinator",
    "register",
]

COORDINATOR_HELP = (
    "Coordinator workspace (default: env FIELDKIT_COORDINATOR_HOME, else the user data "
    "directory); also accepted before the command."
)


def coordinator_option(func: click.decorators.FC) -> click.decorators.FC:
    """``--coordinator DIR`` on a subcommand; ``fieldkit --coordinator DIR CMD`` means the same
    (the value is remembered on the root context, see ``explicit_coordinator``)."""
    return click.option(
        "--coordinator",
        "coordinator_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        callback=remember_option("coordinator"),
        help=COORDINATOR_HELP,
    )(func)


def explicit_coordinator(explicit: Path | None) -> Path | None:
    """``--coordinator DIR`` given after the subcommand, else before it, else None."""
    if explicit is not None:
        return explicit
    ctx = click.get_current_context(silent=True)
    remembered = (ctx.find_root().obj or {}).get("coordinator") if ctx else None
    return Path(remembered) if remembered is not None else None


def coordinator_directory(explicit: Path | None) -> Path:
    """``--coordinator DIR`` (after or before the subcommand), else
    ``FIELDKIT_COORDINATOR_HOME``, else the default."""
    from fieldkit.locations import default_coordinator_dir

    chosen = explicit_coordinator(explicit)
    return chosen.expanduser() if chosen else default_coordinator_dir()


def open_coordinator(ctx: click.Context, explicit: Path | None) -> Workspace:
    return unlock_at(
        ctx,
        coordinator_directory(explicit),
        "no coordinator workspace here",
        "create one with 'fieldkit coordinator init', or pass --coordinator DIR",
    )


def _write_private(path: Path, data: bytes, *, replace: bool) -> None:
    """Only the owner may read the file; ``replace`` (``--force``) truncates an existing one
    and makes it private too."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL)
    fd = os.open(path, flags, 0o600)
    os.fchmod(fd, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


@click.group()
@coordinator_option
def coordinator(coordinator_dir: Path | None) -> None:
    """Run a project: create it, enrol devices, list them."""


@coordinator.command("init")
@coordinator_option
@click.option("--name", required=True, help="Project name shown to interviewers.")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=Path("project.fieldkit"),
    show_default=True,
    help="Where to write the signed project file for interviewers.",
)
@click.option(
    "--questionnaire",
    "questionnaire_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this questionnaire instead of the built-in report question set.",
)
@click.option(
    "--backup-recipient",
    "backups",
    multiple=True,
    metavar="AGE1...",
    help="An offline backup age recipient (age1...); bundles are encrypted to it too. "
    "Repeatable: give the option once per backup key (up to three).",
)
@click.option(
    "--uncertain",
    type=click.Choice(["refuse", "redact"]),
    default="refuse",
    show_default=True,
    help="Export policy for unreviewed uncertain redaction spans.",
)
@click.option(
    "--lock-after",
    type=click.IntRange(1, 240),
    default=None,
    help="Every device's app locks after N idle minutes (default: each device's own, 5).",
)
@click.option(
    "--wipe-after",
    type=click.IntRange(1, 100),
    default=None,
    help="Every device wipes its workspace after N wrong passphrases in a row (default: off).",
)
@generate_options
def init(
    coordinator_dir: Path | None,
    name: str,
    out: Path,
    questionnaire_file: Path | None,
    backups: tuple[str, ...],
    uncertain: str,
    lock_after: int | None,
    wipe_after: int | None,
    generate: bool,
    wordlist: str | None,
) -> None:
    """Create the coordinator workspace, its keys and the signed project file (asks for a new
    passphrase twice, or suggests one with --generate)."""
    from fieldkit.bundle.coordinator import (
        coordinator_project,
        init_coordinator,
        project_file_bytes,
    )
    from fieldkit.bundle.project import ProjectPolicy
    from fieldkit.cli.newpass import new_passphrase
    from fieldkit.locations import user_language
    from fieldkit.questionnaire import load_questionnaire

    check_output(out)  # before the workspace is made: a rerun must not find it half done
    questionnaire = load_questionnaire(questionnaire_file) if questionnaire_file else None
    passphrase, confirmation = new_passphrase(
        generate=generate, lang=user_language(), wordlist=wordlist
    )
    directory = coordinator_directory(coordinator_dir)
    with init_coordinator(
        directory,
        passphrase,
        name=name,
        confirmation=confirmation,
        questionnaire=questionnaire,
        backup_recipients=list(backups),
        policy=ProjectPolicy(
            uncertain=uncertain,
            lock_after_minutes=lock_after,
            wipe_after_failures=wipe_after,
        ),
    ) as workspace:
        out.write_bytes(project_file_bytes(workspace))
        project = coordinator_project(workspace)
    click.echo(f"Created coordinator workspace {directory}")
    click.echo(f"Project file: {out} (give it to each interviewer)")
    click.echo(f"Coordinator key code: {project.coordinator_code} (read it to interviewers)")


@coordinator.command("code")
@coordinator_option
@click.pass_context
def show_code(ctx: click.Context, coordinator_dir: Path | None) -> None:
    """Show the coordinator key code to read out to each interviewer who joins.

    Read it group by group (five groups of five); the interviewer types it into
    'fieldkit join PROJECT_FILE --code CODE', which refuses a project file signed by any
    other key. Read it over a channel of your own (in person, a call), never beside the file.
    """
    from fieldkit.bundle.coordinator import coordinator_project

    click.echo(coordinator_project(open_coordinator(ctx, coordinator_dir)).coordinator_code)


@coordinator.command()
@coordinator_option
@click.argument("code")
@click.option("--name", "label", required=True, help="A name for the device, e.g. 'laptop 3'.")
@click.option(
    "--legacy",
    is_flag=True,
    help="Accept an old code from fieldkit 0.1 (four groups, no check characters); read it "
    "back to the interviewer first.",
)
@click.pass_context
def enroll(
    ctx: click.Context, coordinator_dir: Path | None, code: str, label: str, legacy: bool
) -> None:
    """Register a device by the enrolment code 'fieldkit join' showed on it.

    Each of the code's five groups ends in a check character: a mistyped group is refused
    on the spot, naming the group to read again.
    """
    from fieldkit.bundle.codes import format_code
    from fieldkit.bundle.coordinator import enroll_device

    device = enroll_device(open_coordinator(ctx, coordinator_dir), code, label, legacy=legacy)
    click.echo(f"Enrolled {device.label}: {format_code(device.fingerprint)}")


@coordinator.command()
@coordinator_option
@json_option
@click.pass_context
def devices(ctx: click.Context, coordinator_dir: Path | None, as_json: bool) -> None:
    """List enrolled devices: name, enrolment code, when enrolled, bundles merged from each
    and the sequence number of the last one (compare it with what the laptop says it wrote)."""
    from fieldkit.bundle.codes import format_code
    from fieldkit.bundle.coordinator import list_devices

    rows = list_devices(open_coordinator(ctx, coordinator_dir))
    if as_json:
        emit_json(
            [
                {
                    "name": d.label,
                    "code": format_code(d.fingerprint),
                    "enrolled_at": d.enrolled_at,
                    "bundles_merged": d.bundles,
                    "last_bundle": d.last_sequence or None,
                }
                for d in rows
            ]
        )
        return
    if not rows:
        click.echo("No devices enrolled.")
        return
    width = max(len("DEVICE"), *(len(d.label) for d in rows))
    click.echo(f"{'DEVICE':<{width}}  {'ENROLMENT CODE':<29}  BUNDLES MERGED  LAST BUNDLE")
    for d in rows:
        click.echo(
            f"{d.label:<{width}}  {format_code(d.fingerprint):<29}  {d.bundles:>14}  "
            f"{('no. ' + str(d.last_sequence)) if d.last_sequence else '-':>11}"
        )


@coordinator.command()
@coordinator_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the project file (public: give it to interviewers).",
)
@force_option
@click.pass_context
def project(ctx: click.Context, coordinator_dir: Path | None, out: Path, force: bool) -> None:
    """Write the signed project file again (identical bytes every time; a file that already
    holds them is left as it is, any other file is replaced only with --force)."""
    from fieldkit.bundle.coordinator import project_file_bytes

    data = project_file_bytes(open_coordinator(ctx, coordinator_dir))
    if out.is_file() and out.read_bytes() == data:
        click.echo(f"{out} is already this project's file; nothing changed")
        return
    check_output(out, force=force)
    out.write_bytes(data)
    click.echo(f"Wrote {out}")


@coordinator.command("export-identity")
@coordinator_option
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The identity file to write (mode 0600; secret: keep it offline, delete it after).",
)
@force_option
@click.pass_context
def export_identity(
    ctx: click.Context, coordinator_dir: Path | None, out: Path, force: bool
) -> None:
    """Write the age identity (secret!) for 'age -d -i FILE' or an offline backup."""
    from fieldkit.bundle.coordinator import coordinator_identities

    check_output(out, force=force)
    identity = coordinator_identities(open_coordinator(ctx, coordinator_dir))[0]
    _write_private(out, identity.encode() + b"\n", replace=force)
    click.echo(
        f"Wrote the coordinator's secret age identity to {out} (mode 0600); "
        "keep it offline and delete it when done."
    )


@click.command()
@coordinator_option
@click.argument("bundles", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.pass_context
def merge(
    ctx: click.Context, coordinator_dir: Path | None, bundles: tuple[Path, ...], as_json: bool
) -> None:
    """Verify and merge bundles; each is applied whole or not at all.

    Exit 2 when any bundle was rejected (the others are merged all the same)."""
    from fieldkit.bundle.merge import merge_bundles
    from fieldkit.cli.merge_summary import print_summary, summary_json
    from fieldkit.locations import user_language

    workspace = open_coordinator(ctx, coordinator_dir)
    summary = merge_bundles(workspace, list(bundles), _progress(len(bundles)))
    if as_json:
        emit_json(summary_json(summary))
    else:
        print_summary(summary, user_language())
    rejected = summary.count("rejected")
    if rejected:
        message, hint = _REJECTED[user_language()]
        raise BundleError(message.format(n=rejected), hint=hint)


_REJECTED = {
    "en": ("{n} bundle(s) rejected; the others were merged", "rejected bundles changed nothing"),
    "ko": (
        "내보내기 파일 {n}개를 받지 않았습니다. 나머지는 합쳤습니다.",
        "받지 않은 파일은 아무것도 바꾸지 않았습니다.",
    ),
}
"""The merge's last line when a bundle was refused; raised in Korean for a Korean reader
(``error_text`` keeps a message raised in Korean; docs/glossary.md)."""


def _progress(total: int) -> Callable[[int, Path], None]:
    """A one-line progress bar on stderr for long merges (silent for a few bundles)."""
    from fieldkit.locations import user_language

    label = "합치는 중" if user_language() == "ko" else "Merging"

    def show(done: int, _path: Path) -> None:
        if total < 5:
            return
        filled = 30 * done // total
        bar = "#" * filled + "-" * (30 - filled)
        click.echo(f"\r{label} [{bar}] {done}/{total}", err=True, nl=done == total)

    return show


def register(group: click.Group) -> None:
    from fieldkit.cli.report import register as register_report  # shares --coordinator

    group.add_command(coordinator)
    group.add_command(merge)
    register_report(group)
