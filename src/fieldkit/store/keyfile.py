"""The key file: 4096 bytes that look random, overwritten in place and never replaced.

Layout (docs/spec/keyfile-v2.md is the normative text)::

    offset  bytes  what
         0     32  Argon2id salt
        32     16  lock block: 12-byte mask nonce, 4 masked bytes (LockState)
        48   4 x 1012  slots: AES-256-GCM(nonce 12 || payload 984 || tag 16), or random

There is no magic number, no version and no length field: a slot is recognised
only by authenticating under the key derived from a passphrase, and an unused
slot is random bytes.  Every change is written at its own offset in the same
file (``O_RDWR``, ``pwrite``, ``fsync``): the file never changes its inode or
its size, so no old version is left behind in freed blocks by a rename.

No run of more than ``MAX_TEXT_RUN`` printable ASCII bytes is ever written
(``strings`` finds nothing): the random parts of a change are drawn again
until the whole file satisfies this.  Argon2id's parameters are fixed by the
format (``KDF``): they cannot be read before the unlock they are needed for.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from fieldkit.crypto import (
    SEAL_OVERHEAD,
    KdfParams,
    derive_key,
    keyed_digest,
    new_secret,
    open_secret,
    seal_secret,
)
from fieldkit.errors import WorkspaceError
from fieldkit.store.keyslot import PAYLOAD_BYTES
from fieldkit.store.policy import LockState

try:  # POSIX: two fieldkit processes never interleave their writes to the key file
    import fcntl
except ImportError:  # pragma: no cover - Windows has no flock; one process at a time there
    fcntl = None  # type: ignore[assignment]

__all__ = [
    "FILE_BYTES",
    "KDF",
    "KEYFILE_NAME",
    "MAX_TEXT_RUN",
    "SLOT_COUNT",
    "KeyFile",
    "Producer",
    "derive_kek",
    "fsync_directory",
    "longest_text_run",
    "nfc",
    "slot_pair",
]

KEYFILE_NAME = "index"
FILE_BYTES = 4096
SALT_BYTES = 32
LOCK_AT, LOCK_NONCE, LOCK_PLAIN = 32, 12, 4
SLOTS_AT = LOCK_AT + LOCK_NONCE + LOCK_PLAIN
SLOT_COUNT = 4
SLOT_BYTES = SEAL_OVERHEAD + PAYLOAD_BYTES
MAX_TEXT_RUN = 8
LABEL_SLOT = b"fieldkit/keyfile/v2/slot"
LABEL_LOCK = b"fieldkit/keyfile/v2/lock"

KDF = KdfParams()
"""The format's Argon2id cost.  Production code never changes it; the test suite
lowers it for speed (tests/conftest.py, tests/site/sitecustomize.py)."""

assert SLOTS_AT + SLOT_COUNT * SLOT_BYTES == FILE_BYTES  # noqa: S101 - a layout invariant

Producer = Callable[[], bytes]


def nfc(passphrase: str) -> str:
    """Passphrases are NFC-normalised before the KDF: Hangul typed as composed
    syllables or as separate jamo (some keyboards, macOS file dialogs) is one key."""
    return unicodedata.normalize("NFC", passphrase)


def derive_kek(passphrase: str, salt: bytes) -> bytes:
    """The one Argon2id derivation of an unlock: the key every slot is tried with."""
    return derive_key(nfc(passphrase), salt, KDF)


def slot_pair(index: int) -> tuple[int, int]:
    """Slots 0-1 and 2-3 are pairs: a workspace updates within its own pair."""
    first = index - index % 2
    return first, first + 1


def _is_text(byte: int) -> bool:
    return 0x20 <= byte <= 0x7E or byte in (0x09, 0x0A, 0x0D)


def _text_runs(data: bytes | bytearray) -> Iterator[tuple[int, int]]:
    """``(start, length)`` of every maximal run of printable ASCII."""
    start = None
    for at, byte in enumerate(data):
        if _is_text(byte):
            start = at if start is None else start
        elif start is not None:
            yield start, at - start
            start = None
    if start is not None:
        yield start, len(data) - start


def longest_text_run(data: bytes | bytearray) -> int:
    return max((length for _, length in _text_runs(data)), default=0)


def _text_touching(image: bytearray, regions: list[tuple[int, int]]) -> bool:
    for start, length in _text_runs(image):
        if length > MAX_TEXT_RUN and any(
            start < r_start + r_len and r_start < start + length for r_start, r_len in regions
        ):
            return True
    return False


def _slot_at(index: int) -> int:
    return SLOTS_AT + index * SLOT_BYTES


def _slot_context(salt: bytes, index: int) -> bytes:
    return LABEL_SLOT + salt + bytes([index])


def _mask(salt: bytes, nonce: bytes) -> bytes:
    return keyed_digest(salt, LABEL_LOCK + nonce)[:LOCK_PLAIN]


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def decode_lock(image: bytes) -> LockState | None:
    """The lock block, or ``None`` when it is out of range (edited, or never written)."""
    salt = image[:SALT_BYTES]
    nonce = image[LOCK_AT : LOCK_AT + LOCK_NONCE]
    masked = image[LOCK_AT + LOCK_NONCE : SLOTS_AT]
    failures, wipe_after, flags, reserved = _xor(masked, _mask(salt, nonce))
    if reserved or flags > 1:
        return None
    state = LockState(failures=failures, wipe_after=wipe_after, show_remaining=bool(flags))
    return state if state.valid() else None


def _encode_lock(salt: bytes, state: LockState) -> bytes:
    nonce = new_secret(LOCK_NONCE)
    plain = bytes([state.failures, state.wipe_after, int(state.show_remaining), 0])
    return nonce + _xor(plain, _mask(salt, nonce))


class KeyFile:
    """An open key file.  Reads go to the disk each time; writes hold ``locked()``."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd = fd
        self._mutex = threading.RLock()
        self._depth = 0

    @classmethod
    def create(cls, path: Path) -> KeyFile:
        """A new key file of random bytes (a fresh salt, a random lock block, free slots)."""
        flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags, 0o600)
        keyfile = cls(path, fd)
        try:
            os.write(fd, bytes(FILE_BYTES))
            keyfile.scrub()
            fsync_directory(path.parent)
        except BaseException:
            keyfile.close()
            raise
        return keyfile

    @classmethod
    def open(cls, path: Path) -> KeyFile:
        try:
            fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            raise WorkspaceError("no workspace here", where=str(path.parent)) from None
        except OSError as error:
            raise WorkspaceError(
                f"cannot open the workspace's key file ({error.strerror})", where=str(path)
            ) from None
        if os.fstat(fd).st_size != FILE_BYTES:
            os.close(fd)
            raise WorkspaceError(
                "the workspace's key file has the wrong size: it is damaged",
                where=str(path),
                hint="restore the workspace folder from a copy you trust",
            )
        return cls(path, fd)

    def close(self) -> None:
        with self._mutex:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> KeyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Exclusive use of the file across threads and (on POSIX) processes; re-entrant."""
        with self._mutex:
            if self._depth == 0 and fcntl is not None:
                fcntl.flock(self._fd, fcntl.LOCK_EX)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0 and fcntl is not None:
                    fcntl.flock(self._fd, fcntl.LOCK_UN)

    # --- reading -------------------------------------------------------------------

    def image(self) -> bytes:
        data = os.pread(self._fd, FILE_BYTES, 0)
        if len(data) != FILE_BYTES:
            raise WorkspaceError("the workspace's key file was cut short", where=str(self.path))
        return data

    def salt(self) -> bytes:
        return self.image()[:SALT_BYTES]

    def lock_state(self) -> LockState | None:
        return decode_lock(self.image())

    def open_slots(self, kek: bytes) -> list[tuple[int, bytes]]:
        """``(index, payload)`` of each slot that authenticates under ``kek``.

        Every slot is tried, always, whatever the outcome: the real, the duress and a
        wrong passphrase do the same work."""
        image = self.image()
        salt = image[:SALT_BYTES]
        opened = []
        for index in range(SLOT_COUNT):
            sealed = image[_slot_at(index) : _slot_at(index) + SLOT_BYTES]
            plain = open_secret(kek, sealed, _slot_context(salt, index))
            if plain is not None:
                opened.append((index, plain))
        return opened

    # --- writing -------------------------------------------------------------------

    def sealed_slot(self, index: int, kek: bytes, payload: bytes) -> tuple[int, Producer]:
        salt = self.salt()
        return _slot_at(index), lambda: seal_secret(kek, payload, _slot_context(salt, index))

    def random_slot(self, index: int) -> tuple[int, Producer]:
        return _slot_at(index), lambda: new_secret(SLOT_BYTES)

    def lock_block(self, state: LockState) -> tuple[int, Producer]:
        salt = self.salt()
        return LOCK_AT, lambda: _encode_lock(salt, state)

    def write(self, *changes: tuple[int, Producer]) -> None:
        """Apply ``changes`` (offset, producer of the bytes) in place, then ``fsync``.

        Producers are called again (fresh nonces, fresh random bytes) until no run of
        printable ASCII longer than ``MAX_TEXT_RUN`` touches what they wrote."""
        with self.locked():
            image = bytearray(self.image())
            regions: list[tuple[int, int]] = []
            for _attempt in range(256):
                regions = []
                for offset, produce in changes:
                    data = produce()
                    image[offset : offset + len(data)] = data
                    regions.append((offset, len(data)))
                if not _text_touching(image, regions):
                    break
            for offset, length in regions:
                os.pwrite(self._fd, bytes(image[offset : offset + length]), offset)
            os.fsync(self._fd)

    def scrub(self) -> None:
        """Overwrite the whole file with random bytes, in place: no key survives."""
        self.write((0, lambda: new_secret(FILE_BYTES)))


def fsync_directory(directory: Path) -> None:
    if os.name != "posix":  # pragma: no cover - directories cannot be opened on Windows
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
