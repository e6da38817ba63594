"""Answers that are not typed in a one-line field: the story and notes.

A long text (the life story) is edited in its own screen with the redaction
preview; in the question flow it shows the first lines and opens the editor on
Enter or a click.  A note takes no answer: Enter moves on.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import Static

from fieldkit.session.navigation import QuestionView
from fieldkit.tui.i18n import t
from fieldkit.tui.messages import Advance, OpenStory
from fieldkit.tui.widgets.keys import HandOver, InlineBindings

__all__ = ["NoteAnswer", "StoryAnswer"]

PREVIEW_LINES = 4


class StoryAnswer(HandOver, InlineBindings, Static, can_focus=True):
    """The first lines of the story and a way into the editor."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "open", "Edit", show=False)]

    def __init__(self, question: QuestionView, lang: str) -> None:
        super().__init__(id="answer", markup=False)
        self.question = question
        self._lang = lang
        self.relabel(question, lang)

    def relabel(self, question: QuestionView, lang: str) -> None:
        self.question = question
        self._lang = lang
        text = question.text if question.draft is None else question.draft
        lines = text.splitlines()[:PREVIEW_LINES]
        shown = "\n".join(lines) if lines else t("q.story_empty", lang)
        if len(text.splitlines()) > PREVIEW_LINES:
            shown += "\n…"
        if question.draft is not None:
            shown = f"{t('q.story_draft', lang)}\n{shown}"
        self.update(f"{shown}\n\n▶ {t('q.story_open', lang)}")

    def stored(self, question: QuestionView) -> None:
        self.relabel(question, self._lang)

    def pending(self) -> tuple[Any, bool] | None:
        return None  # the editor stores as it goes

    def action_open(self) -> None:
        self.hand_over()  # what is typed next belongs to the editor
        self.post_message(OpenStory(self.question.id))

    def on_click(self, event: events.Click) -> None:
        self.action_open()


class NoteAnswer(HandOver, InlineBindings, Static, can_focus=True):
    """A display-only note; Enter continues."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "advance", "Next", show=False)]

    def __init__(self, question: QuestionView, lang: str) -> None:
        super().__init__(t("q.note_hint", lang), id="answer", markup=False)
        self.question = question

    def relabel(self, question: QuestionView, lang: str) -> None:
        self.question = question
        self.update(t("q.note_hint", lang))

    def stored(self, question: QuestionView) -> None:
        self.question = question

    def pending(self) -> tuple[Any, bool] | None:
        return None

    def action_advance(self) -> None:
        self.hand_over()
        self.post_message(Advance(self.question.id))
