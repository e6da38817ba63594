"""Strict encodings shared by project files and bundles (spec: "Conventions").

Every reader here refuses any encoding but the one canonical form, so that the
bytes that were signed are the only bytes that can be interpreted: base64
without padding and with zero trailing bits, canonical JSON re-encoded and
compared, fingerprints with a domain-separation label.  How a fingerprint is
shown to people (and typed back) is ``fieldkit.bundle.codes``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from typing import Any

from fieldkit.canonical import canonical_json

__all__ = [
    "CanonicalError",
    "b64decode",
    "b64encode",
    "fingerprint",
    "parse_canonical",
]

MANIFEST_LABEL = b"fieldkit/v1/manifest"
PROJECT_LABEL = b"fieldkit/v1/project"
DEVICE_KEY_LABEL = b"fieldkit/v1/device-key"
COORDINATOR_KEY_LABEL = b"fieldkit/v1/coordinator-key"

_B64 = re.compile(r"^[A-Za-z0-9+/]*$")


class CanonicalError(ValueError):
    """Input is not in the one canonical encoding (callers map it to their stage)."""


def b64encode(data: bytes) -> str:
    """Standard base64 without padding, as age writes it."""
    return base64.b64encode(data).decode("ascii").rstrip("=")


def b64decode(text: str, length: int | None = None) -> bytes:
    """Inverse of ``b64encode``; rejects padding, other alphabets and non-zero tail bits."""
    if not _B64.match(text) or len(text) % 4 == 1:
        raise CanonicalError("not unpadded base64")
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        raise CanonicalError("not unpadded base64") from None
    if b64encode(data) != text or (length is not None and len(data) != length):
        raise CanonicalError("non-canonical base64")
    return data


def _no_constants(name: str) -> Any:
    raise CanonicalError(f"{name} is not JSON")


def parse_canonical(data: bytes) -> Any:
    """Parse canonical JSON; anything that would re-encode differently is refused."""
    try:
        # Duplicate keys need no hook of their own: ``dict`` keeps one of them, so
        # the re-encoding below comes out different and the input is refused.
        value = json.loads(data.decode("utf-8"), parse_constant=_no_constants)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise CanonicalError("not JSON") from None
    try:
        if canonical_json(value) != data:
            raise CanonicalError("not canonical JSON")
    except ValueError:  # NaN from an overflowing float literal such as 1e999
        raise CanonicalError("not canonical JSON") from None
    return value


def fingerprint(label: bytes, public_key: bytes) -> str:
    """First 100 bits of SHA-256(label || LF || key), as 20 RFC 4648 base32 characters
    (the stored form; people see ``codes.format_code`` of it)."""
    digest = hashlib.sha256(label + b"\n" + public_key).digest()
    return base64.b32encode(digest[:13]).decode("ascii")[:20]
