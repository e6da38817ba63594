"""The coordinator's workspace: create a project, enrol devices, hold the keys.

A coordinator workspace is an ordinary encrypted workspace of kind
``coordinator``.  Its secrets are the age identity bundles are encrypted to and
the Ed25519 key that signs the project file; its ``meta`` holds the signed
project body.  Enrolling records a device's fingerprint (read aloud from the
interviewer's screen); the full public key is pinned by the first bundle that
device sends.
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.bundle.codec import b64encode
from fieldkit.bundle.codes import format_code, parse_code
from fieldkit.bundle.project import (
    ProjectBody,
    ProjectPolicy,
    is_recipient,
    project_from_meta,
    sign_project,
)
from fieldkit.crypto import SigningKey, generate_age_identity, new_secret
from fieldkit.errors import ProjectError, WorkspaceError
from fieldkit.questionnaire import Questionnaire, questionnaire_hash, questionnaire_to_json
from fieldkit.session import Workspace, create_workspace
from fieldkit.store import Clock, Device

__all__ = [
    "Device",
    "coordinator_identities",
    "coordinator_project",
    "enroll_device",
    "init_coordinator",
    "list_devices",
    "project_file_bytes",
]


MAX_NAME = 100
"""The project file's limit on the name (``ProjectBody.name``)."""
MAX_BACKUPS = 3
"""The project file holds at most four recipients: the coordinator and three backups."""


def init_coordinator(
    directory: Path,
    passphrase: str,
    *,
    name: str,
    confirmation: str | None = None,
    questionnaire: Questionnaire | None = None,
    backup_recipients: list[str] | None = None,
    policy: ProjectPolicy | None = None,
    clock: Clock | None = None,
) -> Workspace:
    """A new coordinator workspace with its keys and signed project.

    Everything a person typed is checked before the workspace is made, so that a refusal
    leaves nothing half created for the next attempt to trip on."""
    backups = [r.strip() for r in backup_recipients or []]
    if not 0 < len(name.strip()) <= MAX_NAME:
        raise ProjectError(
            f"the project name must be 1 to {MAX_NAME} characters",
            hint='e.g. --name "Lives for Sale 2026"',
        )
    if len(backups) > MAX_BACKUPS:
        raise ProjectError(
            f"at most {MAX_BACKUPS} backup recipients (got {len(backups)})",
            hint="give --backup-recipient once per backup key, up to three",
        )
    for recipient in backups:
        if not is_recipient(recipient):
            raise ProjectError(
                "a backup recipient must be an age X25519 recipient (age1...)",
                hint="generate one on the offline machine with 'age-keygen'",
            )
    workspace = create_workspace(
        directory,
        passphrase,
        confirmation=confirmation,
        questionnaire=questionnaire,
        kind="coordinator",
        clock=clock,
    )
    try:
        _make_project(workspace, name, backups, policy or ProjectPolicy())
    except BaseException:
        workspace.close()
        raise
    return workspace


def _make_project(
    workspace: Workspace, name: str, backups: list[str], policy: ProjectPolicy
) -> None:
    identity, recipient = generate_age_identity()
    signing = SigningKey.generate()
    qn = workspace.questionnaire
    body = ProjectBody(
        project_id=new_secret(16).hex(),
        name=name.strip(),
        coordinator_key=b64encode(signing.public),
        recipients=[recipient, *backups],
        questionnaire=questionnaire_to_json(qn),
        questionnaire_hash=questionnaire_hash(qn),
        policy=policy,
    )
    workspace.store.project.create(
        body.model_dump_json(),
        project_id=body.project_id,
        recipients=len(body.recipients),
        age_identity=identity,
        signing_key=signing.private,
    )


def _require_coordinator(workspace: Workspace) -> None:
    if workspace.kind != "coordinator" or workspace.store.project.body() is None:
        raise WorkspaceError(
            "this is not a coordinator workspace",
            where=str(workspace.directory),
            hint="create one with 'fieldkit coordinator init', or pass --coordinator DIR",
        )


def coordinator_project(workspace: Workspace) -> ProjectBody:
    _require_coordinator(workspace)
    return project_from_meta(workspace.store.project.body() or "")


def project_file_bytes(workspace: Workspace) -> bytes:
    """The signed project file (Ed25519 is deterministic: always the same bytes)."""
    body = coordinator_project(workspace)
    return sign_project(body, SigningKey(workspace.store.keys.coordinator_signing_key()))


def coordinator_identities(workspace: Workspace) -> list[str]:
    """The age identities bundles are decrypted with."""
    _require_coordinator(workspace)
    return [workspace.store.keys.age_identity()]


def enroll_device(workspace: Workspace, code: str, label: str, *, legacy: bool = False) -> Device:
    """Register a device by the enrolment code its screen shows.

    A typo is refused here, naming the group (each group has a check character).  An old
    code from fieldkit 0.1 has none, so it is taken only with ``legacy=True``: the person
    asked for it after reading the code back."""
    _require_coordinator(workspace)
    fp = parse_code(code, legacy=legacy)
    label = label.strip()
    if not 0 < len(label) <= 60:
        raise ProjectError("the device name must be 1-60 characters")
    return workspace.store.devices.enroll(fp, label, code=format_code(fp))


def list_devices(workspace: Workspace) -> list[Device]:
    _require_coordinator(workspace)
    return workspace.store.devices.all()
