"""An interviewer's device joining a project, and its signing key.

Joining needs the coordinator's key code first (``trust.check_coordinator_code``:
nothing is written for a file signed by another key).  It then stores the
verified project body, makes the project's questionnaire the active one, and
creates the device's Ed25519 key inside the encrypted database (it never leaves
it).  The enrolment code is the key's fingerprint as a code
(``fieldkit.bundle.codes``): the interviewer reads it to the coordinator, who
types it into ``fieldkit coordinator enroll``.
"""

from __future__ import annotations

from fieldkit.bundle.codec import DEVICE_KEY_LABEL, fingerprint
from fieldkit.bundle.codes import format_code
from fieldkit.bundle.project import ProjectBody, project_from_meta
from fieldkit.bundle.trust import check_coordinator_code
from fieldkit.crypto import SigningKey
from fieldkit.errors import ProjectError, WorkspaceError
from fieldkit.questionnaire import questionnaire_from_json
from fieldkit.session import Workspace, stored_questionnaire
from fieldkit.store import Policy

__all__ = ["device_code", "device_key", "join_project", "joined_project"]


def join_project(workspace: Workspace, project: ProjectBody, *, code: str | None) -> str:
    """Join ``project`` once ``code`` proves its key (idempotent for the same project);
    returns the enrolment code."""
    check_coordinator_code(project, code)
    store = workspace.store
    if store.kind != "interviewer":
        raise WorkspaceError("only an interviewer workspace can join a project")
    current = store.project.body()
    if current is not None:
        joined = project_from_meta(current)
        if joined.project_id != project.project_id:
            raise ProjectError(
                f"this workspace already belongs to project '{joined.name}'",
                hint="use a separate workspace (--workspace DIR) for another project",
            )
        return device_code(workspace)
    store.project.join(
        project.model_dump_json(),
        project_id=project.project_id,
        questionnaire=stored_questionnaire(questionnaire_from_json(project.questionnaire)),
        policy=_lock_policy(workspace, project),
        signing_key=SigningKey.generate().private,
    )
    return device_code(workspace)


def _lock_policy(workspace: Workspace, project: ProjectBody) -> Policy | None:
    """The project's lock settings, where it sets them, become this device's."""
    rules, current = project.policy, workspace.policy
    if rules.lock_after_minutes is None and rules.wipe_after_failures is None:
        return None
    return Policy(
        lock_after_minutes=rules.lock_after_minutes or current.lock_after_minutes,
        wipe_after_failures=rules.wipe_after_failures or current.wipe_after_failures,
        show_remaining_tries=current.show_remaining_tries,
    )


def joined_project(workspace: Workspace) -> ProjectBody:
    text = workspace.store.project.body()
    if text is None or workspace.store.kind != "interviewer":
        raise ProjectError(
            "this workspace has not joined a project",
            hint="run 'fieldkit join PROJECT_FILE --code CODE' with the file and the key code "
            "from your coordinator",
        )
    return project_from_meta(text)


def device_key(workspace: Workspace) -> SigningKey:
    joined_project(workspace)
    return SigningKey(workspace.store.keys.device_signing_key())


def device_code(workspace: Workspace) -> str:
    """The enrolment code: this device's key fingerprint, five groups with check characters."""
    return format_code(fingerprint(DEVICE_KEY_LABEL, device_key(workspace).public))
