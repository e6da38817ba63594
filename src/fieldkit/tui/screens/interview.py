"""The interview: one question in focus, the outline beside it, every answer stored at once.

The screen draws ``InterviewView`` snapshots and turns what the interviewer
does into service calls on the store thread: an answer given (Enter, a digit,
a click) is stored, acknowledged ("✓ saved 14:02:11") and only then does the
screen move on, so what is acknowledged is on disk.  Text being typed is
checked as it changes, and a valid draft left behind (Back, a jump, a lock, a
quit) is stored too; an invalid one is dropped with a notice.
"""

from __future__ import annotations

from typing import Any, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Footer, Header, Static

from fieldkit.errors import AnswerError
from fieldkit.session import InterviewSession
from fieldkit.session.navigation import (
    Direction,
    InterviewView,
    Saved,
    build_view,
    check_draft,
    move,
    save_text,
    save_value,
)
from fieldkit.session.review import history
from fieldkit.tui.i18n import t
from fieldkit.tui.messages import Advance, DraftChanged, JumpTo, OpenStory, Submit
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.screens.dialogs import HistoryModal, SectionModal
from fieldkit.tui.timefmt import local_time
from fieldkit.tui.widgets.outline import SectionOutline
from fieldkit.tui.widgets.registry import AnswerWidget, answer_widget

__all__ = ["InterviewScreen"]


