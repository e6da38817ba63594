"""The survey sheet -> fieldkit sections and questions (the "normalise" step).

Two passes: the first maps every XLSForm name to a fieldkit id (so
expressions can refer to later questions), the second walks the rows with a
stack of open groups.  A top-level group becomes a section; questions outside
any group form sections of their own; a group inside a group is flattened into
its section, its skip logic added to each of its questions.  Every row that
fieldkit cannot represent is reported by number; nothing is dropped silently.
"""

from __future__ import annotations

from typing import Any

from fieldkit.xlsform.catalog import x
from fieldkit.xlsform.choices import ChoiceLists
from fieldkit.xlsform.expressions import conjoin
from fieldkit.xlsform.extras import read_extras, read_flag
from fieldkit.xlsform.names import identifier
from fieldkit.xlsform.question_rows import Frame, RowReader, Survey
from fieldkit.xlsform.refusals import refuse_columns, unknown_columns
from fieldkit.xlsform.texts import Report, Texts
from fieldkit.xlsform.types import RowType, classify
from fieldkit.xlsform.workbook import Row, Sheet

__all__ = ["Survey", "read_survey"]


def read_survey(
    sheet: Sheet, texts: Texts, lists: ChoiceLists, title: dict[str, str], report: Report
) -> Survey:
    """Sections and questions of ``sheet``; problems go to ``report``."""
    return _Reader(sheet, texts, lists, title, report).run()


