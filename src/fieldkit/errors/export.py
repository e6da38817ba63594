"""Errors of getting data out and checking it: redaction, export bundles (written, read,
merged), project files and key codes, audits and the coordinator's reports.

Split out of ``fieldkit/errors.py`` (round 30, review); import every class from
``fieldkit.errors``.
"""

from __future__ import annotations

from fieldkit.errors.base import FieldkitError

__all__ = [
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
    "NotABundleError",
    "NothingToExportError",
    "ProjectError",
    "RedactionError",
    "ReportError",
]


class RedactionError(FieldkitError):
    """Redaction could not run or could not be completed; nothing was exported."""

    code = "FK600"
    title = "Redaction error"


class BundleError(FieldkitError):
    """An export bundle could not be written, read or accepted."""

    code = "FK700"
    title = "Bundle error"


class NothingToExportError(BundleError):
    """No interview of the project can be exported at all, even with ``--all``: every one
    was declined, or declined after an earlier export (her consent withdrawn).  Said as
    such, with both counts (``declined``, ``withdrawn``), so the interviewer does not look
    for a change she forgot to make; nothing was written."""

    code = "FK701"
    title = "Nothing to export"

    def __init__(
        self,
        message: str,
        *,
        declined: int = 0,
        withdrawn: int = 0,
        where: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, where=where, hint=hint)
        self.declined = declined
        self.withdrawn = withdrawn


class NotABundleError(BundleError):
    """The file is not an age file at all, so it cannot be a fieldkit bundle."""

    code = "FK710"
    title = "Not a bundle"


class BundleRecipientError(BundleError):
    """The bundle is not encrypted to this coordinator's identity (or its header
    stanza for this identity is damaged; the two cannot be told apart)."""

    code = "FK720"
    title = "Wrong recipient"


class BundleIntegrityError(BundleError):
    """A bundle failed an integrity check: decryption, framing, manifest, signature
    or record digests.  Opaque within a stage: it names the stage, never the byte."""

    code = "FK730"
    title = "Bundle damaged or tampered with"


class BundleOriginError(BundleError):
    """The bundle is authentic but not for this workspace: another project, another
    questionnaire, or a device that was never enrolled."""

    code = "FK740"
    title = "Bundle from elsewhere"


class BundleReplayError(BundleError):
    """The bundle was merged before, or does not follow the device's previous bundle."""

    code = "FK750"
    title = "Bundle replayed"


class BundleRevisionError(BundleError):
    """A record is older than the stored one, or belongs to another device."""

    code = "FK760"
    title = "Older revision"


class BundleContentError(BundleError):
    """A signed record does not fit the project's questionnaire."""

    code = "FK770"
    title = "Invalid record"


class BundleDeclinedError(BundleContentError):
    """A signed record is an interview in which she declined consent: written by an older
    fieldkit (which exported declined interviews) or edited before it was signed.  It must
    never reach the coordinator's data, so its bundle is refused whole, like any bundle with
    a refused record.  ``record`` is the record's short reference (its id's first 8 hex
    digits), for the message in either language."""

    code = "FK771"
    title = "Declined interview in a bundle"

    def __init__(
        self,
        message: str,
        *,
        record: str | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, where=where, hint=hint)
        self.record = record


class ProjectError(BundleError):
    """A project file is invalid, or the workspace has not joined or enrolled."""

    code = "FK790"
    title = "Project error"


class CodeError(ProjectError):
    """A key code a person typed is malformed, fails a group's check character, or belongs
    to another key.  ``problem`` (``missing``, ``groups``, ``length``, ``check``,
    ``character``, ``legacy``, ``mismatch``) and ``group`` (1-5) let a screen say it in the
    reader's language."""

    code = "FK791"
    title = "Code not accepted"

    def __init__(
        self,
        message: str,
        *,
        problem: str,
        group: int | None = None,
        where: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message, where=where, hint=hint)
        self.problem = problem
        self.group = group


class AuditError(FieldkitError):
    """An audit could not be run: no input, an unreadable identity or project file,
    an unknown quasi-identifier.  Findings are not errors: they go in the report."""

    code = "FK800"
    title = "Audit error"


class ReportError(FieldkitError):
    """The coordinator's report or data export cannot be made as asked: an unknown
    question in --where or --by, a file that exists without --force, a format whose
    package is not installed."""

    code = "FK900"
    title = "Report error"
