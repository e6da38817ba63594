"""``InterviewSession``: one interview being asked, answered and reviewed.

Every answer passes ``Flow.check_answer`` (type, bounds, constraints, consent)
and is then stored at once as a new revision with its event; there is no save
step to forget.  Re-entering the same value stores nothing new.  The session
also knows the interview's identity terms, which seed redaction of its
narratives.
"""

from __future__ import annotations

import re
from typing import Any

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import Flow, Progress, Questionnaire, parse_answer
from fieldkit.store import Decision, InterviewRow, Revision, Store

__all__ = ["InterviewSession", "split_terms"]

_TERM_SEPARATORS = re.compile(r"[\n;,、，/]+")


def split_terms(text: str) -> list[str]:
    """Identity answers often list several names: "Kim Young-hee; Ok-sun, 순이"."""
    return [t.strip() for t in _TERM_SEPARATORS.split(text) if t.strip()]


class InterviewSession:
    """One interview in an unlocked workspace."""

    def __init__(self, store: Store, interview_id: str, flow: Flow) -> None:
        self.store = store
        self.id = interview_id
        self.flow = flow
        self._answers: dict[str, Any] = store.interviews.answers(interview_id)

    @property
    def questionnaire(self) -> Questionnaire:
        return self.flow.questionnaire

    @property
    def row(self) -> InterviewRow:
        return self.store.interviews.get(self.id)

    @property
    def answers(self) -> dict[str, Any]:
        """Current stored answers (including ones made irrelevant by later changes)."""
        return dict(self._answers)

    def effective(self) -> dict[str, Any]:
        """Answers to questions that are asked, given the other answers."""
        return self.flow.effective(self._answers)[0]

    # --- answering -------------------------------------------------------------------

    def answer(self, question_id: str, value: Any, lang: str = "en") -> Revision | None:
        """Check and store ``value``; ``None`` when it equals the stored answer."""
        canonical = self.flow.check_answer(question_id, value, self._answers, lang)
        if self._answers.get(question_id) == canonical:
            return None
        revision = self.store.interviews.record_answer(self.id, question_id, canonical)
        self._answers[question_id] = canonical
        self._reopen_if_incomplete()
        return revision

    def answer_text(self, question_id: str, text: str, lang: str = "en") -> Revision | None:
        """Read what the interviewer typed, then ``answer`` it."""
        question = self.flow.by_id.get(question_id)
        if question is None:
            raise AnswerError("no such question", where=f"question '{question_id}'")
        return self.answer(question_id, parse_answer(self.questionnaire, question, text), lang)

    def clear(self, question_id: str) -> Revision | None:
        """Remove an answer (a new revision records the removal)."""
        if question_id not in self._answers:
            return None
        revision = self.store.interviews.record_answer(self.id, question_id, None)
        del self._answers[question_id]
        self._reopen_if_incomplete()
        return revision

    # --- drafts: typed, not yet submitted ------------------------------------------

    def save_draft(self, question_id: str, text: str) -> str | None:
        """Keep what is typed in a field as its draft; returns when it was stored, or
        ``None`` when there is nothing to keep (empty: the draft is removed)."""
        if question_id not in self.flow.by_id:
            raise AnswerError("no such question", where=f"question '{question_id}'")
        if not text:
            self.store.drafts.remove(self.id, question_id)
            return None
        return self.store.drafts.put(self.id, question_id, text).saved_at

    def drop_draft(self, question_id: str) -> None:
        """The typed text was given up (it is the stored answer again)."""
        self.store.drafts.remove(self.id, question_id)

    def drafts(self) -> dict[str, tuple[str, str]]:
        """``{question id: (text, saved at)}`` for every draft of this interview."""
        return {q: (d.text, d.saved_at) for q, d in self.store.drafts.of(self.id).items()}

    def history(self, question_id: str) -> list[Revision]:
        return self.store.interviews.history(self.id, question_id)

    def _reopen_if_incomplete(self) -> None:
        if self.row.status == "complete" and (self.missing_required() or self.invalid_answers()):
            self.store.interviews.set_status(self.id, "in_progress")

    # --- navigation and completeness ----------------------------------------------

    def resume_question(self) -> str:
        """Where to continue: the first unanswered question asked, else the last one."""
        first = self.flow.first_unanswered(self._answers)
        return first or self.flow.answerable(self._answers)[-1]

    def next_question(self, question_id: str) -> str | None:
        return self.flow.next_after(question_id, self._answers)

    def previous_question(self, question_id: str) -> str | None:
        return self.flow.previous_before(question_id, self._answers)

    def is_relevant(self, question_id: str) -> bool:
        return self.flow.is_relevant(question_id, self._answers)

    def progress(self) -> Progress:
        return self.flow.progress(self._answers)

    def missing_required(self) -> tuple[str, ...]:
        return self.progress().missing_required

    def invalid_answers(self, lang: str = "en") -> list[tuple[str, str]]:
        """Answers that break a constraint because another answer changed since."""
        effective = self.effective()
        problems = []
        for qid, value in effective.items():
            for message in self.flow.violations(qid, value, self._answers):
                problems.append((qid, message.get(lang) or next(iter(message.values()))))
        return problems

    def mark_complete(self) -> None:
        missing = self.missing_required()
        if missing:
            raise AnswerError(
                f"{len(missing)} required question(s) unanswered: " + ", ".join(missing[:8]),
                where=f"interview {self.id}",
                hint="answer them, then mark complete again",
            )
        invalid = self.invalid_answers()
        if invalid:
            qid, message = invalid[0]
            raise AnswerError(
                message,
                where=f"interview {self.id}, question '{qid}'",
                hint="correct the answer, then mark complete again",
            )
        if self.row.status != "complete":
            self.store.interviews.set_status(self.id, "complete")

    def reopen(self) -> None:
        if self.row.status != "in_progress":
            self.store.interviews.set_status(self.id, "in_progress")

    # --- identity terms for redaction -----------------------------------------------

    def identity_terms(self) -> list[tuple[str, str]]:
        """``(term, label)`` from the sealed section's seeded answers and decisions."""
        terms: list[tuple[str, str]] = []
        for qid, value in self._answers.items():
            question = self.flow.by_id.get(qid)
            if question is not None and question.redaction_seed and isinstance(value, str):
                terms += [(t, question.redaction_seed) for t in split_terms(value)]
        terms += [(d.term, d.label) for d in self.decisions() if d.kind == "known"]
        return terms

    def released_terms(self) -> list[str]:
        """Spans the interviewer released as false positives (kept in the export)."""
        return [d.term for d in self.decisions() if d.kind == "release"]

    def add_known_term(self, term: str, label: str) -> None:
        """A term the redactor missed: from now on it is redacted everywhere."""
        self._decide("known", term, label)

    def release_term(self, term: str, label: str) -> None:
        """A false positive the interviewer keeps; logged with the time."""
        if term.strip() in {t for t, _ in self.identity_terms()}:
            raise AnswerError("identity terms cannot be released; they are always redacted")
        self._decide("release", term, label)

    def _decide(self, kind: str, term: str, label: str) -> None:
        term = term.strip()
        if not term:
            raise AnswerError("the term is empty")
        self.store.interviews.add_decision(self.id, kind=kind, term=term, label=label)

    def decisions(self) -> list[Decision]:
        return self.store.interviews.decisions(self.id)