class _Reader(RowReader):
    """Pass 1 names every row; pass 2 opens and closes groups and repeats into sections."""

    def run(self) -> Survey:
        unknown_columns(self.sheet, self.report)
        for row in self.sheet.rows:
            self._name(row)
        handlers = {
            "begin": self._begin,
            "end": self._end,
            "question": self._question,
            "metadata": self._refuse,
            "unsupported": self._refuse,
            "unknown": self._refuse,
        }
        for row in self.sheet.rows:
            row_type = self.types.get(row.number)
            if row_type is not None:
                refuse_columns(row, row_type, self.report, self.ignored)
                handlers[row_type.kind](row, row_type)
        for frame in self.stack:
            kind = "repeat" if frame.repeat else "group"
            self.report.error(
                x("xls.place.row", sheet="survey", row=frame.row),
                x("xls.never_closed", kind=x(f"xls.word.{kind}"), id=frame.id),
                x("xls.never_closed.hint", end=f"end_{kind}"),
            )
        self.ignored.report(self.report)
        return self.out

    # --- pass 1: names ----------------------------------------------------

    def _name(self, row: Row) -> None:
        if not row.get("type"):
            self.report.error(row, x("xls.row.no_type"), x("xls.row.no_type.hint"))
            return
        row_type = classify(row.get("type"))
        self.types[row.number] = row_type
        name = row.get("name")
        if row_type.kind == "metadata":
            self.skipped.add(name)
        if row_type.kind not in ("begin", "question"):
            return
        if not name:
            self.report.error(row, x("xls.row.no_name", type=row_type.xls), x("xls.fill_name"))
            return
        ident = identifier(name)
        clash = next((n for n, i in self.names.items() if i == ident), None)
        if clash is not None:
            self.report.error(
                row,
                x(
                    "xls.name.taken" if clash == name else "xls.name.taken_as",
                    name=name,
                    row=self.out.rows[ident],
                    clash=clash,
                ),
                x("xls.name.taken.hint"),
            )
            return
        if ident != name:
            self.report.note(row, x("xls.name.renamed", name=name, id=ident))
        self.names[name] = ident
        self.out.rows[ident] = row.number

    # --- pass 2: structure ------------------------------------------------

    def _begin(self, row: Row, row_type: RowType) -> None:
        ident = self.names.get(row.get("name"), "")
        relevant = self._expression(row, "relevant")
        sealed = read_flag(row, "fieldkit::sealed", self.report)
        if row_type.xls == "begin_repeat":
            self._begin_repeat(row, ident, relevant, sealed)
            return
        title = self.texts.text(row, "label")
        if not self.stack and ident:
            self._start_section(row, ident, relevant, sealed)
            self.owner = 0
        elif self.stack:
            inside = self.stack[self.owner or 0]
            kind = x("xls.word.repeat" if inside.repeat else "xls.word.group")
            what = x("xls.group.flattened", id=ident, kind=kind, outer=inside.id)
            self.report.note(row, what)
            if sealed:
                self.report.error(row, x("xls.sealed.not_top"), column="fieldkit::sealed")
        self.stack.append(Frame(ident, row.number, relevant, title=title, sealed=sealed))

    def _begin_repeat(self, row: Row, ident: str, relevant: str | None, sealed: bool) -> None:
        outer = next((f for f in self.stack if f.repeat), None)
        if outer is not None:
            self.report.error(
                row,
                x("xls.repeat.nested", id=ident, outer=outer.id),
                x("xls.repeat.nested.hint", outer=outer.id),
                column="type",
            )
            self.stack.append(Frame(ident, row.number, relevant, repeat=True))
            return
        if sealed:
            self.report.error(row, x("xls.repeat.sealed"), column="fieldkit::sealed")
        if self.stack:
            self.report.note(row, x("xls.repeat.in_group", id=ident, group=self.stack[0].id))
        around = [f.relevant for f in self.stack if f.relevant]
        self._start_section(row, ident, conjoin([*around, *([relevant] if relevant else [])]))
        if self.current is not None:
            self.current["repeat"] = self._repeat_rule(row)
        self.stack.append(Frame(ident, row.number, relevant, repeat=True))
        self.owner = len(self.stack) - 1

    def _repeat_rule(self, row: Row) -> dict[str, Any]:
        rule: dict[str, Any] = {}
        count = self._expression(row, "repeat_count")
        if count:
            rule["repeat_count"] = count
        for column, key in (("fieldkit::repeat_min", "min"), ("fieldkit::repeat_max", "max")):
            cell = row.get(column)
            if cell and not cell.isdigit():
                self.report.error(row, x("xls.not_whole_number", value=cell), column=column)
            elif cell:
                rule[key] = int(cell)
        return rule

    def _start_section(
        self, row: Row, ident: str, relevant: str | None, sealed: bool = False
    ) -> None:
        title = self.texts.text(row, "label")
        if title is None:
            title = {code: row.get("name") for code in self.texts.languages.codes}
            self.report.note(row, x("xls.group.no_label", id=ident))
        section: dict[str, Any] = {"id": ident, "title": title, "questions": []}
        help_ = self.texts.text(row, "hint")
        if help_:
            section["help"] = help_
        if relevant:
            section["relevant"] = relevant
        if sealed:
            section["sealed"] = True
        self.out.sections.append(section)
        self.current, self.implicit = section, False

    def _end(self, row: Row, row_type: RowType) -> None:
        if not self.stack:
            begin = row_type.xls.replace("end_", "begin_")
            what = x("xls.end.without_begin", end=row_type.xls, begin=begin)
            self.report.error(row, what, x("xls.delete_row"))
            return
        frame = self.stack.pop()
        wanted = "end_repeat" if frame.repeat else "end_group"
        if row_type.xls != wanted:
            kind = x("xls.word.repeat" if frame.repeat else "xls.word.group")
            self.report.error(
                row,
                x("xls.end.mismatch", end=row_type.xls, kind=kind, id=frame.id, row=frame.row),
                x("xls.end.mismatch.hint", wanted=wanted),
                column="type",
            )
        if self.owner is not None and self.owner >= len(self.stack):
            if self.current is not None and not self.current["questions"]:
                self.out.sections.remove(self.current)
                kind = x("xls.word.repeat" if frame.repeat else "xls.word.group")
                self.report.note(
                    x("xls.place.row", sheet="survey", row=frame.row),
                    x("xls.section.empty", kind=kind, id=frame.id),
                )
            self.current, self.owner = None, None

    def _section(self) -> dict[str, Any]:
        if self.stack and self.current is not None:
            return self.current
        if self.stack and self.stack[0].id:
            return self._continuation()
        if self.current is None or not self.implicit:
            number = 1 + sum(1 for s in self.out.sections if s.get("_implicit"))
            ident = f"part_{number}"
            while ident in self.out.rows:
                ident += "_"
            section = {"id": ident, "title": self.title, "questions": [], "_implicit": True}
            self.out.sections.append(section)
            self.current, self.implicit = section, True
        return self.current

    def _continuation(self) -> dict[str, Any]:
        """The rest of a group after a repeat inside it: a section of its own."""
        top = self.stack[0]
        number = 2
        while f"{top.id}_{number}" in self.out.rows:
            number += 1
        ident = f"{top.id}_{number}"
        self.out.rows[ident] = top.row
        title = top.title or {code: top.id for code in self.texts.languages.codes}
        section: dict[str, Any] = {"id": ident, "title": title, "questions": []}
        relevant = conjoin([f.relevant for f in self.stack if f.relevant])
        if relevant:
            section["relevant"] = relevant
        if top.sealed:
            section["sealed"] = True
        self.out.sections.append(section)
        self.current, self.implicit, self.owner = section, False, len(self.stack) - 1
        return section

    # --- questions ------------------------------------------------------

    def _question(self, row: Row, row_type: RowType) -> None:
        ident = self.names.get(row.get("name"))
        if ident is None:
            return
        if row_type.or_other:
            self.report.error(
                row,
                x("xls.or_other"),
                x("xls.or_other.hint", name=row.get("name")),
                column="type",
            )
        question = self._typed(row, row_type, ident)
        section = self._section()
        if question is None or question.get("calculation", "") is None:
            self._logic(row, {"id": ident})  # still report its expressions' problems
            return
        self._texts(row, question)
        self._logic(row, question)
        if row_type.xls == "phone_number":
            question.setdefault("constraints", []).insert(0, self._phone_rule())
        read_extras(row, question, self.report)
        self._sensitivity(row, question, bool(section.get("sealed")))
        self._consent(row, ident)
        section["questions"].append(question)
