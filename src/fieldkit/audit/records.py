"""The records an audit reads, whatever they came from: bundle files or merged records.

A record is kept as the JSON it was exported as (``data``), with where it came
from and whether its provenance held (``trusted``).  Nothing is repaired or
normalised: the schema check must see exactly what the device signed.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from fieldkit.bundle.codec import CanonicalError, parse_canonical

__all__ = [
    "AuditRecord",
    "latest",
    "parse_record",
    "record_instances",
    "risk_row",
]


@dataclass(frozen=True, kw_only=True)
class AuditRecord:
    id: str
    revision: int
    sha256: str
    source: str
    """The bundle file's name, or ``merged`` for the coordinator's records."""
    device: str | None
    """Enrolment code of the device that signed it, when known."""
    data: Any
    """The parsed JSON (``None`` if the bytes are not JSON)."""
    canonical: bool
    trusted: bool
    """Its bundle's signature and digest checks passed (or merge checked them)."""

    @property
    def answers(self) -> dict[str, Any]:
        data = self.data if isinstance(self.data, dict) else {}
        answers = data.get("answers")
        return answers if isinstance(answers, dict) else {}

    @property
    def instances(self) -> list[tuple[str, int, dict[str, Any]]]:
        """``(repeat id, position, answers)`` of every repeat instance the record carries."""
        return record_instances(self.data)

    def risk_row(self, repeat_questions: Collection[str]) -> dict[str, Any]:
        return risk_row(self.data, repeat_questions)

    @property
    def released(self) -> tuple[str, ...]:
        """Terms the interviewer kept in the text as false positives."""
        data = self.data if isinstance(self.data, dict) else {}
        report = data.get("redaction")
        items = report.get("released", []) if isinstance(report, dict) else []
        return tuple(
            str(i["term"]) for i in items if isinstance(i, dict) and isinstance(i.get("term"), str)
        )


def record_instances(data: Any) -> list[tuple[str, int, dict[str, Any]]]:
    """``(repeat id, position, answers)`` of every repeat instance a parsed record carries
    (whatever its shape: the schema check reports a malformed one)."""
    repeats = data.get("repeats") if isinstance(data, dict) else None
    found: list[tuple[str, int, dict[str, Any]]] = []
    for repeat_id, items in repeats.items() if isinstance(repeats, dict) else ():
        for n, item in enumerate(items if isinstance(items, list) else [], start=1):
            answers = item.get("answers") if isinstance(item, dict) else None
            if isinstance(answers, dict):
                found.append((str(repeat_id), n, answers))
    return found


def risk_row(data: Any, repeat_questions: Collection[str]) -> dict[str, Any]:
    """A parsed record as one row of the risk table: one woman, however many instances
    she has.  A question asked in each instance of a repeat becomes the list of her
    instances' values (``None`` when no instance answers it); see
    ``lattice.column_for(per_instance=True)``."""
    answers = data.get("answers") if isinstance(data, dict) else None
    row: dict[str, Any] = dict(answers) if isinstance(answers, dict) else {}
    instances = record_instances(data)
    for qid in repeat_questions:
        values = [a[qid] for _, _, a in instances if qid in a]
        row[qid] = values or None
    return row


def parse_record(raw: bytes) -> tuple[Any, bool]:
    """``(parsed JSON or None, canonical?)`` for one record's bytes."""
    try:
        return parse_canonical(raw), True
    except CanonicalError:
        pass
    try:
        return json.loads(raw.decode("utf-8")), False
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return None, False


def latest(records: Iterable[AuditRecord]) -> list[AuditRecord]:
    """The newest revision of each record id (what a merge would hold), by id."""
    newest: dict[str, AuditRecord] = {}
    for record in records:
        held = newest.get(record.id)
        if held is None or record.revision > held.revision:
            newest[record.id] = record
    return [newest[i] for i in sorted(newest)]
