"""``store.instances``: repeat instances of an interview and the answers inside them.

An instance (one sale, one child) has a stable UUID that never changes, so a
bundle, a merge and an export can key it across devices.  Nothing is
overwritten or removed: adding, deleting and restoring an instance each insert a
revision of it (``deleted`` 0 or 1), and each answer inside an instance is a
revision pointing at the one before (``previous_id``), exactly like an answer
asked once.  Triggers forbid UPDATE and DELETE on both tables.  Every change is
one transaction with its event, which names the repeat and the instance but
never a value.
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
from fieldkit.store.revisions import Revision, touch_interview
from fieldkit.store.role import Role, from_row

__all__ = ["ImportedInstance", "InstanceRow", "Instances", "insert_answer", "insert_instance_state"]


@dataclass(frozen=True, kw_only=True)
class InstanceRow:
    """The current state of one instance."""

    id: str
    repeat_id: str
    revision: int
    deleted: bool
    created_at: str
    changed_at: str


@dataclass(frozen=True, kw_only=True)
class ImportedInstance:
    """One checked instance of an import file, ready to store."""

    repeat_id: str
    answers: Sequence[tuple[str, Any]]


# Latest revision per instance, in the order the instances were added.
_CURRENT = (
    "SELECT r.instance_id, r.repeat_id, r.revision, r.deleted, "
    "(SELECT changed_at FROM repeat_instances AS f WHERE f.instance_id = r.instance_id "
    "AND f.revision = 1), r.changed_at "
    "FROM repeat_instances AS r WHERE r.interview_id = ? AND r.revision = "
    "(SELECT MAX(revision) FROM repeat_instances AS b WHERE b.instance_id = r.instance_id) "
    "ORDER BY (SELECT MIN(id) FROM repeat_instances AS c WHERE c.instance_id = r.instance_id)"
)


def insert_instance_state(
    db: Database, interview_id: str, instance_id: str, repeat_id: str, deleted: bool, at: str
) -> int:
    last = db.one(
        "SELECT id, revision FROM repeat_instances WHERE instance_id = ? "
        "ORDER BY revision DESC LIMIT 1",
        (instance_id,),
    )
    previous_id, number = (last[0], last[1] + 1) if last else (None, 1)
    db.execute(
        "INSERT INTO repeat_instances (interview_id, instance_id, repeat_id, revision, deleted, "
        "changed_at, previous_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (interview_id, instance_id, repeat_id, number, int(deleted), at, previous_id),
    )
    touch_interview(db, interview_id, at)
    return int(number)


def insert_answer(
    db: Database, interview_id: str, instance_id: str, question_id: str, value: Any, at: str
) -> Revision:
    last = db.one(
        "SELECT id, revision FROM instance_answers WHERE instance_id = ? AND question_id = ? "
        "ORDER BY revision DESC LIMIT 1",
        (instance_id, question_id),
    )
    previous_id, number = (last[0], last[1] + 1) if last else (None, 1)
    row_id = db.execute(
        "INSERT INTO instance_answers (interview_id, instance_id, question_id, revision, value, "
        "answered_at, previous_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            interview_id,
            instance_id,
            question_id,
            number,
            canonical_json(value).decode(),
            at,
            previous_id,
        ),
    )
    touch_interview(db, interview_id, at)
    return Revision(
        id=row_id,
        question_id=question_id,
        revision=number,
        value=value,
        answered_at=at,
        previous_id=previous_id,
    )


class Instances(Role):
    """The repeat instances of a workspace's interviews."""

    def add(self, interview_id: str, repeat_id: str, instance_id: str | None = None) -> str:
        """A new instance of ``repeat_id``; returns its UUID (``instance_id`` keeps one made
        elsewhere, for an import)."""
        new = instance_id or str(uuid.uuid4())
        with self._db.atomic():
            if self._db.one("SELECT 1 FROM repeat_instances WHERE instance_id = ?", (new,)):
                raise WorkspaceError(f"instance '{new}' already exists in this workspace")
            insert_instance_state(self._db, interview_id, new, repeat_id, False, self._now())
            self._log("instance_added", interview_id, {"repeat": repeat_id, "instance": new})
        return new

    def _set_deleted(self, interview_id: str, instance_id: str, deleted: bool) -> int:
        row = self.get(interview_id, instance_id)
        if row.deleted == deleted:
            return row.revision
        with self._db.atomic():
            number = insert_instance_state(
                self._db, interview_id, instance_id, row.repeat_id, deleted, self._now()
            )
            kind = "instance_deleted" if deleted else "instance_restored"
            self._log(kind, interview_id, {"repeat": row.repeat_id, "instance": instance_id})
        return number

    def delete(self, interview_id: str, instance_id: str) -> int:
        """Mark the instance deleted (a new revision; its answers stay in the history)."""
        return self._set_deleted(interview_id, instance_id, True)

    def restore(self, interview_id: str, instance_id: str) -> int:
        """Undo a delete (another revision)."""
        return self._set_deleted(interview_id, instance_id, False)

    def all(self, interview_id: str) -> list[InstanceRow]:
        """Every instance of the interview in the order added, deleted ones included."""
        rows = self._db.query(_CURRENT, (interview_id,))
        return [from_row(InstanceRow, (*r[:3], bool(r[3]), *r[4:])) for r in rows]

    def get(self, interview_id: str, instance_id: str) -> InstanceRow:
        found = [row for row in self.all(interview_id) if row.id == instance_id]
        if not found:
            raise WorkspaceError(
                f"no repeat instance '{instance_id}' in interview '{interview_id}'",
                hint="list the interview's instances to see their ids",
            )
        return found[0]

    def record_answer(
        self, interview_id: str, instance_id: str, question_id: str, value: Any
    ) -> Revision:
        """Store one answer revision inside an instance (``None`` clears it)."""
        with self._db.atomic():
            revision = insert_answer(
                self._db, interview_id, instance_id, question_id, value, self._now()
            )
            self._log(
                "instance_answered",
                interview_id,
                {"instance": instance_id, "question": question_id, "revision": revision.revision},
            )
        return revision

    def answers(self, interview_id: str) -> dict[str, dict[str, Any]]:
        """Instance id -> the latest value of each answered question (cleared left out)."""
        rows = self._db.query(
            "SELECT instance_id, question_id, value FROM instance_answers AS a "
            "WHERE interview_id = ? AND revision = (SELECT MAX(revision) FROM instance_answers "
            "AS b WHERE b.instance_id = a.instance_id AND b.question_id = a.question_id)",
            (interview_id,),
        )
        result: dict[str, dict[str, Any]] = {}
        for instance_id, question_id, text in rows:
            value = json.loads(text)
            if value is not None:
                result.setdefault(instance_id, {})[question_id] = value
        return result

    def revisions(self, interview_id: str) -> dict[str, int]:
        """Instance id -> how many revisions it has had (its own states and its answers'):
        a number that only grows, which a bundle carries so merge can order them."""
        rows = self._db.query(
            "SELECT instance_id, COUNT(*) FROM (SELECT instance_id FROM repeat_instances "
            "WHERE interview_id = ? UNION ALL SELECT instance_id FROM instance_answers "
            "WHERE interview_id = ?) GROUP BY instance_id",
            (interview_id, interview_id),
        )
        return {str(r[0]): int(r[1]) for r in rows}

    def history(self, instance_id: str, question_id: str) -> list[Revision]:
        rows = self._db.query(
            "SELECT id, question_id, revision, value, answered_at, previous_id "
            "FROM instance_answers WHERE instance_id = ? AND question_id = ? ORDER BY revision",
            (instance_id, question_id),
        )
        return [from_row(Revision, (*r[:3], json.loads(r[3]), *r[4:])) for r in rows]
