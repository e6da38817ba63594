"""Shared pieces of the command line: finding the workspace, asking for passphrases."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from fieldkit.errors import PassphraseError, WorkspaceError
from fieldkit.locations import resolve_workspace
from fieldkit.session import Workspace, unlock_workspace

__all__ = [
    "PASSPHRASE_ENV",
    "ask_new_passphrase",
    "ask_passphrase",
    "open_workspace",
    "workspace_dir",
]

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret


def workspace_dir(ctx: click.Context) -> Path:
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


def open_workspace(ctx: click.Context) -> Workspace:
    directory = workspace_dir(ctx)
    if not (directory / "workspace.json").exists():
        raise WorkspaceError(
            "no fieldkit workspace here",
            where=str(directory),
            hint="create one with 'fieldkit init', or pass --workspace DIR",
        )
    workspace = unlock_workspace(directory, ask_passphrase())
    ctx.call_on_close(workspace.close)
    return workspace
