"""What an interface needs to draw one question, and the moves it can make.

The app never walks the questionnaire itself: it asks for an ``InterviewView``
(a frozen snapshot of the question in focus, the section outline with live
skip logic, progress, where Back and Next lead) and hands typed text or a
chosen value back through ``save_text`` / ``save_value``.  Snapshots are built
on the thread that owns the session, so the interface can render them on its
own thread without racing a write.

Nothing here stores anything but answers (through ``InterviewSession``), and no
message quotes an answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from fieldkit.errors import AnswerError, WorkspaceError
from fieldkit.questionnaire import Flow, Question, parse_answer
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.session.interview import InterviewSession
from fieldkit.store import Revision

__all__ = [
    "ChoiceView",
    "Direction",
    "InterviewView",
    "QuestionView",
    "Saved",
    "SectionView",
    "build_view",
    "check_draft",
    "editable_text",
    "localized",
    "move",
    "save_draft",
    "save_text",
    "save_value",
    "section_entry",
]


def localized(text: Mapping[str, str] | None, lang: str) -> str:
    """``text`` in ``lang``, else in the questionnaire's first language."""
    if not text:
        return ""
    return text.get(lang) or next(iter(text.values()))


@dataclass(frozen=True)
class ChoiceView:
    value: str
    label: str
    exclusive: bool = False
    """Chosen only alone ("None of these")."""


@dataclass(frozen=True, kw_only=True)
class QuestionView:
    """The question in focus, ready to draw in one language."""

    id: str
    type: str
    label: str
    help: str
    required: bool
    section_id: str
    section_title: str
    sealed: bool
    sensitivity: str
    choices: tuple[ChoiceView, ...]
    value: Any
    """The stored answer (``None`` when unanswered)."""
    text: str
    """The stored answer as the interviewer would type it, for editing."""
    revisions: int
    """How many times this answer was stored (history length)."""
    number: int
    """1-based position among the questions now asked (notes included)."""
    display_only: bool
    consent: bool
    currency: str | None
    draft: str | None = None
    """Text typed before a crash, lock or quit and not yet submitted (shown, marked so)."""
    draft_at: str | None = None
    statement: tuple[tuple[str, str], ...] = ()
    """For the consent question: what to read aloud first, as ``(language, text)`` for every
    language of the questionnaire (the notes just before it in its section)."""


@dataclass(frozen=True, kw_only=True)
class SectionView:
    """One line of the outline; ``questions`` is filled for the current section."""

    id: str
    title: str
    sealed: bool
    answered: int
    asked: int
    current: bool
    entry: str | None
    """Where a jump to this section lands (``None``: nothing in it is asked now)."""
    questions: tuple[tuple[str, str, bool], ...] = ()
    """``(question id, label, answered)`` for the questions asked in this section."""


@dataclass(frozen=True, kw_only=True)
class InterviewView:
    interview_id: str
    ref: str | None
    status: str
    answered: int
    asked: int
    missing_required: int
    question: QuestionView
    sections: tuple[SectionView, ...]
    previous: str | None
    next: str | None
    total: int
    """Questions asked now (notes included), for "question 3 of 12"."""


@dataclass(frozen=True)
class Saved:
    """The outcome of storing one answer."""

    question_id: str
    changed: bool
    """False when the value equalled the stored one (nothing new was written)."""
    cleared: bool
    at: str | None
    """When the new revision was stored (UTC, ISO 8601)."""


def editable_text(question: Question, value: Any) -> str:
    """A stored value back as text that ``parse_answer`` reads to the same value."""
    if value is None:
        return ""
    if question.type == "money" and isinstance(value, dict):
        return f"{value['amount']} {value['currency']}"
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


def _question_view(session: InterviewSession, qid: str, lang: str, number: int) -> QuestionView:
    flow = session.flow
    question = flow.by_id[qid]
    section = flow.section_of[qid]
    value = session.answers.get(qid)
    draft = session.drafts().get(qid)
    choices = session.questionnaire.choice_lists.get(question.choices or "", [])
    return QuestionView(
        id=qid,
        type=question.type,
        label=localized(question.label, lang),
        help=localized(question.help, lang),
        required=question.required,
        section_id=section.id,
        section_title=localized(section.title, lang),
        sealed=section.sealed,
        sensitivity="direct" if section.sealed else question.sensitivity,
        choices=tuple(ChoiceView(c.value, localized(c.label, lang), c.exclusive) for c in choices),
        value=value,
        text=editable_text(question, value),
        revisions=len(session.history(qid)) if qid in session.answers else 0,
        number=number,
        display_only=QUESTION_TYPES[question.type].display_only,
        consent=flow.is_consent_question(qid),
        currency=question.currencies[0] if question.type == "money" else None,
        statement=_statement(session, qid) if flow.is_consent_question(qid) else (),
        draft=draft[0] if draft else None,
        draft_at=draft[1] if draft else None,
    )


def _statement(session: InterviewSession, qid: str) -> tuple[tuple[str, str], ...]:
    """The notes right before the consent question in its section, in every language.

    Before consent nothing else is asked, so these notes are never reached on their own:
    the consent question carries them, and the statement is read before the answer."""
    questions = session.flow.section_of[qid].questions
    position = next(i for i, q in enumerate(questions) if q.id == qid)
    notes: list[Question] = []
    for question in reversed(questions[:position]):
        if not QUESTION_TYPES[question.type].display_only:
            break
        notes.insert(0, question)
    return tuple(
        (lang, "\n\n".join(localized(n.label, lang) for n in notes))
        for lang in session.questionnaire.languages
        if notes
    )


