"""The project file (spec: "The project file"): what a device needs to export.

The coordinator signs it; a joining device checks the signature and the
questionnaire hash, and shows the coordinator key's fingerprint so that a
person can compare it with the one the coordinator reads out.  The file holds
only public material: recipients, public keys, the questionnaire.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from fieldkit.bundle.codec import (
    COORDINATOR_KEY_LABEL,
    PROJECT_LABEL,
    CanonicalError,
    b64decode,
    b64encode,
    fingerprint,
    parse_canonical,
)
from fieldkit.bundle.codes import format_code
from fieldkit.bundle.types import Hex32, Hex64, PublicKey
from fieldkit.canonical import canonical_json, content_hash
from fieldkit.crypto import SigningKey, verify_signature
from fieldkit.errors import ProjectError

__all__ = [
    "PROJECT_FORMAT",
    "ProjectBody",
    "ProjectPolicy",
    "read_project_file",
    "sign_project",
    "verify_project",
]

PROJECT_FORMAT = "fieldkit-project/1"
MAX_PROJECT_BYTES = 8 * 1024 * 1024

Recipient = Annotated[str, StringConstraints(pattern=r"^age1[02-9ac-hj-np-z]{58}$")]


class ProjectPolicy(BaseModel):
    """Rules every device of the project follows when it exports."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)
    uncertain: Literal["refuse", "redact"] = "refuse"
    """``refuse``: export stops while uncertain redaction spans are unreviewed;
    ``redact``: they are redacted without review."""
    lock_after_minutes: Annotated[int, Field(ge=1, le=240)] | None = None
    """Every device locks its app after this many idle minutes (None: each device's own
    setting, 5 by default)."""
    wipe_after_failures: Annotated[int, Field(ge=1, le=100)] | None = None
    """Every device crypto-shreds its workspace after this many wrong passphrases in a row
    (None: off, the default)."""


class ProjectBody(BaseModel):
    """The signed part of a project file."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)
    project_id: Hex32
    name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    coordinator_key: PublicKey
    """The coordinator's Ed25519 public key, unpadded base64."""
    recipients: Annotated[list[Recipient], Field(min_length=1, max_length=4)]
    """age recipients every bundle is encrypted to (the coordinator's first)."""
    questionnaire: dict[str, Any]
    questionnaire_hash: Hex64
    policy: ProjectPolicy

    def as_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @property
    def coordinator_fingerprint(self) -> str:
        return fingerprint(COORDINATOR_KEY_LABEL, b64decode(self.coordinator_key))

    @property
    def coordinator_code(self) -> str:
        """The coordinator key's code, which the coordinator reads out to each interviewer
        and ``join`` requires before it trusts the file."""
        return format_code(self.coordinator_fingerprint)


def _message(body: dict[str, Any]) -> bytes:
    return PROJECT_LABEL + b"\n" + canonical_json(body)


def sign_project(body: ProjectBody, key: SigningKey) -> bytes:
    """The project file's bytes (canonical JSON, newline-terminated for editors)."""
    data = body.as_json()
    signature = b64encode(key.sign(_message(data)))
    document = {"body": data, "format": PROJECT_FORMAT, "signature": signature}
    return canonical_json(document) + b"\n"


def verify_project(raw: bytes, source: str = "project file") -> ProjectBody:
    """Parse and check a project file; one ``ProjectError`` for whatever is wrong."""
    if len(raw) > MAX_PROJECT_BYTES:
        raise ProjectError("the project file is too large to be one", where=source)
    try:
        document = parse_canonical(raw.removesuffix(b"\n"))
    except CanonicalError:
        raise ProjectError("not a fieldkit project file (or it was edited)", where=source) from None
    if not isinstance(document, dict) or set(document) != {"body", "format", "signature"}:
        raise ProjectError("not a fieldkit project file", where=source)
    if document["format"] != PROJECT_FORMAT:
        raise ProjectError(f"unknown project format (expected {PROJECT_FORMAT})", where=source)
    body = _checked_body(document["body"], source)
    _check_signature(body, document, source)
    return body


def _checked_body(data: Any, source: str) -> ProjectBody:
    try:
        body = ProjectBody.model_validate(data)
    except ValidationError:
        raise ProjectError("the project file's contents are malformed", where=source) from None
    if content_hash(body.questionnaire) != body.questionnaire_hash:
        raise ProjectError("the questionnaire does not match its hash", where=source)
    return body


def _check_signature(body: ProjectBody, document: dict[str, Any], source: str) -> None:
    try:
        public = b64decode(body.coordinator_key, 32)
        signature = b64decode(str(document["signature"]), 64)
    except CanonicalError:
        raise ProjectError("the project file's signature is malformed", where=source) from None
    if not verify_signature(public, signature, _message(document["body"])):
        raise ProjectError(
            "the project file's signature does not verify: it was altered",
            where=source,
            hint="ask the coordinator for the file again",
        )


def read_project_file(path: Path) -> ProjectBody:
    if not path.is_file():
        raise ProjectError("file not found", where=str(path))
    return verify_project(path.read_bytes(), path.name)


def project_from_meta(text: str) -> ProjectBody:
    """The project a workspace joined, from its ``meta`` copy."""
    return ProjectBody.model_validate(json.loads(text))


def is_recipient(text: str) -> bool:
    return re.match(r"^age1[02-9ac-hj-np-z]{58}$", text.strip()) is not None
