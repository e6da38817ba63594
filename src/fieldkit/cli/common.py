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

from fieldkit.errors import PassphraseError, WorkspaceError

if TYPE_CHECKING:
    from fieldkit.crypto import KdfParams
    from fieldkit.session import Workspace

__all__ = [
    "PASSPHRASE_ENV",
    "ask_new_passphrase",
    "ask_passphrase",
    "kdf_options",
    "kdf_params",
    "open_workspace",
    "unlock_at",
    "workspace_dir",
]

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"  # noqa: S105 - the variable's name, not a secret


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


def unlock_at(ctx: click.Context, directory: Path, missing: str, hint: str) -> Workspace:
    """Unlock the workspace at ``directory`` for the rest of the command (closed with it)."""
    from fieldkit.session import unlock_workspace
    from fieldkit.session.safety import workspace_exists

    if not workspace_exists(directory):
        raise WorkspaceError(missing, where=str(directory), hint=hint)
    workspace = unlock_workspace(directory, ask_passphrase())
    ctx.call_on_close(workspace.close)
    return workspace


def open_workspace(ctx: click.Context) -> Workspace:
    return unlock_at(
        ctx,
        workspace_dir(ctx),
        "no fieldkit workspace here",
        "create one with 'fieldkit init', or pass --workspace DIR",
    )


def kdf_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Hidden ``--kdf-memory-mib``/``--kdf-iterations``: cheap keys for tests and demos."""
    func = click.option("--kdf-iterations", type=click.IntRange(1, 100), default=None, hidden=True)(
        func
    )
    return click.option(
        "--kdf-memory-mib", type=click.IntRange(8, 4096), default=None, hidden=True
    )(func)


def kdf_params(memory_mib: int | None, iterations: int | None) -> KdfParams:
    """The default Argon2id cost unless the hidden options lower it."""
    from fieldkit.crypto import KdfParams

    defaults = KdfParams()
    return KdfParams(
        memory_kib=memory_mib * 1024 if memory_mib else defaults.memory_kib,
        iterations=iterations or defaults.iterations,
        lanes=defaults.lanes if not memory_mib else 1,
    )
