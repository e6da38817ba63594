"""What one key slot holds once decrypted: the payload of the key file (format version 2).

The payload is a fixed-length binary record (docs/spec/keyfile-v2.md, "Slot
payload"), so every slot has the same size whatever it holds, and it is only
ever seen inside AES-256-GCM: nothing here is readable at rest.  Decoding is
strict (every reserved byte zero, every field in range): a payload that
authenticates but does not decode is reported as a damaged key file, never
half-used.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass, replace
from typing import Literal

from fieldkit.errors import WorkspaceError
from fieldkit.store.policy import MAX_LOCK_MINUTES, MAX_WIPE_AFTER, Policy

__all__ = ["PAYLOAD_BYTES", "DecoyRef", "SlotPayload", "decode_payload", "encode_payload"]

PAYLOAD_BYTES = 984
LAYOUT = 1
_HEAD = struct.Struct(">BBBBHBBQ")  # layout, role, kind, flags, lock, wipe, reserved, generation
_FIELD = 32
_NAME = re.compile(rb"^[a-z0-9]{1,32}$")

_SHOW, _DESTROY, _NEXT, _DECOY = 1, 2, 4, 8
_ROLES: dict[str, int] = {"real": 1, "decoy": 2}
_KINDS: dict[str, int] = {"interviewer": 1, "coordinator": 2}

Role = Literal["real", "decoy"]
Kind = Literal["interviewer", "coordinator"]


@dataclass(frozen=True, kw_only=True)
class DecoyRef:
    """What the real workspace keeps about its decoy, to keep it in step or remove it."""

    kek: bytes
    """The key Argon2id derives from the duress passphrase (with this file's salt)."""
    db_name: str


@dataclass(frozen=True, kw_only=True)
class SlotPayload:
    """Everything a passphrase unlocks: keys, the database's name, identity and policy."""

    role: Role
    kind: Kind
    generation: int
    """Grows by one with every update; the newest of two slots that open wins."""
    workspace_id: str
    db_name: str
    data_key: bytes
    next_key: bytes | None = None
    """The successor data key while the database is being re-encrypted."""
    policy: Policy
    destroy_on_unlock: bool = False
    """Decoy only: opening it overwrites every other slot (the interviewer's choice)."""
    decoy: DecoyRef | None = None
    """Real only: the decoy behind the duress passphrase, if one is set."""

    def next_generation(self, **changes: object) -> SlotPayload:
        return replace(self, generation=self.generation + 1, **changes)  # type: ignore[arg-type]


def _name(text: str) -> bytes:
    raw = text.encode("ascii")
    if not _NAME.match(raw):
        raise ValueError(f"not a key-file name: {text!r}")
    return raw.ljust(_FIELD, b"\0")


def _key(key: bytes | None) -> bytes:
    if key is None:
        return bytes(_FIELD)
    if len(key) != _FIELD:
        raise ValueError("keys in a slot are 32 bytes")
    return key


def encode_payload(payload: SlotPayload) -> bytes:
    """The fixed-length plaintext of a slot (``PAYLOAD_BYTES``, zero-padded)."""
    policy = payload.policy
    flags = (
        (_SHOW if policy.show_remaining_tries else 0)
        | (_DESTROY if payload.destroy_on_unlock else 0)
        | (_NEXT if payload.next_key else 0)
        | (_DECOY if payload.decoy else 0)
    )
    head = _HEAD.pack(
        LAYOUT,
        _ROLES[payload.role],
        _KINDS[payload.kind],
        flags,
        policy.lock_after_minutes,
        policy.wipe_after_failures or 0,
        0,
        payload.generation,
    )
    decoy = payload.decoy
    body = b"".join(
        (
            head,
            _name(payload.workspace_id),
            _name(payload.db_name),
            _key(payload.data_key),
            _key(payload.next_key),
            _key(decoy.kek if decoy else None),
            _name(decoy.db_name) if decoy else bytes(_FIELD),
        )
    )
    return body.ljust(PAYLOAD_BYTES, b"\0")


def _damaged() -> WorkspaceError:
    return WorkspaceError(
        "the key file is damaged (a slot opened but its contents are not valid)",
        hint="restore the workspace folder from a copy you trust; nothing was changed",
    )


def _read_name(raw: bytes) -> str:
    text = raw.rstrip(b"\0")
    if not _NAME.match(text) or raw[len(text) :].strip(b"\0"):
        raise _damaged()
    return text.decode("ascii")


def decode_payload(plain: bytes) -> SlotPayload:
    """The payload of an authenticated slot; ``WorkspaceError`` if it is not well-formed."""
    if len(plain) != PAYLOAD_BYTES:
        raise _damaged()
    layout, role, kind, flags, lock, wipe, reserved, generation = _HEAD.unpack_from(plain)
    fields = [plain[_HEAD.size + i * _FIELD : _HEAD.size + (i + 1) * _FIELD] for i in range(6)]
    padding = plain[_HEAD.size + 6 * _FIELD :]
    roles = {v: k for k, v in _ROLES.items()}
    kinds = {v: k for k, v in _KINDS.items()}
    if (
        layout != LAYOUT
        or role not in roles
        or kind not in kinds
        or flags & ~(_SHOW | _DESTROY | _NEXT | _DECOY)
        or reserved
        or lock > MAX_LOCK_MINUTES
        or wipe > MAX_WIPE_AFTER
        or padding.strip(b"\0")
    ):
        raise _damaged()
    workspace_id, db_name, data_key, next_key, decoy_kek, decoy_name = fields
    decoy = None
    if flags & _DECOY:
        decoy = DecoyRef(kek=decoy_kek, db_name=_read_name(decoy_name))
    elif decoy_kek.strip(b"\0") or decoy_name.strip(b"\0"):
        raise _damaged()
    if not flags & _NEXT and next_key.strip(b"\0"):
        raise _damaged()
    return SlotPayload(
        role=roles[role],  # type: ignore[arg-type]
        kind=kinds[kind],  # type: ignore[arg-type]
        generation=generation,
        workspace_id=_read_name(workspace_id),
        db_name=_read_name(db_name),
        data_key=data_key,
        next_key=next_key if flags & _NEXT else None,
        policy=Policy(
            lock_after_minutes=lock,
            wipe_after_failures=wipe or None,
            show_remaining_tries=bool(flags & _SHOW),
        ),
        destroy_on_unlock=bool(flags & _DESTROY),
        decoy=decoy,
    )
