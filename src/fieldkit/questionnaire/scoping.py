"""Rules for repeats, calculations, cascading choices, ``regex()`` and geopoints.

Kept apart from ``validate`` (which calls in here) so each stays readable.  The
central rule is *scope*: an expression inside a repeat reads its own
instance's answers by ``${q}`` and its number by ``position(..)``; an
expression anywhere else reads a repeat's questions only through ``count``,
``sum``, ``min`` or ``max`` (there is no single answer to read).  Every
problem names the element and says how to fix it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fieldkit.errors import ExpressionError
from fieldkit.questionnaire import expr
from fieldkit.questionnaire.messages import Listed, Message, Param, Place, sentence_of
from fieldkit.questionnaire.model import Question, Questionnaire, Section
from fieldkit.questionnaire.pattern import compile_pattern
from fieldkit.questionnaire.types import QUESTION_TYPES

__all__ = ["Scope", "calculation_order", "check_scope", "repeat_rules", "scope_of"]


@dataclass(frozen=True)
class Scope:
    """Where an expression is evaluated."""

    repeat: str | None
    """The repeat section whose instance it sees (``None``: the interview as a whole)."""
    choice_list: str | None = None
    """For a ``choice_filter``: the list whose attributes bare names read."""


def scope_of(qn: Questionnaire) -> dict[str, str | None]:
    """Question id -> the id of its repeat section (``None`` when asked once)."""
    return {q.id: (s.id if s.repeat else None) for s in qn.sections for q in s.questions}


def check_scope(qn: Questionnaire, tree: expr.Expr, scope: Scope) -> Iterator[Message]:
    """Messages for references the expression's place does not allow."""
    owner = scope_of(qn)
    repeats = {s.id for s in qn.repeats()}
    aggregated = expr.aggregated(tree)
    for name in sorted(expr.references(tree)):
        if name in repeats:
            if not _counted_only(tree, name):
                yield Message("scope.repeat_ref", {"name": name})
            continue
        home = owner.get(name)
        if home is not None and home != scope.repeat and name not in aggregated:
            yield Message("scope.per_instance", {"name": name, "repeat": home})
    if scope.repeat is None and expr.uses_position(tree):
        yield Message("scope.position_outside")
    yield from _fields(qn, tree, scope)
    yield from _patterns(tree)


def _counted_only(tree: expr.Expr, name: str) -> bool:
    """``${repeat}`` appears only as the argument of ``count``."""
    total = sum(1 for n in expr.nodes(tree) if isinstance(n, expr.Ref) and n.name == name)
    counted = sum(
        1
        for n in expr.nodes(tree)
        if isinstance(n, expr.Call)
        and n.name == "count"
        and isinstance(n.args[0], expr.Ref)
        and n.args[0].name == name
    )
    return total == counted


def _fields(qn: Questionnaire, tree: expr.Expr, scope: Scope) -> Iterator[Message]:
    names = expr.fields(tree)
    if not names:
        return
    if scope.choice_list is None:
        yield Message("scope.bare_name", {"name": sorted(names)[0]})
        return
    known = {"name"} | {a for c in qn.choice_lists.get(scope.choice_list, []) for a in c.attributes}
    for name in sorted(names - known):
        listed = Listed(tuple(sorted(known)))
        params: dict[str, Param] = {"list": scope.choice_list, "name": name, "known": listed}
        yield Message("scope.unknown_attribute", params)


def _patterns(tree: expr.Expr) -> Iterator[Message]:
    for node in expr.nodes(tree):
        if not (isinstance(node, expr.Call) and node.name == "regex"):
            continue
        pattern = node.args[1]
        if not (isinstance(pattern, expr.Literal) and isinstance(pattern.value, str)):
            yield Message("regex.not_literal")
            continue
        try:
            compile_pattern(pattern.value)
        except ExpressionError as error:
            yield sentence_of(error)


def repeat_rules(qn: Questionnaire) -> Iterator[tuple[Place, Message]]:
    """``(where, message)`` for repeat sections and question kinds tied to them."""
    for index, section in enumerate(qn.sections):
        yield from _section_rules(qn, index, section)
        for q in section.questions:
            yield from _question_rules(section, q)


def _section_rules(
    qn: Questionnaire, index: int, section: Section
) -> Iterator[tuple[Place, Message]]:
    where = Place.of(("section", section.id))
    rule = section.repeat
    if rule is None:
        return
    if section.sealed:
        yield where, Message("repeat.sealed")
    if index == 0 and qn.consent is not None:
        yield where, Message("repeat.first_section")
    if rule.min > rule.max:
        yield where, Message("repeat.min_above_max", {"min": rule.min, "max": rule.max})
    if rule.repeat_count:
        try:
            tree = expr.parse(rule.repeat_count)
        except ExpressionError:
            return  # reported with the other expressions
        own = {q.id for q in section.questions} & expr.references(tree)
        if own:
            yield (
                where / "repeat_count",
                Message("repeat.count_reads_own", {"name": sorted(own)[0]}),
            )


def _question_rules(section: Section, q: Question) -> Iterator[tuple[Place, Message]]:
    where = Place.of(("section", section.id), ("question", q.id))
    spec = QUESTION_TYPES[q.type]
    if spec.computed and q.calculation is None:
        yield where, Message("calc.missing")
    if not spec.computed and q.calculation is not None:
        yield where, Message("calc.not_calculate", {"type": q.type})
    if spec.computed and (q.required or q.constraints):
        yield where, Message("calc.required")
    if q.choice_filter is not None and not spec.has_choices:
        yield where, Message("choice_filter.not_choice", {"type": q.type})
    if spec.sealed_only and not section.sealed:
        yield where, Message("sealed_only", {"type": q.type})


def calculation_order(qn: Questionnaire) -> tuple[list[str], list[str]]:
    """``(calculate ids in an order where each reads only earlier ones, ids in a cycle)``."""
    calcs = {q.id: q for q in qn.questions() if q.calculation is not None}
    needs: dict[str, set[str]] = {}
    for qid, q in calcs.items():
        try:
            needs[qid] = expr.references(expr.parse(q.calculation or "")) & set(calcs)
        except ExpressionError:
            needs[qid] = set()
    order: list[str] = []
    done: set[str] = set()
    while len(done) < len(calcs):
        ready = [qid for qid in calcs if qid not in done and needs[qid] <= done]
        if not ready:
            return order, sorted(set(calcs) - done)
        order += ready
        done.update(ready)
    return order, []
