"""One exception family for everything fieldkit reports to a person.

Every error says *where* the problem is (a file and line, a question id, an
interview) and, where there is one, *how to fix it*.  The CLI prints
``str(error)`` to stderr and exits 2; the app shows it in a modal.  Messages
never carry answer values: an error about a name field must not print the name.

Each class has a stable ``code`` so documentation, tests and support
conversations can refer to a kind of failure without quoting its text.
"""

from __future__ import annotations

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


class FieldkitError(Exception):
    """Base of every error fieldkit raises on purpose.

    ``where`` locates the problem (``"survey.toml:12"``, ``"interview 3,
    question 'birth_year'"``); ``hint`` tells the person what to do next.
    """

    code = "FK000"
    title = "fieldkit error"

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        hint: str | None = None,
        details: list[str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.where = where
        self.hint = hint
        self.details: list[str] = details or []
        """Further problems of the same operation, one line each (e.g. every bad row)."""

    def __reduce__(self) -> tuple[object, ...]:
        """Keep ``where``, ``hint`` and ``details`` when an error crosses a process boundary
        (merge verifies bundles in worker processes)."""
        args = (type(self), self.message, self.where, self.hint, self.details)
        return (_rebuild, args, dict(self.__dict__))

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        if self.hint:
            text += f" ({self.hint})"
        return text


def _rebuild(
    cls: type[FieldkitError],
    message: str,
    where: str | None,
    hint: str | None,
    details: list[str],
) -> FieldkitError:
    error = cls.__new__(cls)
    FieldkitError.__init__(error, message, where=where, hint=hint, details=details)
    return error


class ConfigError(FieldkitError):
    """A setting or environment variable has a value fieldkit cannot use."""

    code = "FK010"
    title = "Configuration error"


class OutputFileError(FieldkitError):
    """A file a command was told to write cannot be written there: it exists (and the
    command does not overwrite without ``--force``), its folder is missing, or the system
    refused (permissions, a full disk).  Nothing was written."""

    code = "FK020"
    title = "File not written"


class QuestionnaireError(FieldkitError):
    """A questionnaire file is unreadable or breaks a rule of the format.

    The checker's reader may be a Korean coordinator: ``translations`` (and
    ``hint_translations``, ``detail_translations``) hold the message, hint and further
    problems in other languages, from the questionnaire checker's catalog
    (``fieldkit.questionnaire.catalog``), where the raise site has them.
    """

    code = "FK100"
    title = "Questionnaire error"

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        hint: str | None = None,
        details: list[str] | None = None,
        translations: dict[str, str] | None = None,
        hint_translations: dict[str, str] | None = None,
        detail_translations: dict[str, list[str]] | None = None,
    ) -> None:
        super().__init__(message, where=where, hint=hint, details=details)
        self.translations: dict[str, str] = translations or {}
        self.hint_translations: dict[str, str] = hint_translations or {}
        self.detail_translations: dict[str, list[str]] = detail_translations or {}


class ExpressionError(QuestionnaireError):
    """A ``relevant`` or ``constraint`` expression does not parse or refers to nothing."""

    code = "FK110"
    title = "Expression error"


class XLSFormError(QuestionnaireError):
    """An XLSForm workbook cannot be read or holds something fieldkit cannot run.

    ``details`` lists every further problem, one per sheet row, so a form
    author can fix the whole workbook in one pass; nothing is written.
    """

    code = "FK120"
    title = "XLSForm not imported"


class AnswerError(FieldkitError):
    """An answer does not fit its question (type, bounds, constraint, relevance).

    The interviewer reads these while typing, in English or Korean: ``translations``
    holds the message in other languages and ``localized(lang)`` picks one.
    """

    code = "FK200"
    title = "Answer not accepted"

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        hint: str | None = None,
        translations: dict[str, str] | None = None,
        hint_translations: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message, where=where, hint=hint)
        self.translations: dict[str, str] = translations or {}
        self.hint_translations: dict[str, str] = hint_translations or {}
        """The hint in other languages, where the raise site has one (a refused close)."""

    def localized(self, lang: str) -> str:
        """The message in ``lang`` when there is one, else the English message."""
        return self.translations.get(lang, self.message)


class ConsentRequiredError(AnswerError):
    """Something other than consent was answered before consent was recorded."""

    code = "FK210"
    title = "Consent first"


class ReferenceCodeError(AnswerError):
    """A new interview's reference code looks like it names, places or reaches someone.

    The code is shown on the interview list and in the app's header, where anyone beside
    the laptop can read it; who the woman is belongs in the sealed identity section only.
    """

    code = "FK220"
    title = "Reference code not accepted"


class ImportFileError(FieldkitError):
    """A file of interviews to import is malformed; nothing was imported."""

    code = "FK300"
    title = "Import failed"


class WorkspaceError(FieldkitError):
    """The workspace is missing, already exists, or cannot be opened."""

    code = "FK400"
    title = "Workspace error"


class WrongPassphraseError(WorkspaceError):
    """The passphrase does not unlock this workspace.

    A wiped workspace gives the same answer to every passphrase, the right one
    included.  ``remaining_tries`` is set only when the workspace's policy shows
    how many tries are left before it wipes itself."""

    code = "FK410"
    title = "Wrong passphrase"
    remaining_tries: int | None = None


class PassphraseError(WorkspaceError):
    """A new passphrase was refused (too weak, or the two entries differ).

    People read these while choosing a passphrase, in English or Korean: ``translations``
    holds ``(message, hint)`` per other language and ``localized(lang)`` picks one."""

    code = "FK420"
    title = "Passphrase refused"

    def __init__(
        self,
        message: str,
        *,
        where: str | None = None,
        hint: str | None = None,
        translations: dict[str, tuple[str, str | None]] | None = None,
    ) -> None:
        super().__init__(message, where=where, hint=hint)
        self.translations: dict[str, tuple[str, str | None]] = translations or {}

    def localized(self, lang: str) -> str:
        """Message and hint in ``lang`` when there is a translation, else in English."""
        message, hint = self.translations.get(lang, (self.message, self.hint))
        return f"{message} — {hint}" if hint else message


class SchemaVersionError(WorkspaceError):
    """The workspace was written by a newer fieldkit than this one."""

    code = "FK430"
    title = "Workspace from a newer version"


class StorageError(WorkspaceError):
    """Writing to the encrypted database failed (disk full, read-only, locked)."""

    code = "FK440"
    title = "Could not save"


class EventLogError(WorkspaceError):
    """The hash-chained event log has a missing or altered entry."""

    code = "FK450"
    title = "Event log broken"


class CryptoError(FieldkitError):
    """A key or recipient could not be parsed, generated or used."""

    code = "FK500"
    title = "Key error"


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
