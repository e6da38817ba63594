"""Choice answers: digits pick, arrows move, Enter (or a click) chooses.

Single choice: a digit stores that choice (the screen acknowledges it); Enter
stores the highlighted choice and moves on.  With ten or more choices, digits
typed quickly combine ("1", "2" is choice 12; see ``digits.py``).  Multiple
choice: digits and Space toggle, each toggle is stored; Enter moves on.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.widgets import OptionList, SelectionList
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from fieldkit.session.navigation import QuestionView
from fieldkit.tui.messages import Advance, Submit
from fieldkit.tui.widgets.digits import DigitPicker
from fieldkit.tui.widgets.keys import HandOver, InlineBindings

__all__ = ["MultipleChoiceAnswer", "SingleChoiceAnswer"]


class _DigitKeys:
    """Digits go to the widget's ``DigitPicker`` (which combines quick pairs) and move the
    highlight; shared by both choice widgets."""

    _digits: DigitPicker
    highlighted: int | None

    def on_key(self, event: events.Key) -> None:
        if event.character is None or not event.character.isdigit():
            return
        event.stop()
        event.prevent_default()
        self._digits.feed(event.character)

    def _highlight(self, index: int) -> None:
        self.highlighted = index


class SingleChoiceAnswer(HandOver, InlineBindings, _DigitKeys, OptionList):
    """One choice; the stored one is marked with a filled dot."""

    def __init__(self, question: QuestionView, lang: str) -> None:
        super().__init__(*self._choice_options(question), id="answer")
        self.question = question
        self._digits = DigitPicker(
            self, lambda: len(self.question.choices), self._highlight, self._pick
        )

    @staticmethod
    def _choice_options(question: QuestionView) -> list[Option]:
        return [
            Option(f"{'●' if c.value == question.value else '○'} {i}  {c.label}", id=c.value)
            for i, c in enumerate(question.choices, 1)
        ]

    def on_mount(self) -> None:
        """Nothing is highlighted until something is chosen: Enter on an unanswered
        question must move on, never quietly store the first choice."""
        values = [c.value for c in self.question.choices]
        self.highlighted = (
            values.index(self.question.value) if self.question.value in values else None
        )

    def relabel(self, question: QuestionView, lang: str) -> None:
        self.stored(question)

    def stored(self, question: QuestionView) -> None:
        highlighted = self.highlighted
        self.question = question
        self.set_options(self._choice_options(question))
        self.highlighted = highlighted

    def pending(self) -> tuple[Any, bool] | None:
        return None  # every choice is stored the moment it is made

    def _choose(self, index: int, advance: bool) -> None:
        self.highlighted = index
        value = self.question.choices[index].value
        self.post_message(Submit(self.question.id, value, typed=False, advance=advance))

    def action_select(self) -> None:
        """Enter: store the highlighted choice (if any) and move on."""
        self.hand_over()
        if self.highlighted is None:
            self.post_message(Advance(self.question.id))
        else:
            self._choose(self.highlighted, advance=True)

    async def _on_click(self, event: events.Click) -> None:
        """A click chooses without moving on (the Next button moves on)."""
        event.prevent_default()  # OptionList's own click handler would also move on
        index = event.style.meta.get("option")
        if isinstance(index, int):
            self._choose(index, advance=False)

    def _pick(self, index: int) -> None:
        self._choose(index, advance=False)


def _ticked(number: int, label: str, chosen: bool) -> str:
    return f"{'✓' if chosen else ' '} {number}  {label}"


class MultipleChoiceAnswer(HandOver, InlineBindings, _DigitKeys, SelectionList[str]):
    """Several choices; each toggle is stored, Enter moves on."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "advance", "Next", show=False)]

    def __init__(self, question: QuestionView, lang: str) -> None:
        super().__init__(*self._choice_selections(question), id="answer")
        self.question = question
        self._digits = DigitPicker(
            self, lambda: len(self.question.choices), self._highlight, self._toggle_choice
        )

    @staticmethod
    def _choice_selections(question: QuestionView) -> list[Selection[str]]:
        chosen = question.value if isinstance(question.value, list) else []
        return [
            Selection(_ticked(i, c.label, c.value in chosen), c.value, c.value in chosen)
            for i, c in enumerate(question.choices, 1)
        ]

    def _retick(self) -> None:
        """Marks in the text too: the box alone differs only by colour."""
        chosen = set(self.selected)
        for i, choice in enumerate(self.question.choices):
            prompt = _ticked(i + 1, choice.label, choice.value in chosen)
            self.replace_option_prompt_at_index(i, prompt)

    def relabel(self, question: QuestionView, lang: str) -> None:
        highlighted = self.highlighted
        self.question = question
        self.clear_options()
        self.add_options(self._choice_selections(question))
        self.highlighted = highlighted

    def stored(self, question: QuestionView) -> None:
        self.question = question

    def pending(self) -> tuple[Any, bool] | None:
        return None

    def action_advance(self) -> None:
        self.hand_over()
        self.post_message(Advance(self.question.id))

    def _toggle_choice(self, index: int) -> None:
        self.toggle(self.question.choices[index].value)

    def _keep_exclusive(self, current: list[str]) -> bool:
        """A choice that stands alone ("None of these") clears the others when chosen, and
        is cleared when another is chosen.  True when the selection was changed (a new
        ``SelectedChanged`` follows with the result)."""
        alone = {c.value for c in self.question.choices if c.exclusive}
        chosen = set(self.selected)
        added = chosen - set(current)
        if added & alone:
            drop = chosen - {sorted(added & alone)[0]}
        elif added and chosen & alone:
            drop = chosen & alone
        else:
            return False
        for value in drop:
            self.deselect(value)
        return bool(drop)

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        current = self.question.value if isinstance(self.question.value, list) else []
        if self._keep_exclusive(current):
            return
        self._retick()
        chosen = list(self.selected)
        if sorted(chosen) != sorted(current):
            self.post_message(Submit(self.question.id, chosen, typed=False, advance=False))