def _sections(
    session: InterviewSession,
    relevant: list[str],
    values: Mapping[str, Any],
    current: str,
    lang: str,
) -> tuple[SectionView, ...]:
    flow = session.flow
    asked = set(relevant)
    result = []
    for section in session.questionnaire.sections:
        if section.repeat is not None:
            continue  # asked per instance: the repeat's own screen lists its instances
        ids = [q.id for q in section.questions if q.id in asked and not _computed(flow, q.id)]
        answerable = [i for i in ids if not QUESTION_TYPES[flow.by_id[i].type].display_only]
        is_current = flow.section_of[current].id == section.id
        listing = (
            tuple((i, localized(flow.by_id[i].label, lang), i in values) for i in ids)
            if is_current
            else ()
        )
        result.append(
            SectionView(
                id=section.id,
                title=localized(section.title, lang),
                sealed=section.sealed,
                answered=sum(1 for i in answerable if i in values),
                asked=len(answerable),
                current=is_current,
                entry=_entry(session, ids, values),
                questions=listing,
            )
        )
    return tuple(result)


def _computed(flow: Flow, question_id: str) -> bool:
    """Calculations are never shown: nobody answers them."""
    return QUESTION_TYPES[flow.by_id[question_id].type].computed


def _entry(session: InterviewSession, ids: list[str], values: Mapping[str, Any]) -> str | None:
    """First unanswered question of a section, else its first question."""
    answerable = [i for i in ids if not QUESTION_TYPES[session.flow.by_id[i].type].display_only]
    return next((i for i in answerable if i not in values), ids[0] if ids else None)


def build_view(session: InterviewSession, question_id: str | None, lang: str) -> InterviewView:
    """A snapshot with ``question_id`` in focus (default: where to resume)."""
    qid = question_id or session.resume_question()
    if qid not in session.flow.by_id:
        raise AnswerError("no such question in this questionnaire", where=f"question '{qid}'")
    values, relevant = session.flow.effective(session.answers)
    if qid not in relevant or _computed(session.flow, qid):
        qid = session.resume_question()
    progress = session.progress()
    row = session.row
    return InterviewView(
        interview_id=session.id,
        ref=row.ref,
        status=row.status,
        answered=progress.answered,
        asked=progress.relevant,
        missing_required=len(progress.missing_required),
        question=_question_view(session, qid, lang, relevant.index(qid) + 1),
        sections=_sections(session, relevant, values, qid, lang),
        previous=session.previous_question(qid),
        next=session.next_question(qid),
        total=len(relevant),
    )


Direction = Literal["next", "previous", "stay"]


def move(
    session: InterviewSession, question_id: str, direction: Direction, lang: str
) -> InterviewView:
    """The view after moving from ``question_id``; at either end it stays put."""
    target = question_id
    if direction == "next":
        target = session.next_question(question_id) or question_id
    elif direction == "previous":
        target = session.previous_question(question_id) or question_id
    return build_view(session, target, lang)


def section_entry(session: InterviewSession, section_id: str) -> str:
    """Where a jump to ``section_id`` lands; ``AnswerError`` if nothing there is asked."""
    sections = {s.id: s for s in session.questionnaire.sections}
    if section_id not in sections:
        raise WorkspaceError(f"no section '{section_id}' in this questionnaire")
    values, relevant = session.flow.effective(session.answers)
    asked = set(relevant)
    ids = [
        q.id
        for q in sections[section_id].questions
        if q.id in asked and not _computed(session.flow, q.id)
    ]
    entry = _entry(session, ids, values)
    if entry is None:
        hint = None if session.flow.consent_given(session.answers) else "record consent first"
        raise AnswerError(
            "no question in this section is asked, given the answers so far",
            where=f"section '{section_id}'",
            hint=hint,
        )
    return entry


def check_draft(session: InterviewSession, question_id: str, text: str, lang: str) -> str | None:
    """The problem with half-typed ``text``, or ``None``; stores nothing.

    Empty text is not a problem while typing (it means "no answer yet").
    """
    if not text.strip():
        return None
    question = session.flow.by_id.get(question_id)
    if question is None:
        return "no such question"
    try:
        value = parse_answer(session.questionnaire, question, text)
        session.flow.check_answer(question_id, value, session.answers, lang)
    except AnswerError as error:
        return error.localized(lang)
    return None


def save_draft(session: InterviewSession, question_id: str, text: str) -> str | None:
    """Keep typed text as a draft (``None``: nothing kept, the field shows the answer).

    Text equal to the stored answer is not a draft: it removes one."""
    question = session.flow.by_id.get(question_id)
    if question is None:
        raise AnswerError("no such question", where=f"question '{question_id}'")
    if text == editable_text(question, session.answers.get(question_id)):
        session.drop_draft(question_id)
        return None
    return session.save_draft(question_id, text)


def _saved(qid: str, revision: Revision | None, cleared: bool) -> Saved:
    return Saved(qid, revision is not None, cleared, revision.answered_at if revision else None)


def save_text(session: InterviewSession, question_id: str, text: str, lang: str) -> Saved:
    """Store what was typed; empty text clears a stored answer (history keeps it).

    The draft goes too, also when nothing new was stored (the same answer again)."""
    if not text.strip():
        saved = _saved(question_id, session.clear(question_id), True)
    else:
        saved = _saved(question_id, session.answer_text(question_id, text, lang), False)
    session.drop_draft(question_id)
    return saved


def save_value(session: InterviewSession, question_id: str, value: Any, lang: str) -> Saved:
    """Store a chosen value (a choice, a list of choices); ``None`` or ``[]`` clears."""
    if value is None or value == []:
        return _saved(question_id, session.clear(question_id), True)
    return _saved(question_id, session.answer(question_id, value, lang), False)
