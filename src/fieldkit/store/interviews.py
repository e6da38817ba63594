"""``store.interviews``: interviews, answer revisions and redaction decisions.

Answers are never overwritten: each change inserts a revision pointing at the
one before it (``previous_id``), and triggers forbid UPDATE and DELETE on the
answers table.  The current answer is the highest revision; a revision whose
value is JSON ``null`` records that the answer was cleared.  Every change is one
transaction together with its event.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from fieldkit.canonical import canonical_json
from fieldkit.errors import WorkspaceError
from fieldkit.store.db import Database
from fieldkit.store.drafts import remove_in
from fieldkit.store.instances import ImportedInstance, insert_instance_state
from fieldkit.store.instances import insert_answer as insert_instance_answer
from fieldkit.store.revisions import Revision, touch_interview
from fieldkit.store.role import Role, from_row, new_id

__all__ = ["Decision", "ImportedInterview", "InterviewRow", "Interviews", "Revision"]


@dataclass(frozen=True, kw_only=True)
class InterviewRow:
    id: str
    questionnaire_hash: str
    ref: str | None
    status: str
    revision: int
    created_at: str
    updated_at: str


@dataclass(frozen=True, kw_only=True)
class Decision:
    kind: str
    term: str
    label: str
    decided_at: str


@dataclass(frozen=True, kw_only=True)
class ImportedInterview:
    """One checked interview of an import file, ready to store."""

    ref: str | None
    status: str
    answers: Sequence[tuple[str, Any]]
    instances: Sequence[ImportedInstance] = ()
    """Repeat instances, in order, each with its answers."""


_SELECT_INTERVIEWS = (
    "SELECT id, questionnaire_hash, ref, status, revision, created_at, updated_at FROM interviews"
)


def _insert_answer(
    db: Database, interview_id: str, question_id: str, value: Any, at: str
) -> Revision:
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
    touch_interview(db, interview_id, at)
    remove_in(db, interview_id, question_id)  # submitted: no longer a draft
    return Revision(
        id=row_id,
        question_id=question_id,
        revision=number,
        value=value,
        answered_at=at,
        previous_id=previous_id,
    )


class Interviews(Role):
    """The interviews of a workspace and everything recorded about each."""

    def create(self, questionnaire_hash: str, ref: str | None = None) -> str:
        """A new interview following ``questionnaire_hash``; returns its id."""
        interview_id = new_id()
        with self._db.atomic():
            at = self._now()
            self._db.execute(
                "INSERT INTO interviews (id, questionnaire_hash, ref, status, revision, "
                "created_at, updated_at) VALUES (?, ?, ?, 'in_progress', 0, ?, ?)",
                (interview_id, questionnaire_hash, ref, at, at),
            )
            self._log("interview_created", interview_id, {"questionnaire": questionnaire_hash})
        return interview_id

    def all(self) -> list[InterviewRow]:
        rows = self._db.query(_SELECT_INTERVIEWS + " ORDER BY created_at, id")
        return [from_row(InterviewRow, r) for r in rows]

    def get(self, interview_id: str) -> InterviewRow:
        row = self._db.one(_SELECT_INTERVIEWS + " WHERE id = ?", (interview_id,))
        if row is None:
            raise WorkspaceError(
                f"no interview '{interview_id}' in this workspace",
                hint="'fieldkit interview list' shows the ids",
            )
        return from_row(InterviewRow, row)

    def record_answer(self, interview_id: str, question_id: str, value: Any) -> Revision:
        """Store one answer revision (``None`` clears it) and its event; durable on return."""
        with self._db.atomic():
            revision = _insert_answer(self._db, interview_id, question_id, value, self._now())
            self._log(
                "answered", interview_id, {"question": question_id, "revision": revision.revision}
            )
        return revision

    def answers(self, interview_id: str) -> dict[str, Any]:
        """The latest value of every answered question (cleared answers left out)."""
        rows = self._db.query(
            "SELECT question_id, value FROM answers AS a WHERE interview_id = ? AND revision = "
            "(SELECT MAX(revision) FROM answers AS b WHERE b.interview_id = a.interview_id "
            "AND b.question_id = a.question_id)",
            (interview_id,),
        )
        values = {qid: json.loads(value) for qid, value in rows}
        return {qid: value for qid, value in values.items() if value is not None}

    def history(self, interview_id: str, question_id: str) -> list[Revision]:
        rows = self._db.query(
            "SELECT id, question_id, revision, value, answered_at, previous_id FROM answers "
            "WHERE interview_id = ? AND question_id = ? ORDER BY revision",
            (interview_id, question_id),
        )
        return [from_row(Revision, (*r[:3], json.loads(r[3]), *r[4:])) for r in rows]

    def set_status(self, interview_id: str, status: str) -> None:
        with self._db.atomic():
            self._db.execute(
                "UPDATE interviews SET status = ? WHERE id = ?", (status, interview_id)
            )
            touch_interview(self._db, interview_id, self._now())
            self._log("status_changed", interview_id, {"status": status})

    def add_decision(self, interview_id: str, *, kind: str, term: str, label: str) -> None:
        """Record a redaction decision; the event names its kind, never the term."""
        with self._db.atomic():
            at = self._now()
            self._db.execute(
                "INSERT INTO redaction_decisions (interview_id, kind, term, label, decided_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (interview_id, kind, term, label, at),
            )
            touch_interview(self._db, interview_id, at)
            self._log("redaction_decision", interview_id, {"kind": kind, "label": label})

    def decisions(self, interview_id: str) -> list[Decision]:
        rows = self._db.query(
            "SELECT kind, term, label, decided_at FROM redaction_decisions "
            "WHERE interview_id = ? ORDER BY id",
            (interview_id,),
        )
        return [from_row(Decision, r) for r in rows]

    def import_batch(
        self, questionnaire_hash: str, interviews: Sequence[ImportedInterview]
    ) -> list[str]:
        """Store checked interviews all together or not at all; returns their ids."""
        ids = []
        with self._db.atomic():
            for item in interviews:
                interview_id = self.create(questionnaire_hash, item.ref)
                for question_id, value in item.answers:
                    self.record_answer(interview_id, question_id, value)
                self._import_instances(interview_id, item.instances)
                if item.status == "complete":
                    self.set_status(interview_id, "complete")
                counts = {"answers": len(item.answers), "instances": len(item.instances)}
                self._log("interview_imported", interview_id, counts)
                ids.append(interview_id)
        return ids

    def _import_instances(self, interview_id: str, instances: Sequence[ImportedInstance]) -> None:
        at = self._now()
        for item in instances:
            instance_id = str(uuid.uuid4())
            insert_instance_state(self._db, interview_id, instance_id, item.repeat_id, False, at)
            for question_id, value in item.answers:
                insert_instance_answer(self._db, interview_id, instance_id, question_id, value, at)
