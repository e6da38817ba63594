"""``store.project``: the project a workspace runs (coordinator) or joined (device).

The signed project body is kept as JSON in ``meta``; the keys that go with it
are kept in ``secrets`` (see ``store.settings``).  Creating or joining a
project writes the body, its keys and its event in one transaction, so a
workspace never holds a project without its keys or the other way round.  What
a project *is* (its fields, its signature) is ``fieldkit.bundle.project``'s
business; the store keeps the text it is given.
"""

from __future__ import annotations

from collections.abc import Callable

from fieldkit.store.db import Database
from fieldkit.store.policy import Policy
from fieldkit.store.questionnaires import Questionnaires, StoredQuestionnaire
from fieldkit.store.role import Role
from fieldkit.store.settings import (
    AGE_IDENTITY,
    COORDINATOR_SIGNING_KEY,
    DEVICE_SIGNING_KEY,
    Settings,
    put_key,
)

__all__ = ["PROJECT_META", "Project"]

PROJECT_META = "project"
"""The ``meta`` key holding the project body's JSON."""


class Project(Role):
    """The workspace's project body and the keys that come with it."""

    def __init__(
        self,
        db: Database,
        now: Callable[[], str],
        *,
        questionnaires: Questionnaires,
        set_policy: Callable[[Policy], None],
    ) -> None:
        super().__init__(db, now)
        self._questionnaires = questionnaires
        self._set_policy = set_policy

    def body(self) -> str | None:
        """The stored project body (JSON), or ``None`` before one is created or joined."""
        return Settings(self._db).get(PROJECT_META)

    def create(
        self, body: str, *, project_id: str, recipients: int, age_identity: str, signing_key: bytes
    ) -> None:
        """A coordinator's new project: its body, age identity and signing key."""
        with self._db.atomic():
            put_key(self._db, AGE_IDENTITY, age_identity.encode())
            put_key(self._db, COORDINATOR_SIGNING_KEY, signing_key)
            Settings(self._db).set(PROJECT_META, body)
            self._log(
                "project_created", payload={"project_id": project_id, "recipients": recipients}
            )

    def join(
        self,
        body: str,
        *,
        project_id: str,
        questionnaire: StoredQuestionnaire,
        policy: Policy | None,
        signing_key: bytes,
    ) -> None:
        """A device joins: the project's questionnaire becomes the active one, its lock
        policy (if it sets one) this device's, and the device's new signing key is kept."""
        with self._db.atomic():
            self._questionnaires.activate(questionnaire)
            if policy is not None:
                self._set_policy(policy)
            Settings(self._db).set(PROJECT_META, body)
            put_key(self._db, DEVICE_SIGNING_KEY, signing_key)
            self._log("project_joined", payload={"project_id": project_id})
