"""The review page and answer history, as snapshots an interface can draw.

Review lists every question asked (given the answers so far) with its answer,
flags required ones still unanswered and answers that a later change made
invalid, and says whether the interview can be marked complete.  The same
checks as ``InterviewSession.mark_complete`` decide, so the page never promises
what marking complete would then refuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import format_value
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.session.interview import InterviewSession
from fieldkit.session.navigation import localized

__all__ = [
    "HistoryEntry",
    "ReviewRow",
    "ReviewView",
    "close_interview",
    "completion_refusal",
    "history",
    "review",
]


@dataclass(frozen=True, kw_only=True)
class ReviewRow:
    question_id: str
    section_title: str
    sealed: bool
    label: str
    answer: str
    """The answer as a person reads it ("" when unanswered)."""
    required: bool
    missing: bool
    problem: str | None
    """A constraint the answer now breaks (another answer changed since)."""


@dataclass(frozen=True, kw_only=True)
class ReviewView:
    interview_id: str
    ref: str | None
    status: str
    rows: tuple[ReviewRow, ...]
    missing: tuple[ReviewRow, ...]
    invalid: tuple[ReviewRow, ...]

    @property
    def can_complete(self) -> bool:
        return not self.missing and not self.invalid


@dataclass(frozen=True)
class HistoryEntry:
    at: str
    answer: str
    """The value as a person reads it; "" records that the answer was cleared."""


def review(session: InterviewSession, lang: str) -> ReviewView:
    """Every asked question with its answer, in questionnaire order."""
    flow = session.flow
    values, relevant = flow.effective(session.answers)
    missing_ids = set(session.missing_required())
    problems = dict(session.invalid_answers(lang))
    rows = []
    for qid in relevant:
        question = flow.by_id[qid]
        if QUESTION_TYPES[question.type].display_only:
            continue
        section = flow.section_of[qid]
        rows.append(
            ReviewRow(
                question_id=qid,
                section_title=localized(section.title, lang),
                sealed=section.sealed,
                label=localized(question.label, lang),
                answer=format_value(session.questionnaire, question, values.get(qid), lang),
                required=question.required,
                missing=qid in missing_ids,
                problem=problems.get(qid),
            )
        )
    row = session.row
    return ReviewView(
        interview_id=session.id,
        ref=row.ref,
        status=session.status,
        rows=tuple(rows),
        missing=tuple(r for r in rows if r.missing),
        invalid=tuple(r for r in rows if r.problem),
    )


def history(session: InterviewSession, question_id: str, lang: str) -> list[HistoryEntry]:
    """Every stored version of one answer, oldest first."""
    question = session.flow.by_id[question_id]
    return [
        HistoryEntry(r.answered_at, format_value(session.questionnaire, question, r.value, lang))
        for r in session.history(question_id)
    ]


SHOWN_TITLES = 5
"""How many unanswered questions a refusal names before "and N more"."""

_REFUSAL = {
    "en": (
        "Not marked complete: {n} required question(s) not answered: {titles}",
        " and {m} more",
        "Not marked complete: an answer is no longer valid: {title}: {problem}",
    ),
    "ko": (
        "완료로 표시하지 않았습니다. 답하지 않은 필수 질문 {n}개: {titles}",
        " 외 {m}개",
        "완료로 표시하지 않았습니다. 더 이상 맞지 않는 답: {title}: {problem}",
    ),
}


def completion_refusal(session: InterviewSession, lang: str) -> str | None:
    """Why marking complete would be refused, in ``lang``, naming questions by their titles
    (never internal ids); ``None`` when it would be accepted."""
    missing, more, invalid = _REFUSAL.get(lang, _REFUSAL["en"])
    view = review(session, lang)
    if view.missing:
        titles = "; ".join(f"'{row.label}'" for row in view.missing[:SHOWN_TITLES])
        extra = len(view.missing) - SHOWN_TITLES
        titles += more.format(m=extra) if extra > 0 else ""
        return missing.format(n=len(view.missing), titles=titles)
    if view.invalid:
        row = view.invalid[0]
        return invalid.format(title=f"'{row.label}'", problem=row.problem)
    return None


def close_interview(session: InterviewSession) -> None:
    """Mark complete, or refuse with an ``AnswerError`` that names the questions by their
    titles in both languages (the app shows it in the interviewer's, the CLI in English)."""
    refusals = {lang: completion_refusal(session, lang) for lang in _REFUSAL}
    english = refusals["en"]
    if english is not None:
        korean = refusals["ko"]
        raise AnswerError(
            english,
            where=f"interview {session.row.ref or session.id[:8]}",
            hint="answer or correct them, then mark complete again",
            translations={"ko": korean} if korean else None,
            hint_translations={"ko": "답하거나 고친 뒤 다시 완료로 표시하세요."},
        )
    session.mark_complete()
