"""``store.questionnaires``: the questionnaires a workspace's interviews follow.

Each is stored once, by content hash, as canonical JSON; one of them is the
*active* questionnaire that new interviews follow.  Interviews keep the hash of
theirs, so changing the active one never changes an interview already begun.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldkit.canonical import canonical_json
from fieldkit.errors import WorkspaceError
from fieldkit.store.role import Role
from fieldkit.store.settings import Settings

__all__ = ["ACTIVE_QUESTIONNAIRE", "Questionnaires", "StoredQuestionnaire"]

ACTIVE_QUESTIONNAIRE = "active_questionnaire"
"""The ``meta`` key naming the active questionnaire's hash."""


@dataclass(frozen=True, kw_only=True)
class StoredQuestionnaire:
    """A questionnaire as the store keeps it: its hash, id, version and JSON body."""

    hash: str
    questionnaire_id: str
    version: str
    body: dict[str, Any]


class Questionnaires(Role):
    """Stored questionnaires, and which one is active."""

    def add(self, questionnaire: StoredQuestionnaire) -> None:
        """Store ``questionnaire`` (nothing happens if it is already stored)."""
        with self._db.atomic():
            if self._db.one("SELECT 1 FROM questionnaires WHERE hash = ?", (questionnaire.hash,)):
                return
            self._db.execute(
                "INSERT INTO questionnaires (hash, questionnaire_id, version, body, added_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    questionnaire.hash,
                    questionnaire.questionnaire_id,
                    questionnaire.version,
                    canonical_json(questionnaire.body).decode(),
                    self._now(),
                ),
            )
            self._log(
                "questionnaire_added",
                payload={"hash": questionnaire.hash, "id": questionnaire.questionnaire_id},
            )

    def activate(self, questionnaire: StoredQuestionnaire) -> None:
        """Store ``questionnaire`` and make it the one new interviews follow."""
        with self._db.atomic():
            self.add(questionnaire)
            Settings(self._db).set(ACTIVE_QUESTIONNAIRE, questionnaire.hash)

    def active_hash(self) -> str | None:
        return Settings(self._db).get(ACTIVE_QUESTIONNAIRE)

    def hashes(self) -> list[str]:
        """Every questionnaire stored here, oldest first."""
        return [r[0] for r in self._db.query("SELECT hash FROM questionnaires ORDER BY rowid")]

    def body(self, qhash: str) -> dict[str, Any]:
        row = self._db.one("SELECT body FROM questionnaires WHERE hash = ?", (qhash,))
        if row is None:
            raise WorkspaceError(f"questionnaire {qhash[:12]} is not in this workspace")
        body: dict[str, Any] = json.loads(row[0])
        return body
