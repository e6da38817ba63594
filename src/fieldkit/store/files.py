"""The workspace's files: create, unlock and upgrade an encrypted workspace folder.

A workspace folder holds the key file (``index``, see ``keyfile``) and one
SQLCipher database per passphrase, named with 16 random hex digits (plus
SQLite's ``-wal`` and ``-shm`` while open).  Nothing in a name or a byte at
rest says what the files are.  This module owns the files' life cycle;
``vault`` owns the key file's contents, ``shred`` their destruction, and
``Store`` in ``store.py`` what is inside the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from fieldkit.crypto import new_secret
from fieldkit.errors import StorageError, WorkspaceError, WrongPassphraseError
from fieldkit.store.db import Database, open_database
from fieldkit.store.keyfile import KEYFILE_NAME, SLOT_COUNT, KeyFile, derive_kek, fsync_directory
from fieldkit.store.keyslot import Kind, SlotPayload, encode_payload
from fieldkit.store.legacy import HEADER_NAME, count_legacy_failure, legacy_keys, read_header
from fieldkit.store.migrations import apply_migrations, pending_migrations
from fieldkit.store.policy import Policy
from fieldkit.store.role import new_id
from fieldkit.store.shred import (
    LEGACY_DB,
    new_database_name,
    overwrite,
    panic_wipe_files,
    remove_databases,
    remove_named,
)
from fieldkit.store.vault import KeyNotice, Vault, unlock_vault, wrong_passphrase

__all__ = ["create_database", "create_files", "open_files", "workspace_present"]

Init = Callable[[Database, str], None]


def workspace_present(directory: Path) -> bool:
    """Whether ``directory`` holds a workspace (a key file, or a version-1 header)."""
    return (directory / KEYFILE_NAME).is_file() or (directory / HEADER_NAME).is_file()


def _check_empty(directory: Path) -> None:
    if workspace_present(directory):
        raise WorkspaceError(
            "a workspace already exists here",
            where=str(directory),
            hint="open it, or choose another folder with --workspace",
        )
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise WorkspaceError(
            "the folder for a new workspace must be new or empty",
            where=str(directory),
            hint="choose a new folder with --workspace; nothing was changed",
        )


def create_database(
    path: Path, key: bytes, init: Callable[[Database], None], *, now: str | None = None
) -> Database:
    """A new SQLCipher database at ``path``, migrated (dated ``now``), filled by ``init``
    in one transaction."""
    db = open_database(path, key, create=True)
    path.chmod(0o600)  # SQLite gives the WAL and -shm files the same mode
    try:
        apply_migrations(db, now)
        with db.atomic():
            init(db)
    except BaseException:
        db.close()
        remove_named(path.parent, path.name)
        raise
    return db


def _random_slot() -> int:
    return new_secret(1)[0] % SLOT_COUNT


def create_files(
    directory: Path, passphrase: str, kind: Kind, init: Init
) -> tuple[Database, Vault]:
    """A new workspace: key file first, then the database, then the slot that opens it."""
    _check_empty(directory)
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    keyfile = KeyFile.create(directory / KEYFILE_NAME)
    db: Database | None = None
    try:
        kek = derive_kek(passphrase, keyfile.salt())
        payload = SlotPayload(
            role="real",
            kind=kind,
            generation=1,
            workspace_id=new_id(),
            db_name=new_database_name(),
            data_key=new_secret(32),
            policy=Policy(),
        )
        db = create_database(
            directory / payload.db_name, payload.data_key, lambda d: init(d, payload.workspace_id)
        )
        slot = _random_slot()
        keyfile.write(
            keyfile.sealed_slot(slot, kek, encode_payload(payload)),
            keyfile.lock_block(payload.policy.lock_state()),
        )
    except BaseException:
        if db is not None:
            db.close()
        keyfile.close()
        panic_wipe_files(directory)
        raise
    return db, Vault(keyfile, kek, slot, payload)


def _open_with_any(path: Path, keys: list[bytes]) -> tuple[Database, bytes]:
    for key in keys:
        try:
            return open_database(path, key), key
        except WrongPassphraseError:
            continue
    raise WorkspaceError(
        "the passphrase is right but the database does not open with its key",
        where=str(path.parent),
        hint="the database may belong to another workspace or be damaged",
    )


def _check_identity(db: Database, workspace_id: str, directory: Path) -> None:
    row = db.one("SELECT value FROM meta WHERE key = 'workspace_id'")
    if row is None or row[0] != workspace_id:
        raise WorkspaceError(
            "the database belongs to a different workspace than its key file",
            where=str(directory),
            hint="restore the matching workspace folder; nothing was changed",
        )


def _open_checked(path: Path, keys: list[bytes], workspace_id: str) -> tuple[Database, bytes]:
    db, key = _open_with_any(path, keys)
    try:
        _check_identity(db, workspace_id, path.parent)
        pending_migrations(db)  # refuses a database from a newer fieldkit before any change
        apply_migrations(db)
    except BaseException:
        db.close()
        raise
    return db, key


def open_files(directory: Path, passphrase: str) -> tuple[Database, Vault, list[KeyNotice]]:
    """Unlock: ``(database, vault, notices)``.  Every passphrase that opens nothing is
    ``WrongPassphraseError``, after the policy's counting (and wipe) has run."""
    if (directory / HEADER_NAME).is_file() and (directory / LEGACY_DB).is_file():
        return _open_legacy(directory, passphrase)
    if not (directory / KEYFILE_NAME).is_file():
        raise WorkspaceError(
            "no workspace here",
            where=str(directory),
            hint="create one with 'fieldkit init', or pass --workspace DIR",
        )
    keyfile = KeyFile.open(directory / KEYFILE_NAME)
    try:
        vault, notices = unlock_vault(keyfile, passphrase)
    except BaseException:
        keyfile.close()
        raise
    payload = vault.payload
    if payload.role == "decoy" and payload.destroy_on_unlock:
        vault.start_destroying_others()
    try:
        keys = [payload.data_key] + ([payload.next_key] if payload.next_key else [])
        db, key = _open_checked(vault.database, keys, payload.workspace_id)
    except BaseException:
        vault.close()
        raise
    if payload.next_key:  # a re-encryption was interrupted: keep the key that opened it
        vault.update(payload.next_generation(data_key=key, next_key=None))
        if key != payload.next_key:
            notices.append(KeyNotice(code="rotation_interrupted"))
    if (directory / HEADER_NAME).exists():  # an upgrade stopped after the rename
        _retire_header(directory)
        notices.append(KeyNotice(code="upgraded"))
    return db, vault, notices


