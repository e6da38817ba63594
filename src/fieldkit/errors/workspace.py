"""Errors of the encrypted workspace and its keys: opening it, passphrases, saving, the event
log, keys and recipients.

Split out of ``fieldkit/errors.py`` (round 30, review); import every class from
``fieldkit.errors``.
"""

from __future__ import annotations

from fieldkit.errors.base import FieldkitError

__all__ = [
    "CryptoError",
    "EventLogError",
    "PassphraseError",
    "SchemaVersionError",
    "StorageError",
    "WorkspaceError",
    "WrongPassphraseError",
]


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
