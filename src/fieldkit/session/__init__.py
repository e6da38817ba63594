"""The service layer the app and the command line call: workspaces and interviews.

No Textual, no click: plain functions and classes that raise the fieldkit error
family.  ``fieldkit.bundle`` is the other service (export, merge, audit).
"""

from fieldkit.session.importer import ImportResult, import_interviews
from fieldkit.session.interview import InterviewSession, split_terms
from fieldkit.session.passphrase import check_new_passphrase
from fieldkit.session.workspace import (
    InterviewSummary,
    Workspace,
    create_workspace,
    unlock_workspace,
)

__all__ = [
    "ImportResult",
    "InterviewSession",
    "InterviewSummary",
    "Workspace",
    "check_new_passphrase",
    "create_workspace",
    "import_interviews",
    "split_terms",
    "unlock_workspace",
]
