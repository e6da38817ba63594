"""The workspace header: a small JSON file beside the database, holding no secret.

It carries what is needed *before* the database can be opened: the Argon2id
salt and cost, the data key wrapped under the passphrase-derived key, and the
workspace's lock policy.  The database itself is encrypted with a random data
key, not with the passphrase-derived key, so that

- changing the passphrase re-wraps 32 bytes instead of re-encrypting the file;
- destroying the wrapped key (panic wipe) makes the database undecryptable even
  for someone who later learns the passphrase (crypto-shredding).

The wrapped key is bound (as AES-GCM associated data) to the workspace id, kind
and KDF parameters, so a header edited to weaken the KDF no longer unlocks.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from fieldkit.canonical import canonical_json
from fieldkit.crypto import KdfParams, derive_key, new_secret, unwrap_key, wrap_key
from fieldkit.errors import SchemaVersionError, WorkspaceError, WrongPassphraseError

__all__ = ["HEADER_NAME", "Header", "Policy", "read_header", "write_header"]

HEADER_NAME = "workspace.json"
FORMAT = "fieldkit-workspace/1"


class Kdf(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    alg: Literal["argon2id"] = "argon2id"
    salt: str
    memory_kib: int
    iterations: int
    lanes: int

    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes)


class Policy(BaseModel):
    """Lock policy; readable before unlock because the lock screen needs it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    lock_after_minutes: int = 5
    wipe_after_failures: int | None = None
    """Crypto-shred the workspace after this many wrong passphrases in a row (off: None)."""


class Header(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: str
    kind: Literal["interviewer", "coordinator"]
    workspace_id: str
    kdf: Kdf
    wrapped_key: str
    next_wrapped_key: str | None = None
    """Set only while the data key is being rotated (see ``Store.rotate_data_key``)."""
    policy: Policy = Policy()
    failed_unlocks: int = 0

    def _context(self) -> bytes:
        return canonical_json(
            {
                "format": self.format,
                "kind": self.kind,
                "workspace_id": self.workspace_id,
                "kdf": self.kdf.model_dump(),
            }
        )

    def kek(self, passphrase: str) -> bytes:
        return derive_key(passphrase, base64.b64decode(self.kdf.salt), self.kdf.params())

    def data_keys(self, kek: bytes) -> list[bytes]:
        """The data key (and, mid-rotation, its successor); wrong passphrase raises."""
        keys = []
        for wrapped in (self.wrapped_key, self.next_wrapped_key):
            if wrapped:
                key = unwrap_key(kek, base64.b64decode(wrapped), self._context())
                if key is not None:
                    keys.append(key)
        if not keys:
            raise WrongPassphraseError("wrong passphrase; nothing was changed")
        return keys

    def with_key(self, kek: bytes, data_key: bytes, *, next_key: bytes | None = None) -> Header:
        """A copy whose wrapped key(s) are ``data_key`` (and ``next_key``) under ``kek``."""

        def wrap(key: bytes) -> str:
            return base64.b64encode(wrap_key(kek, key, self._context())).decode()

        return self.model_copy(
            update={
                "wrapped_key": wrap(data_key),
                "next_wrapped_key": wrap(next_key) if next_key else None,
            }
        )

    @classmethod
    def create(
        cls, kind: Literal["interviewer", "coordinator"], workspace_id: str, kdf: KdfParams
    ) -> Header:
        salt = base64.b64encode(new_secret(16)).decode()
        return cls(
            format=FORMAT,
            kind=kind,
            workspace_id=workspace_id,
            wrapped_key="",
            kdf=Kdf(
                salt=salt, memory_kib=kdf.memory_kib, iterations=kdf.iterations, lanes=kdf.lanes
            ),
        )

    def with_new_salt(self) -> Header:
        """Same KDF cost, fresh salt (used when the passphrase changes)."""
        salt = base64.b64encode(new_secret(16)).decode()
        return self.model_copy(update={"kdf": self.kdf.model_copy(update={"salt": salt})})


def read_header(directory: Path) -> Header:
    path = directory / HEADER_NAME
    if not path.is_file():
        raise WorkspaceError(
            "no fieldkit workspace here",
            where=str(directory),
            hint="create one with 'fieldkit init', or pass --workspace DIR",
        )
    try:
        data = json.loads(path.read_bytes()[:65536].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WorkspaceError("the workspace header is damaged", where=str(path)) from None
    if isinstance(data, dict) and data.get("format") not in (None, FORMAT):
        raise SchemaVersionError(
            f"the workspace header has format {data.get('format')!r}, not {FORMAT!r}",
            where=str(path),
            hint="open it with the fieldkit version that created it",
        )
    try:
        return Header.model_validate(data)
    except ValidationError:
        raise WorkspaceError("the workspace header is damaged", where=str(path)) from None


def write_header(directory: Path, header: Header) -> None:
    """Replace the header atomically (write, fsync, rename, fsync the directory)."""
    path = directory / HEADER_NAME
    temporary = directory / (HEADER_NAME + ".new")
    data = json.dumps(header.model_dump(), indent=2).encode()
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temporary, path)
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
