"""Repeats in the app: each sale (each child...) is an instance, added, reviewed, deleted.

``RepeatScreen`` lists the questionnaire's repeats with their instances (Enter
opens one or adds one, Delete deletes the highlighted one: a revision, its
answers kept in the history).  ``InstanceScreen`` asks an instance's questions
one at a time; Enter stores the answer at once on the store thread, like any
answer, acknowledges it ("✓ saved 14:02:11") and only then moves on.  Both are
reached from the interview with F7; nothing here changes the interview
screen beyond that one binding.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Footer, Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from fieldkit.errors import AnswerError
from fieldkit.session import InterviewSession
from fieldkit.session.repeatview import (
    InstanceQuestion,
    RepeatView,
    answer_typed,
    instance_questions,
    repeat_views,
)
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.timefmt import local_time

__all__ = ["InstanceScreen", "RepeatScreen"]


def _options(views: list[RepeatView], lang: str) -> list[Option]:
    options: list[Option] = []
    if not views:
        return [Option(t("repeat.none", lang), disabled=True)]
    for view in views:
        if not view.asked and not view.instances:
            options.append(Option(t("repeat.not_asked", lang, title=view.title), disabled=True))
            continue
        heading = t("repeat.heading", lang, title=view.title, n=len(view.instances))
        options.append(Option(heading, id=f"h:{view.id}", disabled=True))
        for line in view.instances:
            summary = line.summary or t("repeat.empty", lang)
            text = "  " + t("repeat.instance", lang, n=line.position, summary=summary)
            options.append(Option(text, id=f"i:{line.id}"))
        if view.asked:
            options.append(
                Option("  " + t("repeat.add", lang, title=view.title), id=f"a:{view.id}")
            )
    return options


class RepeatScreen(FieldkitScreen):
    """The interview's repeats and their instances."""

    DEFAULT_CSS = """
    #repeats { padding: 0 2; }
    #r-help { color: $text-muted; }
    #r-list { height: 1fr; }
    #r-status { height: auto; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "key.back"),
        Binding("delete", "delete", "key.delete"),
    ]

    def __init__(self, session: InterviewSession) -> None:
        super().__init__()
        self.session = session
        self.views: list[RepeatView] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="repeats"):
            yield Static("", id="r-help", markup=False)
            yield OptionList(id="r-list")
            yield Static("", id="r-status", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._reload()

    def relabel(self, lang: str) -> None:
        self._reload()

    @work(group="store", exit_on_error=False)
    async def _reload(self, status: str = "", focus: str | None = None) -> None:
        self.views = await self.fk.services.call(repeat_views, self.session, self.lang)
        self.sub_title = t(
            "repeat.title", self.lang, ref=self.session.row.ref or self.session.id[:8]
        )
        self.query_one("#r-help", Static).update(t("repeat.help", self.lang))
        self.query_one("#r-status", Static).update(status)
        options = self.query_one("#r-list", OptionList)
        options.clear_options()
        options.add_options(_options(self.views, self.lang))
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        wanted = focus if focus in ids else next((i for i in ids if i and i[0] in "ia"), None)
        if wanted is not None:
            options.highlighted = ids.index(wanted)
        options.focus()

    def _title(self, repeat_id: str) -> str:
        return next((v.title for v in self.views if v.id == repeat_id), repeat_id)

    @on(OptionList.OptionSelected, "#r-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        chosen = event.option.id or ""
        if chosen.startswith("a:"):
            self._add(chosen[2:])
        elif chosen.startswith("i:"):
            self._open(chosen[2:])

    @work(group="store", exit_on_error=False)
    async def _add(self, repeat_id: str) -> None:
        try:
            instance = await self.fk.services.call(self.session.add_instance, repeat_id)
        except AnswerError as error:
            self.query_one("#r-status", Static).update(f"✗ {error.localized(self.lang)}")
            return
        title = self._title(repeat_id)
        self._reload(
            t("repeat.added", self.lang, title=title, n=instance.position), f"i:{instance.id}"
        )
        await self.app.push_screen(
            InstanceScreen(self.session, instance.id, title, instance.position),
            self._instance_closed,
        )

    def _open(self, instance_id: str) -> None:
        for view in self.views:
            for line in view.instances:
                if line.id == instance_id:
                    screen = InstanceScreen(self.session, instance_id, view.title, line.position)
                    self.app.push_screen(screen, self._instance_closed)

    def _instance_closed(self, instance_id: str | None) -> None:
        self._reload("", f"i:{instance_id}" if instance_id else None)

    @work(group="store", exit_on_error=False)
    async def action_delete(self) -> None:
        options = self.query_one("#r-list", OptionList)
        if options.highlighted is None:
            return
        chosen = options.get_option_at_index(options.highlighted).id or ""
        if not chosen.startswith("i:"):
            return
        view, line = next((v, i) for v in self.views for i in v.instances if i.id == chosen[2:])
        try:
            await self.fk.services.call(self.session.delete_instance, line.id)
        except AnswerError as error:  # deleted meanwhile: the reason here, not a dialog
            self._reload(f"✗ {error.localized(self.lang)}")
            return
        self._reload(t("repeat.deleted", self.lang, title=view.title, n=line.position))

    def action_back(self) -> None:
        self.dismiss(None)

    def position(self) -> tuple[str, str | None] | None:
        return (self.session.id, None)


class InstanceScreen(FieldkitScreen):
    """One instance's questions, one at a time, each answer stored on Enter."""

    DEFAULT_CSS = """
    #instance { padding: 0 2; }
    #i-meta, #i-help, #i-choices { color: $text-muted; }
    #i-label { text-style: bold; margin-top: 1; }
    #i-input { margin-top: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "key.back")]

    def __init__(self, session: InterviewSession, instance_id: str, title: str, n: int) -> None:
        super().__init__()
        self.session, self.instance_id, self.title_text, self.n = session, instance_id, title, n
        self.questions: list[InstanceQuestion] = []
        self.index = 0

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="instance"):
            yield Static("", id="i-meta", markup=False)
            yield Static("", id="i-label", markup=False)
            yield Static("", id="i-help", markup=False)
            yield Static("", id="i-choices", markup=False)
            yield Static("", id="i-value", markup=False)
            yield Input(id="i-input")
            yield Static("", id="i-status", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("instance.title", self.lang, title=self.title_text, n=self.n)
        self._load(0, "")

    def relabel(self, lang: str) -> None:
        self._load(self.index, "")

    @property
    def question(self) -> InstanceQuestion | None:
        return self.questions[self.index] if self.questions else None

    @work(group="store", exit_on_error=False)
    async def _load(self, index: int, status: str, after: str | None = None) -> None:
        """Questions as the answers now make them (one just stored may open the next:
        a county once the province is known); ``after``: move past that question."""
        self.questions = await self.fk.services.call(
            instance_questions, self.session, self.instance_id, self.lang
        )
        if after is not None:
            ids = [q.id for q in self.questions]
            at = ids.index(after) if after in ids else index
            last = at >= len(ids) - 1
            index = at if last else at + 1
            if last:
                done = t("instance.done", self.lang)
                status = f"{status} · {done}" if status else done
        self.index = max(0, min(index, len(self.questions) - 1))
        self._draw(status)

    def _draw(self, status: str) -> None:
        question, lang = self.question, self.lang
        if question is None:
            self.query_one("#i-status", Static).update(t("instance.done", lang))
            return
        meta = t(
            "instance.meta",
            lang,
            title=self.title_text,
            n=self.n,
            i=self.index + 1,
            total=len(self.questions),
        )
        self.query_one("#i-meta", Static).update(meta)
        self.query_one("#i-label", Static).update(question.label)
        self.query_one("#i-help", Static).update(question.help or t("instance.help", lang))
        numbered = "  ".join(f"{n} {label}" for n, (_, label) in enumerate(question.choices, 1))
        choices = t("instance.choices", lang, choices=numbered) if question.choices else ""
        self.query_one("#i-choices", Static).update(choices)
        self.query_one("#i-value", Static).update(f"= {question.value}" if question.value else "")
        self.query_one("#i-status", Static).update(status)
        field = self.query_one("#i-input", Input)
        field.value = question.text  # erase it and press Enter to clear the answer
        field.cursor_position = len(field.value)
        field.focus()

    @on(Input.Submitted, "#i-input")
    def _submitted(self, event: Input.Submitted) -> None:
        self._store(event.value, advance=True)

    @work(group="store", exit_on_error=False)
    async def _store(self, text: str, *, advance: bool) -> bool:
        question = self.question
        if question is None:
            return True
        if not text.strip() and not question.text:  # nothing stored, nothing typed: go on
            if advance:
                self._next("")
            return True
        try:
            stored = await self.fk.services.call(
                answer_typed, self.session, self.instance_id, question, text, self.lang
            )
        except AnswerError as error:
            self.query_one("#i-status", Static).update(f"✗ {error.localized(self.lang)}")
            return False
        done = "q.cleared" if stored.cleared else "q.saved"
        ack = t(done, self.lang, at=local_time(stored.at)) if stored.changed else ""
        ack = ack or t("q.unchanged", self.lang)
        if advance:
            self._next(ack)
        return True

    def _next(self, status: str) -> None:
        question = self.question
        self._load(self.index, status, after=question.id if question else None)

    async def flush(self) -> None:
        """A valid answer typed but not yet stored is stored before a lock or quit."""
        text = self.query_one("#i-input", Input).value
        question = self.question
        if question is not None and text.strip():
            try:
                await self.fk.services.call(
                    answer_typed, self.session, self.instance_id, question, text, self.lang
                )
            except AnswerError as error:
                reason = error.localized(self.lang)
                self.notify(t("instance.not_saved", self.lang, reason=reason), severity="warning")

    @work(group="store", exit_on_error=False)
    async def action_back(self) -> None:
        await self.flush()
        self.dismiss(self.instance_id)

    def position(self) -> tuple[str, str | None] | None:
        return (self.session.id, None)
