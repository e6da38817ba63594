"""What a device checks before it trusts a project file, and what it keeps whatever the file says.

A project file is signed by the key written inside it, so its signature proves only that
nobody changed it after whoever made it signed it.  A substituted file (another key, the same
name) would decide where every bundle goes, which answers leave the device verbatim and how
the device locks.  So trust comes from outside the file: the coordinator reads her key's
code aloud, the interviewer types it, and ``check_coordinator_code`` compares it with the
file's key before anything is written.

Even a genuine project file cannot make this device export what its own questionnaires
treat as identity: ``identity_floor`` lists every question that a questionnaire stored here
(or the built-in one) marks ``direct``, puts in a sealed section or uses as a redaction seed,
and export keeps those answers on the device whatever sensitivity the project declares
(still seeding the redaction of narratives).  ``plan_join`` shows all of it before the
interviewer agrees: the answers that leave verbatim, those the floor keeps, the policy.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from fieldkit.bundle.codes import parse_code
from fieldkit.bundle.project import ProjectBody, ProjectPolicy
from fieldkit.errors import CodeError
from fieldkit.questionnaire import (
    Question,
    Questionnaire,
    builtin_questionnaire,
    questionnaire_from_json,
)
from fieldkit.session import Workspace

__all__ = ["JoinPlan", "check_coordinator_code", "identity_floor", "plan_join"]


def check_coordinator_code(project: ProjectBody, code: str | None) -> None:
    """Refuse unless ``code`` is the code of the key that signed ``project``.

    A code from fieldkit 0.1 (no check characters) is compared too: a typo in it can only
    make the comparison fail, never vouch for another key."""
    if code is None or not code.strip():
        raise CodeError(
            "joining needs the coordinator's key code; nothing was changed",
            problem="missing",
            hint="ask your coordinator to read it out, then run "
            "'fieldkit join PROJECT_FILE --code CODE'",
        )
    if not hmac.compare_digest(parse_code(code, legacy=True), project.coordinator_fingerprint):
        raise CodeError(
            "the code does not match the key that signed this project file: it may not come "
            "from your coordinator; nothing was changed",
            problem="mismatch",
            hint="do not join. Read the code again with your coordinator; if it still does "
            "not match, ask for the project file again by another way",
        )


def _identity_questions(questionnaire: Questionnaire) -> dict[str, str | None]:
    """Question id -> redaction label, for every identity question of ``questionnaire``."""
    found: dict[str, str | None] = {}
    for section in questionnaire.sections:
        for q in section.questions:
            if section.sealed or q.sensitivity == "direct" or q.redaction_seed:
                found[q.id] = q.redaction_seed
    return found


def identity_floor(workspace: Workspace) -> dict[str, str | None]:
    """Questions this device keeps sealed: id -> the label its answers seed redaction as."""
    floor: dict[str, str | None] = {}
    sources = [builtin_questionnaire()] + [
        questionnaire_from_json(workspace.store.questionnaires.body(qhash))
        for qhash in workspace.store.questionnaires.hashes()
    ]
    for questionnaire in sources:
        for qid, label in _identity_questions(questionnaire).items():
            floor[qid] = floor.get(qid) or label
    return floor


@dataclass(frozen=True, kw_only=True)
class JoinPlan:
    """What joining ``project`` means for this device, shown before the interviewer agrees."""

    project: ProjectBody
    verbatim: list[Question]
    """Questions whose answers leave the device as typed: not redacted, not generalised."""
    kept: list[Question]
    """Questions the project would export but this device's floor keeps sealed."""
    policy: ProjectPolicy
    already_joined: bool


def plan_join(workspace: Workspace, project: ProjectBody) -> JoinPlan:
    questionnaire = questionnaire_from_json(project.questionnaire)
    floor = identity_floor(workspace)
    verbatim, kept = [], []
    for section in questionnaire.sections:
        for q in section.questions:
            if section.sealed or q.sensitivity == "direct" or q.type == "note":
                continue
            if q.id in floor:
                kept.append(q)
            elif q.sensitivity == "none":
                verbatim.append(q)
    joined = workspace.store.project.body()
    return JoinPlan(
        project=project,
        verbatim=verbatim,
        kept=kept,
        policy=project.policy,
        already_joined=joined is not None,
    )
