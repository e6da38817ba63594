"""Errors in what people write or type: a questionnaire, an XLSForm, an answer, a file of
interviews to import.

Split out of ``fieldkit/errors.py`` (round 30, review); import every class from
``fieldkit.errors``.
"""

from __future__ import annotations

from fieldkit.errors.base import FieldkitError

__all__ = [
    "AnswerError",
    "ConsentRequiredError",
    "ExpressionError",
    "ImportFileError",
    "QuestionnaireError",
    "ReferenceCodeError",
    "XLSFormError",
]


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
    kinds: tuple[str, ...] = ()
    """The kind (catalog key, ``fieldkit.xlsform.catalog``) of the message and of each
    detail, in order, where the import knows them: stable for scripts and tests."""


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
