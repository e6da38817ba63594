"""Repeat instances as they leave the device: keyed, anonymised, redacted.

A record carries its repeats under ``repeats``: repeat id -> the live instances in
order, each ``{"key", "position", "revision", "answers"}``.  ``key`` is an HMAC of
the record id and the instance's local UUID under the device's redaction secret:
stable from one export to the next (so the coordinator replaces the instance it
already has), the same for every device's view of nothing else, and not linkable
to the local UUID without the device's key, just as a record id is not linkable to
the interview id.  Answers inside an instance are exported exactly like answers
asked once (``export_value``: ``direct`` and sealed never leave, ``quasi``
generalised), and their free text is redacted with the interview's other
narratives, in the same call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.bundle.anonymise import NEVER, export_value
from fieldkit.crypto import keyed_digest
from fieldkit.session import InterviewSession

__all__ = ["instance_key", "instance_narratives", "instance_records", "text_key"]

_LABEL = b"fieldkit-instance-key/1\x00"


def instance_key(secret: bytes, record_id: str, instance_id: str) -> str:
    """The instance's export key: 128 bits, lowercase hex, like a record id."""
    message = _LABEL + record_id.encode() + b"\x00" + instance_id.encode()
    return keyed_digest(secret, message)[:16].hex()


def text_key(repeat_id: str, instance_id: str, question_id: str) -> str:
    """How an instance's narrative is named among the interview's texts to redact."""
    return f"{repeat_id}\x00{instance_id}\x00{question_id}"


def _exportable(session: InterviewSession, qid: str, floor: Mapping[str, Any]) -> bool:
    return qid not in floor and not session.flow.section_of[qid].sealed


def instance_narratives(session: InterviewSession, floor: Mapping[str, Any]) -> dict[str, str]:
    """Every effective narrative answer inside an instance, keyed by ``text_key``."""
    texts: dict[str, str] = {}
    for repeat_id in session.flow.repeat_sections:
        for instance, answers in session.effective_instances(repeat_id):
            for qid, value in answers.items():
                question = session.flow.by_id[qid]
                if (
                    question.sensitivity == "narrative"
                    and isinstance(value, str)
                    and _exportable(session, qid, floor)
                ):
                    texts[text_key(repeat_id, instance.id, qid)] = value
    return texts


def instance_records(
    session: InterviewSession,
    *,
    record_id: str,
    redacted: Mapping[str, str],
    secret: bytes,
    floor: Mapping[str, Any],
) -> dict[str, list[dict[str, Any]]]:
    """Repeat id -> its exported instances (repeats without one left out)."""
    revisions = session.store.instances.revisions(session.id)
    result: dict[str, list[dict[str, Any]]] = {}
    for repeat_id in session.flow.repeat_sections:
        exported = []
        for instance, answers in session.effective_instances(repeat_id):
            values: dict[str, Any] = {}
            for qid, value in answers.items():
                if not _exportable(session, qid, floor):
                    continue
                question = session.flow.by_id[qid]
                named = text_key(repeat_id, instance.id, qid)
                out = redacted.get(named, export_value(question, value))
                if out is not NEVER:
                    values[qid] = out
            exported.append(
                {
                    "key": instance_key(secret, record_id, instance.id),
                    "position": instance.position,
                    "revision": revisions.get(instance.id, 1),
                    "answers": values,
                }
            )
        if exported:
            result[repeat_id] = exported
    return result
