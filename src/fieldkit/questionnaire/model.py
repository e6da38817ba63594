"""The questionnaire format as frozen pydantic models.

A questionnaire is sections of questions, with reusable choice lists.  Every
text a person reads is a ``LocalizedText`` (language code -> text) and must be
given in each of the questionnaire's declared ``languages``.  Models forbid
unknown keys: a misspelt key in a hand-written file is an error, not a silently
ignored setting.  Cross-field rules (unique ids, known choice lists, valid
expressions) live in ``validate.py``.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from fieldkit.questionnaire.types import QuestionTypeName

__all__ = [
    "FORMAT",
    "Analysis",
    "Bins",
    "Choice",
    "ConsentGate",
    "Constraint",
    "Generalisation",
    "LocalizedText",
    "MapChoices",
    "Population",
    "Question",
    "Questionnaire",
    "Repeat",
    "Section",
    "Sensitivity",
    "TableUse",
    "TopCode",
    "YearBand",
    "YearOnly",
]

FORMAT = "fieldkit-questionnaire/1"

Identifier = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
ChoiceValue = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")]
LangCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
LocalizedText = Annotated[dict[LangCode, NonEmpty], Field(min_length=1)]
"""Language code -> text, e.g. ``{"en": "Year of birth", "ko": "출생 연도"}``."""

Sensitivity = Literal["direct", "quasi", "narrative", "none"]
"""How an answer may leave the device.

- ``direct``: identifies a person; never leaves the device.
- ``quasi``: exported only after the question's declared generalisation.
- ``narrative``: free text exported only after redaction.
- ``none``: exported as given.
"""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class YearBand(_Strict):
    """Coarsen a year (or a year-month, or an age) to a band such as 1975-1979."""

    kind: Literal["year_band"]
    width: Annotated[int, Field(ge=2, le=50)] = 5
    """Band width in years; bands start at multiples of the width."""


class YearOnly(_Strict):
    """Keep only the year of a year-month or a date."""

    kind: Literal["year_only"]


class Bins(_Strict):
    """Replace a number by the bin it falls in, e.g. 2,001-5,000 RMB."""

    kind: Literal["bins"]
    edges: Annotated[list[float], Field(min_length=1)]
    """Upper bounds of each bin but the last, ascending: ``[2000, 5000]`` gives
    ``<=2000``, ``2001-5000`` and ``>5000``."""
    labels: list[str] | None = None
    """Optional label per bin (one more than ``edges``)."""


class MapChoices(_Strict):
    """Replace a choice by a coarser group, e.g. a province by its region."""

    kind: Literal["map"]
    mapping: dict[ChoiceValue, NonEmpty]
    """Choice value -> exported group."""
    other: NonEmpty = "other"
    """Group for choices the mapping does not list."""


class TopCode(_Strict):
    """Cap large numbers, e.g. 6 or more children becomes ``>=6``."""

    kind: Literal["top_code"]
    max: int
    """Values at or above this are exported as ``>=max``."""


Generalisation = Annotated[
    YearBand | YearOnly | Bins | MapChoices | TopCode, Field(discriminator="kind")
]


class Choice(_Strict):
    """One option of a choice list."""

    value: ChoiceValue
    """Stable code stored in answers; never shown to the interviewee."""
    label: LocalizedText
    code: int | None = None
    """Numeric code for analysts' codebooks; defaults to the position (1-based)."""
    attributes: dict[Identifier, ChoiceValue] = {}
    """Extra columns a question's ``choice_filter`` reads, e.g. ``{province = "jilin"}``
    on a county: ``choice_filter = "province = ${province}"`` lists the counties of the
    province answered."""
    exclusive: bool = False
    """In a multiple choice: chosen only alone ("None of these"); choosing it clears the
    others in the app, and an answer with it and another choice is refused."""


class Constraint(_Strict):
    """A rule an answer must satisfy, with the message shown when it does not."""

    expr: NonEmpty
    """Expression in fieldkit's expression language; ``.`` is the answer itself."""
    message: LocalizedText


