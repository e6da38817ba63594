"""``store.reviews``: the auditor's pass/fail decisions on merged records.

Decisions are append-only (migration ``0003``): a changed mind is a new row, so
the report can show what was decided, and when.  Each is logged in the event
log with its verdict and revision, never its note.  The random salt that fixes
the order of the review sample is kept here too.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.crypto import new_secret
from fieldkit.store.role import Role, from_row
from fieldkit.store.settings import Settings

__all__ = ["SAMPLE_SALT", "ReviewRow", "Reviews"]

SAMPLE_SALT = "audit_sample_salt"
"""The ``meta`` key of the review sample's salt."""


@dataclass(frozen=True, kw_only=True)
class ReviewRow:
    """One decision an auditor took on one revision of a record."""

    record_id: str
    revision: int
    record_hash: str
    verdict: str
    note: str
    decided_at: str


class Reviews(Role):
    """Review decisions, oldest first."""

    def add(
        self, record_id: str, *, revision: int, record_hash: str, verdict: str, note: str
    ) -> ReviewRow:
        """Store a decision and its ``audit_review`` event in one transaction."""
        review = ReviewRow(
            record_id=record_id,
            revision=revision,
            record_hash=record_hash,
            verdict=verdict,
            note=note,
            decided_at=self._now(),
        )
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO audit_reviews (record_id, revision, record_hash, verdict, note, "
                "decided_at) VALUES (?, ?, ?, ?, ?, ?)",
                (record_id, revision, record_hash, verdict, note, review.decided_at),
            )
            self._log("audit_review", record_id, {"verdict": verdict, "revision": revision})
        return review

    def all(self) -> list[ReviewRow]:
        """Every decision, oldest first (the last one per record is the one that counts)."""
        rows = self._db.query(
            "SELECT record_id, revision, record_hash, verdict, note, decided_at "
            "FROM audit_reviews ORDER BY id"
        )
        return [from_row(ReviewRow, r) for r in rows]

    def sample_salt(self) -> str:
        """The salt that orders the review sample, drawn on first use and kept."""
        settings = Settings(self._db)
        salt = settings.get(SAMPLE_SALT)
        if salt is None:
            salt = new_secret(16).hex()
            settings.set(SAMPLE_SALT, salt)
        return salt
