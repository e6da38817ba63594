"""``InterviewSession``: one interview being asked, answered and reviewed.

Every answer passes ``Flow.check_answer`` (type, bounds, constraints, consent)
and is then stored at once as a new revision with its event; there is no save
step to forget.  Re-entering the same value stores nothing new.  The session
also knows the interview's identity terms, which seed redaction of its
narratives (``fieldkit.session.terms``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.errors import AnswerError, ConsentRequiredError
from fieldkit.questionnaire import Flow, Progress, Questionnaire, parse_answer
from fieldkit.questionnaire.model import Choice
from fieldkit.session.terms import IdentityTerms, split_terms
from fieldkit.store import InstanceRow, InterviewRow, Revision, Store

__all__ = ["Instance", "InterviewSession", "split_terms"]


@dataclass(frozen=True, kw_only=True)
class Instance:
    """One live instance of a repeat, as the interviewer reviews it."""

    id: str
    """Stable UUID: bundles, merges and exports key the instance by it."""
    repeat_id: str
    position: int
    """1-based among the repeat's instances that are not deleted."""
    answers: dict[str, Any]
    """Stored answers (including ones made irrelevant by later changes)."""


class InterviewSession(IdentityTerms):
    """One interview in an unlocked workspace (its identity terms: ``IdentityTerms``)."""

    def __init__(self, store: Store, interview_id: str, flow: Flow) -> None:
        self.store = store
        self.id = interview_id
        self.flow = flow
        self._answers: dict[str, Any] = store.interviews.answers(interview_id)
        self._rows: list[InstanceRow] = store.instances.all(interview_id)
        self._inside: dict[str, dict[str, Any]] = store.instances.answers(interview_id)

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

    @property
    def declined(self) -> bool:
        """She declined consent: closed as "declined", kept for the interviewer's own count,
        never in a bundle."""
        return self.flow.consent_declined(self._answers)

    @property
    def status(self) -> str:
        """``in_progress``, ``complete``, or ``declined`` (closed with consent declined)."""
        closed = self.row.status == "complete"
        return "declined" if closed and self.declined else self.row.status

    @property
    def record_ref(self) -> str | None:
        """The first 8 hex digits of the record id this interview was exported as (merge's
        messages name a record so; the coordinator's data starts its ``record_id`` with
        them), or None before its first export.  The one way an interviewer can tell the
        coordinator, in person, which record to remove when she withdraws her consent
        (docs/guide-interviewer.md, "If she withdraws her consent")."""
        record_id = self.store.exports.record_id(self.id)
        return record_id[:8] if record_id else None

    def effective(self) -> dict[str, Any]:
        """Answers to questions asked once that are asked, given the other answers."""
        return self.flow.effective(self._logic())[0]

    def _logic(self) -> dict[str, Any]:
        """Every answer in the shape ``Flow`` reads: repeats as lists of instances."""
        combined: dict[str, Any] = dict(self._answers)
        for repeat_id in self.flow.repeat_sections:
            combined[repeat_id] = [i.answers for i in self.instances(repeat_id)]
        return combined

    # --- answering -------------------------------------------------------------------

    def answer(self, question_id: str, value: Any, lang: str = "en") -> Revision | None:
        """Check and store ``value``; ``None`` when it equals the stored answer."""
        canonical = self.flow.check_answer(question_id, value, self._logic(), lang)
        if self._answers.get(question_id) == canonical:
            return None
        revision = self.store.interviews.record_answer(self.id, question_id, canonical)
        self._answers[question_id] = canonical
        self._after_change()
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
        self._after_change()
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

    def _after_change(self) -> None:
        self._recalculate()
        self._reopen_if_incomplete()

    def _reopen_if_incomplete(self) -> None:
        if self.row.status == "complete" and (
            self.missing_required() or self.invalid_answers() or self.progress().repeat_problems
        ):
            self.store.interviews.set_status(self.id, "in_progress")

    def _recalculate(self) -> None:
        """Store every calculation whose value changed (a revision, like any answer)."""
        if not self.flow.has_calculations:
            return
        computed = self.flow.calculated(self._logic())
        for qid in self.flow.calculation_ids:
            repeat_id = self.flow.repeat_of(qid)
            if repeat_id is None:
                if computed.get(qid) != self._answers.get(qid):
                    self.store.interviews.record_answer(self.id, qid, computed.get(qid))
                    self._set(self._answers, qid, computed.get(qid))
                continue
            for instance, values in zip(
                self.instances(repeat_id), computed[repeat_id], strict=True
            ):
                if values.get(qid) != instance.answers.get(qid):
                    self.store.instances.record_answer(self.id, instance.id, qid, values.get(qid))
                    self._set(self._inside.setdefault(instance.id, {}), qid, values.get(qid))

    @staticmethod
    def _set(target: dict[str, Any], key: str, value: Any) -> None:
        if value is None:
            target.pop(key, None)
        else:
            target[key] = value

    # --- repeat instances ---------------------------------------------------------------

    def instances(self, repeat_id: str) -> list[Instance]:
        """The repeat's live instances in the order they were added."""
        live = [r for r in self._rows if r.repeat_id == repeat_id and not r.deleted]
        return [
            Instance(
                id=r.id, repeat_id=repeat_id, position=n, answers=dict(self._inside.get(r.id, {}))
            )
            for n, r in enumerate(live, start=1)
        ]

    def effective_instances(self, repeat_id: str) -> list[tuple[Instance, dict[str, Any]]]:
        """Each live instance with its effective answers (nothing when the repeat is not
        asked)."""
        effective = self.flow.effective_instances(self._logic()).get(repeat_id)
        if effective is None:
            return []
        return list(zip(self.instances(repeat_id), effective, strict=True))

    def add_instance(self, repeat_id: str) -> Instance:
        """A new, empty instance at the end of ``repeat_id``; stored at once."""
        section = self.flow.repeat_sections.get(repeat_id)
        if section is None or section.repeat is None:
            raise AnswerError(
                "no such repeat in this questionnaire",
                where=f"repeat '{repeat_id}'",
                translations={"ko": "이 질문지에는 그런 반복 항목이 없어요"},
            )
        combined = self._logic()
        if not self.flow.consent_given(combined):
            raise ConsentRequiredError(
                "consent has not been recorded",
                where=f"repeat '{repeat_id}'",
                hint="record the interviewee's consent first",
                translations={"ko": "면담 동의를 먼저 받아 기록하세요"},
            )
        if repeat_id not in self.flow.effective_instances(combined):
            raise AnswerError(
                "is not asked, given the answers so far",
                where=f"repeat '{repeat_id}'",
                translations={"ko": "지금까지의 답으로는 묻지 않는 반복 항목이에요"},
            )
        count = len(combined[repeat_id])
        values = {**self.flow.effective(combined)[0], **self.flow.effective_instances(combined)}
        limit = self.flow.expected_count(repeat_id, values)
        limit = section.repeat.max if limit is None else limit
        if count >= limit:
            raise AnswerError(
                f"already has {count} instance(s), the most the answers allow",
                where=f"repeat '{repeat_id}'",
                hint="delete an instance or change the answer that sets the count",
                translations={"ko": f"이미 {count}개로, 답에 따라 더 추가할 수 없어요"},
            )
        instance_id = self.store.instances.add(self.id, repeat_id)
        self._rows = self.store.instances.all(self.id)
        self._after_change()
        return next(i for i in self.instances(repeat_id) if i.id == instance_id)

    def _instance(self, instance_id: str) -> Instance:
        row = next((r for r in self._rows if r.id == instance_id and not r.deleted), None)
        if row is None:
            raise AnswerError(
                "no such instance in this interview (or it was deleted)",
                where=f"instance '{instance_id}'",
                hint="go back to the list of entries: it shows the ones that exist",
                translations={"ko": "이 항목은 없거나 이미 삭제되었어요"},
                hint_translations={"ko": "항목 목록으로 돌아가 남아 있는 항목을 확인하세요"},
            )
        return next(i for i in self.instances(row.repeat_id) if i.id == instance_id)

    def delete_instance(self, instance_id: str) -> int:
        """Delete an instance: a revision; its answers stay in the history."""
        instance = self._instance(instance_id)
        revision = self.store.instances.delete(self.id, instance.id)
        self._rows = self.store.instances.all(self.id)
        self._after_change()
        return revision

    def restore_instance(self, instance_id: str) -> int:
        """Bring a deleted instance back (another revision), at its original place."""
        revision = self.store.instances.restore(self.id, instance_id)
        self._rows = self.store.instances.all(self.id)
        self._after_change()
        return revision

    def answer_in_instance(
        self, instance_id: str, question_id: str, value: Any, lang: str = "en"
    ) -> Revision | None:
        """``answer`` for a question of one instance; ``None`` when unchanged."""
        instance = self._instance(instance_id)
        canonical = self.flow.check_instance_answer(
            instance.repeat_id, instance.position - 1, question_id, value, self._logic(), lang
        )
        if instance.answers.get(question_id) == canonical:
            return None
        revision = self.store.instances.record_answer(self.id, instance_id, question_id, canonical)
        self._inside.setdefault(instance_id, {})[question_id] = canonical
        self._after_change()
        return revision

    def answer_text_in_instance(
        self, instance_id: str, question_id: str, text: str, lang: str = "en"
    ) -> Revision | None:
        question = self.flow.by_id.get(question_id)
        if question is None:
            raise AnswerError(
                "no such question",
                where=f"question '{question_id}'",
                translations={"ko": "이 질문지에는 그런 질문이 없어요"},
            )
        value = parse_answer(self.questionnaire, question, text)
        return self.answer_in_instance(instance_id, question_id, value, lang)

    def clear_in_instance(self, instance_id: str, question_id: str) -> Revision | None:
        instance = self._instance(instance_id)
        if question_id not in instance.answers:
            return None
        revision = self.store.instances.record_answer(self.id, instance_id, question_id, None)
        del self._inside[instance_id][question_id]
        self._after_change()
        return revision

    def choices_in_instance(self, instance_id: str, question_id: str) -> list[Choice]:
        """The choices offered now for ``question_id`` in the instance: its ``choice_filter``
        applied to the instance's answers (a county of the province chosen just before)."""
        instance = self._instance(instance_id)
        return self.flow.choices_for(question_id, self._logic(), index=instance.position - 1)

    def asked_repeats(self) -> set[str]:
        """The repeats that apply, given the answers so far."""
        return set(self.flow.effective_instances(self._logic()))

    def instance_questions(self, instance_id: str) -> list[str]:
        """Questions of the instance asked now, in order, given every other answer."""
        instance = self._instance(instance_id)
        _, relevant = self.flow.instance_effective(
            instance.repeat_id, instance.position - 1, self._logic()
        )
        return relevant

    def instance_history(self, instance_id: str, question_id: str) -> list[Revision]:
        return self.store.instances.history(instance_id, question_id)

    # --- navigation and completeness ----------------------------------------------

    def resume_question(self) -> str:
        """Where to continue: the first unanswered question asked, else the last one."""
        first = self.flow.first_unanswered(self._logic())
        return first or self.flow.answerable(self._logic())[-1]

    def next_question(self, question_id: str) -> str | None:
        return self.flow.next_after(question_id, self._logic())

    def previous_question(self, question_id: str) -> str | None:
        return self.flow.previous_before(question_id, self._logic())

    def is_relevant(self, question_id: str) -> bool:
        return self.flow.is_relevant(question_id, self._logic())

    def progress(self) -> Progress:
        return self.flow.progress(self._logic())

    def missing_required(self) -> tuple[str, ...]:
        return self.progress().missing_required

    def invalid_answers(self, lang: str = "en") -> list[tuple[str, str]]:
        """Answers that break a constraint because another answer changed since."""
        effective = self.effective()
        problems = []
        for qid, value in effective.items():
            for message in self.flow.violations(qid, value, self._logic()):
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
        problems = self.progress().repeat_problems
        if problems:
            raise AnswerError(
                problems[0],
                where=f"interview {self.id}",
                hint="add or delete instances, then mark complete again",
            )
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
