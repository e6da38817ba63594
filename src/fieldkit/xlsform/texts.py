"""Problems, notes and per-language texts shared by every step of the import.

``Report`` is the error catalog's collector: every step adds row-numbered
errors (what is wrong, where, how to fix) and notes (what was decided or
dropped) instead of stopping at the first, so a form author sees the whole
list at once.  Each line is a place and a catalog message (``catalog.py``), so the
same report reads in English or Korean.  ``Texts`` turns a row's ``label::Korean (ko)`` cells into
fieldkit's ``{"ko": ...}`` texts in the questionnaire's languages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire.messages import Message, Said, error_from
from fieldkit.xlsform.catalog import XMessage, x
from fieldkit.xlsform.columns import language_code, split_header
from fieldkit.xlsform.names import printable
from fieldkit.xlsform.workbook import Row, Workbook

__all__ = ["Joined", "Languages", "Line", "Report", "Texts", "row_place"]

MAX_REPORTED = 60

Where = Row | Message | None


def row_place(row: Row) -> XMessage:
    """``survey row 12`` / ``survey 시트 12행`` (a row number 0 is a missing sheet's)."""
    if not row.number:
        return x("xls.place.sheet", sheet=row.sheet)
    if row.sheet.lower().endswith(".csv"):  # a select_one_from_file list
        return x("xls.place.file_row", file=row.sheet, row=row.number)
    return x("xls.place.row", sheet=row.sheet, row=row.number)


@dataclass(frozen=True)
class Joined(XMessage):
    """Places or words joined with ", " in the reader's language."""

    parts: tuple[Message, ...] = ()

    def text(self, lang: str) -> str:
        return ", ".join(part.text(lang) for part in self.parts)


@dataclass(frozen=True)
class Line:
    """One error or note: where, what and how to fix, each rendered in either language."""

    place: Message | None
    what: Message
    hint: Message | None = None

    def text(self, lang: str = "en") -> str:
        """The line as one printable sentence (``place: what (hint)``)."""
        if self.place is None:
            return printable(self.what.text(lang))
        key = "xls.line.hint" if self.hint is not None else "xls.line"
        params = {"place": self.place, "what": self.what}
        return printable(XMessage(key, {**params, "hint": self.hint or ""}).text(lang))

    @property
    def code(self) -> str:
        """The kind: the catalog key of what is wrong (stable for scripts and tests)."""
        return self.what.kind


@dataclass
class Report:
    """Everything the import found, in sheet order; every line passes ``printable``."""

    error_lines: list[Line] = field(default_factory=list)
    note_lines: list[Line] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        return [line.text("en") for line in self.error_lines]

    @property
    def notes(self) -> list[str]:
        return [line.text("en") for line in self.note_lines]

    def error(
        self, where: Where, what: Message, hint: Message | None = None, column: str | None = None
    ) -> None:
        self.error_lines.append(Line(_place(where, column), what, hint))

    def note(self, where: Where, what: Message) -> None:
        self.note_lines.append(Line(_place(where, None), what))

    def raise_errors(self, book: str) -> None:
        """Raise one ``XLSFormError`` listing every error (in English and Korean), if any."""
        if not self.error_lines:
            return
        shown = self.error_lines[:MAX_REPORTED]
        more = len(self.error_lines) - len(shown)
        tail = [x("xls.more", more=more)] if more else []
        lines: list[Said] = [*shown, *tail]
        error = error_from(
            XLSFormError,
            lines[0],
            where=printable(book, 100),
            hint=x("xls.nothing_written"),
            details=lines[1:],
        )
        error.kinds = tuple(line.code for line in shown) + tuple(m.key for m in tail)
        raise error


def _place(where: Where, column: str | None) -> Message | None:
    place = row_place(where) if isinstance(where, Row) else where
    if column and place is not None:
        return x("xls.place.column", place=place, column=column)
    return place


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
                    x("xls.place.headers"),
                    x("xls.language.no_code", label=label),
                    x("xls.language.no_code.hint", label=label),
                )
                continue
            by_label[label] = code
            if code not in order:
                order.append(code)
        default = language_code(default_name) if default_name else None
        if default_name and default is None:
            report.error(
                x("xls.place.sheet", sheet="settings"),
                x("xls.default_language.no_code", name=default_name),
                x("xls.default_language.no_code.hint"),
                column="default_language",
            )
        if default is None:
            default = order[0] if order else "en"
            if not order:
                report.note(None, x("xls.language.none"))
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
    missing: dict[str, list[Message]] = field(default_factory=dict)
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
                place = x("xls.place.text", place=row_place(row), column=columns[0])
                self.missing.setdefault(code, []).append(place)
        return {code: found.get(code, fallback) for code in self.languages.codes}

    def report_missing(self, report: Report) -> None:
        for code, places in self.missing.items():
            shown: Message = Joined("xls.joined", parts=tuple(places[:8]))
            if len(places) > 8:
                shown = x("xls.word.and_more", shown=shown, more=len(places) - 8)
            default = self.languages.default
            count = len(places)
            what = x("xls.text.untranslated", count=count, code=code, default=default, shown=shown)
            report.note(None, what)
