"""Skip logic, constraints and progress, evaluated over a map of answers.

Pure functions over a ``Questionnaire`` and ``{question_id: value}``: the app,
the import command and the exporter all ask the same questions here ("is this
question asked?", "is this answer allowed?", "what comes next?") and so can
never disagree.  Expressions are parsed once per questionnaire.

An answer to a question that is no longer relevant (because an earlier answer
changed) stays stored with its history, but it is not *effective*: it does not
count for progress, for other questions' logic, or for export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from fieldkit.errors import AnswerError, ConsentRequiredError
from fieldkit.questionnaire import expr
from fieldkit.questionnaire.model import Question, Questionnaire, Section
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.questionnaire.values import check_value

__all__ = ["Flow", "Progress"]


@dataclass(frozen=True)
class Progress:
    """How far an interview has come, counting only questions that are asked."""

    answered: int
    relevant: int
    missing_required: tuple[str, ...]

    @property
    def fraction(self) -> float:
        return self.answered / self.relevant if self.relevant else 1.0


class Flow:
    """The questionnaire's logic, compiled once."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        self.questionnaire = questionnaire
        self.order: list[Question] = questionnaire.questions()
        self.by_id: dict[str, Question] = {q.id: q for q in self.order}
        self.section_of: dict[str, Section] = {
            q.id: s for s in questionnaire.sections for q in s.questions
        }

    @cached_property
    def _relevance(self) -> dict[str, list[expr.Expr]]:
        compiled: dict[str, list[expr.Expr]] = {}
        for section in self.questionnaire.sections:
            section_rule = [expr.parse(section.relevant)] if section.relevant else []
            for q in section.questions:
                own = [expr.parse(q.relevant)] if q.relevant else []
                compiled[q.id] = section_rule + own
        return compiled

    @cached_property
    def _constraints(self) -> dict[str, list[tuple[expr.Expr, dict[str, str]]]]:
        return {q.id: [(expr.parse(c.expr), c.message) for c in q.constraints] for q in self.order}

    # --- relevance ----------------------------------------------------------

    def consent_given(self, answers: Mapping[str, Any]) -> bool:
        gate = self.questionnaire.consent
        return gate is None or answers.get(gate.question) == gate.value

    def is_consent_question(self, question_id: str) -> bool:
        gate = self.questionnaire.consent
        return gate is not None and gate.question == question_id

    def effective(self, answers: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """``(effective answers, ids of relevant questions in order)``.

        Walks the questions in order, so a question that depends on an
        irrelevant one sees it as unanswered.
        """
        values: dict[str, Any] = {}
        relevant: list[str] = []
        seen: set[str] = set()
        consent = self.consent_given(answers)

        def lookup(name: str) -> Any:
            # Earlier questions: their effective value; later ones: as answered.
            return values.get(name) if name in seen else answers.get(name)

        for q in self.order:
            seen.add(q.id)
            if not (consent or self.is_consent_question(q.id)):
                continue
            if all(expr.truthy(expr.evaluate(rule, lookup)) for rule in self._relevance[q.id]):
                relevant.append(q.id)
                if q.id in answers and answers[q.id] is not None:
                    values[q.id] = answers[q.id]
        return values, relevant

    def depends_on(self, question_id: str) -> set[str]:
        """Questions whose answers decide whether ``question_id`` is asked."""
        return set().union(*(expr.references(rule) for rule in self._relevance[question_id]))

    def relevant_ids(self, answers: Mapping[str, Any]) -> list[str]:
        return self.effective(answers)[1]

    def is_relevant(self, question_id: str, answers: Mapping[str, Any]) -> bool:
        return question_id in self.relevant_ids(answers)

    # --- checking an answer ---------------------------------------------------

    def violations(
        self, question_id: str, value: Any, answers: Mapping[str, Any]
    ) -> list[dict[str, str]]:
        """Messages (per language) of constraints ``value`` breaks, given the other answers."""
        values, _ = self.effective(answers)
        broken = []
        for rule, message in self._constraints[question_id]:
            if not expr.truthy(expr.evaluate(rule, values.get, current=value)):
                broken.append(message)
        return broken

    def check_answer(
        self, question_id: str, value: Any, answers: Mapping[str, Any], lang: str = "en"
    ) -> Any:
        """The canonical value if it may be stored now; otherwise ``AnswerError``."""
        question = self.by_id.get(question_id)
        if question is None:
            raise AnswerError(
                "no such question in this questionnaire", where=f"question '{question_id}'"
            )
        if not self.consent_given(answers) and not self.is_consent_question(question_id):
            raise ConsentRequiredError(
                "consent has not been recorded",
                where=f"question '{question_id}'",
                hint="record the interviewee's consent first",
                translations={"ko": "면담 동의를 먼저 받아 기록하세요"},
            )
        canonical = check_value(self.questionnaire, question, value)
        broken = self.violations(question_id, canonical, answers)
        if broken:
            text = broken[0].get(lang) or next(iter(broken[0].values()))
            raise AnswerError(text, where=f"question '{question_id}'", translations=broken[0])
        return canonical

    # --- navigation and progress -------------------------------------------------

    def answerable(self, answers: Mapping[str, Any]) -> list[str]:
        """Relevant questions that take an answer (notes left out), in order."""
        return [
            qid
            for qid in self.relevant_ids(answers)
            if not QUESTION_TYPES[self.by_id[qid].type].display_only
        ]

    def first_unanswered(self, answers: Mapping[str, Any]) -> str | None:
        """Where to resume: the first asked question without an answer."""
        values, _ = self.effective(answers)
        return next((qid for qid in self.answerable(answers) if qid not in values), None)

    def next_after(self, question_id: str, answers: Mapping[str, Any]) -> str | None:
        """The next relevant question (notes included) after ``question_id``."""
        relevant = self.relevant_ids(answers)
        position = self.order.index(self.by_id[question_id])
        return next((q.id for q in self.order[position + 1 :] if q.id in relevant), None)

    def previous_before(self, question_id: str, answers: Mapping[str, Any]) -> str | None:
        relevant = self.relevant_ids(answers)
        position = self.order.index(self.by_id[question_id])
        earlier = [q.id for q in self.order[:position] if q.id in relevant]
        return earlier[-1] if earlier else None

    def progress(self, answers: Mapping[str, Any]) -> Progress:
        values, _ = self.effective(answers)
        asked = self.answerable(answers)
        missing = tuple(qid for qid in asked if self.by_id[qid].required and qid not in values)
        gate = self.questionnaire.consent
        if gate is not None and not self.consent_given(answers):
            # Declined (answered, not the consenting value): nothing more may be asked, so
            # nothing is missing and the interview can be closed.  Unanswered: consent is.
            missing = () if answers.get(gate.question) is not None else (gate.question,)
        return Progress(sum(1 for qid in asked if qid in values), len(asked), missing)
