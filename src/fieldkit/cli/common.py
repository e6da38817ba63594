"""Shared pieces of the command line: finding the workspace, asking for passphrases.

Only click is imported up front: every command module imports this one, and
``fieldkit --help`` must not pay for the services.  Each helper imports the
service it calls when it runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from fieldkit.errors import OutputFileError, PassphraseError, WorkspaceError

if TYPE_CHECKING:
    from fieldkit.session import Workspace

__all__ = [
    "PASSPHRASE_ENV",
    "ask_new_passphrase",
    "ask_passphrase",
    "ask_second_passphrase",
    "check_output",
    "force_option",
    "open_workspace",
    "out_option",
    "remember_option",
    "unlock_at",
    "workspace_dir",
    "workspace_option",
]

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret


def remember_option(key: str) -> Callable[[click.Context, click.Parameter, Any], Any]:
    """A click callback that puts an option's value (when given) on the root context under
    ``key``: a place option typed after the subcommand counts as if typed before it, and
    the later one wins (``fieldkit --workspace A init --workspace B`` uses B)."""

    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> Any:
        if value is not None:
            root = ctx.find_root()
            root.ensure_object(dict)
            root.obj[key] = value
        return value

    return callback


def workspace_option(func: click.decorators.FC) -> click.decorators.FC:
    """``--workspace DIR`` on a subcommand, the same option as ``fieldkit --workspace DIR``:
    people type it where they think of it, and each command's help page shows it."""
    return click.option(
        "--workspace",
        type=click.Path(file_okay=False, path_type=str),
        default=None,
        expose_value=False,
        callback=remember_option("workspace"),
        help="Workspace directory (default: env FIELDKIT_HOME, else the user data directory); "
        "also accepted before the command.",
    )(func)


def force_option(func: click.decorators.FC) -> click.decorators.FC:
    return click.option("--force", is_flag=True, help="Replace the output file if it exists.")(func)


def out_option(func: click.decorators.FC) -> click.decorators.FC:
    """``--out FILE`` for a command that prints to standard output unless told a file (goes
    with ``force_option`` and ``check_output``)."""
    return click.option(
        "--out",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="Write to this file instead of standard output.",
    )(func)


def check_output(out: Path, *, force: bool | None = None) -> None:
    """Refuse, before any work is done, an output file that cannot be written: its folder is
    missing, or it exists and the command was not told ``--force`` (``force=None``: the
    command never overwrites)."""
    folder = out.parent
    if not folder.is_dir():
        raise OutputFileError(
            "the folder to write into does not exist",
            where=str(out),
            hint=f"create '{folder}' first, or choose another path",
        )
    if out.exists() and not force:
        raise OutputFileError(
            "the file exists; nothing was written",
            where=str(out),
            hint="choose another name"
            + (", or add --force to replace it" if force is False else ""),
        )


def workspace_dir(ctx: click.Context) -> Path:
    from fieldkit.locations import resolve_workspace

    root = ctx.find_root()
    return resolve_workspace((root.obj or {}).get("workspace"))


def _secret(prompt: str) -> str:
    """Typed without echo at a terminal; otherwise one line of standard input, so that
    ``... | fieldkit`` works without getpass warning that it cannot hide the input."""
    stream = sys.stdin
    if not stream.isatty():
        line = stream.readline()
        if not line:
            raise click.Abort
        return line.rstrip("\r\n")
    return str(click.prompt(prompt, hide_input=True, err=True))


def ask_passphrase(prompt: str = "Passphrase") -> str:
    """From ``FIELDKIT_PASSPHRASE`` (for scripts), else typed without echo."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    try:
        return _secret(prompt)
    except click.Abort:
        raise PassphraseError(
            "no passphrase given",
            hint=f"type it at a terminal, pipe it on standard input, or set {PASSPHRASE_ENV}",
        ) from None


def ask_new_passphrase() -> tuple[str, str]:
    """A new passphrase typed twice (or taken once from the environment)."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env, from_env
    try:
        return _secret("New passphrase"), _secret("Repeat it")
    except click.Abort:
        raise PassphraseError("no passphrase given; nothing was created") from None


def ask_second_passphrase(prompt: str) -> tuple[str, str]:
    """Another new passphrase, typed twice, never from the environment (which holds the
    workspace's own when scripted): at a terminal without echo, else two lines of input."""
    try:
        return _secret(prompt), _secret("Repeat it")
    except click.Abort:
        raise PassphraseError("no passphrase given; nothing was changed") from None


def unlock_at(ctx: click.Context, directory: Path, missing: str, hint: str) -> Workspace:
    """Unlock the workspace at ``directory`` for the rest of the command (closed with it)."""
    from fieldkit.session import unlock_workspace
    from fieldkit.session.safety import workspace_exists

    if not workspace_exists(directory):
        raise WorkspaceError(missing, where=str(directory), hint=hint)
    workspace = unlock_workspace(directory, ask_passphrase())
    ctx.call_on_close(workspace.close)
    for notice in workspace.notices:
        click.echo(f"notice: {notice.message}", err=True)
    return workspace


def open_workspace(ctx: click.Context) -> Workspace:
    return unlock_at(
        ctx,
        workspace_dir(ctx),
        "no fieldkit workspace here",
        "create one with 'fieldkit init', or pass --workspace DIR",
    )
