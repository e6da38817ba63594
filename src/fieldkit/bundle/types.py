"""The field types the bundle formats share (spec: "Conventions").

One home for each constraint, so the manifest, the records and the project
file cannot drift apart: lowercase hex ids and digests, months, JSON-safe
counts, unpadded base64 Ed25519 keys, and the strict model every parsed
structure derives from (unknown fields refused, no type coercion, frozen).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

__all__ = ["Hex32", "Hex64", "Month", "PublicKey", "SafeInt", "StrictModel"]

Hex32 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
"""A random 128-bit id (bundle, project, record), lowercase hex."""
Hex64 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
"""A SHA-256 digest, lowercase hex."""
Month = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-(0[1-9]|1[0-2])$")]
"""``YYYY-MM``: exported times are months, never days."""
SafeInt = Annotated[int, Field(ge=0, le=2**53 - 1, strict=True)]
"""A count or sequence number that survives any JSON reader (at most 2**53 - 1)."""
PublicKey = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]{43}$")]
"""An Ed25519 public key, unpadded base64."""


class StrictModel(BaseModel):
    """A parsed bundle structure: unknown fields refused, no coercion, frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)
