"""The story editor: write the life story, see what the export will show.

The text is kept as an encrypted draft within a second of the last key (so a
crash loses nothing typed), stored as a new revision when typing pauses longer
and again on leaving (history keeps every one); a draft found on opening is
loaded and marked "not yet submitted".  Beside it, the redaction
preview is recomputed after each pause by the real engine, in a thread of its
own: a long story never holds up typing or the store.  The interviewer can
select a name the engine missed and redact it (it becomes a known term for the
whole interview), or keep a span the engine redacted wrongly (logged).
"""

from __future__ import annotations

import asyncio
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Footer, Header, OptionList, Static, TextArea
from textual.widgets.option_list import Option

from fieldkit.errors import AnswerError
from fieldkit.session import InterviewSession
from fieldkit.session.narrative import (
    NarrativePreview,
    PreviewSpan,
    confirm_span,
    mark_missed,
    preview_inputs,
    release_span,
    run_preview,
)
from fieldkit.session.navigation import build_view, save_draft, save_text
from fieldkit.tui.i18n import t
from fieldkit.tui.screens.base import FieldkitScreen
from fieldkit.tui.screens.dialogs import LabelModal, SpanModal
from fieldkit.tui.timefmt import local_time
from fieldkit.tui.widgets.keys import OrderedTextArea

__all__ = ["NarrativeScreen", "preview_content"]

SAVE_PAUSE = 2.0
DRAFT_PAUSE = 0.8
PREVIEW_PAUSE = 0.4


def preview_content(original: str, preview: NarrativePreview) -> Content:
    """The redacted text with each stand-in highlighted.

    Rebuilt from the spans so the stand-ins can be styled; if that does not give
    exactly the engine's text, the engine's text is shown unstyled instead.
    """
    parts: list[str | tuple[str, str]] = []
    position = 0
    for span in sorted(preview.spans, key=lambda s: s.start):
        if span.start < position:
            return Content(preview.text)
        parts.append(original[position : span.start])
        parts.append((span.replacement, "bold $warning" if span.uncertain else "bold $accent"))
        position = span.end
    parts.append(original[position:])
    content = Content.assemble(*parts)
    return content if content.plain == preview.text else Content(preview.text)


