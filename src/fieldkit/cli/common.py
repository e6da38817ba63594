"""Shared pieces of the command line: finding the workspace, asking for passphrases."""

from __future__ import annotations

import os
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


def ask_passphrase(prompt: str = "Passphrase") -> str:
    """From ``FIELDKIT_PASSPHRASE`` (for scripts) or typed without echo."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env
    try:
        return str(click.prompt(prompt, hide_input=True, err=True))
    except click.Abort:
        raise PassphraseError("no passphrase given") from None


def ask_new_passphrase() -> tuple[str, str]:
    """A new passphrase typed twice (or taken once from the environment)."""
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env is not None:
        return from_env, from_env
    try:
        first = str(click.prompt("New passphrase", hide_input=True, err=True))
        second = str(click.prompt("Repeat it", hide_input=True, err=True))
    except click.Abort:
        raise PassphraseError("no passphrase given; nothing was created") from None
    return first, second


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
