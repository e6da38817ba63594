"""Typed answers: one ``Input`` per question type that takes text.

Each field only restricts what can be typed and says what format it expects;
reading the text into a value and checking it is the service layer's job
(``check_draft`` while typing, ``save_text`` on Enter), so the app and the
import command accept exactly the same answers.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from textual import events
from textual.widgets import Input

from fieldkit.session.navigation import QuestionView
from fieldkit.tui.i18n import t
from fieldkit.tui.messages import DraftChanged, KeyRefused, Submit
from fieldkit.tui.widgets.keys import HandOver, InlineBindings

__all__ = [
    "DateAnswer",
    "DecimalAnswer",
    "IntegerAnswer",
    "MoneyAnswer",
    "ShortTextAnswer",
    "TextAnswer",
    "YearAnswer",
    "YearMonthAnswer",
]


class TextAnswer(HandOver, InlineBindings, Input):
    """Base: Enter stores the text and moves on; every change is checked, not stored."""

    HINT: ClassVar[str] = "q.text"
    RESTRICT: ClassVar[str | None] = None
    LIMIT: ClassVar[int] = 0

    def __init__(self, question: QuestionView, lang: str) -> None:
        super().__init__(
            value=question.text if question.draft is None else question.draft,
            placeholder=self._placeholder(question, lang),
            restrict=self.RESTRICT,
            max_length=self.LIMIT,
            id="answer",
            select_on_focus=False,
        )
        self.question = question
        self.set_class(question.draft is not None, "draft")

    async def _on_key(self, event: events.Key) -> None:
        """Runs before the mixins' and ``Input``'s: a character ``RESTRICT`` keeps out is
        dropped by ``Input`` without a word; the screen is told, so it can say why."""
        character = event.character
        if (
            self.RESTRICT is not None
            and not self.handed_over
            and event.is_printable
            and character
            and not re.fullmatch(self.RESTRICT, character)
        ):
            self.post_message(KeyRefused(self.question.id, "q.digits_only"))

    def _placeholder(self, question: QuestionView, lang: str) -> str:
        return t(self.HINT, lang, currency=question.currency or "")

    def relabel(self, question: QuestionView, lang: str) -> None:
        """Same question in another language: keep what is typed, change the hint."""
        self.question = question
        self.placeholder = self._placeholder(question, lang)

    def pending(self) -> tuple[Any, bool] | None:
        """Typed but not yet stored: ``(text, True)``."""
        return (self.value, True) if self.value != self.question.text else None

    def stored(self, question: QuestionView) -> None:
        """The screen stored an answer: what is typed is now the saved text."""
        self.question = question
        self.set_class(self.value != question.text, "draft")

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.set_class(event.value != self.question.text, "draft")
        self.post_message(DraftChanged(self.question.id, event.value))

    async def action_submit(self) -> None:
        """Enter (run inline, see ``InlineBindings``): later keys go to the next question."""
        self.hand_over()
        await super().action_submit()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(Submit(self.question.id, event.value, typed=True, advance=True))


class ShortTextAnswer(TextAnswer):
    LIMIT = 500


class IntegerAnswer(TextAnswer):
    HINT = "q.number_hint"
    RESTRICT = r"[-0-9, ]*"
    LIMIT = 16


class DecimalAnswer(TextAnswer):
    HINT = "q.number_hint"
    RESTRICT = r"[-0-9., ]*"
    LIMIT = 24


class YearAnswer(TextAnswer):
    HINT = "q.year"
    RESTRICT = r"[0-9]*"
    LIMIT = 4


class YearMonthAnswer(TextAnswer):
    """Accepts 1998-02, 1998/2 and 1998년 2월 (the parser reads all three)."""

    HINT = "q.year_month"
    LIMIT = 16


class DateAnswer(TextAnswer):
    HINT = "q.date"
    RESTRICT = r"[0-9-]*"
    LIMIT = 10


class MoneyAnswer(TextAnswer):
    """An amount with an optional currency: 3000, 3,000 CNY, 3000元, 3000 위안."""

    HINT = "q.money"
    LIMIT = 32
