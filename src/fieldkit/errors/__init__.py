"""One exception family for everything fieldkit reports to a person.

Every error says *where* the problem is (a file and line, a question id, an
interview) and, where there is one, *how to fix it*.  The CLI prints
``str(error)`` to stderr and exits 2; the app shows it in a modal.  Messages
never carry answer values: an error about a name field must not print the name.

Each class has a stable ``code`` so documentation, tests and support
conversations can refer to a kind of failure without quoting its text.

The family lives in four modules (split in round 30, review, to keep each under ~400 lines):
``base`` (the root, settings, output files), ``forms`` (questionnaires, answers, imports),
``workspace`` (the workspace, passphrases, keys) and ``export`` (redaction, bundles, projects,
audits, reports).  Import every class from here: ``from fieldkit.errors import BundleError``.
"""

from __future__ import annotations

from fieldkit.errors.base import ConfigError, FieldkitError, OutputFileError
from fieldkit.errors.export import (
    AuditError,
    BundleContentError,
    BundleDeclinedError,
    BundleError,
    BundleIntegrityError,
    BundleOriginError,
    BundleRecipientError,
    BundleReplayError,
    BundleRevisionError,
    CodeError,
    NotABundleError,
    NothingToExportError,
    ProjectError,
    RedactionError,
    ReportError,
)
from fieldkit.errors.forms import (
    AnswerError,
    ConsentRequiredError,
    ExpressionError,
    ImportFileError,
    QuestionnaireError,
    ReferenceCodeError,
    XLSFormError,
)
from fieldkit.errors.workspace import (
    CryptoError,
    EventLogError,
    PassphraseError,
    SchemaVersionError,
    StorageError,
    WorkspaceError,
    WrongPassphraseError,
)

__all__ = [
    "AnswerError",
    "AuditError",
    "BundleContentError",
    "BundleDeclinedError",
    "BundleError",
    "BundleIntegrityError",
    "BundleOriginError",
    "BundleRecipientError",
    "BundleReplayError",
    "BundleRevisionError",
    "CodeError",
    "ConfigError",
    "ConsentRequiredError",
    "CryptoError",
    "EventLogError",
    "ExpressionError",
    "FieldkitError",
    "ImportFileError",
    "NotABundleError",
    "NothingToExportError",
    "OutputFileError",
    "PassphraseError",
    "ProjectError",
    "QuestionnaireError",
    "RedactionError",
    "ReferenceCodeError",
    "ReportError",
    "SchemaVersionError",
    "StorageError",
    "WorkspaceError",
    "WrongPassphraseError",
    "XLSFormError",
]
