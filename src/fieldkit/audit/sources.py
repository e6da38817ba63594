"""What an audit needs to know before it reads a bundle: keys, project, enrolled devices.

Two ways in.  On the coordinator's machine (or with its workspace and passphrase)
everything comes from the coordinator workspace: its age identity, its signed
project, its enrolled devices and pinned keys, and the records and bundles it
has merged.  An auditor elsewhere holds the coordinator's age identity (written
by ``fieldkit coordinator export-identity``), the project file (public) and,
if given, the enrolment codes of the devices: without them enrolment cannot be
checked, and the report says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fieldkit.bundle import coordinator_identities, coordinator_project, list_devices
from fieldkit.bundle.codes import format_code, parse_code
from fieldkit.bundle.project import ProjectBody, verify_project
from fieldkit.crypto import age_recipient_of
from fieldkit.errors import AuditError, CodeError, CryptoError
from fieldkit.questionnaire import Flow, questionnaire_from_json
from fieldkit.session import Workspace

__all__ = ["AuditInputs", "Enrolled", "coordinator_inputs", "identity_inputs", "read_identity"]


@dataclass(frozen=True)
class Enrolled:
    label: str
    public_key: str | None
    """Pinned by the first merged bundle; ``None`` before that (or unknown)."""


@dataclass(frozen=True, kw_only=True)
class AuditInputs:
    project: ProjectBody
    flow: Flow
    identities: list[str]
    devices: dict[str, Enrolled]
    """Fingerprint -> enrolled device."""
    enrolment_known: bool
    workspace: Workspace | None = None
    """The coordinator workspace, when the audit runs on it."""

    def code(self, fingerprint: str) -> str:
        return format_code(fingerprint)

    def label(self, fingerprint: str) -> str | None:
        device = self.devices.get(fingerprint)
        return device.label if device else None


def coordinator_inputs(workspace: Workspace) -> AuditInputs:
    """Everything from an unlocked coordinator workspace."""
    project = coordinator_project(workspace)
    devices = {d.fingerprint: Enrolled(d.label, d.public_key) for d in list_devices(workspace)}
    return AuditInputs(
        project=project,
        flow=workspace.flow(project.questionnaire_hash),
        identities=coordinator_identities(workspace),
        devices=devices,
        enrolment_known=True,
        workspace=workspace,
    )


def read_identity(path: Path) -> list[str]:
    """The age identities in an identity file (comments and blank lines skipped)."""
    try:
        text = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        raise AuditError("cannot read the identity file", where=str(path)) from None
    identities = [line.strip() for line in text.splitlines() if line.strip().startswith("AGE-")]
    if not identities:
        raise AuditError(
            "no age identity (AGE-SECRET-KEY-1...) in the file",
            where=str(path),
            hint="write one with 'fieldkit coordinator export-identity --out FILE'",
        )
    for identity in identities:
        try:
            age_recipient_of(identity)
        except CryptoError:
            raise AuditError(
                "the file holds something that is not an age identity", where=str(path)
            ) from None
    return identities


def identity_inputs(
    identities: list[str], project_file: Path, device_codes: Sequence[str]
) -> AuditInputs:
    """An auditor away from the coordinator: identity, project file, enrolment codes."""
    if not project_file.is_file():
        raise AuditError("project file not found", where=str(project_file))
    project = verify_project(project_file.read_bytes(), project_file.name)
    devices = {}
    for code in device_codes:
        # Old codes are taken too: one mistyped only fails the check closed (its device's
        # bundles show as not enrolled), it never vouches for another key.
        try:
            fingerprint = parse_code(code, legacy=True)
        except CodeError as error:
            raise AuditError(f"enrolment code '{code}': {error.message}", hint=error.hint) from None
        devices[fingerprint] = Enrolled(format_code(fingerprint), None)
    return AuditInputs(
        project=project,
        flow=Flow(questionnaire_from_json(project.questionnaire)),
        identities=identities,
        devices=devices,
        enrolment_known=bool(device_codes),
    )
