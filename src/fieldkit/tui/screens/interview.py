"""The interview: one question in focus, the outline beside it, every answer stored at once.

The screen draws ``InterviewView`` snapshots and turns what the interviewer
does into service calls on the store thread: an answer given (Enter, a digit,
a click) is stored, acknowledged ("✓ saved 14:02:11") and only then does the
screen move on, so what is acknowledged is on disk.  Text being typed is
checked as it changes and kept as an encrypted draft a moment after the last
key, when focus leaves the field, and on lock and quit; a valid text left
behind (Back, a jump, a lock, a quit) is stored as the answer, an invalid one
stays a draft.  A draft comes back in its field, marked "not yet submitted".
The status line always describes the field under the cursor.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Button, Footer, Header

from fieldkit.errors import AnswerError
from fieldkit.session import InterviewSession
from fieldkit.session.navigation import (
    Direction,
    InterviewView,
    Saved,
    build_view,
    check_draft,
    move,
    save_draft,
    save_text,
    save_value,
)
from fieldkit.session.review import history
from fieldkit.tui.i18n import t
from fieldkit.tui.messages import Advance, DraftChanged, JumpTo, KeyRefused, OpenStory, Submit
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.screens.dialogs import HistoryModal, SectionModal
from fieldkit.tui.screens.field_state import edge_notice, field_state, status_text
from fieldkit.tui.widgets.outline import SectionOutline
from fieldkit.tui.widgets.question import QuestionPane
from fieldkit.tui.widgets.registry import AnswerWidget

__all__ = ["DRAFT_PAUSE", "InterviewScreen"]

DRAFT_PAUSE = 0.8
"""Seconds after the last keystroke before typed text is kept as a draft."""


class InterviewScreen(FieldkitScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "key.back"),
        Binding("shift+tab", "back", "key.back", show=False, priority=True),
        Binding("ctrl+n", "next", "key.next", show=False),
        Binding("ctrl+g", "sections", "key.sections"),
        Binding("ctrl+r", "review", "key.review"),
        Binding("f3", "history", "key.history", show=False),
        Binding("ctrl+o", "home", "key.home"),
        Binding("f7", "repeats", "key.repeats"),
        Binding("f6", "statement_language", "key.statement_language"),
    ]

    def __init__(self, session: InterviewSession, question_id: str | None = None) -> None:
        super().__init__()
        self.session = session
        self._start = question_id
        self.view: InterviewView | None = None
        self._saved: Saved | None = None
        self._problem: str | None = None
        """What is wrong with the text in the field (``None``: nothing, or no text)."""
        self._drafts: dict[str, tuple[str, str]] = {}
        """``{question id: (text, saved at)}``: drafts stored since the screen opened."""
        self._draft_timer: Timer | None = None
        self._moves = asyncio.Lock()
        """Answers and moves run one at a time, in the order given: a choice stored without
        moving must not redraw its question after a later Enter moved on."""

    # --- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="interview"):
            yield SectionOutline(id="outline")
            yield QuestionPane(self.lang)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._load(self._start)

    @work(group="store", exit_on_error=False)
    async def _load(self, question_id: str | None) -> None:
        view = await self.fk.services.call(build_view, self.session, question_id, self.lang)
        await self._show(view)

    # --- drawing a view -------------------------------------------------------------

    @property
    def pane(self) -> QuestionPane:
        return self.query_one(QuestionPane)

    @property
    def answer(self) -> AnswerWidget | None:
        found = self.query("#answer")
        return cast(AnswerWidget, found.first()) if found else None

    async def _show(self, view: InterviewView, status: str | None = None) -> None:
        same = self.view is not None and self.view.question.id == view.question.id
        self.view = view
        question = view.question
        progress = t("q.progress", self.lang, n=view.answered, total=view.asked)
        self.sub_title = f"{view.ref or view.interview_id[:8]} · {progress}"
        self.query_one(SectionOutline).show(view, self.lang)
        self.pane.show(view, self.lang)
        self.refresh_bindings()  # F6 follows the statement
        if question.draft is not None and question.draft_at is not None:
            self._drafts[question.id] = (question.draft, question.draft_at)
        widget = self.answer
        if same and widget is not None:
            widget.stored(question)
        else:
            self._problem = None
            await self.pane.ask(question, self.lang)
            # now, not later: held keys follow.  The question opens at its top, its wording in
            # view, however long the field: Textual would scroll the field into view after the
            # next layout, and on a slow laptop that can push the question off the screen.
            self.set_focus(cast(Widget, self.answer), scroll_visible=False)
            self.pane.scroll_home(animate=False)
        self._refresh_status(status)

    async def _resume_keys(self) -> None:
        """The field in focus takes the keys typed while it was being built, in order.

        Called only at the end of a move (or a refused one): a choice stored without
        moving must not hand the next question's keys to the old one."""
        widget = self.answer
        if widget is not None:
            widget.take_back()
        await self.fk.release_keys()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F6 (the statement's other language) only where there is a statement; F7 (repeats)
        only where the questionnaire has a repeat: hidden otherwise."""
        if action == "statement_language":
            return self.view is not None and len(self.view.question.statement) > 1
        if action == "repeats":
            return bool(self.session.flow.repeat_sections)
        return True

    def action_statement_language(self) -> None:
        if self.view is None or len(self.view.question.statement) < 2:
            return
        self.pane.next_statement_language(self.view, self.lang)
        self.refresh_bindings()

    def relabel(self, lang: str) -> None:
        self.pane.relabel(lang)
        if self.view is not None:
            self._relabel(self.view.question.id)

    @work(group="store", exit_on_error=False)
    async def _relabel(self, question_id: str) -> None:
        view = await self.fk.services.call(build_view, self.session, question_id, self.lang)
        widget = self.answer
        if widget is not None and widget.question.id == view.question.id:
            widget.relabel(view.question, self.lang)
        await self._show(view)
        pending = widget.pending() if widget is not None else None
        if widget is not None and pending is not None and pending[1]:
            self._check(widget.question.id, str(pending[0]))  # the "✗" again, in ``lang``

    # --- answering ------------------------------------------------------------------

    async def _store(self, question_id: str, value: Any, typed: bool) -> Saved | None:
        """Store one answer; an answer error is shown beside the field and returns None."""
        saver = save_text if typed else save_value
        try:
            saved = await self.fk.services.call(saver, self.session, question_id, value, self.lang)
        except AnswerError as error:
            if self.view is not None and self.view.question.id == question_id:
                self._problem = error.localized(self.lang)
                self._refresh_status()
            return None
        self._problem = None
        self._drafts.pop(question_id, None)
        previous = self._saved
        if saved.changed or previous is None or previous.question_id != question_id:
            self._saved = saved  # a digit stored it, Enter re-submits: keep "saved HH:MM"
        return saved

    def _refresh_status(self, notice: str | None = None) -> None:
        """The status line: a notice (first or last question...), the problem with the
        typed text, and the state of the field under the cursor."""
        view, widget = self.view, self.answer
        state = ""
        if view is not None and widget is not None:
            question = view.question
            state = field_state(
                question.id, question.value, widget.pending(), self._drafts, self._saved, self.lang
            )
        text, problem = status_text(notice, self._problem, state)
        self.pane.status(text, problem=problem)

    @on(Submit)
    def _submitted(self, message: Submit) -> None:
        self._answer(message.question_id, message.value, message.typed, message.advance)

    @work(group="store", exit_on_error=False)
    async def _answer(self, question_id: str, value: Any, typed: bool, advance: bool) -> None:
        async with self._moves:
            try:
                if await self._store(question_id, value, typed) is not None:
                    await self._go(question_id, "next" if advance else "stay")
            finally:
                if advance:
                    await self._resume_keys()  # also when refused: back to the same field

    @on(KeyRefused)
    def _key_refused(self, message: KeyRefused) -> None:
        self._refresh_status(t(message.reason, self.lang))

    @on(DraftChanged)
    def _draft(self, message: DraftChanged) -> None:
        self._refresh_status()  # at once: "draft saved" must not stay over newer text
        self._check(message.question_id, message.text)
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_PAUSE, self._draft_paused)

    def _draft_paused(self) -> None:
        self._draft_timer = None
        self._keep_draft()

    @work(exclusive=True, group="check", exit_on_error=False)
    async def _check(self, question_id: str, text: str) -> None:
        problem = await self.fk.services.call(
            check_draft, self.session, question_id, text, self.lang
        )
        if self.view is not None and self.view.question.id == question_id:
            self._problem = problem
            self._refresh_status()

    @work(group="store", exit_on_error=False)
    async def _keep_draft(self) -> None:
        await self._store_draft()

    async def _store_draft(self) -> bool:
        """Keep the field's typed text as a draft (a pause, a blur, a lock, a quit).
        False when there was nothing to keep."""
        widget = self.answer
        pending = widget.pending() if widget is not None else None
        if widget is None or pending is None or not pending[1]:
            return False
        qid, text = widget.question.id, str(pending[0])
        at = await self.fk.services.call(save_draft, self.session, qid, text)
        if at is None:
            self._drafts.pop(qid, None)
        else:
            self._drafts[qid] = (text, at)
        if self.view is not None and self.view.question.id == qid:
            self._refresh_status()
        return at is not None

    @on(events.DescendantBlur, "#answer")
    def _left_field(self) -> None:
        """Focus moved off the field (a click, Tab to a button): keep what is typed."""
        self._keep_draft()

    async def _store_pending(self) -> None:
        """A draft left behind is stored when valid, dropped with a notice when not."""
        widget = self.answer
        pending = widget.pending() if widget is not None else None
        if widget is None or pending is None:
            return
        stored = await self._store(widget.question.id, *pending)
        if stored is None and await self._store_draft():
            self.notify(t("dirty.kept", self.lang), severity="warning")

    # --- moving ---------------------------------------------------------------------

    async def _go(self, question_id: str, direction: Direction) -> None:
        view = await self.fk.services.call(move, self.session, question_id, direction, self.lang)
        stayed = direction != "stay" and view.question.id == question_id
        await self._show(view, edge_notice(view, self.lang) if stayed else None)

    @work(group="store", exit_on_error=False)
    async def _navigate(self, direction: Direction, target: str | None = None) -> None:
        async with self._moves:
            if self.view is None:
                return
            try:
                await self._store_pending()
                self._saved = None
                if target is not None:
                    view = await self.fk.services.call(build_view, self.session, target, self.lang)
                    await self._show(view)
                else:
                    await self._go(self.view.question.id, direction)
            finally:
                await self._resume_keys()

    def action_back(self) -> None:
        self._navigate("previous")

    def action_next(self) -> None:
        self._navigate("next")

    @on(Advance)
    def _advance(self, message: Advance) -> None:
        self._navigate("next")

    @on(JumpTo)
    def _jump(self, message: JumpTo) -> None:
        self._navigate("stay", message.question_id)

    @on(Button.Pressed, "#back")
    def _back_pressed(self) -> None:
        self.action_back()

    @on(Button.Pressed, "#next")
    def _next_pressed(self) -> None:
        widget = self.answer
        pending = widget.pending() if widget is not None else None
        if widget is not None and pending is not None:
            self._answer(widget.question.id, pending[0], pending[1], True)
        else:
            self.action_next()

    # --- other screens --------------------------------------------------------------

    def action_sections(self) -> None:
        if self.view is not None:
            self.app.push_screen(SectionModal(self.view.sections, self.lang), self._section_chosen)

    def _section_chosen(self, question_id: str | None) -> None:
        if question_id:
            self._navigate("stay", question_id)

    @work(group="store", exit_on_error=False)
    async def action_history(self) -> None:
        if self.view is None:
            return
        question = self.view.question
        entries = await self.fk.services.call(history, self.session, question.id, self.lang)
        await self.app.push_screen(HistoryModal(question.label, entries))

    @work(group="store", exit_on_error=False)
    async def action_review(self) -> None:
        from fieldkit.tui.screens.review import ReviewScreen

        await self._store_pending()
        await self.app.push_screen(ReviewScreen(self.session), self._edit_from_review)

    def _edit_from_review(self, question_id: str | None) -> None:
        self._navigate("stay", question_id or (self.view.question.id if self.view else None))

    @on(OpenStory)
    def _open_story(self, message: OpenStory) -> None:
        from fieldkit.tui.screens.narrative import NarrativeScreen

        self.app.push_screen(NarrativeScreen(self.session, message.question_id), self._story_closed)

    def _story_closed(self, advance: bool | None) -> None:
        if self.view is not None:
            self._navigate(
                "next" if advance else "stay", None if advance else self.view.question.id
            )

    @work(group="store", exit_on_error=False)
    async def action_repeats(self) -> None:
        from fieldkit.tui.screens.repeat import RepeatScreen

        await self._store_pending()
        await self.app.push_screen(RepeatScreen(self.session), self._edit_from_review)

    @work(group="store", exit_on_error=False)
    async def action_home(self) -> None:
        await self._store_pending()
        self.app.pop_screen()

    # --- lock and quit --------------------------------------------------------------

    async def flush(self) -> None:
        """Stop the pause timer and the check first: they would reach the store after the
        workspace closed (a quit right after a key: an error over the closing app, round 30)."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        self.workers.cancel_group(self, "check")
        await self._store_pending()

    def position(self) -> tuple[str, str | None] | None:
        return (self.session.id, self.view.question.id if self.view else self._start)
