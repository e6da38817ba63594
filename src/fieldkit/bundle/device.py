"""An interviewer's device joining a project, and its signing key.

Joining stores the verified project body, makes the project's questionnaire
the active one, and creates the device's Ed25519 key inside the encrypted
database (it never leaves it).  The enrolment code is the key's fingerprint:
the interviewer reads it to the coordinator, who types it into
``fieldkit coordinator enroll``.
"""

from __future__ import annotations

from fieldkit.bundle.codec import DEVICE_KEY_LABEL, fingerprint, format_code
from fieldkit.bundle.project import ProjectBody, project_from_meta
from fieldkit.crypto import SigningKey
from fieldkit.errors import ProjectError, WorkspaceError
from fieldkit.questionnaire import questionnaire_from_json
from fieldkit.session import Workspace
from fieldkit.store import Policy

__all__ = ["device_code", "device_key", "join_project", "joined_project"]

DEVICE_KEY = "device_signing_key"
PROJECT_META = "project"


def join_project(workspace: Workspace, project: ProjectBody) -> str:
    """Join ``project`` (idempotent for the same project); returns the enrolment code."""
    store = workspace.store
    if store.kind != "interviewer":
        raise WorkspaceError("only an interviewer workspace can join a project")
    current = store.get_meta(PROJECT_META)
    if current is not None:
        joined = project_from_meta(current)
        if joined.project_id != project.project_id:
            raise ProjectError(
                f"this workspace already belongs to project '{joined.name}'",
                hint="use a separate workspace (--workspace DIR) for another project",
            )
        return device_code(workspace)
    questionnaire = questionnaire_from_json(project.questionnaire)
    with store.db.atomic():
        workspace.use_questionnaire(questionnaire)
        _apply_lock_policy(workspace, project)
        store.set_meta(PROJECT_META, project.model_dump_json())
        store.set_secret(DEVICE_KEY, SigningKey.generate().private)
        store.log("project_joined", payload={"project_id": project.project_id})
    return device_code(workspace)


def _apply_lock_policy(workspace: Workspace, project: ProjectBody) -> None:
    """The project's lock settings, where it sets them, become this device's."""
    rules, current = project.policy, workspace.store.policy
    if rules.lock_after_minutes is None and rules.wipe_after_failures is None:
        return
    workspace.set_policy(
        Policy(
            lock_after_minutes=rules.lock_after_minutes or current.lock_after_minutes,
            wipe_after_failures=rules.wipe_after_failures or current.wipe_after_failures,
        )
    )


def joined_project(workspace: Workspace) -> ProjectBody:
    text = workspace.store.get_meta(PROJECT_META)
    if text is None or workspace.store.kind != "interviewer":
        raise ProjectError(
            "this workspace has not joined a project",
            hint="run 'fieldkit join PROJECT_FILE' with the file from your coordinator",
        )
    return project_from_meta(text)


def device_key(workspace: Workspace) -> SigningKey:
    joined_project(workspace)
    return SigningKey(workspace.store.secret(DEVICE_KEY))


def device_code(workspace: Workspace) -> str:
    """The enrolment code: this device's key fingerprint, in groups of five."""
    return format_code(fingerprint(DEVICE_KEY_LABEL, device_key(workspace).public))
