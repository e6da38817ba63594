"""What the app's repeat screens draw: plain snapshots of repeats and their instances.

The screens (``fieldkit.tui.screens.repeat``) call these on the store thread
and draw the result; every change goes through ``InterviewSession`` (add,
delete, answer inside an instance), so an instance's answers are stored and
revisioned at once, exactly like an answer asked once.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import Question, format_value
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.session.interview import InterviewSession
from fieldkit.session.navigation import editable_text, localized

__all__ = [
    "InstanceLine",
    "InstanceQuestion",
    "RepeatView",
    "Stored",
    "answer_typed",
    "instance_questions",
    "repeat_views",
]

SUMMARY_WIDTH = 50
"""Characters of an instance's answers shown on its line (the 80x24 layout)."""


@dataclass(frozen=True, kw_only=True)
class InstanceLine:
    id: str
    position: int
    summary: str
    """Its first answers, as shown: "1998 · Jilin · 3000"."""


@dataclass(frozen=True, kw_only=True)
class RepeatView:
    id: str
    title: str
    help: str
    asked: bool
    """The repeat applies, given the answers so far (otherwise it cannot be added to)."""
    instances: tuple[InstanceLine, ...]


@dataclass(frozen=True, kw_only=True)
class InstanceQuestion:
    id: str
    label: str
    help: str
    type: str
    value: str
    """The stored answer as shown ("" when unanswered)."""
    text: str = ""
    """The stored answer as it is typed (choices by their numbers on screen): the field starts
    with it, as a question's field does, so that erasing it and pressing Enter clears it."""
    choices: tuple[tuple[str, str], ...]
    """``(value, label)`` of a choice question, numbered 1.. on screen."""


def repeat_views(session: InterviewSession, lang: str) -> list[RepeatView]:
    """Every repeat of the questionnaire with its live instances."""
    asked = session.asked_repeats()
    views = []
    for repeat_id, section in session.flow.repeat_sections.items():
        lines = tuple(
            InstanceLine(id=i.id, position=i.position, summary=_summary(session, i.answers, lang))
            for i in session.instances(repeat_id)
        )
        views.append(
            RepeatView(
                id=repeat_id,
                title=localized(section.title, lang),
                help=localized(section.help, lang),
                asked=repeat_id in asked,
                instances=lines,
            )
        )
    return views


def _summary(session: InterviewSession, answers: dict[str, object], lang: str) -> str:
    qn, by_id = session.questionnaire, session.flow.by_id
    shown = [
        format_value(qn, by_id[qid], value, lang)
        for qid, value in answers.items()
        if qid in by_id and by_id[qid].sensitivity != "narrative"
    ]
    text = " · ".join(s for s in shown if s)
    return text if len(text) <= SUMMARY_WIDTH else text[: SUMMARY_WIDTH - 1] + "…"


def instance_questions(
    session: InterviewSession, instance_id: str, lang: str
) -> list[InstanceQuestion]:
    """The questions asked in one instance now, with its stored answers."""
    qn = session.questionnaire
    answers = next(
        i.answers
        for r in session.flow.repeat_sections
        for i in session.instances(r)
        if i.id == instance_id
    )
    result = []
    for qid in session.instance_questions(instance_id):
        question = session.flow.by_id[qid]
        if QUESTION_TYPES[question.type].display_only or question.type == "calculate":
            continue
        offered = session.choices_in_instance(instance_id, qid) if question.choices else []
        choices = tuple((c.value, localized(c.label, lang)) for c in offered)
        result.append(
            InstanceQuestion(
                id=qid,
                label=localized(question.label, lang),
                help=localized(question.help, lang),
                type=question.type,
                value=format_value(qn, question, answers.get(qid), lang),
                text=_editable(question, answers.get(qid), choices),
                choices=choices,
            )
        )
    return result


@dataclass(frozen=True, kw_only=True)
class Stored:
    """What storing a typed answer did (the screen acknowledges it)."""

    changed: bool
    at: str
    cleared: bool = False


def _editable(question: Question, value: object, choices: tuple[tuple[str, str], ...]) -> str:
    """``value`` as typed: a choice by its number on screen, anything else as
    ``editable_text`` gives it back."""
    if not choices or value is None:
        return editable_text(question, value)
    numbers = {v: str(n) for n, (v, _) in enumerate(choices, 1)}
    values = value if isinstance(value, list) else [value]
    return " ".join(numbers.get(str(v), str(v)) for v in values)


def _digits(question: InstanceQuestion, text: str) -> str:
    """A choice typed by its number on screen (``2``, or ``1 3`` for several) becomes its
    value; a choice's own value is left for the questionnaire's parsing.  Anything else (a
    number not on screen, a word) is refused here with the numbers shown: the
    questionnaire's message would list the choices' internal values, the filtered-out
    ones too."""
    if not question.choices:
        return text
    parts = text.replace(",", " ").split()
    count = len(question.choices)
    if question.type == "single_choice" and len(parts) > 1:
        raise AnswerError(
            f"type one number only (1 to {count}): this question takes one choice",
            where=f"question '{question.id}'",
            translations={"ko": f"번호를 하나만 입력하세요 (1부터 {count}까지)"},
        )
    if parts and all(p.isdigit() and 1 <= int(p) <= count for p in parts):
        return " ".join(question.choices[int(p) - 1][0] for p in parts)
    offered = {value for value, _ in question.choices}
    if parts and all(p in offered for p in parts):
        return text
    raise AnswerError(
        f"type the number of one of the choices shown (1 to {count})",
        where=f"question '{question.id}'",
        translations={"ko": f"보이는 보기의 번호를 입력하세요 (1부터 {count}까지)"},
    )


def answer_typed(
    session: InterviewSession, instance_id: str, question: InstanceQuestion, text: str, lang: str
) -> Stored:
    """Store what was typed for ``question`` in the instance (empty text clears it); an
    ``AnswerError`` says why it cannot be stored, in ``lang``."""
    if not text.strip():
        revision = session.clear_in_instance(instance_id, question.id)
    else:
        revision = session.answer_text_in_instance(
            instance_id, question.id, _digits(question, text.strip()), lang
        )
    at = revision.answered_at if revision else ""
    return Stored(changed=revision is not None, at=at, cleared=not text.strip())
