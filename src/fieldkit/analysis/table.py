"""Tables as data: a declarative spec in, a frozen ``Table`` out.

A published table counts a population (declared in the questionnaire's
analysis section, say the women interviewed in Jilin and Heilongjiang), among
them a group (``among``: women living with a husband in China), the questions
it needs, and rows that each count something among the women who answered
them.  Writing each table as a ``TableSpec`` keeps the report's
definitions readable side by side, and keeps the counting in one place
(``compute``) where denominators and unanswered interviews are handled the same
way for every table.

Input is *effective* answers (``effective_answers``): an answer to a question
that is no longer asked must not be counted, exactly as it is not exported.

``Table`` is plain frozen data with English and Korean labels, so text,
markdown, CSV, JSON or HTML renderers need nothing but the table itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from fieldkit.questionnaire import Flow, Questionnaire

__all__ = [
    "AllOf",
    "AnswerIn",
    "Answers",
    "AnyOf",
    "Between",
    "CountIf",
    "Everyone",
    "HasElement",
    "Measure",
    "Not",
    "Number",
    "Predicate",
    "Row",
    "RowSpec",
    "Scope",
    "Selected",
    "Table",
    "TableSpec",
    "Unit",
    "answer_in",
    "compute",
    "effective_answers",
    "number",
]

Answers = Mapping[str, Any]
"""One interview's effective answers: question id -> stored value."""
Predicate = Callable[[Answers], bool]
"""Does an interview belong (to a population, to a row)?"""
Measure = Callable[[Answers], int]
"""What an interview adds to a row: 0 or 1 for women, a number for children."""
Unit = Literal["women", "children"]


def effective_answers(qn: Questionnaire, interviews: Iterable[Answers]) -> list[dict[str, Any]]:
    """Each interview's answers without those to questions that are no longer asked."""
    flow = Flow(qn)
    return [flow.effective(answers)[0] for answers in interviews]


# --- predicates and measures: small, named, and printable ----------------------


@dataclass(frozen=True)
class Everyone:
    """Every interview."""

    def __call__(self, answers: Answers) -> bool:
        return True


@dataclass(frozen=True)
class AnswerIn:
    """The (single choice) answer to ``question`` is one of ``values``."""

    question: str
    values: frozenset[str]

    def __call__(self, answers: Answers) -> bool:
        return answers.get(self.question) in self.values


def answer_in(question: str, *values: str) -> AnswerIn:
    """``AnswerIn`` without spelling out the frozenset."""
    return AnswerIn(question, frozenset(values))


def number(value: Any) -> int | float | None:
    """A whole number, a decimal, or a money answer's amount; None for anything else."""
    if isinstance(value, dict):
        value = value.get("amount")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return None


@dataclass(frozen=True)
class Between:
    """The number (or amount) answered to ``question`` lies in ``low..high`` (inclusive;
    open if None)."""

    question: str
    low: int | None = None
    high: int | None = None

    def __call__(self, answers: Answers) -> bool:
        value = number(answers.get(self.question))
        if value is None:
            return False
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@dataclass(frozen=True)
class HasElement:
    """A multiple-choice answer holds at least one choice other than ``none``."""

    question: str
    none: str = "none"

    def __call__(self, answers: Answers) -> bool:
        value = answers.get(self.question)
        return isinstance(value, list) and any(v != self.none for v in value)


@dataclass(frozen=True)
class Selected:
    """The multiple-choice answer to ``question`` includes ``value``."""

    question: str
    value: str

    def __call__(self, answers: Answers) -> bool:
        chosen = answers.get(self.question)
        return isinstance(chosen, list) and self.value in chosen


@dataclass(frozen=True)
class Not:
    """``predicate`` does not hold."""

    predicate: Predicate

    def __call__(self, answers: Answers) -> bool:
        return not self.predicate(answers)


@dataclass(frozen=True)
class AllOf:
    """Every one of ``predicates`` holds."""

    predicates: tuple[Predicate, ...]

    def __call__(self, answers: Answers) -> bool:
        return all(p(answers) for p in self.predicates)


@dataclass(frozen=True)
class AnyOf:
    """At least one of ``predicates`` holds."""

    predicates: tuple[Predicate, ...]

    def __call__(self, answers: Answers) -> bool:
        return any(p(answers) for p in self.predicates)


@dataclass(frozen=True)
class CountIf:
    """Counts an interview once when ``predicate`` holds."""

    predicate: Predicate

    def __call__(self, answers: Answers) -> int:
        return 1 if self.predicate(answers) else 0


