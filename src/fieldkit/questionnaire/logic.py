"""Skip logic, constraints, calculations and progress, evaluated over a map of answers.

Pure functions over a ``Questionnaire`` and its answers: the app, the import
command and the exporter all ask the same questions here ("is this question
asked?", "is this answer allowed?", "what comes next?") and so can never
disagree.  Expressions are parsed once per questionnaire.

The answers map holds each question asked once under its id, and each repeat
section's instances, in order, under the section's id: ``{"times_sold": 2,
"sales": [{"sale_year": 1999}, {"sale_year": 2001}]}``.  ``repeats.py`` has the
per-instance half of the logic.

An answer to a question that is no longer relevant (because an earlier answer
changed) stays stored with its history, but it is not *effective*: it does not
count for progress, for other questions' logic, or for export.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldkit.errors import AnswerError, ConsentRequiredError
from fieldkit.questionnaire import expr, functions
from fieldkit.questionnaire.model import Choice, Question, Questionnaire, Section
from fieldkit.questionnaire.repeats import Lookup, RepeatLogic
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.questionnaire.values import MAX_SHORT_TEXT, check_value

__all__ = ["Flow", "Progress"]


def _stored(value: Any) -> Any:
    """A computed value in the shape it is stored and exported in."""
    if value is None or isinstance(value, str):
        return None if value in (None, "") else str(value)[:MAX_SHORT_TEXT]
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return int(value) if float(value).is_integer() and abs(value) < 2**53 else value
    return functions.apply("string", [value]) or None


@dataclass(frozen=True)
class Progress:
    """How far an interview has come, counting only questions that are asked."""

    answered: int
    relevant: int
    missing_required: tuple[str, ...]
    """Unanswered required questions: an id, or ``repeat[n].id`` inside instance n."""
    repeat_problems: tuple[str, ...] = ()
    """Repeats with too few or too many instances, as messages naming the repeat."""

    @property
    def fraction(self) -> float:
        return self.answered / self.relevant if self.relevant else 1.0


class Flow(RepeatLogic):
    """The questionnaire's logic, compiled once."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        self.questionnaire = questionnaire
        self.order: list[Question] = [
            q for s in questionnaire.sections if s.repeat is None for q in s.questions
        ]
        """Questions asked once, in order (repeat sections' questions are per instance)."""
        self.by_id: dict[str, Question] = {q.id: q for q in questionnaire.questions()}
        self.section_of: dict[str, Section] = {
            q.id: s for s in questionnaire.sections for q in s.questions
        }
        self.repeat_sections: dict[str, Section] = {s.id: s for s in questionnaire.repeats()}

    @property
    def has_calculations(self) -> bool:
        return bool(self._calculations)

    @property
    def calculation_ids(self) -> list[str]:
        """Calculate questions in the order they are computed."""
        return list(self._calculations)

    # --- relevance ----------------------------------------------------------

    def consent_given(self, answers: Mapping[str, Any]) -> bool:
        gate = self.questionnaire.consent
        return gate is None or answers.get(gate.question) == gate.value

    def consent_declined(self, answers: Mapping[str, Any]) -> bool:
        """Consent answered, and not with the consenting value: the interview ends here and
        is never exported (``fieldkit.bundle.export`` counts it instead)."""
        gate = self.questionnaire.consent
        return gate is not None and answers.get(gate.question) not in (None, gate.value)

    def is_consent_question(self, question_id: str) -> bool:
        gate = self.questionnaire.consent
        return gate is not None and gate.question == question_id

    def effective(self, answers: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """``(effective answers to questions asked once, ids of relevant questions asked
        once, in order)``.  Walks the sections in order, so a question that depends on an
        irrelevant one sees it as unanswered.  Repeats: ``effective_instances``."""
        values, relevant = self._walk(answers)
        return {k: v for k, v in values.items() if k not in self.repeat_sections}, relevant

    def effective_instances(self, answers: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
        """Repeat id -> each instance's effective answers, for the repeats that are asked."""
        values, _ = self._walk(answers)
        return {k: v for k, v in values.items() if k in self.repeat_sections}

    def _walk(self, answers: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
        """``effective`` with the repeats that are asked under their ids."""
        values: dict[str, Any] = {}
        relevant: list[str] = []
        seen: set[str] = set()
        consent = self.consent_given(answers)
        lookup = self._outer_lookup(answers, values, seen)
        for section in self.questionnaire.sections:
            if section.repeat is not None:
                seen.add(section.id)
                if consent and self._passes(section.id, lookup):
                    values[section.id] = self._effective_instances(section, answers, lookup)
                continue
            for q in section.questions:
                seen.add(q.id)
                if not (consent or self.is_consent_question(q.id)):
                    continue
                if self._passes(q.id, lookup):
                    relevant.append(q.id)
                    if answers.get(q.id) is not None:
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
        values, _ = self._walk(answers)
        return self._broken(question_id, value, self._everything_seen(answers, values), None)

    def check_answer(
        self, question_id: str, value: Any, answers: Mapping[str, Any], lang: str = "en"
    ) -> Any:
        """The canonical value if it may be stored now; otherwise ``AnswerError``."""
        question = self._answerable_question(question_id, answers, repeat=None)
        canonical = check_value(self.questionnaire, question, value)
        values, _ = self._walk(answers)
        self._refuse_filtered(question, canonical, self._everything_seen(answers, values), None)
        broken = self.violations(question_id, canonical, answers)
        if broken:
            text = broken[0].get(lang) or next(iter(broken[0].values()))
            raise AnswerError(text, where=f"question '{question_id}'", translations=broken[0])
        return canonical

    def _answerable_question(
        self, question_id: str, answers: Mapping[str, Any], repeat: str | None
    ) -> Question:
        question = self.by_id.get(question_id)
        if question is None:
            raise AnswerError(
                "no such question in this questionnaire", where=f"question '{question_id}'"
            )
        home = self.repeat_of(question_id)
        if home != repeat:
            raise AnswerError(
                f"is asked in each instance of repeat '{home}'"
                if home
                else f"is not a question of repeat '{repeat}'",
                where=f"question '{question_id}'",
                hint="answer it within an instance" if home else None,
                translations={
                    "ko": "반복 항목마다 묻는 질문이라 항목 안에서 답해야 해요"
                    if home
                    else "이 반복 항목에서 묻는 질문이 아니에요"
                },
            )
        if QUESTION_TYPES[question.type].computed:
            raise AnswerError(
                "is calculated from other answers and cannot be answered",
                where=f"question '{question_id}'",
                translations={"ko": "다른 답에서 계산되는 값이라 직접 답할 수 없어요"},
            )
        if not self.consent_given(answers) and not self.is_consent_question(question_id):
            raise ConsentRequiredError(
                "consent has not been recorded",
                where=f"question '{question_id}'",
                hint="record the interviewee's consent first",
                translations={"ko": "면담 동의를 먼저 받아 기록하세요"},
            )
        return question

    # --- repeat instances ----------------------------------------------------------------

    def _instance_context(
        self, repeat_id: str, index: int, answers: Mapping[str, Any]
    ) -> tuple[Section, Mapping[str, Any], Lookup]:
        section = self.repeat_sections.get(repeat_id)
        if section is None:
            raise AnswerError(
                "no such repeat in this questionnaire",
                where=f"repeat '{repeat_id}'",
                translations={"ko": "이 질문지에는 그런 반복 항목이 없어요"},
            )
        instances = answers.get(repeat_id) or []
        if not 0 <= index < len(instances):
            raise AnswerError(
                f"has no instance {index + 1}",
                where=f"repeat '{repeat_id}'",
                translations={"ko": f"{index + 1}번째 항목이 없어요"},
            )
        values, _ = self._walk(answers)
        return section, instances[index], self._everything_seen(answers, values)

    def instance_effective(
        self, repeat_id: str, index: int, answers: Mapping[str, Any]
    ) -> tuple[dict[str, Any], list[str]]:
        """Instance ``index`` (0-based): ``(effective answers, relevant question ids)``."""
        section, instance, outer = self._instance_context(repeat_id, index, answers)
        return self._instance_walk(section, instance, index + 1, outer)

    def instance_violations(
        self, repeat_id: str, index: int, question_id: str, value: Any, answers: Mapping[str, Any]
    ) -> list[dict[str, str]]:
        section, instance, outer = self._instance_context(repeat_id, index, answers)
        inner, _ = self._instance_walk(section, instance, index + 1, outer)
        lookup = self._instance_lookup(section, inner, outer)
        return self._broken(question_id, value, lookup, index + 1)

    def check_instance_answer(
        self,
        repeat_id: str,
        index: int,
        question_id: str,
        value: Any,
        answers: Mapping[str, Any],
        lang: str = "en",
    ) -> Any:
        """``check_answer`` for a question of instance ``index`` (0-based) of a repeat."""
        question = self._answerable_question(question_id, answers, repeat=repeat_id)
        canonical = check_value(self.questionnaire, question, value)
        section, instance, outer = self._instance_context(repeat_id, index, answers)
        inner, _ = self._instance_walk(section, instance, index + 1, outer)
        lookup = self._instance_lookup(section, inner, outer)
        self._refuse_filtered(question, canonical, lookup, index + 1)
        broken = self._broken(question_id, canonical, lookup, index + 1)
        if broken:
            text = broken[0].get(lang) or next(iter(broken[0].values()))
            where = f"repeat '{repeat_id}' #{index + 1}, question '{question_id}'"
            raise AnswerError(text, where=where, translations=broken[0])
        return canonical

    def choices_for(
        self, question_id: str, answers: Mapping[str, Any], index: int | None = None
    ) -> list[Choice]:
        """The choices offered now (a ``choice_filter`` applied); ``index`` for a
        question inside a repeat."""
        question = self.by_id[question_id]
        repeat_id = self.repeat_of(question_id)
        values, _ = self._walk(answers)
        lookup = self._everything_seen(answers, values)
        if repeat_id is not None and index is not None:
            section, instance, outer = self._instance_context(repeat_id, index, answers)
            inner, _ = self._instance_walk(section, instance, index + 1, outer)
            lookup = self._instance_lookup(section, inner, outer)
        return self._offered(question, lookup, None if index is None else index + 1)

    def calculated(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """``answers`` with every calculation recomputed (same shape; a calculation
        that is not relevant is ``None``).  Each reads only calculations before it."""
        result: dict[str, Any] = dict(answers)
        for name in self.repeat_sections:
            result[name] = [dict(i) for i in answers.get(name) or []]
        for qid, rule in self._calculations.items():
            repeat_id = self.repeat_of(qid)
            values, relevant = self._walk(result)
            outer = self._everything_seen(result, values)
            if repeat_id is None:
                asked = qid in relevant
                result[qid] = _stored(expr.evaluate(rule, outer)) if asked else None
                continue
            section = self.repeat_sections[repeat_id]
            for n, instance in enumerate(result[repeat_id], start=1):
                inner, shown = self._instance_walk(section, instance, n, outer)
                lookup = self._instance_lookup(section, inner, outer)
                asked = repeat_id in values and qid in shown
                instance[qid] = _stored(expr.evaluate(rule, lookup, position=n)) if asked else None
        return result

    # --- navigation and progress -------------------------------------------------

    def answerable(self, answers: Mapping[str, Any]) -> list[str]:
        """Relevant questions asked once that take an answer (notes and calculations
        left out), in order."""
        return [qid for qid in self.relevant_ids(answers) if self._takes_answer(qid)]

    def first_unanswered(self, answers: Mapping[str, Any]) -> str | None:
        """Where to resume: the first asked question without an answer."""
        values, _ = self.effective(answers)
        return next((qid for qid in self.answerable(answers) if qid not in values), None)

    def next_after(self, question_id: str, answers: Mapping[str, Any]) -> str | None:
        """The next relevant question (notes included) after ``question_id``."""
        relevant = self._shown(answers)
        position = self.order.index(self.by_id[question_id])
        return next((q.id for q in self.order[position + 1 :] if q.id in relevant), None)

    def previous_before(self, question_id: str, answers: Mapping[str, Any]) -> str | None:
        relevant = self._shown(answers)
        position = self.order.index(self.by_id[question_id])
        earlier = [q.id for q in self.order[:position] if q.id in relevant]
        return earlier[-1] if earlier else None

    def _shown(self, answers: Mapping[str, Any]) -> set[str]:
        """Relevant questions an interviewer sees (calculations are never shown)."""
        return {
            qid
            for qid in self.relevant_ids(answers)
            if not QUESTION_TYPES[self.by_id[qid].type].computed
        }

    def progress(self, answers: Mapping[str, Any]) -> Progress:
        values, _ = self._walk(answers)
        asked = self.answerable(answers)
        missing = [qid for qid in asked if self.by_id[qid].required and qid not in values]
        answered = sum(1 for qid in asked if qid in values)
        total = len(asked)
        for repeat_id in self.repeat_sections:
            got, of, lacking = self._instance_progress(repeat_id, answers, values)
            answered, total, missing = answered + got, total + of, missing + lacking
        gate = self.questionnaire.consent
        if gate is not None and not self.consent_given(answers):
            # Declined (answered, not the consenting value): nothing more may be asked, so
            # nothing is missing and the interview can be closed.  Unanswered: consent is.
            missing = [] if answers.get(gate.question) is not None else [gate.question]
        problems = tuple(self.count_problems(values))
        return Progress(answered, total, tuple(missing), problems)
