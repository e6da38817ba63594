"""Review: every answer on one page, what is missing, and marking complete.

Rows are the questions asked given the answers so far.  Enter (or a click) on
a row goes back to that question to edit it; marking complete is refused with
the list of what is missing, by the same check the command line uses.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Button, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from fieldkit.errors import AnswerError
from fieldkit.session import InterviewSession
from fieldkit.session.review import ReviewRow, ReviewView, close_interview, review
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.screens.errors import ErrorModal

__all__ = ["ReviewScreen"]

MAX_ANSWER = 120


def _first_labels(rows: tuple[ReviewRow, ...], shown: int = 3) -> str:
    """The first few labels, cut short: the full list is the page itself."""
    labels = [r.label if len(r.label) <= 40 else r.label[:39] + "…" for r in rows[:shown]]
    return "; ".join(labels) + ("; …" if len(rows) > shown else "")


class ReviewScreen(FieldkitScreen):
    """Dismisses with the question id to edit, or ``None``."""

    AUTO_FOCUS = "#rows"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "key.back"),
        Binding("ctrl+k", "complete", "key.complete"),
    ]

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        self.view: ReviewView | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="review-summary", markup=False)
        yield OptionList(id="rows")
        yield Button(t("key.complete", self.lang), id="complete", variant="success", compact=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load()

    def relabel(self, lang: str) -> None:
        self.query_one("#complete", Button).label = t("key.complete", lang)
        self.load()

    @work(group="store", exit_on_error=False)
    async def load(self) -> None:
        self.view = await self.fk.services.call(review, self.session, self.lang)
        self._draw(self.view)

    def _draw(self, view: ReviewView) -> None:
        lang = self.lang
        self.sub_title = f"{t('review.title', lang)} · {view.ref or view.interview_id[:8]} · " + t(
            f"status.{view.status}", lang
        )
        self.query_one("#review-summary", Static).update(self._summary(view))
        rows = self.query_one("#rows", OptionList)
        highlighted = rows.highlighted
        rows.set_options(self._option(row) for row in view.rows)
        if view.rows:
            rows.highlighted = min(highlighted or 0, len(view.rows) - 1)
        self.query_one("#complete", Button).disabled = not view.can_complete

    def _summary(self, view: ReviewView) -> str:
        lang = self.lang
        lines = [t("review.hint", lang)]
        for key, rows in (("review.missing", view.missing), ("review.invalid", view.invalid)):
            if rows:
                lines.append(f"{t(key, lang, n=len(rows))} {_first_labels(rows)}")
        if view.can_complete:
            lines.append(t("review.ready", lang))
        return "\n".join(lines)

    def _option(self, row: ReviewRow) -> Option:
        answer = row.answer.replace("\n", " ")
        if len(answer) > MAX_ANSWER:
            answer = answer[:MAX_ANSWER] + "…"
        parts: list[str | tuple[str, str]] = [
            ("◆ " if row.sealed else "", "bold $warning"),
            (f"{row.section_title} › ", "dim"),
            (row.label + (" *" if row.required else ""), "bold"),
            "\n",
        ]
        parts.append(("└─ ", "dim"))  # (leading spaces would be trimmed by the wrap)
        if row.answer:
            parts.append(answer)
        else:
            style = "$error" if row.missing else "dim"
            parts.append((t("review.unanswered", self.lang), style))
        if row.problem:
            parts.append((f"\n    ✗ {row.problem}", "$error"))
        return Option(Content.assemble(*parts), id=row.question_id)

    @on(OptionList.OptionSelected, "#rows")
    def _edit(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_back(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#complete")
    def _complete_pressed(self) -> None:
        self.action_complete()

    @work(group="store", exit_on_error=False)
    async def action_complete(self) -> None:
        try:
            await self.fk.services.call(close_interview, self.session)
        except AnswerError as error:
            title = t("review.not_complete", self.lang)
            await self.app.push_screen(ErrorModal.from_error(error, self.lang, title=title))
            return
        done = "review.declined" if self.session.declined else "review.completed"
        self.notify(t(done, self.lang))
        await self.load().wait()
