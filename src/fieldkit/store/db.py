"""The only module that opens the encrypted database or imports the SQLCipher driver.

``open_database`` hands SQLCipher a raw 256-bit key (no passphrase parsing in
SQLite, no second KDF), then sets the durability and hygiene pragmas every
connection needs:

- ``journal_mode=WAL`` + ``synchronous=FULL``: a commit returns only after the
  WAL is on disk, so an answer acknowledged is an answer kept;
- ``temp_store=MEMORY``: sorts and temporary tables never spill plaintext to
  temp files;
- ``secure_delete=ON``: freed pages are zeroed (they are encrypted anyway);
- ``wal_autocheckpoint=10000``: rarer checkpoints, so no answer waits for one often;
- ``foreign_keys=ON`` and a busy timeout;
- ``cipher_memory_security=ON``, set before the key: SQLCipher then zeroes every block it
  frees (decrypted pages, keys) and locks its memory against swapping.  It is process-wide
  and cannot be switched off again; its cost is measured by ``bench/memory_security.py``
  (docs/performance.md).

Driver errors are translated here into the fieldkit family, so no other
module needs to know sqlcipher3's exception types.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldkit.errors import StorageError, WrongPassphraseError

__all__ = ["Database", "open_database"]

MEMORY_SECURITY = "PRAGMA cipher_memory_security = ON"
"""Zero what SQLCipher frees; before the key, so the key schedule is covered too."""

_PRAGMAS = (
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 5000",
    # Checkpoint every ~40 MB of WAL rather than every 4 MB: a checkpoint (copying pages back
    # and syncing the main file) lands on whichever answer happens to cross the threshold, so
    # rarer ones keep the slowest answers fast.  Closing the workspace checkpoints anyway.
    "PRAGMA wal_autocheckpoint = 10000",
)


def _key_pragma(key: bytes, verb: str = "key") -> str:
    if len(key) != 32:
        raise ValueError("SQLCipher raw keys are 32 bytes")
    return f"PRAGMA {verb} = \"x'{key.hex()}'\""


def _storage_error(error: Exception) -> StorageError:
    text = str(error).lower()
    if "full" in text:
        return StorageError(
            "the disk is full; the last answer was NOT saved",
            hint="free some space, then enter it again",
        )
    if "i/o" in text:
        return StorageError(
            "could not write to the disk (full, removed or failing); the last answer was NOT saved",
            hint="free some space or check the drive, then enter it again",
        )
    if "readonly" in text or "read-only" in text:
        return StorageError("the workspace is read-only; nothing was saved")
    if "locked" in text or "busy" in text:
        return StorageError(
            "the workspace is in use by another fieldkit process",
            hint="close the other window and try again",
        )
    return StorageError(f"the database refused the change ({type(error).__name__}: {error})")


class Database:
    """One SQLCipher connection, shared by threads under a lock."""

    def __init__(self, connection: Any, path: Path) -> None:
        self._conn = connection
        self._lock = threading.RLock()
        self._depth = 0
        self.path = path

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A transaction; nested calls become savepoints.  Rolls back on any error."""
        with self._lock:
            depth = self._depth
            name = f"sp{depth}"
            self._run("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                self._rollback(depth, name)
                raise
            self._depth -= 1
            self._run("COMMIT" if depth == 0 else f"RELEASE {name}")

    def _rollback(self, depth: int, name: str) -> None:
        try:
            if depth == 0:
                self._conn.execute("ROLLBACK")
            else:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
        except sqlcipher3.Error:
            pass  # the connection already rolled back (e.g. after SQLITE_FULL)

    def _run(self, sql: str, params: Sequence[Any] = ()) -> Any:
        try:
            return self._conn.execute(sql, params)
        except sqlcipher3.IntegrityError as error:
            # Constraint text names tables and columns, never values.
            raise StorageError(f"the database refused the change: {error}") from None
        except sqlcipher3.Error as error:
            raise _storage_error(error) from None

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run a statement; returns ``lastrowid``."""
        with self._lock:
            return int(self._run(sql, params).lastrowid or 0)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """One statement over many parameter rows (bulk inserts: one call into SQLite)."""
        with self._lock:
            try:
                self._conn.executemany(sql, rows)
            except sqlcipher3.IntegrityError as error:
                raise StorageError(f"the database refused the change: {error}") from None
            except sqlcipher3.Error as error:
                raise _storage_error(error) from None

    def executescript(self, script: str) -> None:
        """Run several statements inside the current transaction.

        The driver's own ``executescript`` commits first, which would break the
        one-transaction-per-migration rule, so statements are split here.
        """
        with self._lock:
            statement = ""
            for line in script.splitlines(keepends=True):
                statement += line
                if sqlcipher3.complete_statement(statement):
                    self._run(statement)
                    statement = ""
            if statement.strip():
                raise StorageError("incomplete SQL statement in a migration")

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return list(self._run(sql, params).fetchall())

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def integrity_check(self) -> list[str]:
        """Problems SQLite's own integrity check finds (empty when healthy)."""
        rows = [str(r[0]) for r in self.query("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def cipher_integrity_check(self) -> list[str]:
        """Pages whose HMAC fails (tampered or corrupted ciphertext)."""
        return [str(r[0]) for r in self.query("PRAGMA cipher_integrity_check")]

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (WAL is checkpointed first)."""
        with self._lock:
            self._run("PRAGMA wal_checkpoint(TRUNCATE)")
            self._run("PRAGMA journal_mode = DELETE")
            self._run(_key_pragma(new_key, "rekey"))
            self._run("PRAGMA journal_mode = WAL")

    def checkpoint(self) -> None:
        with self._lock:
            self._run("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def open_database(path: Path, key: bytes, *, create: bool = False) -> Database:
    """Open (or create) the encrypted database at ``path`` with the raw ``key``.

    Raises ``WrongPassphraseError`` when the key does not decrypt the file; the
    file is not modified in that case.
    """
    if not create and not path.is_file():
        raise StorageError("the workspace database is missing", where=str(path))
    try:
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlcipher3.Error as error:
        raise _storage_error(error) from None
    try:
        conn.execute(MEMORY_SECURITY)
        conn.execute(_key_pragma(key))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        conn.close()
        raise WrongPassphraseError("the key does not open this database") from None
    db = Database(conn, path)
    for pragma in _PRAGMAS:
        db.query(pragma)
    return db
