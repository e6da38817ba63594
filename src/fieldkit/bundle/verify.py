"""Open a bundle and run every check that needs no database write (spec: stages 1-9).

Each stage fails with one error class and one message, naming the stage and
never the byte or field: a forger learns nothing from the error about how
close they came.  What passes is a ``VerifiedBundle``: a manifest whose
signature is good and records that validate against the project's
questionnaire.  Nothing here writes; ``merge`` decides what to apply.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, PlainValidator, StringConstraints, ValidationError

from fieldkit.bundle.anonymise import check_exported
from fieldkit.bundle.codec import (
    DEVICE_KEY_LABEL,
    CanonicalError,
    b64decode,
    fingerprint,
    parse_canonical,
)
from fieldkit.bundle.manifest import Manifest, decode_body, manifest_message, parse_manifest
from fieldkit.bundle.project import ProjectBody
from fieldkit.bundle.types import Hex32, Month, SafeInt, StrictModel
from fieldkit.canonical import sha256_hex
from fieldkit.crypto import open_sealed_or_stage, verify_signature
from fieldkit.errors import (
    BundleContentError,
    BundleDeclinedError,
    BundleIntegrityError,
    BundleOriginError,
    BundleRecipientError,
    NotABundleError,
)
from fieldkit.questionnaire import Question, Questionnaire, questionnaire_from_json
from fieldkit.store import Device

__all__ = [
    "MAX_FILE_BYTES",
    "DeviceLookup",
    "Record",
    "RecordRef",
    "VerifiedBundle",
    "check_device",
    "decrypt_bundle",
    "read_bundle_file",
    "verify_offline",
]

MAX_FILE_BYTES = 300 * 1024 * 1024
AGE_MAGIC = b"age-encryption.org/v1\n"
AGE_ARMOR_BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
AGE_ARMOR_END = b"-----END AGE ENCRYPTED FILE-----"
"""The ASCII armor of ``age -a`` (PEM-like, base64 of the same binary file): bundles that
went through mail or a chat as text.  pyrage reads it as it reads the binary form."""

Short = Annotated[str, StringConstraints(max_length=200)]


class Release(StrictModel):
    label: Short
    term: Annotated[str, StringConstraints(max_length=1000)]


class RedactionReport(StrictModel):
    counts: dict[Short, SafeInt]
    uncertain: SafeInt
    released: list[Release]
    detectors: dict[Short, Short]


def _json_object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("answers must be an object")  # noqa: TRY004 - pydantic wants ValueError
    return value


_Answers = Annotated[
    dict[str, Any], PlainValidator(_json_object, json_schema_input_type=dict[str, Any])
]
"""Question id -> exported value: only the shape is checked by pydantic."""


class InstanceRecord(StrictModel):
    """One instance of a repeat inside a record (``bundle.instances``)."""

    key: Hex32
    position: Annotated[int, Field(ge=1, le=10_000, strict=True)]
    revision: Annotated[int, Field(ge=1, le=2**53 - 1, strict=True)]
    answers: _Answers


class Record(StrictModel):
    """One record as the spec defines it (answers are checked against the questionnaire)."""

    id: Hex32
    revision: SafeInt
    status: Literal["in_progress", "complete"]
    started: Month
    updated: Month
    answers: _Answers
    """Only its shape is checked here; ``_AnswerChecker`` checks every answer against the
    questionnaire (letting pydantic walk every value too cost a third of merge time)."""
    redaction: RedactionReport
    repeats: dict[Short, list[InstanceRecord]] = Field(default_factory=dict)
    """Repeat id -> its instances in order (absent when there is none)."""


def record_schema() -> str:
    """The JSON Schema of a record, committed as ``schemas/bundle-record.schema.json``
    (``scripts/write_schemas.py``; a test keeps it current)."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://fieldkit.invalid/schemas/bundle-record.schema.json",
        **Record.model_json_schema(),
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class RecordRef:
    """What merging needs of a verified record besides its bytes (cheap to pass between
    processes, unlike the parsed record)."""

    id: str
    revision: int
    status: str


@dataclass(frozen=True, kw_only=True)
class VerifiedBundle:
    manifest: Manifest
    manifest_hash: str
    device: str
    """The enrolled device's fingerprint."""
    records: list[tuple[RecordRef, bytes]]


def read_bundle_file(path: Path) -> bytes:
    """Stage 1: the file, if it is small enough to be a bundle."""
    try:
        size = path.stat().st_size
    except OSError:
        raise NotABundleError("file not found or unreadable", where=str(path)) from None
    if size > MAX_FILE_BYTES:
        raise NotABundleError("the file is too large to be a bundle", where=path.name)
    return path.read_bytes()


