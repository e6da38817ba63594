"""Interviews, answer revisions and redaction decisions.

Answers are never overwritten: each change inserts a revision pointing at the
one before it (``previous_id``), and triggers forbid UPDATE and DELETE on the
answers table.  The current answer is the highest revision; a revision whose
value is JSON ``null`` records that the answer was cleared.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldkit.canonical import canonical_json
from fieldkit.store.db import Database

__all__ = [
    "Decision",
    "InterviewRow",
    "Revision",
    "add_answer",
    "add_decision",
    "answer_history",
    "current_answers",
    "decisions",
    "get_interview",
    "insert_interview",
    "list_interviews",
    "set_status",
]


@dataclass(frozen=True)
class InterviewRow:
    id: str
    questionnaire_hash: str
    ref: str | None
    status: str
    revision: int
    created_at: str
    updated_at: str


@dataclass(frozen=True)
class Revision:
    id: int
    question_id: str
    revision: int
    value: Any
    answered_at: str
    previous_id: int | None


@dataclass(frozen=True)
class Decision:
    kind: str
    term: str
    label: str
    decided_at: str


_SELECT_INTERVIEWS = (
    "SELECT id, questionnaire_hash, ref, status, revision, created_at, updated_at FROM interviews"
)


def insert_interview(
    db: Database, interview_id: str, questionnaire_hash: str, at: str, ref: str | None = None
) -> None:
    db.execute(
        "INSERT INTO interviews (id, questionnaire_hash, ref, status, revision, created_at, "
        "updated_at) VALUES (?, ?, ?, 'in_progress', 0, ?, ?)",
        (interview_id, questionnaire_hash, ref, at, at),
    )


def get_interview(db: Database, interview_id: str) -> InterviewRow | None:
    row = db.one(_SELECT_INTERVIEWS + " WHERE id = ?", (interview_id,))
    return InterviewRow(*row) if row else None


def list_interviews(db: Database) -> list[InterviewRow]:
    rows = db.query(_SELECT_INTERVIEWS + " ORDER BY created_at, id")
    return [InterviewRow(*r) for r in rows]


def _touch(db: Database, interview_id: str, at: str) -> None:
    db.execute(
        "UPDATE interviews SET revision = revision + 1, updated_at = ? WHERE id = ?",
        (at, interview_id),
    )


def set_status(db: Database, interview_id: str, status: str, at: str) -> None:
    with db.atomic():
        db.execute("UPDATE interviews SET status = ? WHERE id = ?", (status, interview_id))
        _touch(db, interview_id, at)


def add_answer(db: Database, interview_id: str, question_id: str, value: Any, at: str) -> Revision:
    """Store a new revision of one answer (``value=None`` clears it)."""
    with db.atomic():
        last = db.one(
            "SELECT id, revision FROM answers WHERE interview_id = ? AND question_id = ? "
            "ORDER BY revision DESC LIMIT 1",
            (interview_id, question_id),
        )
        previous_id, number = (last[0], last[1] + 1) if last else (None, 1)
        row_id = db.execute(
            "INSERT INTO answers (interview_id, question_id, revision, value, answered_at, "
            "previous_id) VALUES (?, ?, ?, ?, ?, ?)",
            (interview_id, question_id, number, canonical_json(value).decode(), at, previous_id),
        )
        _touch(db, interview_id, at)
    return Revision(row_id, question_id, number, value, at, previous_id)


def current_answers(db: Database, interview_id: str) -> dict[str, Any]:
    """The latest value of every answered question (cleared answers left out)."""
    rows = db.query(
        "SELECT question_id, value FROM answers AS a WHERE interview_id = ? AND revision = "
        "(SELECT MAX(revision) FROM answers AS b WHERE b.interview_id = a.interview_id "
        "AND b.question_id = a.question_id)",
        (interview_id,),
    )
    values = {qid: json.loads(value) for qid, value in rows}
    return {qid: value for qid, value in values.items() if value is not None}


def answer_history(db: Database, interview_id: str, question_id: str) -> list[Revision]:
    rows = db.query(
        "SELECT id, question_id, revision, value, answered_at, previous_id FROM answers "
        "WHERE interview_id = ? AND question_id = ? ORDER BY revision",
        (interview_id, question_id),
    )
    return [Revision(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5]) for r in rows]


def add_decision(
    db: Database, interview_id: str, kind: str, term: str, label: str, at: str
) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO redaction_decisions (interview_id, kind, term, label, decided_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (interview_id, kind, term, label, at),
        )
        _touch(db, interview_id, at)


def decisions(db: Database, interview_id: str) -> list[Decision]:
    rows = db.query(
        "SELECT kind, term, label, decided_at FROM redaction_decisions WHERE interview_id = ? "
        "ORDER BY id",
        (interview_id,),
    )
    return [Decision(*r) for r in rows]
