"""Audit review: read a sample of redacted narratives, pass or fail each, with a note.

Opened by ``fieldkit audit review`` (the app in ``audit`` mode on a coordinator
workspace) or from the command palette on one.  The list holds the records the
strict re-scan flags first, then a stable random sample (``audit.review_sample``);
the text shows placeholders highlighted and each residual hit marked.  ``p``
passes and ``f`` fails the highlighted record with the note typed below (``n``
goes to the note); decisions are stored by ``audit.decide`` and appear in the
audit report.  The screen only draws: sampling, scanning and storing are the
audit service's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from fieldkit.audit import ReviewItem, decide, review_sample
from fieldkit.audit.render_text import safe
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.widgets.keys import OrderedInput

__all__ = ["AuditReviewScreen", "narrative_content"]

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Audit review", "감사 검토"),
    "summary": (
        "{n} record(s) in the sample, {flagged} flagged by the re-scan, {done} decided. "
        "p: pass · f: fail · n: note",
        "표본 {n}건, 재검사 경고 {flagged}건, 결정 {done}건. p: 통과 · f: 불합격 · n: 메모",
    ),
    "empty": ("No merged record has free text to review.", "검토할 자유 서술이 없습니다."),
    "note": ("Note for this decision (optional)", "이 결정에 대한 메모 (선택)"),
    "passed": ("Passed", "통과"),
    "failed": ("Failed", "불합격"),
    "stored": ("{verdict}: record {record}", "{verdict}: 기록 {record}"),
}


def _t(key: str, lang: str, **values: object) -> str:
    en, ko = _WORDS[key]
    return (ko if lang == "ko" else en).format(**values)


def narrative_content(item: ReviewItem) -> Content:
    """Every exported text of the record: placeholders highlighted, hits marked."""
    parts: list[str | tuple[str, str]] = []
    for text in item.texts:
        parts.append((f"{text.label}\n", "bold underline"))
        position = 0
        for mark in text.marks:
            if mark.start < position:
                continue
            parts.append(safe(text.text[position : mark.start]))
            piece = safe(text.text[mark.start : mark.end])
            if mark.kind == "placeholder":
                parts.append((piece, "bold $accent"))
            else:
                parts.append((piece, "bold reverse $error"))
                parts.append((f" ⚠ {mark.label}", "bold $error"))
            position = mark.end
        parts.append(safe(text.text[position:]) + "\n\n")
    return Content.assemble(*parts)


class AuditReviewScreen(FieldkitScreen):
    AUTO_FOCUS = "#audit-records"
    DEFAULT_CSS = """
    #audit-summary { padding: 0 1; color: $text-muted; }
    #audit-body { height: 1fr; }
    #audit-records { width: 34; height: 1fr; }
    #audit-scroll { width: 1fr; height: 1fr; padding: 0 1; border-left: vkey $panel-lighten-2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("p", "verdict('passed')", "Pass"),
        Binding("f", "verdict('failed')", "Fail"),
        Binding("n", "note", "Note"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.items: list[ReviewItem] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="audit-summary", markup=False)
        with Horizontal(id="audit-body"):
            yield OptionList(id="audit-records")
            with VerticalScroll(id="audit-scroll"):
                yield Static("", id="audit-text")
        yield OrderedInput(placeholder=_t("note", self.lang), id="audit-note")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = _t("title", self.lang)
        self.load()

    def relabel(self, lang: str) -> None:
        self.sub_title = _t("title", lang)
        self.query_one("#audit-note", Input).placeholder = _t("note", lang)
        self._draw()

    @work(exclusive=True, group="audit", exit_on_error=False)
    async def load(self) -> None:
        workspace = self.fk.workspace
        if workspace is None:
            return
        self.items = await self.fk.services.call(review_sample, workspace, lang=self.lang)
        self._draw()

    def _draw(self) -> None:
        records = self.query_one("#audit-records", OptionList)
        highlighted = records.highlighted
        records.set_options(self._option(item) for item in self.items)
        if self.items:
            records.highlighted = min(highlighted or 0, len(self.items) - 1)
        done = sum(1 for i in self.items if i.decision is not None)
        flagged = sum(1 for i in self.items if i.hits)
        summary = _t("summary", self.lang, n=len(self.items), flagged=flagged, done=done)
        self.query_one("#audit-summary", Static).update(
            summary if self.items else _t("empty", self.lang)
        )
        self._show_text()

    @staticmethod
    def _option(item: ReviewItem) -> Option:
        decision = item.decision
        mark = "·" if decision is None else ("✓" if decision.verdict == "passed" else "✗")
        flag = f"  ⚠{item.hits}" if item.hits else ""
        return Option(
            Content.assemble(
                (mark, "bold"),
                f" {item.record[:8]}  ",
                (safe(item.device), "dim"),
                (flag, "bold $error"),
            ),
            id=item.record,
        )

    def _current(self) -> ReviewItem | None:
        index = self.query_one("#audit-records", OptionList).highlighted
        return self.items[index] if index is not None and index < len(self.items) else None

    @on(OptionList.OptionHighlighted, "#audit-records")
    def _show_text(self) -> None:
        item = self._current()
        text = self.query_one("#audit-text", Static)
        text.update(narrative_content(item) if item else "")

    def action_note(self) -> None:
        self.query_one("#audit-note", Input).focus()

    @on(Input.Submitted, "#audit-note")
    def _note_done(self) -> None:
        self.query_one("#audit-records", OptionList).focus()

    @work(exclusive=True, group="audit", exit_on_error=False)
    async def action_verdict(self, verdict: str) -> None:
        item, workspace = self._current(), self.fk.workspace
        if item is None or workspace is None:
            return
        note = self.query_one("#audit-note", Input)
        decision = await self.fk.services.call(decide, workspace, item.record, verdict, note.value)
        note.value = ""
        index = self.items.index(item)
        self.items[index] = replace(item, decision=decision)
        self.notify(_t("stored", self.lang, verdict=_t(verdict, self.lang), record=item.record[:8]))
        records = self.query_one("#audit-records", OptionList)
        self._draw()
        records.highlighted = min(index + 1, len(self.items) - 1)
