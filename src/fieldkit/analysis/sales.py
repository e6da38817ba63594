"""The number of times each woman was sold or passed on: a table the report could not make.

"Lives for Sale" records that several women "had been or had almost been sold to
different 'husbands'" and were resold (Cases 2, 14, 20, 23, 31 and 43), but its
questionnaire only asked how many times.  With a repeat of one instance per sale
(``sales`` in the built-in set) the count is the number of her instances; where a
record has none, the older question ``times_resold`` (re-sales, "not counting the
first time") gives it as ``times_resold + 1``.  A woman with neither is not
counted (unanswered).  docs/analysis.md states the rule; it is not one of the
published tables and changes none of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.analysis.common import REPORT
from fieldkit.analysis.table import Answers, CountIf, RowSpec, TableSpec

__all__ = ["TIMES_SOLD", "HasTimesSold", "TimesSold", "TimesSoldIn"]

SALES = "sales"
"""The repeat of the built-in set: one instance each time she was sold or passed on."""
RESOLD = "times_resold"
"""The question asked once: how many times she was sold again after the first time."""


@dataclass(frozen=True)
class TimesSold:
    """How many times she was sold or passed on: her instances of ``repeat`` where she
    has any, else ``resold`` + 1, else ``None``."""

    repeat: str = SALES
    resold: str = RESOLD

    def __call__(self, answers: Answers) -> int | None:
        instances = answers.get(self.repeat)
        if isinstance(instances, list) and instances:
            return len(instances)
        again = answers.get(self.resold)
        if isinstance(again, int) and not isinstance(again, bool):
            return again + 1
        return None


@dataclass(frozen=True)
class HasTimesSold:
    """``TimesSold`` knows the number for this woman."""

    count: TimesSold = TimesSold()

    def __call__(self, answers: Answers) -> bool:
        return self.count(answers) is not None


@dataclass(frozen=True)
class TimesSoldIn:
    """``TimesSold`` lies in ``low..high`` (``high`` None: or more)."""

    low: int
    high: int | None = None
    count: TimesSold = TimesSold()

    def __call__(self, answers: Answers) -> bool:
        n = self.count(answers)
        return n is not None and n >= self.low and (self.high is None or n <= self.high)


TIMES_SOLD = TableSpec(
    id="times_sold",
    title_en="Number of times each woman was sold or passed on",
    title_ko="여성 한 명이 팔려 가거나 넘겨진 횟수",
    source=(
        f"{REPORT}: women resold to different 'husbands' (Cases 2, 14, 20, 23, 31 and 43); "
        "not a published table: from the repeat 'sales', else 'times_resold' + 1"
    ),
    questions=(SALES, RESOLD),
    answered=HasTimesSold(),
    rows=(
        RowSpec("once", "Once", "한 번", CountIf(TimesSoldIn(1, 1))),
        RowSpec("twice", "Twice", "두 번", CountIf(TimesSoldIn(2, 2))),
        RowSpec("three_times", "Three times", "세 번", CountIf(TimesSoldIn(3, 3))),
        RowSpec("four_or_more", "Four times or more", "네 번 이상", CountIf(TimesSoldIn(4))),
    ),
    denominator_en="Women who said how many times (or recorded each time)",
    denominator_ko="횟수를 말한(또는 한 번씩 기록한) 여성",
)
"""Number of times sold per woman (rows partition the women counted)."""
