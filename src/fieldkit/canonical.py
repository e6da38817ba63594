"""Canonical JSON: one byte string per value, so hashes and signatures agree.

Keys sorted, no insignificant white space, UTF-8 (not ``\\u`` escapes), no
NaN or infinities.  Used for questionnaire hashes, event-log entries and
bundle manifests.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

__all__ = ["canonical_json", "content_hash", "sha256_hex"]


def canonical_json(value: Any) -> bytes:
    """The canonical encoding of a JSON-compatible ``value``."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    """SHA-256 for integrity (records, manifests, event chains), as hex.

    Integrity only: anything derived from a person's identity must use
    ``fieldkit.crypto.keyed_digest`` instead, since names are guessable.
    """
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    """SHA-256 of the canonical JSON of ``value``."""
    return sha256_hex(canonical_json(value))
