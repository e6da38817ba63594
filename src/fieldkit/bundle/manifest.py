"""The bundle body (spec: "The bundle file"): version line, manifest, signature, records.

``encode_body`` and ``decode_body`` are the only code that knows the framing.
The decoder never trusts a length field: every declared length is checked
against the bytes that remain *before* anything is sliced, so a lying length
costs nothing, and the limits bound memory whatever the file says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from fieldkit.bundle.codec import (
    MANIFEST_LABEL,
    CanonicalError,
    b64decode,
    b64encode,
    parse_canonical,
)
from fieldkit.bundle.types import Hex32, Hex64, Month, PublicKey, SafeInt, StrictModel
from fieldkit.canonical import canonical_json, sha256_hex
from fieldkit.errors import BundleIntegrityError

__all__ = [
    "BUNDLE_FORMAT",
    "MAX_BODY_BYTES",
    "Body",
    "EventHead",
    "Manifest",
    "RecordEntry",
    "decode_body",
    "encode_body",
    "manifest_message",
    "parse_manifest",
]

BUNDLE_FORMAT = "fieldkit-bundle/v1"
VERSION_LINE = BUNDLE_FORMAT.encode() + b"\n"
MAX_SECTION_BYTES = 16 * 1024 * 1024
MAX_BODY_BYTES = 256 * 1024 * 1024
_LENGTH = re.compile(rb"^(0|[1-9][0-9]{0,8})$")


class EventHead(StrictModel):
    """The device event log's head when the bundle was written."""

    seq: SafeInt
    hash: Hex64


class RecordEntry(StrictModel):
    """One record section, as the manifest lists it."""

    id: Hex32
    revision: SafeInt
    sha256: Hex64


class Manifest(StrictModel):
    """The signed description of a bundle; every field is in docs/bundle-format.md."""

    format: Literal["fieldkit-bundle/v1"]
    bundle_id: Hex32
    project_id: Hex32
    questionnaire_hash: Hex64
    device_key: PublicKey
    sequence: Annotated[int, Field(ge=1, le=2**53 - 1, strict=True)]
    previous_manifest: Hex64 | None
    event_head: EventHead
    scope: Literal["incremental", "all"]
    month: Month
    records: list[RecordEntry]

    def to_bytes(self) -> bytes:
        return canonical_json(self.model_dump(mode="json"))


def manifest_message(manifest_bytes: bytes) -> bytes:
    """What the device key signs: the label, a line feed, the manifest bytes."""
    return MANIFEST_LABEL + b"\n" + manifest_bytes


@dataclass(frozen=True)
class Body:
    """A decoded body: raw manifest bytes, signature and record sections."""

    manifest_bytes: bytes
    signature: bytes
    records: list[bytes]


def encode_body(manifest_bytes: bytes, signature: bytes, records: list[bytes]) -> bytes:
    parts = [VERSION_LINE, _section(b"manifest", manifest_bytes)]
    parts.append(b"signature " + b64encode(signature).encode() + b"\n")
    parts += [_section(b"record", r) for r in records]
    parts.append(b"end\n")
    return b"".join(parts)


def _section(keyword: bytes, data: bytes) -> bytes:
    return keyword + b" " + str(len(data)).encode() + b"\n" + data + b"\n"


def _framing_error() -> BundleIntegrityError:
    return BundleIntegrityError(
        "the decrypted contents are not a well-formed bundle",
        hint="the file was written by something other than fieldkit, or altered before "
        "encryption; ask for a new export",
    )


class _Reader:
    """A cursor over the body that refuses anything off the grammar."""

    def __init__(self, data: bytes) -> None:
        self.data = memoryview(data)
        self.pos = 0

    def line(self, limit: int = 128) -> bytes:
        end = bytes(self.data[self.pos : self.pos + limit]).find(b"\n")
        if end < 0:
            raise _framing_error()
        text = bytes(self.data[self.pos : self.pos + end])
        self.pos += end + 1
        return text

    def take(self, n: int) -> bytes:
        if n > len(self.data) - self.pos - 1:  # the section's closing LF must fit too
            raise _framing_error()
        chunk = bytes(self.data[self.pos : self.pos + n])
        self.pos += n
        if self.data[self.pos] != 0x0A:
            raise _framing_error()
        self.pos += 1
        return chunk

    def section(self, keyword: bytes, line: bytes) -> bytes:
        name, _, length = line.partition(b" ")
        if name != keyword or not _LENGTH.match(length) or int(length) > MAX_SECTION_BYTES:
            raise _framing_error()
        return self.take(int(length))


def decode_body(data: bytes) -> Body:
    """Parse the grammar; ``BundleIntegrityError`` for any deviation."""
    if len(data) > MAX_BODY_BYTES or not data.startswith(VERSION_LINE):
        raise _framing_error()
    reader = _Reader(data)
    reader.pos = len(VERSION_LINE)
    manifest = reader.section(b"manifest", reader.line())
    keyword, _, sig = reader.line().partition(b" ")
    if keyword != b"signature":
        raise _framing_error()
    try:
        signature = b64decode(sig.decode("ascii"), 64)
    except (CanonicalError, UnicodeDecodeError):
        raise _framing_error() from None
    records = []
    while (line := reader.line()) != b"end":
        records.append(reader.section(b"record", line))
    if reader.pos != len(data):
        raise _framing_error()
    return Body(manifest, signature, records)


def parse_manifest(manifest_bytes: bytes) -> Manifest:
    """The manifest, if canonical and exactly as specified."""
    try:
        manifest = Manifest.model_validate(parse_canonical(manifest_bytes))
    except (CanonicalError, ValidationError):
        raise BundleIntegrityError("the bundle's manifest is malformed") from None
    ids = [r.id for r in manifest.records]
    if ids != sorted(set(ids)):
        raise BundleIntegrityError("the bundle's manifest lists records out of order")
    if (manifest.sequence == 1) != (manifest.previous_manifest is None):
        raise BundleIntegrityError("the bundle's manifest breaks the sequence rule")
    return manifest


def record_digest(record_bytes: bytes) -> str:
    return sha256_hex(record_bytes)