class InterviewScreen(FieldkitScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "key.back"),
        Binding("shift+tab", "back", "key.back", show=False, priority=True),
        Binding("ctrl+n", "next", "key.next", show=False),
        Binding("ctrl+g", "sections", "key.sections"),
        Binding("ctrl+r", "review", "key.review"),
        Binding("f3", "history", "key.history", show=False),
        Binding("ctrl+o", "home", "key.home"),
        Binding("f6", "statement_language", "key.statement_language"),
    ]

    def __init__(self, session: InterviewSession, question_id: str | None = None) -> None:
        super().__init__()
        self.session = session
        self._start = question_id
        self.view: InterviewView | None = None
        self._saved: Saved | None = None
        self._statement_lang: str | None = None
        """The language the consent statement is shown in (``None``: the interface's)."""

    # --- layout -------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="interview"):
            yield SectionOutline(id="outline")
            with VerticalScroll(id="question"):
                yield Static("", id="sealed-banner", markup=False)
                yield Static("", id="q-meta", markup=False)
                yield Static("", id="q-statement", markup=False)
                yield Static("", id="q-label", markup=False)
                yield Static("", id="q-help", markup=False)
                yield Vertical(id="q-input")
                yield Static("", id="q-status", markup=False)
                with Horizontal(id="q-nav"):
                    yield Button(f"◀ {t('key.back', self.lang)}", id="back", compact=True)
                    yield Button(
                        f"{t('key.next', self.lang)} ▶", id="next", variant="primary", compact=True
                    )
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._load(self._start)

    @work(group="store", exit_on_error=False)
    async def _load(self, question_id: str | None) -> None:
        view = await self.fk.services.call(build_view, self.session, question_id, self.lang)
        await self._show(view)

    # --- drawing a view -------------------------------------------------------------

    @property
    def answer(self) -> AnswerWidget | None:
        found = self.query("#answer")
        return cast(AnswerWidget, found.first()) if found else None

    async def _show(self, view: InterviewView, status: str | None = None) -> None:
        same = self.view is not None and self.view.question.id == view.question.id
        self.view = view
        question = view.question
        self.sub_title = (view.ref or view.interview_id[:8]) + f" · {view.answered}/{view.asked}"
        self.query_one(SectionOutline).show(view, self.lang)
        self._texts(view)
        self._status(status if status is not None else self._ack(), problem=False)
        widget = self.answer
        if same and widget is not None:
            widget.stored(question)
        else:
            holder = self.query_one("#q-input", Vertical)
            await holder.remove_children()
            await holder.mount(answer_widget(question, self.lang))
            cast(Widget, self.answer).focus()

    def _texts(self, view: InterviewView) -> None:
        question, lang = view.question, self.lang
        meta = f"{question.section_title} · " + t(
            "q.number", lang, n=question.number, total=view.total
        )
        if question.required:
            meta += f" · {t('q.required', lang)}"
        if question.revisions > 1:
            meta += f" · {t('q.revisions', lang, n=question.revisions - 1)}"
        self.query_one("#q-meta", Static).update(meta)
        self.query_one("#q-label", Static).update(question.label)
        self._show_statement(view)
        help_text = question.help or (t("q.consent", lang) if question.consent else "")
        self.query_one("#q-help", Static).update(help_text)
        banner = self.query_one("#sealed-banner", Static)
        banner.update(t("q.sealed", lang) if question.sealed else "")
        banner.display = question.sealed
        self.query_one("#question").set_class(question.sealed, "sealed")
        self.query_one("#back", Button).disabled = view.previous is None

    def _show_statement(self, view: InterviewView) -> None:
        """The consent statement to read aloud, above the question, before any answer."""
        statement = dict(view.question.statement)
        widget = self.query_one("#q-statement", Static)
        widget.display = bool(statement)
        if statement:
            lang = self._statement_lang or self.lang
            text = statement.get(lang) or next(iter(statement.values()))
            widget.update(f"{t('q.statement', self.lang)}\n{text}")
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F6 (the statement's other language) only where there is a statement."""
        if action == "statement_language":
            return self.view is not None and len(self.view.question.statement) > 1
        return True

    def action_statement_language(self) -> None:
        if self.view is None or len(self.view.question.statement) < 2:
            return
        languages = [lang for lang, _ in self.view.question.statement]
        current = self._statement_lang or self.lang
        position = languages.index(current) if current in languages else 0
        self._statement_lang = languages[(position + 1) % len(languages)]
        self._show_statement(self.view)

    def _status(self, text: str, *, problem: bool) -> None:
        status = self.query_one("#q-status", Static)
        status.update(text)
        status.set_class(problem, "problem")

    def relabel(self, lang: str) -> None:
        self.query_one("#back", Button).label = f"◀ {t('key.back', lang)}"
        self.query_one("#next", Button).label = f"{t('key.next', lang)} ▶"
        if self.view is not None:
            self._relabel(self.view.question.id)

    @work(group="store", exit_on_error=False)
    async def _relabel(self, question_id: str) -> None:
        view = await self.fk.services.call(build_view, self.session, question_id, self.lang)
        widget = self.answer
        if widget is not None and widget.question.id == view.question.id:
            widget.relabel(view.question, self.lang)
        await self._show(view)

    # --- answering ------------------------------------------------------------------

    async def _store(self, question_id: str, value: Any, typed: bool) -> Saved | None:
        """Store one answer; an answer error is shown beside the field and returns None."""
        saver = save_text if typed else save_value
        try:
            saved = await self.fk.services.call(saver, self.session, question_id, value, self.lang)
        except AnswerError as error:
            self._status(f"✗ {error.localized(self.lang)}", problem=True)
            return None
        previous = self._saved
        if saved.changed or previous is None or previous.question_id != question_id:
            self._saved = saved  # a digit stored it, Enter re-submits: keep "saved HH:MM"
        return saved

    def _ack(self) -> str:
        """The last answer's acknowledgement, in the current language (it outlives a
        language switch and a move to the next question)."""
        saved = self._saved
        if saved is None:
            return ""
        if not saved.changed:
            return t("q.unchanged", self.lang)
        key = "q.cleared" if saved.cleared else "q.saved"
        return t(key, self.lang, at=local_time(saved.at))

    @on(Submit)
    def _submitted(self, message: Submit) -> None:
        self._answer(message.question_id, message.value, message.typed, message.advance)

    @work(group="store", exit_on_error=False)
    async def _answer(self, question_id: str, value: Any, typed: bool, advance: bool) -> None:
        saved = await self._store(question_id, value, typed)
        if saved is None:
            return
        await self._go(question_id, "next" if advance else "stay")

    @on(DraftChanged)
    def _draft(self, message: DraftChanged) -> None:
        self._check(message.question_id, message.text)

    @work(exclusive=True, group="check", exit_on_error=False)
    async def _check(self, question_id: str, text: str) -> None:
        problem = await self.fk.services.call(
            check_draft, self.session, question_id, text, self.lang
        )
        if self.view is not None and self.view.question.id == question_id:
            self._status(f"✗ {problem}" if problem else self._ack(), problem=bool(problem))

    async def _store_pending(self) -> None:
        """A draft left behind is stored when valid, dropped with a notice when not."""
        widget = self.answer
        pending = widget.pending() if widget is not None else None
        if widget is None or pending is None:
            return
        if await self._store(widget.question.id, *pending) is None:
            self.notify(t("dirty.discarded", self.lang), severity="warning")

    # --- moving ---------------------------------------------------------------------

    async def _go(self, question_id: str, direction: Direction) -> None:
        view = await self.fk.services.call(move, self.session, question_id, direction, self.lang)
        stayed = direction != "stay" and view.question.id == question_id
        await self._show(view, self._edge_notice(view) if stayed else None)

    def _edge_notice(self, view: InterviewView) -> str:
        if view.question.consent and view.next is None:
            return t("q.no_consent", self.lang)
        return t("q.first" if view.previous is None else "q.last", self.lang)

    @work(group="store", exit_on_error=False)
    async def _navigate(self, direction: Direction, target: str | None = None) -> None:
        if self.view is None:
            return
        await self._store_pending()
        self._saved = None
        if target is not None:
            view = await self.fk.services.call(build_view, self.session, target, self.lang)
            await self._show(view)
        else:
            await self._go(self.view.question.id, direction)

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
    async def action_home(self) -> None:
        await self._store_pending()
        self.app.pop_screen()

    # --- lock and quit --------------------------------------------------------------

    async def flush(self) -> None:
        await self._store_pending()

    def position(self) -> tuple[str, str | None] | None:
        return (self.session.id, self.view.question.id if self.view else self._start)