def _decrypt(data: bytes, identities: list[str]) -> bytes:
    """Stages 2-3: an age file (binary, or armored by ``age -a``), for us, intact."""
    if data.lstrip().startswith(AGE_ARMOR_BEGIN):
        data = data.lstrip()
        if AGE_ARMOR_END not in data[-256:]:
            raise BundleIntegrityError(
                "truncated: the armored age file has no END line",
                hint="copy the whole text, from -----BEGIN to -----END",
            )
    elif not data.startswith(AGE_MAGIC):
        raise NotABundleError(
            "not a fieldkit bundle (not an age-encrypted file, binary or armored)"
        )
    elif b"\n---" not in data[:65536]:
        raise BundleIntegrityError("truncated: the file ends inside its header")
    body, stage = open_sealed_or_stage(data, identities)
    if body is not None:
        return body
    if stage == "recipient":
        raise BundleRecipientError(
            "not encrypted to this coordinator's key (another project's bundle, "
            "or a damaged header)",
            hint="check that the interviewer joined this coordinator's project",
        )
    raise BundleIntegrityError(
        "damaged or tampered with: the encrypted contents do not authenticate "
        "(a changed byte, or a truncated file)",
        hint="ask the interviewer to export again (fieldkit export --all)",
    )


def decrypt_bundle(data: bytes, identities: list[str]) -> bytes:
    """Stages 2-3 alone: the decrypted body, for readers (the auditor) that run the
    later stages themselves and report each one instead of stopping at the first."""
    return _decrypt(data, identities)


DeviceLookup = Callable[[str], Device | None]
"""Fingerprint -> enrolled device: the coordinator's ``store.devices.get``, or a snapshot."""


def _origin(manifest: Manifest, project: ProjectBody, lookup: DeviceLookup) -> tuple[str, bytes]:
    """Stages 6-7: this project, this questionnaire, an enrolled device."""
    if manifest.project_id != project.project_id:
        raise BundleOriginError("written for another project", hint="nothing was merged")
    if manifest.questionnaire_hash != project.questionnaire_hash:
        raise BundleOriginError("written with another version of the questionnaire")
    try:
        public = b64decode(manifest.device_key, 32)
    except CanonicalError:
        raise BundleIntegrityError("the bundle's manifest is malformed") from None
    fp = fingerprint(DEVICE_KEY_LABEL, public)
    check_device(lookup(fp), fp, manifest.device_key)
    return fp, public


def check_device(device: Device | None, fp: str, device_key: str) -> None:
    """Stage 7: enrolled, and (once pinned) with the very key that signed."""
    if device is None:
        raise BundleOriginError(
            f"signed by a device that is not enrolled (code {fp[:5]}-{fp[5:10]}-...)",
            hint="enrol it with 'fieldkit coordinator enroll CODE --name LABEL' if you trust it",
        )
    if device.public_key is not None and device.public_key != device_key:
        raise BundleOriginError("signed by a key other than the one enrolled for this device")


def _records(
    body_records: list[bytes], manifest: Manifest, qn: Questionnaire
) -> list[tuple[RecordRef, bytes]]:
    """Stage 9: the record sections are the ones the signed manifest lists."""
    if len(body_records) != len(manifest.records):
        raise BundleIntegrityError("the records do not match the signed manifest")
    checker = _checker_for(qn)
    checked = []
    for entry, raw in zip(manifest.records, body_records, strict=True):
        if sha256_hex(raw) != entry.sha256:
            raise BundleIntegrityError("the records do not match the signed manifest")
        try:
            record = Record.model_validate(parse_canonical(raw))
        except (CanonicalError, ValidationError):
            raise BundleContentError("a signed record is malformed") from None
        if (record.id, record.revision) != (entry.id, entry.revision):
            raise BundleIntegrityError("the records do not match the signed manifest")
        checker.check(record)
        checked.append((RecordRef(record.id, record.revision, record.status), raw))
    return checked


