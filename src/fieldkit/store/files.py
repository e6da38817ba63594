"""The workspace's files: create, unlock, re-key and destroy an encrypted workspace directory.

A workspace is a directory holding ``workspace.json`` (the header: salt, KDF
cost, wrapped data key; no secret) and ``fieldkit.db`` (SQLCipher, plus its
``-wal`` and ``-shm`` files while open).  This module owns the files and their
life cycle; ``Store`` in ``store.py`` owns what is inside.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from fieldkit.crypto import KdfParams, new_secret
from fieldkit.errors import WorkspaceError, WrongPassphraseError
from fieldkit.store.db import Database, open_database
from fieldkit.store.header import HEADER_NAME, Header, Policy, read_header, write_header
from fieldkit.store.migrations import apply_migrations, pending_migrations
from fieldkit.store.role import new_id

__all__ = [
    "DB_NAME",
    "create_files",
    "open_files",
    "rewrap",
    "rotate_key_files",
    "shred",
    "update_policy",
]

DB_NAME = "fieldkit.db"
Kind = Literal["interviewer", "coordinator"]


def create_files(
    directory: Path,
    passphrase: str,
    kind: Kind,
    kdf: KdfParams,
    init: Callable[[Database, str], None],
) -> tuple[Database, Header]:
    """Make a new workspace; ``init(db, workspace_id)`` fills it in one transaction."""
    if (directory / HEADER_NAME).exists():
        raise WorkspaceError(
            "a workspace already exists here",
            where=str(directory),
            hint="open it, or choose another directory with --workspace",
        )
    if (directory / DB_NAME).exists():
        raise WorkspaceError(
            "this directory holds a database without its header",
            where=str(directory),
            hint="choose an empty directory; do not delete anything you may need",
        )
    kdf.check()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    header = Header.create(kind, new_id(), kdf)
    data_key = new_secret(32)
    header = header.with_key(header.kek(passphrase), data_key)
    db = open_database(directory / DB_NAME, data_key, create=True)
    (directory / DB_NAME).chmod(0o600)  # SQLite gives the WAL and -shm files the same mode
    try:
        apply_migrations(db)
        with db.atomic():
            init(db, header.workspace_id)
        write_header(directory, header)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            (directory / (DB_NAME + suffix)).unlink(missing_ok=True)
        raise
    return db, header


def _open_with_any(directory: Path, keys: list[bytes]) -> tuple[Database, bytes]:
    for key in keys:
        try:
            return open_database(directory / DB_NAME, key), key
        except WrongPassphraseError:
            continue
    raise WorkspaceError(
        "the passphrase is right but the database does not open with its key",
        where=str(directory),
        hint="the database may belong to another workspace or be damaged",
    )


def open_files(directory: Path, passphrase: str) -> tuple[Database, Header, bytes]:
    """Unlock: ``(database, header, data key)``.  A wrong passphrase changes nothing
    unless the workspace's policy wipes after repeated failures."""
    header = read_header(directory)
    try:
        keys = header.data_keys(header.kek(passphrase))
    except WrongPassphraseError:
        _count_failure(directory, header)
        raise
    db, key = _open_with_any(directory, keys)
    try:
        _check_identity(db, header, directory)
        pending_migrations(db)  # refuses a database from a newer fieldkit before any change
        apply_migrations(db)
    except BaseException:
        db.close()
        raise
    if header.failed_unlocks or header.next_wrapped_key:
        header = header.with_key(header.kek(passphrase), key).model_copy(
            update={"failed_unlocks": 0}
        )
        write_header(directory, header)
    return db, header, key


def _check_identity(db: Database, header: Header, directory: Path) -> None:
    row = db.one("SELECT value FROM meta WHERE key = 'workspace_id'")
    if row is None or row[0] != header.workspace_id:
        raise WorkspaceError(
            "the database belongs to a different workspace than its header",
            where=str(directory),
            hint="restore the matching workspace.json; nothing was changed",
        )


def _count_failure(directory: Path, header: Header) -> None:
    limit = header.policy.wipe_after_failures
    if limit is None:
        return
    failures = header.failed_unlocks + 1
    if failures >= limit:
        shred(directory)
        raise WrongPassphraseError(
            f"wrong passphrase {failures} times: the workspace has been wiped by policy"
        )
    write_header(directory, header.model_copy(update={"failed_unlocks": failures}))


def rewrap(directory: Path, header: Header, new_passphrase: str, data_key: bytes) -> Header:
    """New passphrase (and salt) for the same data key; atomic."""
    fresh = header.with_new_salt()
    fresh = fresh.with_key(fresh.kek(new_passphrase), data_key)
    write_header(directory, fresh)
    return fresh


def rotate_key_files(
    directory: Path, db: Database, header: Header, passphrase: str, old_key: bytes
) -> tuple[Header, bytes]:
    """Re-encrypt the database under a new random data key, crash-safely.

    The new key is first written into the header beside the old one, so that
    whichever key the file ends up under after a crash, the header can open it.
    """
    new_key = new_secret(32)
    kek = header.kek(passphrase)
    write_header(directory, header.with_key(kek, old_key, next_key=new_key))
    db.rekey(new_key)
    final = header.with_key(kek, new_key)
    write_header(directory, final)
    return final, new_key


def update_policy(directory: Path, header: Header, policy: Policy) -> Header:
    updated = header.model_copy(update={"policy": policy})
    write_header(directory, updated)
    return updated


def _overwrite(path: Path) -> None:
    try:
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY)
    except FileNotFoundError:
        return
    try:
        os.write(fd, new_secret(max(size, 1)))
        os.fsync(fd)
    finally:
        os.close(fd)


def shred(directory: Path) -> None:
    """Crypto-shred: overwrite the header (which holds the only copy of the wrapped
    data key) and delete the workspace files.  See docs/threat-model.md for limits."""
    _overwrite(directory / (HEADER_NAME + ".new"))
    for _ in range(3):
        _overwrite(directory / HEADER_NAME)
    for name in (HEADER_NAME, HEADER_NAME + ".new", DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm"):
        (directory / name).unlink(missing_ok=True)
