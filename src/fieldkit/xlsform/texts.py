"""Problems, notes and per-language texts shared by every step of the import.

``Report`` is the error catalog's collector: every step adds row-numbered
errors (what is wrong, where, how to fix) and notes (what was decided or
dropped) instead of stopping at the first, so a form author sees the whole
list at once.  ``Texts`` turns a row's ``label::Korean (ko)`` cells into
fieldkit's ``{"ko": ...}`` texts in the questionnaire's languages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fieldkit.errors import XLSFormError
from fieldkit.xlsform.columns import language_code, split_header
from fieldkit.xlsform.names import printable
from fieldkit.xlsform.workbook import Row, Workbook

__all__ = ["Languages", "Report", "Texts"]

MAX_REPORTED = 60


@dataclass
class Report:
    """Everything the import found, in sheet order; every line passes ``printable``."""

    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def error(
        self, where: Row | str, message: str, hint: str | None = None, column: str | None = None
    ) -> None:
        place = where.where if isinstance(where, Row) else where
        if column:
            place += f", column '{column}'"
        self.errors.append(printable(f"{place}: {message}" + (f" ({hint})" if hint else "")))

    def note(self, where: Row | str | None, message: str) -> None:
        place = where.where if isinstance(where, Row) else where
        self.notes.append(printable(f"{place}: {message}" if place else message))

    def raise_errors(self, book: str) -> None:
        """Raise one ``XLSFormError`` listing every error, if there are any."""
        if not self.errors:
            return
        shown = self.errors[:MAX_REPORTED]
        more = len(self.errors) - len(shown)
        raise XLSFormError(
            shown[0],
            where=printable(book, 100),
            details=shown[1:] + ([f"... and {more} more"] if more else []),
            hint="nothing was written; fix the workbook and import it again",
        )


@dataclass(frozen=True)
class Languages:
    """The questionnaire's languages, the default first, and how headers name them."""

    codes: list[str]
    by_label: dict[str | None, str]
    """Language part of a header as written (None: no language) -> code."""

    @property
    def default(self) -> str:
        return self.codes[0]

    @classmethod
    def resolve(cls, book: Workbook, default_name: str, report: Report) -> Languages:
        """From every ``column::Language (code)`` header and the ``default_language`` setting."""
        by_label: dict[str | None, str] = {}
        order: list[str] = []
        for label in _language_labels(book):
            code = language_code(label)
            if code is None:
                report.error(
                    "column headers",
                    f"the language '{label}' in a column header has no language code",
                    f"write it as '{label} (xx)' with its two-letter code, e.g. 'Korean (ko)'",
                )
                continue
            by_label[label] = code
            if code not in order:
                order.append(code)
        default = language_code(default_name) if default_name else None
        if default_name and default is None:
            report.error(
                "settings sheet",
                f"default_language '{default_name}' has no language code",
                "write it as e.g. 'English (en)'",
                column="default_language",
            )
        if default is None:
            default = order[0] if order else "en"
            if not order:
                report.note(None, "no language given: texts are taken as English (en)")
        by_label[None] = default
        codes = [default, *[c for c in order if c != default]]
        return cls(codes, by_label)


def _language_labels(book: Workbook) -> Iterable[str]:
    seen: list[str] = []
    for sheet in book.sheets.values():
        for header in sheet.columns:
            _, label = split_header(header)
            if label is not None and label not in seen:
                seen.append(label)
    return seen


@dataclass
class Texts:
    """Reads per-language texts from rows and remembers which translations were missing."""

    languages: Languages
    missing: dict[str, list[str]] = field(default_factory=dict)
    """Language code -> places where its text was missing and the default's was used."""

    def text(self, row: Row, *columns: str) -> dict[str, str] | None:
        """``{code: text}`` in every language, merged over ``columns`` (earlier ones win)."""
        found: dict[str, str] = {}
        for column in columns:
            in_column: dict[str, str] = {}
            for label, text in row.texts.get(column, {}).items():
                code = self.languages.by_label.get(label)
                if code is not None and (code not in in_column or label is not None):
                    in_column[code] = text
            for code, text in in_column.items():
                found.setdefault(code, text)
        if not found:
            return None
        fallback = found.get(self.languages.default) or next(iter(found.values()))
        for code in self.languages.codes:
            if code not in found:
                self.missing.setdefault(code, []).append(f"{row.where} {columns[0]}")
        return {code: found.get(code, fallback) for code in self.languages.codes}

    def report_missing(self, report: Report) -> None:
        for code, places in self.missing.items():
            shown = ", ".join(places[:8]) + (
                f" and {len(places) - 8} more" if len(places) > 8 else ""
            )
            report.note(
                None,
                f"{len(places)} text(s) have no '{code}' translation; the "
                f"{self.languages.default} text is used instead ({shown})",
            )
