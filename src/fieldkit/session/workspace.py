"""The workspace service: what the app and the command line do with a workspace.

``create_workspace`` and ``unlock_workspace`` return a ``Workspace``: the
unlocked store plus the questionnaire(s) its interviews follow.  Everything
the interface layers do goes through here or through ``InterviewSession``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from fieldkit.errors import WorkspaceError
from fieldkit.questionnaire import (
    Flow,
    Progress,
    Questionnaire,
    builtin_questionnaire,
    questionnaire_from_json,
    questionnaire_hash,
    questionnaire_to_json,
)
from fieldkit.redaction.memory import forget_texts
from fieldkit.session.interview import InterviewSession
from fieldkit.session.passphrase import check_new_passphrase
from fieldkit.session.references import check_reference
from fieldkit.store import Clock, InterviewRow, KeyNotice, Policy, Store, StoredQuestionnaire

__all__ = [
    "InterviewSummary",
    "Workspace",
    "create_workspace",
    "stored_questionnaire",
    "unlock_workspace",
]


@dataclass(frozen=True, kw_only=True)
class InterviewSummary:
    """One row of the interview list."""

    id: str
    ref: str | None
    status: Literal["in_progress", "complete", "exported", "declined"]
    """``declined``: closed with consent declined; never exported (``bundle.export``)."""
    created_at: str
    updated_at: str
    progress: Progress


def create_workspace(
    directory: Path,
    passphrase: str,
    *,
    confirmation: str | None = None,
    questionnaire: Questionnaire | None = None,
    kind: Literal["interviewer", "coordinator"] = "interviewer",
    clock: Clock | None = None,
) -> Workspace:
    """A new encrypted workspace using ``questionnaire`` (default: the report's set).

    ``directory`` must be new or empty; the key derivation's cost is the key file
    format's (docs/spec/keyfile-v2.md), not a choice."""
    check_new_passphrase(passphrase, confirmation)
    questionnaire = questionnaire or builtin_questionnaire()
    store = Store.create(directory, passphrase, kind=kind, clock=clock)
    workspace = Workspace(store)
    try:
        workspace.use_questionnaire(questionnaire)
    except BaseException:
        workspace.close()
        Store.wipe(directory)  # a workspace without a questionnaire is of no use to anyone
        raise
    return workspace


def unlock_workspace(directory: Path, passphrase: str, *, clock: Clock | None = None) -> Workspace:
    """Open an existing workspace, or the decoy behind a duress passphrase (the two are
    indistinguishable from here on).  A wrong passphrase raises ``WrongPassphraseError``
    after the lock policy has counted it; see ``notices`` for what the unlock found."""
    return Workspace(Store.open(directory, passphrase, clock=clock))


class Workspace:
    """An unlocked workspace and the questionnaires its interviews follow."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._flows: dict[str, Flow] = {}

    def close(self) -> None:
        """Close the store, then empty the redaction engine's caches of words (names among
        them): a locked workspace leaves no redaction cache of what was typed."""
        try:
            self.store.close()
        finally:
            forget_texts()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def directory(self) -> Path:
        return self.store.directory

    @property
    def notices(self) -> list[KeyNotice]:
        """What the unlock found that the person should be told (an edited lock policy,
        wrong passphrases typed since the last unlock, an upgrade)."""
        return self.store.notices

    # --- questionnaires ----------------------------------------------------------

    def use_questionnaire(self, questionnaire: Questionnaire) -> str:
        """Store ``questionnaire`` and make it the one new interviews follow."""
        entry = stored_questionnaire(questionnaire)
        self.store.questionnaires.activate(entry)
        self._flows[entry.hash] = Flow(questionnaire)
        return entry.hash

    @property
    def active_hash(self) -> str:
        qhash = self.store.questionnaires.active_hash()
        if qhash is None:
            raise WorkspaceError("this workspace has no questionnaire yet")
        return qhash

    def flow(self, qhash: str | None = None) -> Flow:
        """The compiled logic of a stored questionnaire (the active one by default)."""
        qhash = qhash or self.active_hash
        if qhash not in self._flows:
            body = self.store.questionnaires.body(qhash)
            self._flows[qhash] = Flow(questionnaire_from_json(body))
        return self._flows[qhash]

    @property
    def questionnaire(self) -> Questionnaire:
        return self.flow().questionnaire

    # --- interviews ----------------------------------------------------------------

    def new_interview(self, ref: str | None = None) -> InterviewSession:
        """A new interview; its reference code is refused if it looks like it identifies
        someone (``check_reference``): the list and the header show it in plain sight."""
        code = check_reference(ref) if ref else None
        interview_id = self.store.interviews.create(self.active_hash, code or None)
        return self.interview(interview_id)

    def interview(self, interview_id: str) -> InterviewSession:
        """Open one interview by id, an unambiguous prefix of it, or its reference (what
        ``interview list`` shows in REF, e.g. ``case-61``)."""
        row = self._find(interview_id)
        return InterviewSession(self.store, row.id, self.flow(row.questionnaire_hash))

    def _find(self, typed: str) -> InterviewRow:
        every = self.store.interviews.all()
        wanted = typed.strip()
        by_ref = [r for r in every if wanted and r.ref is not None and r.ref.strip() == wanted]
        if len(by_ref) == 1:
            return by_ref[0]
        if len(by_ref) > 1:
            raise WorkspaceError(
                f"{len(by_ref)} interviews have the reference '{wanted}'",
                hint="give the id instead ('fieldkit interview list' shows both)",
            )
        prefix = wanted.lower()
        rows = [r for r in every if r.id.startswith(prefix)] if prefix else []
        if len(rows) == 1:
            return rows[0]
        if not rows:
            raise WorkspaceError(
                f"no interview '{wanted}' in this workspace (by id or reference)",
                hint="'fieldkit interview list' shows the ids and references",
            )
        raise WorkspaceError(f"'{prefix}' matches {len(rows)} interviews; type more of the id")

    def summaries(self) -> list[InterviewSummary]:
        """Every interview with its status and progress, newest change first."""
        exported = self.exported_revisions()
        result = []
        for row in self.store.interviews.all():
            answers = self.store.interviews.answers(row.id)
            flow = self.flow(row.questionnaire_hash)
            status = row.status
            if status == "complete" and flow.consent_declined(answers):
                status = "declined"
            elif exported.get(row.id) == row.revision:
                status = "exported"
            result.append(
                InterviewSummary(
                    id=row.id,
                    ref=row.ref,
                    status=status,  # type: ignore[arg-type]
                    created_at=row.created_at,
                    updated_at=row.updated_at,
                    progress=flow.progress(answers),
                )
            )
        return sorted(result, key=lambda s: s.updated_at, reverse=True)

    def exported_revisions(self) -> dict[str, int]:
        """Interview id -> revision last exported (empty until the first export)."""
        return self.store.exports.exported_revisions()

    # --- keys, policy, integrity ----------------------------------------------------

    @property
    def kind(self) -> str:
        """``interviewer`` or ``coordinator``."""
        return self.store.kind

    @property
    def policy(self) -> Policy:
        return self.store.policy

    def set_policy(self, policy: Policy) -> None:
        self.store.set_policy(policy)

    def change_passphrase(
        self, new: str, confirmation: str | None = None, *, rotate: bool = True
    ) -> None:
        """A new passphrase; by default also a new data key (the database is re-encrypted),
        so that an earlier copy of the key file and the old passphrase open nothing of today."""
        check_new_passphrase(new, confirmation)
        self.store.change_passphrase(new, rotate=rotate)

    def rotate_data_key(self, passphrase: str) -> None:
        """Re-encrypt the database under a fresh random key (after a suspected leak)."""
        self.store.rotate_data_key(passphrase)

    def check_integrity(self) -> int:
        """Check the database and the event log's hash chain; returns the number of
        events verified, or raises ``WorkspaceError``/``EventLogError``."""
        problems = self.store.integrity_problems()
        if problems:
            raise WorkspaceError("integrity check failed: " + "; ".join(problems[:5]))
        return self.store.events.verify()


def stored_questionnaire(questionnaire: Questionnaire) -> StoredQuestionnaire:
    """``questionnaire`` as the store keeps it (hash, id, version, JSON body)."""
    return StoredQuestionnaire(
        hash=questionnaire_hash(questionnaire),
        questionnaire_id=questionnaire.id,
        version=questionnaire.version,
        body=questionnaire_to_json(questionnaire),
    )
