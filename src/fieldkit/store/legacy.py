"""Version-1 workspaces (``workspace.json`` + ``fieldkit.db``): read them, then retire them.

Interviewers carry workspaces made before the key file existed.  They keep
opening: the header's own Argon2id parameters unwrap the data key, with the
passphrase as typed, then NFC- and NFD-normalised (version 1 did not normalise,
so whichever form was typed at creation works).  The first successful unlock
migrates the workspace to the key file (``files.migrate_legacy``), after which
the header is overwritten in place and removed.

Until then, a wrong passphrase is counted in the header *in place* (same file,
padded with spaces, never a rename), and the policy's wipe leaves a random key
file exactly as a version-2 workspace does.
"""

from __future__ import annotations

import base64
import json
import os
import unicodedata
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from fieldkit.canonical import canonical_json
from fieldkit.crypto import KdfParams, derive_key, unwrap_key
from fieldkit.errors import SchemaVersionError, WorkspaceError
from fieldkit.store.policy import MAX_LOCK_MINUTES, MAX_WIPE_AFTER, Policy

__all__ = ["HEADER_NAME", "LegacyHeader", "count_legacy_failure", "legacy_keys", "read_header"]

HEADER_NAME = "workspace.json"
FORMAT = "fieldkit-workspace/1"


class _Kdf(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    alg: Literal["argon2id"] = "argon2id"
    salt: str
    memory_kib: int
    iterations: int
    lanes: int

    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.iterations, self.lanes)


class _Policy(BaseModel):
    """Version 1's policy: unchecked integers (an edited ``-1`` turned auto-lock off)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    lock_after_minutes: int = 5
    wipe_after_failures: int | None = None

    def checked(self) -> Policy:
        """The same policy within version 2's ranges (auto-lock is never switched off
        by an out-of-range value: it falls back to the default)."""
        lock = self.lock_after_minutes
        wipe = self.wipe_after_failures
        return Policy(
            lock_after_minutes=lock if 1 <= lock <= MAX_LOCK_MINUTES else 5,
            wipe_after_failures=min(wipe, MAX_WIPE_AFTER) if wipe and wipe > 0 else None,
        )


class LegacyHeader(BaseModel):
    """``workspace.json`` as version 1 wrote it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    format: str
    kind: Literal["interviewer", "coordinator"]
    workspace_id: str
    kdf: _Kdf
    wrapped_key: str
    next_wrapped_key: str | None = None
    policy: _Policy = _Policy()
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

    def data_keys(self, passphrase: str) -> list[bytes]:
        """The data key (and, mid-rotation, its successor); empty for a wrong passphrase."""
        kek = derive_key(passphrase, base64.b64decode(self.kdf.salt), self.kdf.params())
        keys = []
        for wrapped in (self.wrapped_key, self.next_wrapped_key):
            if wrapped:
                key = unwrap_key(kek, base64.b64decode(wrapped), self._context())
                if key is not None:
                    keys.append(key)
        return keys


def read_header(directory: Path) -> LegacyHeader:
    path = directory / HEADER_NAME
    try:
        data = json.loads(path.read_bytes()[:65536].decode("utf-8"))
    except FileNotFoundError:
        raise WorkspaceError("no workspace here", where=str(directory)) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise WorkspaceError("the workspace header is damaged", where=str(path)) from None
    if isinstance(data, dict) and data.get("format") not in (None, FORMAT):
        raise SchemaVersionError(
            f"the workspace header has format {data.get('format')!r}, not {FORMAT!r}",
            where=str(path),
            hint="open it with the fieldkit version that created it",
        )
    try:
        return LegacyHeader.model_validate(data)
    except ValidationError:
        raise WorkspaceError("the workspace header is damaged", where=str(path)) from None


def _spellings(passphrase: str) -> list[str]:
    forms = [passphrase] + [unicodedata.normalize(f, passphrase) for f in ("NFC", "NFD")]
    return list(dict.fromkeys(forms))


def legacy_keys(header: LegacyHeader, passphrase: str) -> list[bytes]:
    """The data keys the passphrase unwraps, in any of its Unicode spellings."""
    for spelling in _spellings(passphrase):
        keys = header.data_keys(spelling)
        if keys:
            return keys
    return []


def count_legacy_failure(directory: Path, header: LegacyHeader) -> bool:
    """Count a wrong passphrase in the header, in place.  True when the policy's limit
    is reached (the caller wipes)."""
    limit = header.policy.checked().wipe_after_failures
    if limit is None:
        return False
    failures = header.failed_unlocks + 1
    if failures >= limit:
        return True
    _rewrite_in_place(
        directory / HEADER_NAME, header.model_copy(update={"failed_unlocks": failures})
    )
    return False


def _rewrite_in_place(path: Path, header: LegacyHeader) -> None:
    """Same file, same blocks: the JSON padded with spaces to at least its old length."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    try:
        old = os.fstat(fd).st_size
        data = json.dumps(header.model_dump(), indent=2).encode()
        os.pwrite(fd, data.ljust(old, b" "), 0)
        os.fsync(fd)
    finally:
        os.close(fd)
