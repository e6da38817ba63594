"""The compiled half of ``Flow`` that knows about repeats, calculations and filters.

``Flow`` (``logic.py``) inherits this: the expressions compiled once, how an
expression's references are looked up (inside an instance, ``${q}`` of the
same repeat is this instance's answer; outside, a ``Nodeset`` of every
instance's), each instance's skip logic, its progress, and the count rules
(``repeat_count``, ``min``, ``max``) an interview must meet to be complete.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import expr, functions
from fieldkit.questionnaire.model import Choice, Question, Questionnaire, Section
from fieldkit.questionnaire.scoping import calculation_order
from fieldkit.questionnaire.types import QUESTION_TYPES

__all__ = ["Lookup", "RepeatLogic"]

Lookup = Callable[[str], Any]


class RepeatLogic:
    """Compiled expressions and the per-instance logic of repeats."""

    questionnaire: Questionnaire
    by_id: dict[str, Question]
    repeat_sections: dict[str, Section]

    # --- compiled once --------------------------------------------------------------

    @cached_property
    def _relevance(self) -> dict[str, list[expr.Expr]]:
        compiled: dict[str, list[expr.Expr]] = {}
        for section in self.questionnaire.sections:
            section_rule = [expr.parse(section.relevant)] if section.relevant else []
            compiled[section.id] = section_rule
            for q in section.questions:
                own = [expr.parse(q.relevant)] if q.relevant else []
                # a repeat's own condition decides whether it is asked, not each instance
                compiled[q.id] = own if section.repeat else section_rule + own
        return compiled

    @cached_property
    def _constraints(self) -> dict[str, list[tuple[expr.Expr, dict[str, str]]]]:
        return {
            q.id: [(expr.parse(c.expr), c.message) for c in q.constraints]
            for q in self.questionnaire.questions()
        }

    @cached_property
    def _calculations(self) -> dict[str, expr.Expr]:
        order, _ = calculation_order(self.questionnaire)
        return {qid: expr.parse(self.by_id[qid].calculation or "") for qid in order}

    @cached_property
    def _filters(self) -> dict[str, expr.Expr]:
        return {
            q.id: expr.parse(q.choice_filter)
            for q in self.questionnaire.questions()
            if q.choice_filter
        }

    @cached_property
    def _home(self) -> dict[str, str]:
        home = {s.id: s.id for s in self.repeat_sections.values()}
        for section in self.repeat_sections.values():
            home.update({q.id: section.id for q in section.questions})
        return home

    def repeat_of(self, name: str) -> str | None:
        """The repeat a question (or a repeat section's own id) belongs to."""
        return self._home.get(name)

    # --- looking up -----------------------------------------------------------------

    def _outer_lookup(
        self, answers: Mapping[str, Any], values: Mapping[str, Any], seen: set[str]
    ) -> Lookup:
        """Earlier questions: their effective value; later ones: as answered.  A repeat
        question read from outside is the ``Nodeset`` of its instances' answers."""

        def lookup(name: str) -> Any:
            repeat = self.repeat_of(name)
            if repeat is None:
                return values.get(name) if name in seen else answers.get(name)
            source = values if repeat in seen else answers
            instances = source.get(repeat) or []
            if name == repeat:
                return expr.Nodeset(True for _ in instances)
            return expr.Nodeset(instance.get(name) for instance in instances)

        return lookup

    def _everything_seen(self, answers: Mapping[str, Any], values: Mapping[str, Any]) -> Lookup:
        return self._outer_lookup(answers, values, set(self.by_id) | set(self.repeat_sections))

    def _passes(self, key: str, lookup: Lookup, position: int | None = None) -> bool:
        return all(
            expr.truthy(expr.evaluate(rule, lookup, position=position))
            for rule in self._relevance[key]
        )

    def _broken(
        self, question_id: str, value: Any, lookup: Lookup, position: int | None
    ) -> list[dict[str, str]]:
        return [
            message
            for rule, message in self._constraints[question_id]
            if not expr.truthy(expr.evaluate(rule, lookup, value, position=position))
        ]

    # --- instances ----------------------------------------------------------------------

    def _instance_walk(
        self, section: Section, instance: Mapping[str, Any], position: int, outer: Lookup
    ) -> tuple[dict[str, Any], list[str]]:
        """One instance's ``(effective answers, relevant question ids)``."""
        values: dict[str, Any] = {}
        relevant: list[str] = []
        seen: set[str] = set()

        def lookup(name: str) -> Any:
            if self.repeat_of(name) == section.id and name != section.id:
                return values.get(name) if name in seen else instance.get(name)
            return outer(name)

        for q in section.questions:
            seen.add(q.id)
            if self._passes(q.id, lookup, position):
                relevant.append(q.id)
                if instance.get(q.id) is not None:
                    values[q.id] = instance[q.id]
        return values, relevant

    def _instance_lookup(
        self, section: Section, instance: Mapping[str, Any], outer: Lookup
    ) -> Lookup:
        """Every question of this instance at its effective value (for constraints)."""

        def lookup(name: str) -> Any:
            if self.repeat_of(name) == section.id and name != section.id:
                return instance.get(name)
            return outer(name)

        return lookup

    def _effective_instances(
        self, section: Section, answers: Mapping[str, Any], outer: Lookup
    ) -> list[dict[str, Any]]:
        instances: Sequence[Mapping[str, Any]] = answers.get(section.id) or []
        return [
            self._instance_walk(section, instance, n, outer)[0]
            for n, instance in enumerate(instances, start=1)
        ]

    def _instance_progress(
        self, repeat_id: str, answers: Mapping[str, Any], values: Mapping[str, Any]
    ) -> tuple[int, int, list[str]]:
        """``(answered, asked, missing required as 'repeat[n].id')`` over the instances."""
        if repeat_id not in values:  # the repeat is not asked
            return 0, 0, []
        section = self.repeat_sections[repeat_id]
        outer = self._everything_seen(answers, values)
        answered = asked = 0
        missing: list[str] = []
        for n, instance in enumerate(answers.get(repeat_id) or [], start=1):
            inner, relevant = self._instance_walk(section, instance, n, outer)
            for qid in relevant:
                if not self._takes_answer(qid):
                    continue
                asked += 1
                answered += qid in inner
                if qid not in inner and self.by_id[qid].required:
                    missing.append(f"{repeat_id}[{n}].{qid}")
        return answered, asked, missing

    def _takes_answer(self, question_id: str) -> bool:
        spec = QUESTION_TYPES[self.by_id[question_id].type]
        return not (spec.display_only or spec.computed)

    # --- counts ---------------------------------------------------------------------------

    def expected_count(self, repeat_id: str, values: Mapping[str, Any]) -> int | None:
        """What ``repeat_count`` asks for, given effective answers (``None``: not set or
        not yet known)."""
        rule = self.repeat_sections[repeat_id].repeat
        if rule is None or rule.repeat_count is None:
            return None
        lookup = self._everything_seen(values, values)
        number = expr.evaluate(expr.parse(rule.repeat_count), lookup)
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            number = functions.apply("number", [number])
        if number is None or number != number or number < 0:
            return None
        return min(int(number), rule.max)

    def count_problems(self, values: Mapping[str, Any]) -> Iterator[str]:
        """Repeats (that are asked) with a number of instances the form does not allow."""
        for repeat_id, section in self.repeat_sections.items():
            rule = section.repeat
            if rule is None or repeat_id not in values:
                continue
            count = len(values[repeat_id])
            expected = self.expected_count(repeat_id, values)
            if expected is not None and count != expected:
                yield (
                    f"repeat '{repeat_id}' has {count} instance(s); the answers call for {expected}"
                )
            elif count < rule.min:
                yield f"repeat '{repeat_id}' needs at least {rule.min} instance(s), has {count}"
            elif count > rule.max:
                yield f"repeat '{repeat_id}' allows at most {rule.max} instance(s), has {count}"

    # --- cascading choices ---------------------------------------------------------------

    def _offered(self, question: Question, lookup: Lookup, position: int | None) -> list[Choice]:
        choices = self.questionnaire.choice_lists.get(question.choices or "", [])
        rule = self._filters.get(question.id)
        if rule is None:
            return list(choices)
        return [
            c
            for c in choices
            if expr.truthy(
                expr.evaluate(
                    rule, lookup, position=position, fields={"name": c.value, **c.attributes}
                )
            )
        ]

    def _refuse_filtered(
        self, question: Question, value: Any, lookup: Lookup, position: int | None
    ) -> None:
        if question.id not in self._filters:
            return
        offered = {c.value for c in self._offered(question, lookup, position)}
        chosen = value if isinstance(value, list) else [value]
        if any(v not in offered for v in chosen):
            raise AnswerError(
                "is not among the choices offered for the earlier answers",
                where=f"question '{question.id}'",
                hint="choose one of the choices shown",
                translations={"ko": "앞의 답에 맞는 보기 중에서 고르세요"},
            )
