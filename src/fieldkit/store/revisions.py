"""What answers asked once and answers inside repeat instances share: the revision
record and the bump of the interview's own revision that every change makes (so a
bundle knows the interview changed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.store.db import Database

__all__ = ["Revision", "touch_interview"]


@dataclass(frozen=True, kw_only=True)
class Revision:
    id: int
    question_id: str
    revision: int
    value: Any
    answered_at: str
    previous_id: int | None


def touch_interview(db: Database, interview_id: str, at: str) -> None:
    db.execute(
        "UPDATE interviews SET revision = revision + 1, updated_at = ? WHERE id = ?",
        (at, interview_id),
    )
