"""Workspace commands: ``init`` and ``workspace passphrase|rotate-key|policy|duress|check|wipe``.

Named ``workspace_cmd`` so that it is not mistaken for the workspace service
(``fieldkit.session.workspace``) or the workspace's files (``fieldkit.store.files``).
"""

from __future__ import annotations

from pathlib import Path

import click

from fieldkit.cli.common import (
    ask_passphrase,
    ask_second_passphrase,
    open_workspace,
    workspace_dir,
    workspace_option,
)
from fieldkit.cli.jsonout import emit_json, json_option
from fieldkit.cli.newpass import generate_options
from fieldkit.errors import WorkspaceError

__all__ = ["register"]


@click.command()
@workspace_option
@click.option(
    "--questionnaire",
    "questionnaire_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this questionnaire instead of the built-in report question set.",
)
@generate_options
@click.pass_context
def init(
    ctx: click.Context, questionnaire_file: Path | None, generate: bool, wordlist: str | None
) -> None:
    """Create an encrypted workspace in a new or empty folder (asks for a new passphrase
    twice, or suggests one).

    Set FIELDKIT_PASSPHRASE to script this; a weak passphrase is refused with the reason (in
    Korean when the locale is Korean), and at a terminal a strong one is offered instead.
    """
    from fieldkit.cli.newpass import new_passphrase
    from fieldkit.locations import user_language
    from fieldkit.questionnaire import load_questionnaire
    from fieldkit.session import create_workspace

    directory = workspace_dir(ctx)
    questionnaire = load_questionnaire(questionnaire_file) if questionnaire_file else None
    passphrase, confirmation = new_passphrase(
        generate=generate, lang=user_language(), wordlist=wordlist
    )
    with create_workspace(
        directory, passphrase, confirmation=confirmation, questionnaire=questionnaire
    ) as workspace:
        qn = workspace.questionnaire
    click.echo(f"Created workspace {directory}")
    click.echo(f"Questionnaire: {qn.id} {qn.version} ({len(qn.questions())} questions)")


@click.group()
@workspace_option
def workspace() -> None:
    """Look after the workspace: passphrase, key, lock policy, duress, integrity, wipe."""


@workspace.command()
@workspace_option
@click.option(
    "--keep-data-key",
    is_flag=True,
    help="Only re-wrap the key (fast); by default the database is re-encrypted under a new key.",
)
@generate_options
@click.pass_context
def passphrase(
    ctx: click.Context, keep_data_key: bool, generate: bool, wordlist: str | None
) -> None:
    """Change the passphrase (asks for the current one, then the new one twice, or suggests
    one with --generate).

    The database is re-encrypted under a new data key too, so that an earlier copy
    of the key file and the old passphrase open nothing written from now on.
    """
    from fieldkit.cli.newpass import new_passphrase
    from fieldkit.locations import user_language

    ws = open_workspace(ctx)
    new, confirmation = new_passphrase(
        generate=generate, lang=user_language(), wordlist=wordlist, env_is_current=True
    )
    ws.change_passphrase(new, confirmation, rotate=not keep_data_key)
    click.echo("Passphrase changed." if keep_data_key else "Passphrase changed, data key renewed.")


@workspace.command("rotate-key")
@workspace_option
@click.pass_context
def rotate_key(ctx: click.Context) -> None:
    """Re-encrypt the database under a fresh random key (after a suspected leak)."""
    ws = open_workspace(ctx)
    ws.rotate_data_key(ask_passphrase("Passphrase again"))
    click.echo("Database re-encrypted under a new key.")