class Question(_Strict):
    """One question (or display-only note)."""

    id: Identifier
    """Stable id: answers, exports and expressions refer to it.  Never reuse one."""
    type: QuestionTypeName
    label: LocalizedText
    help: LocalizedText | None = None
    """Guidance for the interviewer, shown under the question."""
    required: bool = False
    """Must be answered (when relevant) before the interview can be marked complete."""
    relevant: NonEmpty | None = None
    """Skip logic: the question is asked only when this expression is true."""
    constraints: list[Constraint] = []
    choices: Identifier | None = None
    """Name of the choice list, for single and multiple choice questions."""
    minimum: float | None = None
    """Smallest accepted value (integer, decimal, year, money)."""
    maximum: float | None = None
    """Largest accepted value (integer, decimal, year, money)."""
    currencies: list[Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]] = ["CNY"]
    """Accepted ISO 4217 currencies for money questions; the first is the default."""
    sensitivity: Sensitivity = "none"
    generalise: Generalisation | None = None
    """How a ``quasi`` answer is coarsened before export."""
    sensitive_attribute: bool = False
    """An attribute whose diversity within groups the auditor checks (l-diversity)."""
    quasi_identifier: bool = False
    """Something an outsider could know about a woman (birth year, province, children...)
    and combine with other such answers to single her out: the auditor's k-anonymity runs
    over these.  When no question sets it, it runs over every ``quasi`` question."""
    redaction_seed: Literal["person", "place", "contact"] | None = None
    """For identity questions: the answer's terms are redacted from narratives as this label."""
    unit: Annotated[str, StringConstraints(min_length=1, max_length=40)] | None = None
    """What a number counts, for the analysts' data dictionary: ``years``, ``children``,
    ``hours a day`` (money questions name their currency instead)."""
    calculation: NonEmpty | None = None
    """For ``calculate`` questions: the expression whose value is stored as the answer."""
    choice_filter: NonEmpty | None = None
    """Cascading choices: only choices for which this expression is true are offered.
    Bare names are the choice's ``attributes`` (``name`` is its value)."""


class Repeat(_Strict):
    """Makes a section a repeat: its questions are asked once per instance (one per sale,
    one per child), each instance added, answered and deleted on its own."""

    repeat_count: NonEmpty | None = None
    """Expression giving how many instances there must be, e.g. ``${times_sold}``."""
    min: Annotated[int, Field(ge=0, le=1000)] = 0
    """Fewest instances for a complete interview."""
    max: Annotated[int, Field(ge=1, le=1000)] = 100
    """Most instances that can be added."""


class Section(_Strict):
    """A titled group of questions, asked in order."""

    id: Identifier
    title: LocalizedText
    help: LocalizedText | None = None
    relevant: NonEmpty | None = None
    """The whole section is skipped unless this expression is true."""
    sealed: bool = False
    """Identity section: every answer is ``direct`` and never leaves the device."""
    repeat: Repeat | None = None
    """Present: the section is a repeat group (``begin repeat`` in XLSForm)."""
    questions: Annotated[list[Question], Field(min_length=1)]


class ConsentGate(_Strict):
    """Nothing but this question may be answered until it has this answer."""

    question: Identifier
    value: ChoiceValue


class Population(_Strict):
    """Whom a table counts: a named group of interviews, e.g. the women interviewed in Jilin
    and Heilongjiang.  Declared as data so that a report's tables say what they describe."""

    id: Identifier
    label: LocalizedText
    """Shown under every table that counts this population, with its size."""
    where: NonEmpty | None = None
    """Expression over the exported answers (as in ``relevant``); every interview if absent."""


class TableUse(_Strict):
    """One table of the report and the population it counts."""

    id: Identifier
    """A table of fieldkit's catalogue (``fieldkit.analysis.tables``)."""
    population: Identifier
    """The id of one of ``populations``."""


class Analysis(_Strict):
    """How the coordinator's report and the analysts' exports read the answers."""

    k_anonymity: Annotated[int, Field(ge=1, le=1000)] = 3
    """The project's k: an exported record must share its quasi-identifiers with at least
    k - 1 others.  ``fieldkit export-data`` leaves out records below it unless told not to."""
    populations: list[Population] = []
    tables: list[TableUse] = []
    """The report's tables, in the order they are shown; none listed: every table of the
    catalogue over every interview."""


class Questionnaire(_Strict):
    """A whole questionnaire file."""

    format: Literal["fieldkit-questionnaire/1"]
    """Format marker and version; fieldkit refuses files of a format it does not know."""
    id: Identifier
    version: NonEmpty
    title: LocalizedText
    description: LocalizedText | None = None
    languages: Annotated[list[LangCode], Field(min_length=1)]
    """Languages every text must be given in; the first is the default."""
    consent: ConsentGate | None = None
    choice_lists: dict[Identifier, Annotated[list[Choice], Field(min_length=1)]] = {}
    sections: Annotated[list[Section], Field(min_length=1)]
    analysis: Analysis | None = None
    """The report's populations and tables, and the project's k (absent: the defaults)."""

    def questions(self) -> list[Question]:
        """Every question in order, those of repeat sections included."""
        return [q for s in self.sections for q in s.questions]

    def repeats(self) -> list[Section]:
        """The repeat sections, in order."""
        return [s for s in self.sections if s.repeat is not None]

    def repeat_of(self, question_id: str) -> Section | None:
        """The repeat section ``question_id`` belongs to (``None``: asked once)."""
        return next(
            (s for s in self.repeats() if any(q.id == question_id for q in s.questions)), None
        )