@dataclass(frozen=True)
class Number:
    """Adds the whole-number answer to ``question`` (0 when unanswered)."""

    question: str

    def __call__(self, answers: Answers) -> int:
        value = answers.get(self.question)
        return value if isinstance(value, int) and not isinstance(value, bool) else 0


@dataclass(frozen=True, kw_only=True)
class Scope:
    """The population a table counts, as the questionnaire's analysis section names it,
    and how many interviews it holds (before ``among`` and unanswered questions)."""

    id: str
    label_en: str
    label_ko: str
    size: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": {"en": self.label_en, "ko": self.label_ko},
            "size": self.size,
        }


# --- the spec and its result ------------------------------------------------------


@dataclass(frozen=True)
class RowSpec:
    """One row: a stable key, its labels, and what each interview adds to it."""

    key: str
    label_en: str
    label_ko: str
    measure: Measure


@dataclass(frozen=True, kw_only=True)
class TableSpec:
    """How one published table is computed from answers."""

    id: str
    title_en: str
    title_ko: str
    source: str
    """Where the table or figure is in the report."""
    questions: tuple[str, ...]
    """Questions the table is computed from (for codebooks and sanity checks)."""
    among: Predicate = Everyone()
    """Which interviews of the population the table is about, e.g. women living with a
    husband (the population itself is the questionnaire's, see ``Scope``)."""
    rows: tuple[RowSpec, ...]
    denominator_en: str
    denominator_ko: str
    unit: Unit = "women"
    size: Measure = CountIf(Everyone())
    """What each answered interview adds to the total: 1 woman, or her number of children."""
    answered: Predicate | None = None
    """Has the interview the answers the table needs?  Default: every one of ``questions``."""
    exclusive: bool = True
    """Rows partition the total (False when one interview can count in several rows)."""

    def is_answered(self, answers: Answers) -> bool:
        if self.answered is not None:
            return self.answered(answers)
        return all(answers.get(q) is not None for q in self.questions)


@dataclass(frozen=True)
class Row:
    """One computed row."""

    key: str
    label_en: str
    label_ko: str
    count: int


@dataclass(frozen=True, kw_only=True)
class Table:
    """A computed table: rows of counts over a stated denominator."""

    id: str
    title_en: str
    title_ko: str
    rows: tuple[Row, ...]
    total: int
    """The denominator: answered interviews in the population (or their children)."""
    denominator_en: str
    denominator_ko: str
    unit: Unit
    exclusive: bool
    unanswered: int
    """Interviews of the group left out because an answer the table needs is missing."""
    source: str
    questions: tuple[str, ...]
    scope: Scope | None = None
    """The population counted; None when the table was computed over whatever it was given."""

    def count(self, key: str) -> int:
        """The count in the row ``key`` (``KeyError`` if there is no such row)."""
        for row in self.rows:
            if row.key == key:
                return row.count
        raise KeyError(key)

    def share(self, key: str) -> float | None:
        """The row's count as a fraction of the total; None for an empty table."""
        return self.count(key) / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data, shares included, for renderers and exports."""
        return {
            "id": self.id,
            "title": {"en": self.title_en, "ko": self.title_ko},
            "unit": self.unit,
            "total": self.total,
            "unanswered": self.unanswered,
            "exclusive": self.exclusive,
            "denominator": {"en": self.denominator_en, "ko": self.denominator_ko},
            "source": self.source,
            "questions": list(self.questions),
            "population": self.scope.to_dict() if self.scope else None,
            "rows": [
                {
                    "key": row.key,
                    "label": {"en": row.label_en, "ko": row.label_ko},
                    "count": row.count,
                    "share": self.share(row.key),
                }
                for row in self.rows
            ],
        }


def compute(spec: TableSpec, interviews: Iterable[Answers], scope: Scope | None = None) -> Table:
    """The table ``spec`` describes, over ``interviews`` (effective answers): the members
    of ``scope``'s population, when one is given."""
    group = [a for a in interviews if spec.among(a)]
    answered = [a for a in group if spec.is_answered(a)]
    rows = tuple(
        Row(r.key, r.label_en, r.label_ko, sum(r.measure(a) for a in answered)) for r in spec.rows
    )
    return Table(
        id=spec.id,
        title_en=spec.title_en,
        title_ko=spec.title_ko,
        rows=rows,
        total=sum(spec.size(a) for a in answered),
        denominator_en=spec.denominator_en,
        denominator_ko=spec.denominator_ko,
        unit=spec.unit,
        exclusive=spec.exclusive,
        unanswered=len(group) - len(answered),
        source=spec.source,
        questions=spec.questions,
        scope=scope,
    )
