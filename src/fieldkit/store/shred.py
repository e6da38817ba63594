"""Destroying a workspace's files: the key material first, then everything else.

Two kinds of destruction share this module:

- the **panic wipe** (``panic_wipe_files``): the key file is overwritten with
  random bytes in place and synced, then every database file (main file, WAL,
  shared memory, rollback journal, a version-1 header and its leftovers) is
  overwritten and removed, and finally the key file and the folder: nothing
  fieldkit wrote is left;
- the **quiet wipe** (``remove_databases``), after a wipe by policy or by a
  duress passphrase set to destroy: the key file stays, random and of the same
  size, so that every later passphrase is simply wrong; only the databases go.

An open database is never closed (let alone checkpointed) before its files
are gone: closing checkpoints up to ~40 MB of WAL first, and the key must not
wait for that.  Overwriting files is best effort (see docs/threat-model.md for
SSDs, copy-on-write file systems and backups); overwriting the key file is not,
and it comes first.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from fieldkit.crypto import new_secret
from fieldkit.store.keyfile import KEYFILE_NAME, KeyFile

__all__ = [
    "LEGACY_DB",
    "LEGACY_HEADER",
    "database_files",
    "new_database_name",
    "overwrite",
    "panic_wipe_files",
    "remove_databases",
    "remove_named",
    "sqlite_files",
    "workspace_files",
]

LEGACY_HEADER = "workspace.json"
LEGACY_DB = "fieldkit.db"
_SQLITE_SUFFIXES = ("", "-wal", "-shm", "-journal")
_DATABASE = re.compile(r"^[0-9a-f]{16}(-wal|-shm|-journal)?$")
_LEGACY = {LEGACY_HEADER, LEGACY_HEADER + ".new"} | {LEGACY_DB + s for s in _SQLITE_SUFFIXES}
_CHUNK = 1 << 20


def new_database_name() -> str:
    """16 random hex digits: real and decoy databases cannot be told apart by name."""
    return new_secret(8).hex()


def sqlite_files(directory: Path, name: str) -> list[Path]:
    """A database and the files SQLite may keep beside it."""
    return [directory / (name + suffix) for suffix in _SQLITE_SUFFIXES]


def database_files(directory: Path, keep: Iterable[str] = ()) -> list[Path]:
    """Every database file fieldkit may have written in ``directory`` (a version-1
    header included), except those of the databases named in ``keep``."""
    kept = {path.name for name in keep for path in sqlite_files(directory, name)}
    try:
        names = sorted(os.listdir(directory))
    except FileNotFoundError:
        return []
    return [
        directory / name
        for name in names
        if (_DATABASE.match(name) or name in _LEGACY) and name not in kept
    ]


def workspace_files(directory: Path) -> list[Path]:
    """Everything fieldkit may have written in ``directory``: the key file and databases."""
    return [*database_files(directory), directory / KEYFILE_NAME]


def overwrite(path: Path) -> None:
    """Best effort: random bytes over the file's whole length, in place, synced."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return
    try:
        size = os.fstat(fd).st_size
        chunk = new_secret(min(size, _CHUNK) or 1)
        for offset in range(0, size, _CHUNK):
            os.pwrite(fd, chunk[: size - offset], offset)
        os.fsync(fd)
    except OSError:
        pass  # a failing disk: the key is already gone, removal is all that is left
    finally:
        os.close(fd)


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        overwrite(path)
        path.unlink(missing_ok=True)


def remove_named(directory: Path, name: str) -> None:
    """Overwrite and remove one database (and its WAL, shared memory and journal)."""
    _remove(sqlite_files(directory, name))


def remove_databases(directory: Path, keep: Iterable[str] = ()) -> None:
    """Overwrite and remove every database in ``directory`` but those in ``keep``."""
    _remove(database_files(directory, keep))


def _destroy_key_file(path: Path) -> None:
    try:
        keyfile = KeyFile.open(path)
    except Exception:  # wrong size or unreadable: overwrite whatever is there
        overwrite(path)
        return
    try:
        keyfile.scrub()
    finally:
        keyfile.close()


def panic_wipe_files(directory: Path) -> None:
    """Key material first (key file scrubbed, version-1 header overwritten), then the
    databases, then the key file and the folder itself (if nothing else is in it)."""
    key = directory / KEYFILE_NAME
    if key.is_file():
        _destroy_key_file(key)
    for name in (LEGACY_HEADER, LEGACY_HEADER + ".new"):
        overwrite(directory / name)
    _remove(database_files(directory))
    _remove([key])
    with contextlib.suppress(OSError):  # files fieldkit did not write stay, and so does it
        directory.rmdir()