@workspace.command()
@workspace_option
@click.option("--lock-after", type=click.IntRange(1, 240), help="Auto-lock after N idle minutes.")
@click.option(
    "--wipe-after",
    type=click.IntRange(0, 100),
    help="Wipe after N wrong passphrases in a row (0 turns it off).",
)
@click.option(
    "--show-tries/--hide-tries",
    default=None,
    help="Say after a wrong passphrase how many tries are left before the wipe (default: hide).",
)
@click.pass_context
def policy(
    ctx: click.Context, lock_after: int | None, wipe_after: int | None, show_tries: bool | None
) -> None:
    """Show or change the lock policy.

    A wipe by policy is silent: the key file stays, full of random bytes, and every
    later passphrase (the right one too) is simply "wrong passphrase".
    """
    from fieldkit.session import Policy

    ws = open_workspace(ctx)
    current = ws.policy
    if lock_after is not None or wipe_after is not None or show_tries is not None:
        current = Policy(
            lock_after_minutes=lock_after or current.lock_after_minutes,
            wipe_after_failures=current.wipe_after_failures
            if wipe_after is None
            else (wipe_after or None),
            show_remaining_tries=current.show_remaining_tries if show_tries is None else show_tries,
        )
        ws.set_policy(current)
    click.echo(f"lock after: {current.lock_after_minutes} min")
    click.echo(f"wipe after failures: {current.wipe_after_failures or 'off'}")
    click.echo(f"show remaining tries: {'yes' if current.show_remaining_tries else 'no'}")


@workspace.command()
@workspace_option
@click.option(
    "--destroy",
    is_flag=True,
    help="Opening the decoy also destroys this workspace's keys, in the background.",
)
@click.option("--remove", is_flag=True, help="Remove the duress passphrase and its decoy.")
@click.option("--status", is_flag=True, help="Only say whether a duress passphrase is set.")
@click.pass_context
def duress(ctx: click.Context, destroy: bool, remove: bool, status: bool) -> None:
    """Set, change or remove a duress passphrase, which opens a decoy workspace.

    Asks for the workspace's passphrase, then for the duress passphrase twice (it must
    be strong and different).  The decoy holds a few practice interviews and behaves
    like any workspace; opening it takes the same time as opening this one.
    """
    from fieldkit.session.duress import duress_state, remove_duress, set_duress

    if remove and (destroy or status):
        raise click.UsageError("--remove goes alone")
    ws = open_workspace(ctx)
    if remove:
        remove_duress(ws)
        click.echo("Duress passphrase removed; its decoy was destroyed.")
    elif not status:
        new, confirmation = ask_second_passphrase("Duress passphrase")
        set_duress(ws, new, confirmation, destroy=destroy)
        click.echo("Duress passphrase set.")
    state = duress_state(ws)
    if state is None:
        click.echo("duress passphrase: not set")
    else:
        click.echo("duress passphrase: set")
        click.echo(f"opening it destroys this workspace: {'yes' if state.destroys else 'no'}")


@workspace.command()
@workspace_option
@json_option
@click.pass_context
def check(ctx: click.Context, as_json: bool) -> None:
    """Verify the database's integrity and the event log's hash chain (exit 2 if broken)."""
    entries = open_workspace(ctx).check_integrity()
    if as_json:
        emit_json({"ok": True, "database": "intact", "event_log_entries": entries})
        return
    click.echo(f"ok: database intact, event log of {entries} entries verified")


@workspace.command()
@workspace_option
@click.option(
    "--yes-destroy-everything",
    "confirmed",
    is_flag=True,
    help="Required: confirms that the data will be unrecoverable.",
)
@click.pass_context
def wipe(ctx: click.Context, confirmed: bool) -> None:
    """Panic wipe: destroy the key material so the data can never be decrypted."""
    from fieldkit.session.safety import PANIC_PHRASE, panic_wipe, workspace_exists

    directory = workspace_dir(ctx)
    if not workspace_exists(directory):
        raise WorkspaceError("no fieldkit workspace here", where=str(directory))
    if not confirmed:
        raise WorkspaceError(
            "refusing to wipe without confirmation",
            hint="add --yes-destroy-everything; this cannot be undone",
        )
    panic_wipe(directory, typed=PANIC_PHRASE)  # the flag is the typed confirmation
    click.echo(f"Wiped {directory}: the workspace can no longer be decrypted.")


def register(group: click.Group) -> None:
    group.add_command(init)
    group.add_command(workspace)