class NarrativeScreen(FieldkitScreen):
    """Dismisses with ``True`` to move on (Done) or ``False`` to stay (Back)."""

    AUTO_FOCUS = "#story"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "done", "key.done"),
        Binding("escape", "back", "key.back"),
        Binding("ctrl+t", "mark", "key.mark"),
        Binding("f4", "focus_preview", "key.focus_preview"),
    ]

    def __init__(self, session: InterviewSession, question_id: str) -> None:
        super().__init__()
        self._says_saved = False
        self.session = session
        self.question_id = question_id
        self._saved_text: str | None = None
        self._save_timer: Timer | None = None
        self._draft_timer: Timer | None = None
        self._preview_timer: Timer | None = None
        self._spans: tuple[PreviewSpan, ...] = ()
        self.previewed: str | None = None
        """The text the preview shows (what a test waits on instead of sleeping)."""
        self._identity: frozenset[str] = frozenset()
        """Terms always redacted (sealed answers, marked terms): never offered to keep."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="story-question", markup=False)
        with Horizontal(id="story-body"):
            yield OrderedTextArea(id="story", soft_wrap=True, show_line_numbers=False)
            with Vertical(id="story-side"):
                yield Static(t("story.preview", self.lang), id="preview-title")
                with VerticalScroll(id="preview-scroll"):
                    yield Static("", id="preview")
                yield OptionList(id="spans")
        yield Static("", id="story-status", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.sub_title = t("story.title", self.lang)
        self._load()

    @work(group="store", exit_on_error=False)
    async def _load(self) -> None:
        view = await self.fk.services.call(build_view, self.session, self.question_id, self.lang)
        self.query_one("#story-question", Static).update(view.question.label)
        self._saved_text = view.question.text
        editor = self.query_one("#story", TextArea)
        draft = view.question.draft
        editor.load_text(view.question.text if draft is None else draft)
        editor.move_cursor(editor.document.end)  # carry on writing where the story ends
        if draft is not None:
            self._status(t("story.draft_restored", self.lang))
        self.set_focus(editor)  # now, not later: the held keys follow
        await self.fk.release_keys()  # typed while the editor opened: after the text
        self._refresh_preview()

    def relabel(self, lang: str) -> None:
        self.sub_title = t("story.title", lang)
        self.query_one("#preview-title", Static).update(t("story.preview", lang))
        self._refresh_preview()

    # --- saving -----------------------------------------------------------------------

    @on(TextArea.Changed, "#story")
    def _changed(self) -> None:
        for timer in (self._save_timer, self._preview_timer, self._draft_timer):
            if timer is not None:
                timer.stop()
        self._draft_timer = self.set_timer(DRAFT_PAUSE, self._keep_draft)
        self._save_timer = self.set_timer(SAVE_PAUSE, self._autosave)
        if self._says_saved:  # "saved" over text typed since would be a lie
            self._status(t("q.not_saved", self.lang))
        self._preview_timer = self.set_timer(PREVIEW_PAUSE, self._refresh_preview)

    @work(group="store", exit_on_error=False)
    async def _keep_draft(self) -> None:
        """Within a second of the last key: a crash or a kill now loses nothing typed."""
        text = self.query_one("#story", TextArea).text
        if self._saved_text is None or text == self._saved_text:
            return
        at = await self.fk.services.call(save_draft, self.session, self.question_id, text)
        if at is not None and self.query_one("#story", TextArea).text == text:
            self._status(t("story.draft_saved", self.lang, at=local_time(at)), saved=True)

    def _autosave(self) -> None:
        self._save()

    @work(group="store", exit_on_error=False)
    async def _save(self) -> None:
        await self._store()

    async def _store(self) -> bool:
        """Store the text if it changed; False (with the reason shown) if refused."""
        text = self.query_one("#story", TextArea).text
        if self._saved_text is None or text == self._saved_text:
            return True
        try:
            saved = await self.fk.services.call(
                save_text, self.session, self.question_id, text, self.lang
            )
        except AnswerError as error:
            self._status(f"✗ {error.localized(self.lang)}")
            await self.fk.services.call(save_draft, self.session, self.question_id, text)
            return False
        self._saved_text = text
        self._status(t("story.saved", self.lang, at=local_time(saved.at)), saved=True)
        return True

    def _status(self, text: str, *, saved: bool = False) -> None:
        """``saved``: the line says the text on screen is stored, until the next key."""
        self._says_saved = saved
        self.query_one("#story-status", Static).update(text)

    async def flush(self) -> None:
        """Store the story; first stop the pause timers, which would otherwise reach the
        store after the workspace closed (round 30)."""
        for timer in (self._save_timer, self._preview_timer, self._draft_timer):
            if timer is not None:
                timer.stop()
        self._save_timer = self._preview_timer = self._draft_timer = None
        await self._store()

    def position(self) -> tuple[str, str | None] | None:
        return (self.session.id, self.question_id)

    @work(group="store", exit_on_error=False)
    async def action_done(self) -> None:
        if await self._store():
            self.dismiss(True)

    @work(group="store", exit_on_error=False)
    async def action_back(self) -> None:
        if await self._store():
            self.dismiss(False)

    # --- preview ----------------------------------------------------------------------

    def _refresh_preview(self) -> None:
        self._preview(self.query_one("#story", TextArea).text)

    @work(exclusive=True, group="preview", exit_on_error=False)
    async def _preview(self, text: str) -> None:
        inputs = await self.fk.services.call(preview_inputs, self.session, self.question_id)
        self._identity = frozenset(term.strip() for term, _ in inputs.known)
        preview = await asyncio.to_thread(run_preview, inputs, text)
        self._show_preview(text, preview)

    def _show_preview(self, text: str, preview: NarrativePreview) -> None:
        target = self.query_one("#preview", Static)
        spans = self.query_one("#spans", OptionList)
        self._spans = preview.spans
        self.previewed = text
        if not preview.available:
            target.update(t("story.unavailable", self.lang))
            spans.set_options([])
            return
        target.update(preview_content(text, preview))
        summary = t("story.spans", self.lang, n=len(preview.spans), u=preview.uncertain)
        self.query_one("#preview-title", Static).update(
            f"{t('story.preview', self.lang)} · {summary}"
        )
        spans.set_options(
            Option(
                Content.assemble(
                    ("? " if s.uncertain else "  ", "bold $warning"),
                    (s.replacement, "bold"),
                    f" ← {s.original}",
                )
            )
            for s in preview.spans
        )

    # --- decisions --------------------------------------------------------------------

    def action_focus_preview(self) -> None:
        spans = self.query_one("#spans", OptionList)
        target = self.query_one("#story", TextArea) if spans.has_focus else spans
        target.focus()

    def action_mark(self) -> None:
        term = self.query_one("#story", TextArea).selected_text.strip()
        if not term:
            self.notify(t("story.select_first", self.lang), severity="warning")
            return
        self.app.push_screen(LabelModal(term, self.lang), lambda label: self._marked(term, label))

    def _marked(self, term: str, label: str | None) -> None:
        if label:
            self._decide(lambda: mark_missed(self.session, term, label), "story.marked")

    @on(OptionList.OptionSelected, "#spans")
    def _span_chosen(self, event: OptionList.OptionSelected) -> None:
        span = self._spans[event.option_index]
        identity = span.original.strip() in self._identity
        modal = SpanModal(span.original, span.replacement, span.uncertain, identity, self.lang)
        self.app.push_screen(modal, lambda choice: self._span_decided(span, choice))

    def _span_decided(self, span: PreviewSpan, choice: str | None) -> None:
        if choice == "release":
            self._decide(lambda: release_span(self.session, span), "story.released")
        elif choice == "confirm":
            self._decide(lambda: confirm_span(self.session, span), "story.confirmed")

    @work(group="store", exit_on_error=False)
    async def _decide(self, decision: object, done_key: str) -> None:
        await self.fk.services.call(decision)  # type: ignore[arg-type]
        self.notify(t(done_key, self.lang))
        self._refresh_preview()
