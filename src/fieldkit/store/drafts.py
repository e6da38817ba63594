"""``store.drafts``: text typed into a field but not yet submitted, one per question.

A draft is what the interviewer has typed before pressing Enter (or what the story
editor holds between saves).  It lives in the encrypted database like everything
else, so a crash, a power cut or a kill loses at most the last second of typing,
and it is overwritten in place: a draft is not an answer, it has no history and no
event (the event log records answers, and a draft changes every second).  Storing
the answer removes its draft in the same transaction (``remove_in``); the table is
never read by export, so drafts never leave the device, and a wipe destroys them
with the rest of the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.store.db import Database
from fieldkit.store.role import Role, from_row

__all__ = ["Draft", "Drafts", "remove_in"]


@dataclass(frozen=True, kw_only=True)
class Draft:
    question_id: str
    text: str
    saved_at: str


def remove_in(db: Database, interview_id: str, question_id: str) -> None:
    """Drop a question's draft inside the caller's transaction (its answer was stored)."""
    db.execute(
        "DELETE FROM drafts WHERE interview_id = ? AND question_id = ?",
        (interview_id, question_id),
    )


class Drafts(Role):
    """The drafts of every interview, at most one per question."""

    def put(self, interview_id: str, question_id: str, text: str) -> Draft:
        """Keep ``text`` as the question's draft (replacing the one before); durable on
        return.  Empty text removes the draft."""
        at = self._now()
        with self._db.atomic():
            if not text:
                remove_in(self._db, interview_id, question_id)
            else:
                self._db.execute(
                    "INSERT INTO drafts (interview_id, question_id, text, saved_at) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (interview_id, question_id) "
                    "DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
                    (interview_id, question_id, text, at),
                )
        return Draft(question_id=question_id, text=text, saved_at=at)

    def remove(self, interview_id: str, question_id: str) -> None:
        with self._db.atomic():
            remove_in(self._db, interview_id, question_id)

    def of(self, interview_id: str) -> dict[str, Draft]:
        """Every draft of the interview, by question id."""
        rows = self._db.query(
            "SELECT question_id, text, saved_at FROM drafts WHERE interview_id = ?",
            (interview_id,),
        )
        return {row[0]: from_row(Draft, row) for row in rows}
