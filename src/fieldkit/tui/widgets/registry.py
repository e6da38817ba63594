"""Which widget asks which question type: a read-only table, not an if-chain.

Every type in ``fieldkit.questionnaire.types.QUESTION_TYPES`` has a row; a test
checks that the two tables stay in step.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType
from typing import Any, Protocol

from textual.widget import Widget

from fieldkit.session.navigation import QuestionView
from fieldkit.tui.widgets.choices import MultipleChoiceAnswer, SingleChoiceAnswer
from fieldkit.tui.widgets.fields import (
    DateAnswer,
    DecimalAnswer,
    IntegerAnswer,
    MoneyAnswer,
    ShortTextAnswer,
    YearAnswer,
    YearMonthAnswer,
)
from fieldkit.tui.widgets.story import NoteAnswer, StoryAnswer

__all__ = ["ANSWER_WIDGETS", "AnswerWidget", "answer_widget"]


class AnswerWidget(Protocol):
    """What the interview screen needs from every answer widget."""

    question: QuestionView
    handed_over: bool

    def take_back(self) -> None:
        """Keys are this widget's again (the move it asked for was refused or done)."""

    def relabel(self, question: QuestionView, lang: str) -> None:
        """Show the same question in another language, keeping any draft."""

    def stored(self, question: QuestionView) -> None:
        """The answer was stored: ``question`` carries the new stored value."""

    def pending(self) -> tuple[Any, bool] | None:
        """An answer given but not yet stored: ``(value, typed)``, else ``None``."""


ANSWER_WIDGETS: MappingProxyType[str, Callable[[QuestionView, str], Widget]] = MappingProxyType(
    {
        "single_choice": SingleChoiceAnswer,
        "multiple_choice": MultipleChoiceAnswer,
        "integer": IntegerAnswer,
        "decimal": DecimalAnswer,
        "year": YearAnswer,
        "year_month": YearMonthAnswer,
        "date": DateAnswer,
        "money": MoneyAnswer,
        "short_text": ShortTextAnswer,
        "long_text": StoryAnswer,
        "note": NoteAnswer,
        # never put to anyone: navigation skips calculations; reached by id, shown read-only
        "calculate": NoteAnswer,
        # typed as "latitude longitude", only in a sealed section (values.py checks it)
        "geopoint": ShortTextAnswer,
    }
)


def answer_widget(question: QuestionView, lang: str) -> Widget:
    return ANSWER_WIDGETS[question.type](question, lang)
