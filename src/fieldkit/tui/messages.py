"""Messages the answer widgets send to the interview screen.

Widgets never call the service layer: they say what the interviewer did (gave
an answer, typed a draft, asked to move on) and the screen decides what to
store.  Dataclass messages keep the payload explicit and typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

__all__ = ["Advance", "DraftChanged", "JumpTo", "KeyRefused", "OpenStory", "Submit"]


@dataclass
class Submit(Message):
    """An answer was given: store it (then move on when ``advance``)."""

    question_id: str
    value: Any
    typed: bool
    """``value`` is typed text for ``parse_answer`` rather than a ready value."""
    advance: bool


@dataclass
class DraftChanged(Message):
    """The text in a field changed; check it without storing."""

    question_id: str
    text: str


@dataclass
class Advance(Message):
    """Move to the next question without giving an answer (notes, multiple choice)."""

    question_id: str


@dataclass
class OpenStory(Message):
    """Open the story editor for a long-text question."""

    question_id: str


@dataclass
class JumpTo(Message):
    """Go to a question (clicked in the outline or chosen on the review page)."""

    question_id: str


@dataclass
class KeyRefused(Message):
    """A character the field does not take (a letter in a number): say so, never silently."""

    question_id: str
    reason: str
    """An ``i18n`` key: what the field takes."""
