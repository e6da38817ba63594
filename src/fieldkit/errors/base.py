"""The family's root, ``FieldkitError``, and the errors any command can raise (a setting,
an output file).

Split out of ``fieldkit/errors.py`` (round 30, review) so each module of the family stays
under ~400 lines; import every class from ``fieldkit.errors``.
"""

from __future__ import annotations

__all__ = ["ConfigError", "FieldkitError", "OutputFileError"]


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
