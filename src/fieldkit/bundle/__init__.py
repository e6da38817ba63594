"""The bundle service: how interviews travel from the devices to the coordinator.

Two wings, beside ``fieldkit.session``:

- the wire format: ``codec`` (canonical JSON, base64, fingerprints), ``codes``
  (fingerprints as people read them, with check characters), ``types``
  (shared field types), ``manifest`` (the body and its manifest), ``project``
  (the signed project file), ``verify`` (stages 1-9 of opening a bundle);
- the flows: ``coordinator`` (create a project, enrol devices), ``trust`` (the
  key code and the identity floor a device checks before it joins), ``device``
  (join, the device key), ``export`` (anonymise, redact, sign, seal), ``merge``
  and ``parallel`` (verify and apply bundles).

``export_bundle`` is imported from ``fieldkit.bundle.export`` rather than from
here: it brings the redaction engine, which the other flows (and the commands
that run them) do not need.  What is made from merged records (the report, the
data export) is ``fieldkit.report``.  Headless: no Textual, no Rich, no click.  The format is
specified in ``docs/spec/bundle-v1.md`` and documented field by field in
``docs/bundle-format.md``.
"""

from fieldkit.bundle.coordinator import (
    coordinator_identities,
    coordinator_project,
    enroll_device,
    init_coordinator,
    list_devices,
    project_file_bytes,
)
from fieldkit.bundle.device import device_code, join_project, joined_project
from fieldkit.bundle.merge import MergeOutcome, MergeSummary, merge_bundle, merge_bundles
from fieldkit.bundle.project import ProjectBody, ProjectPolicy, read_project_file, verify_project

__all__ = [
    "MergeOutcome",
    "MergeSummary",
    "ProjectBody",
    "ProjectPolicy",
    "coordinator_identities",
    "coordinator_project",
    "device_code",
    "enroll_device",
    "init_coordinator",
    "join_project",
    "joined_project",
    "list_devices",
    "merge_bundle",
    "merge_bundles",
    "project_file_bytes",
    "read_project_file",
    "verify_project",
]
