"""The service layer the app and the command line call: workspaces and interviews.

No Textual, no click: plain functions and classes that raise the fieldkit error
family.  ``fieldkit.bundle`` (projects, export, merge), ``fieldkit.report`` (the
coordinator's report and data export) and ``fieldkit.audit`` are the other
services.  The interfaces never import ``fieldkit.store``: what they need of it
(``Clock``, ``Policy``, ``KeyNotice``, ``DuressState``) is re-exported here.
"""

from fieldkit.session.importer import (
    ImportResult,
    destroy_import_file,
    import_interviews,
    import_interviews_from_bytes,
)
from fieldkit.session.interview import InterviewSession, split_terms
from fieldkit.session.passphrase import check_new_passphrase
from fieldkit.session.workspace import (
    InterviewSummary,
    Workspace,
    create_workspace,
    stored_questionnaire,
    unlock_workspace,
)
from fieldkit.store import Clock, DuressState, KeyNotice, Policy

__all__ = [
    "Clock",
    "DuressState",
    "ImportResult",
    "InterviewSession",
    "InterviewSummary",
    "KeyNotice",
    "Policy",
    "Workspace",
    "check_new_passphrase",
    "create_workspace",
    "destroy_import_file",
    "import_interviews",
    "import_interviews_from_bytes",
    "split_terms",
    "stored_questionnaire",
    "unlock_workspace",
]