# --- version 1 ------------------------------------------------------------------------


def _open_legacy(directory: Path, passphrase: str) -> tuple[Database, Vault, list[KeyNotice]]:
    header = read_header(directory)
    keys = legacy_keys(header, passphrase)
    if not keys:
        if count_legacy_failure(directory, header):
            _legacy_policy_wipe(directory, header.policy.checked())
        raise wrong_passphrase(None)
    db, key = _open_checked(directory / LEGACY_DB, keys, header.workspace_id)
    payload = SlotPayload(
        role="real",
        kind=header.kind,
        generation=1,
        workspace_id=header.workspace_id,
        db_name=new_database_name(),
        data_key=key,
        policy=header.policy.checked(),
    )
    vault = _migrate(directory, passphrase, db, payload)
    db = open_database(vault.database, key)
    return db, vault, [KeyNotice(code="upgraded")]


def _migrate(directory: Path, passphrase: str, db: Database, payload: SlotPayload) -> Vault:
    """Key file (slot + lock block) first, then the database's new name, then the old
    header overwritten in place and removed.  A crash anywhere leaves a workspace
    that opens: before the rename through the header, after it through the key file."""
    db.checkpoint()
    db.close()
    for suffix in ("-wal", "-shm"):
        leftover = directory / (LEGACY_DB + suffix)
        if leftover.exists() and leftover.stat().st_size and suffix == "-wal":
            raise StorageError(
                "the workspace is open in another fieldkit window; nothing was changed",
                hint="close the other window and unlock again",
            )
        leftover.unlink(missing_ok=True)
    keyfile = _fresh_keyfile(directory / KEYFILE_NAME)
    try:
        kek = derive_kek(passphrase, keyfile.salt())
        slot = _random_slot()
        keyfile.write(
            keyfile.sealed_slot(slot, kek, encode_payload(payload)),
            keyfile.lock_block(payload.policy.lock_state()),
        )
        os.rename(directory / LEGACY_DB, directory / payload.db_name)
        _retire_header(directory)
    except BaseException:
        keyfile.close()
        raise
    return Vault(keyfile, kek, slot, payload)


def _fresh_keyfile(path: Path) -> KeyFile:
    """A new key file, or one left by an interrupted upgrade, overwritten in place."""
    if not path.exists():
        return KeyFile.create(path)
    keyfile = KeyFile.open(path)
    keyfile.scrub()
    return keyfile


def _retire_header(directory: Path) -> None:
    for name in (HEADER_NAME, HEADER_NAME + ".new"):
        overwrite(directory / name)
        (directory / name).unlink(missing_ok=True)
    fsync_directory(directory)


def _legacy_policy_wipe(directory: Path, policy: Policy) -> None:
    """A version-1 workspace wiped by its policy ends like a version-2 one: a random
    key file whose lock block counts on, and nothing else."""
    keyfile = _fresh_keyfile(directory / KEYFILE_NAME)
    try:
        keyfile.write(keyfile.lock_block(policy.lock_state()))
    finally:
        keyfile.close()
    overwrite(directory / HEADER_NAME)
    remove_databases(directory)
