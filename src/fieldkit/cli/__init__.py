"""The ``fieldkit`` command line: a click group whose default opens the app.

Every subcommand is headless: it calls the service layer and never imports
Textual.  Errors from the fieldkit family are printed to stderr as one line and
exit with status 2; nothing prints a traceback to a person.  A reader that stops
reading (``fieldkit interview list | head``) ends the command quietly with status 141,
what a shell reports for a program stopped by SIGPIPE (``cat big | head`` does the same):
nothing on stderr, and ``set -o pipefail`` scripts still see that the output was cut.  Each area's
commands live in their own module and are registered here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from fieldkit import __version__
from fieldkit.errors import FieldkitError, OutputFileError

__all__ = ["BROKEN_PIPE_STATUS", "FieldkitGroup", "cli", "main"]

BROKEN_PIPE_STATUS = 141
"""128 + SIGPIPE: the status a shell shows for ``cat big | head``'s ``cat``."""


class FieldkitGroup(click.Group):
    """A click group that turns fieldkit errors into one line on stderr, exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except FieldkitError as error:
            _report(error)
            ctx.exit(2)
        except KeyboardInterrupt:
            click.echo("interrupted; nothing more was written", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:
            _quiet_stdout()
            ctx.exit(BROKEN_PIPE_STATUS)
        except OSError as error:
            if error.filename is None:
                _internal_error(error)
                ctx.exit(70)
            # A path the person typed that the system refused (missing folder, permission,
            # full disk): the path and the system's reason, never the file's content.
            reason = OutputFileError(error.strerror or type(error).__name__, where=error.filename)
            click.echo(f"error: {reason}", err=True)
            ctx.exit(2)
        except Exception as error:
            _internal_error(error)
            ctx.exit(70)


def _report(error: FieldkitError) -> None:
    """One line on stderr (and one per further problem), in the reader's language: Korean
    when ``FIELDKIT_LANG`` or the locale is Korean (``fieldkit.error_text``), with the error's
    code so that the English raise-site text can be found (``FIELDKIT_LANG=en``)."""
    from fieldkit.locations import user_language

    if user_language() != "ko":
        click.echo(f"error: {error}", err=True)
        for line in error.details:
            click.echo(f"error: {line}", err=True)
        return
    from fieldkit.error_text import render

    shown = render(error, "ko", keep_where=True)
    text = f"{shown.where}: {shown.message}" if shown.where else shown.message
    click.echo(f"오류 [{error.code} {shown.title}]: {text} ({shown.hint})", err=True)
    for line in shown.details:
        click.echo(f"오류: {line}", err=True)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null so that the interpreter's last flush, at exit, does
    not fail again on the closed pipe (the recipe of the Python documentation, 'Note on
    SIGPIPE')."""
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # a test's captured stream has no descriptor
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


def _internal_error(error: Exception) -> None:
    """Report a bug without its message: exception text can quote an answer.

    ``FIELDKIT_DEBUG=1`` shows the full traceback (never use it with real data).
    """
    import traceback  # deferred: only a failing command needs it

    if os.environ.get("FIELDKIT_DEBUG") == "1":
        traceback.print_exception(error)
        return
    frames = traceback.extract_tb(error.__traceback__)
    place = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    click.echo(
        f"internal error: {type(error).__name__} at {place}. Nothing more was written. "
        "Please report this (the message is withheld in case it quotes an answer).",
        err=True,
    )


@click.group(cls=FieldkitGroup, invoke_without_command=True)
@click.version_option(__version__, prog_name="fieldkit")
@click.option(
    "--workspace",
    "workspace",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    envvar="FIELDKIT_HOME",
    help="Workspace directory (default: the user data directory; env FIELDKIT_HOME); also "
    "accepted after the command.",
)
@click.option(
    "--coordinator",
    "coordinator",
    type=click.Path(file_okay=False, path_type=str),
    default=None,
    help="Coordinator workspace for the coordinator's and auditor's commands (default: env "
    "FIELDKIT_COORDINATOR_HOME, else the user data directory); also accepted after the command.",
)
@click.pass_context
def cli(ctx: click.Context, workspace: str | None, coordinator: str | None) -> None:
    """fieldkit: encrypted, offline interviews with identity redaction.

    Run without a command to open the interview app.  --workspace and --coordinator may
    come before the command or after it.
    """
    ctx.ensure_object(dict)
    ctx.obj.setdefault("workspace", workspace)
    ctx.obj.setdefault("coordinator", coordinator)
    if ctx.invoked_subcommand is None:
        from fieldkit.cli.app import run_app  # deferred: the app imports Textual (~0.3 s)

        run_app(workspace)


def _register() -> None:
    from fieldkit.cli import (
        audit,
        bundle,
        coordinator,
        interview,
        questionnaire,
        redact,
        workspace_cmd,
        xlsform,
    )

    for module in (
        workspace_cmd,
        questionnaire,
        xlsform,
        interview,
        redact,
        bundle,
        coordinator,
        audit,
    ):
        module.register(cli)


_register()


def main() -> None:
    """Console-script entry point: the process is hardened before any command runs (no core
    dumps, no Textual environment hooks: ``fieldkit.process``)."""
    from fieldkit.process import harden_process

    harden_process()
    try:
        cli.main(prog_name="fieldkit", standalone_mode=True)  # ends with sys.exit
    finally:
        _flush_stdout()


def _flush_stdout() -> None:
    """Flush here, not at interpreter exit, where a closed pipe prints 'Exception ignored'."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(BROKEN_PIPE_STATUS)