class _AnswerChecker:
    """``check_exported`` for every answer of a bundle, remembering verdicts: most
    answers are choices and numbers that repeat from record to record, and merge
    spends most of its time here (see bench/merge.py)."""

    def __init__(self, qn: Questionnaire) -> None:
        self.qn = qn
        self.by_id = {q.id: (q, s.sealed) for s in qn.sections for q in s.questions}
        self.repeat_of = {q.id: s.id for s in qn.repeats() for q in s.questions}
        self.unique = {q.id for q in qn.questions() if q.sensitivity == "narrative"}
        self.verdicts: dict[Any, str | None] = {}

    def judge(self, qid: str, value: Any) -> str | None:
        found = self.by_id.get(qid)
        if found is None:
            return "not in the questionnaire"
        question, sealed = found
        if qid in self.repeat_of:
            return f"it is asked in each instance of repeat '{self.repeat_of[qid]}'"
        return self._exported(question, sealed, value)

    def _exported(self, question: Question, sealed: bool, value: Any) -> str | None:
        if sealed:
            return "it is in the sealed identity section"
        return check_exported(self.qn, question, value)

    def problem(self, qid: str, value: Any) -> str | None:
        key = None if qid in self.unique else _memo_key(qid, value)
        if key is None:
            return self.judge(qid, value)
        verdict = self.verdicts.get(key, _UNSEEN)
        if verdict is _UNSEEN:
            verdict = self.verdicts[key] = self.judge(qid, value)
        return verdict  # type: ignore[return-value]

    def check(self, record: Record) -> None:
        self._check_consent(record)
        verdicts, unique = self.verdicts, self.unique
        for qid, value in record.answers.items():
            # Inlined memo lookup: this loop runs for every answer of every record.
            key = None if qid in unique else _memo_key(qid, value)
            problem = verdicts.get(key, _UNSEEN) if key is not None else _UNSEEN
            if problem is _UNSEEN:
                problem = self.problem(qid, value)
            if problem:
                raise BundleContentError(
                    f"a record's answer to '{qid}' is not acceptable: {problem}",
                    where=f"record {record.id[:8]}",
                )
        for repeat_id, instances in record.repeats.items():
            self._check_repeat(record.id, repeat_id, instances)

    def _check_consent(self, record: Record) -> None:
        """A declined interview is never exported; one in a signed bundle comes from an older
        fieldkit or was edited before signing, and must not reach the coordinator's data."""
        gate = self.qn.consent
        if gate is None or record.answers.get(gate.question) in (None, gate.value):
            return
        ref = record.id[:8]
        raise BundleDeclinedError(
            f"record {ref} is an interview in which she declined consent; a declined "
            "interview is never merged, so no record of this bundle was merged",
            record=ref,
            hint="ask the interviewer to update fieldkit and export again with "
            "'fieldkit export --all' (it leaves declined interviews out)",
        )

    def _check_repeat(
        self, record_id: str, repeat_id: str, instances: list[InstanceRecord]
    ) -> None:
        """Instances of a known repeat, at positions 1..n with distinct keys, whose answers
        are to that repeat's questions and could have been exported."""
        where = f"record {record_id[:8]}, repeat '{repeat_id}'"
        if repeat_id not in self.repeat_of.values():
            raise BundleContentError("the record has instances of an unknown repeat", where=where)
        if [i.position for i in instances] != list(range(1, len(instances) + 1)) or len(
            {i.key for i in instances}
        ) != len(instances):
            raise BundleContentError(
                "the instances are not numbered 1..n with distinct keys", where=where
            )
        for instance in instances:
            for qid, value in instance.answers.items():
                problem = (
                    self._exported(*self.by_id[qid], value)
                    if self.repeat_of.get(qid) == repeat_id
                    else "not a question of this repeat"
                )
                if problem:
                    raise BundleContentError(
                        f"an instance's answer to '{qid}' is not acceptable: {problem}",
                        where=where,
                    )


_UNSEEN = object()
_CHECKERS: dict[int, tuple[Questionnaire, _AnswerChecker]] = {}


def _checker_for(qn: Questionnaire) -> _AnswerChecker:
    """One checker (and its verdict memo) per questionnaire, shared by the bundles of a
    merge; the questionnaire is kept in the entry so its ``id`` cannot be reused."""
    entry = _CHECKERS.get(id(qn))
    if entry is None or entry[0] is not qn:
        if len(_CHECKERS) >= 4:
            _CHECKERS.clear()
        entry = _CHECKERS[id(qn)] = (qn, _AnswerChecker(qn))
    return entry[1]


_SCALARS = (str, int, float, bool)


def _memo_key(qid: str, value: Any) -> Any:
    """A hashable key that keeps JSON types apart (1, 1.0 and True differ): scalars
    and lists of strings (most answers) directly, anything else via ``_hashable``."""
    kind = type(value)
    if kind in _SCALARS:
        return (qid, kind, value)
    if kind is list and all(type(v) is str for v in value):
        return (qid, list, tuple(value))
    return (qid, _hashable(value))


def _hashable(value: Any) -> Any:
    if isinstance(value, list):
        return ("list", tuple(_hashable(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple(sorted((k, _hashable(v)) for k, v in value.items())))
    return (type(value).__name__, value)


def verify_offline(
    data: bytes,
    *,
    identities: list[str],
    project: ProjectBody,
    lookup: DeviceLookup,
    questionnaire: Questionnaire | None = None,
) -> VerifiedBundle:
    """Stages 2-9 over the bytes of a bundle file, with devices from ``lookup``: the
    coordinator's ``store.devices.get``, or (in worker processes, see
    ``bundle.parallel``) a snapshot of it, so nothing here touches the database."""
    body = decode_body(_decrypt(data, identities))
    manifest = parse_manifest(body.manifest_bytes)
    fp, public = _origin(manifest, project, lookup)
    if not verify_signature(public, body.signature, manifest_message(body.manifest_bytes)):
        raise BundleIntegrityError("the device's signature does not verify: the bundle was altered")
    qn = questionnaire or questionnaire_from_json(project.questionnaire)
    records = _records(body.records, manifest, qn)
    return VerifiedBundle(
        manifest=manifest,
        manifest_hash=sha256_hex(body.manifest_bytes),
        device=fp,
        records=records,
    )
