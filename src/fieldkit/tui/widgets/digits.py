"""Digits pick from a numbered list: "3" is the third item, "1" "2" typed quickly is the 12th.

With nine items or fewer a digit picks at once.  With more, a digit that could
start a longer number ("1" among 13) highlights its item and waits a moment for
a second digit before picking.  Used by the choice answers and the section jump.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget

__all__ = ["DIGIT_PAUSE", "DigitPicker", "digit_choice"]

DIGIT_PAUSE = 0.7
"""Seconds to wait for a second digit when the first could start a longer number."""


def digit_choice(typed: str, count: int) -> tuple[int | None, bool]:
    """``(index or None, final)`` for the digits typed so far among ``count`` items."""
    number = int(typed) if typed.isdigit() else 0
    if not 1 <= number <= count:
        return None, True
    return number - 1, number * 10 > count


class DigitPicker:
    """Feeds digits; calls ``show(index)`` at once and ``pick(index)`` when certain."""

    def __init__(
        self,
        owner: Widget,
        count: Callable[[], int],
        show: Callable[[int], None],
        pick: Callable[[int], None],
    ) -> None:
        self._owner = owner
        self._count = count
        self._show = show
        self._pick = pick
        self._typed = ""
        self._timer: Timer | None = None

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def feed(self, digit: str) -> None:
        self._stop()
        typed = self._typed + digit
        index, final = digit_choice(typed, self._count())
        if index is None:  # "1" "9" among 13: start again from the 9
            typed = digit
            index, final = digit_choice(typed, self._count())
        self._typed = "" if index is None or final else typed
        if index is None:
            return
        self._show(index)
        if final:
            self._pick(index)
        else:
            self._timer = self._owner.set_timer(DIGIT_PAUSE, lambda: self._settle(index))

    def _settle(self, index: int) -> None:
        self._typed = ""
        self._timer = None
        self._pick(index)
