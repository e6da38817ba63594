"""Cross-field rules of the questionnaire format, one function per rule family.

Pydantic checks each element on its own; these rules check how elements fit
together (ids unique, choice lists known, expressions valid and pointing at
real questions, sensitivity consistent).  Every rule yields ``Problem``s with a
path a person can follow to the failing element, and all of them are reported
at once so a form author can fix a file in one pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fieldkit.errors import ExpressionError
from fieldkit.questionnaire import expr
from fieldkit.questionnaire.model import Question, Questionnaire, Section
from fieldkit.questionnaire.scoping import Scope, calculation_order, check_scope, repeat_rules
from fieldkit.questionnaire.types import QUESTION_TYPES

__all__ = ["Problem", "validate"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a questionnaire."""

    where: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _q_path(section: Section, question: Question) -> str:
    return f"section '{section.id}' > question '{question.id}'"


def validate(qn: Questionnaire) -> list[Problem]:
    """Every cross-field problem in ``qn`` (errors and warnings)."""
    rules = (
        _unique_ids,
        _languages,
        _choices,
        _bounds,
        _sensitivity,
        _expressions,
        _consent,
        _analysis,
        _repeats_and_calculations,
    )
    return [problem for rule in rules for problem in rule(qn)]


def _unique_ids(qn: Questionnaire) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for section in qn.sections:
        if section.id in seen:
            yield Problem(f"section '{section.id}'", f"id is also used by {seen[section.id]}")
        seen[section.id] = f"section '{section.id}'"
        for question in section.questions:
            if question.id in seen:
                yield Problem(_q_path(section, question), f"id is also used by {seen[question.id]}")
            seen[question.id] = _q_path(section, question)
    for name, choices in qn.choice_lists.items():
        values = [c.value for c in choices]
        for value in {v for v in values if values.count(v) > 1}:
            yield Problem(f"choice list '{name}'", f"choice value '{value}' appears twice")


def _texts(qn: Questionnaire) -> Iterator[tuple[str, dict[str, str]]]:
    yield "title", qn.title
    if qn.description:
        yield "description", qn.description
    for name, choices in qn.choice_lists.items():
        for choice in choices:
            yield f"choice list '{name}' > choice '{choice.value}' > label", choice.label
    for section in qn.sections:
        yield f"section '{section.id}' > title", section.title
        if section.help:
            yield f"section '{section.id}' > help", section.help
        for q in section.questions:
            yield f"{_q_path(section, q)} > label", q.label
            if q.help:
                yield f"{_q_path(section, q)} > help", q.help
            for i, c in enumerate(q.constraints):
                yield f"{_q_path(section, q)} > constraints[{i}] > message", c.message
    for population in qn.analysis.populations if qn.analysis else []:
        yield f"analysis > population '{population.id}' > label", population.label


def _languages(qn: Questionnaire) -> Iterator[Problem]:
    if len(set(qn.languages)) != len(qn.languages):
        yield Problem("languages", "a language is listed twice")
    for where, text in _texts(qn):
        missing = [lang for lang in qn.languages if lang not in text]
        if missing:
            yield Problem(where, "missing text in " + ", ".join(missing))


def _choices(qn: Questionnaire) -> Iterator[Problem]:
    used: set[str] = set()
    for section in qn.sections:
        for q in section.questions:
            spec = QUESTION_TYPES[q.type]
            where = _q_path(section, q)
            if spec.has_choices and q.choices is None:
                yield Problem(where, f"a {q.type} question needs 'choices' (a choice list name)")
            elif not spec.has_choices and q.choices is not None:
                yield Problem(where, f"a {q.type} question cannot have 'choices'")
            elif q.choices is not None:
                used.add(q.choices)
                if q.choices not in qn.choice_lists:
                    known = ", ".join(sorted(qn.choice_lists)) or "none defined"
                    yield Problem(where, f"unknown choice list '{q.choices}' (known: {known})")
    for name in sorted(set(qn.choice_lists) - used):
        yield Problem(f"choice list '{name}'", "is not used by any question", warning=True)


def _bounds(qn: Questionnaire) -> Iterator[Problem]:
    for section in qn.sections:
        for q in section.questions:
            where = _q_path(section, q)
            has_bounds = q.minimum is not None or q.maximum is not None
            if has_bounds and not (
                QUESTION_TYPES[q.type].numeric or q.type in ("year_month", "date")
            ):
                yield Problem(where, f"'minimum'/'maximum' do not apply to {q.type} questions")
            if q.minimum is not None and q.maximum is not None and q.minimum > q.maximum:
                yield Problem(where, "'minimum' is larger than 'maximum'")
            if q.unit is not None and not QUESTION_TYPES[q.type].numeric:
                yield Problem(where, f"'unit' is for number questions, not {q.type}")
            if QUESTION_TYPES[q.type].display_only and (q.required or q.constraints):
                yield Problem(where, "a note cannot be required or have constraints")


def _sensitivity(qn: Questionnaire) -> Iterator[Problem]:
    for section in qn.sections:
        for q in section.questions:
            yield from _question_sensitivity(section, q)


def _question_sensitivity(section: Section, q: Question) -> Iterator[Problem]:
    where = _q_path(section, q)
    spec = QUESTION_TYPES[q.type]
    if section.sealed and q.sensitivity != "direct" and not spec.display_only:
        yield Problem(where, "questions in a sealed section must have sensitivity 'direct'")
    if q.sensitivity == "quasi" and q.generalise is None:
        yield Problem(where, "a 'quasi' question must declare how it is generalised ('generalise')")
    if q.generalise is not None and q.sensitivity != "quasi":
        yield Problem(where, "'generalise' is only for questions with sensitivity 'quasi'")
    if q.generalise is not None and q.generalise.kind not in spec.generalisations:
        allowed = ", ".join(sorted(spec.generalisations)) or "none"
        yield Problem(
            where,
            f"generalisation '{q.generalise.kind}' does not apply to {q.type} (allowed: {allowed})",
        )
    if q.sensitivity == "narrative" and not spec.text:
        yield Problem(where, "only text questions can have sensitivity 'narrative'")
    if q.quasi_identifier and (q.sensitivity in ("direct", "narrative") or spec.display_only):
        yield Problem(
            where,
            "'quasi_identifier' is for exported, structured answers "
            "(sensitivity 'quasi' or 'none')",
        )
    if q.redaction_seed and (q.sensitivity != "direct" or not spec.text):
        yield Problem(where, "'redaction_seed' is only for 'direct' text questions")
    if q.generalise is not None and q.generalise.kind == "bins":
        edges, labels = q.generalise.edges, q.generalise.labels
        if edges != sorted(set(edges)):
            yield Problem(where, "bin 'edges' must be strictly ascending")
        if labels is not None and len(labels) != len(edges) + 1:
            yield Problem(where, f"bins need {len(edges) + 1} labels, one more than 'edges'")


def _expressions(qn: Questionnaire) -> Iterator[Problem]:
    questions = {q.id: q for q in qn.questions()}
    for section in qn.sections:
        inside = Scope(section.id if section.repeat else None)
        if section.relevant:
            where = f"section '{section.id}' > relevant"
            yield from _check_expr(qn, questions, where, section.relevant, current=False)
        if section.repeat and section.repeat.repeat_count:
            where = f"section '{section.id}' > repeat_count"
            yield from _check_expr(qn, questions, where, section.repeat.repeat_count, current=False)
        for q in section.questions:
            where = _q_path(section, q)
            if q.relevant:
                yield from _check_expr(
                    qn, questions, f"{where} > relevant", q.relevant, current=False, scope=inside
                )
            if q.calculation:
                yield from _check_expr(
                    qn, questions, f"{where} > calculation", q.calculation, False, scope=inside
                )
            if q.choice_filter:
                filtered = Scope(inside.repeat, q.choices)
                yield from _check_expr(
                    qn, questions, f"{where} > choice_filter", q.choice_filter, False, filtered
                )
            for i, c in enumerate(q.constraints):
                yield from _check_expr(  # '.' in a constraint is this question's own answer
                    qn, questions, f"{where} > constraints[{i}]", c.expr, True, inside, q
                )


def _check_expr(
    qn: Questionnaire,
    questions: dict[str, Question],
    where: str,
    source: str,
    current: bool,
    scope: Scope | None = None,
    owner: Question | None = None,
) -> Iterator[Problem]:
    try:
        tree = expr.parse(source)
    except ExpressionError as error:
        yield Problem(where, error.message)
        return
    if not current and expr.uses_current(tree):
        yield Problem(where, "'.' (the current answer) is only allowed in constraints")
    repeats = {s.id for s in qn.repeats()}
    for name in sorted(expr.references(tree)):
        if name not in questions and name not in repeats:
            yield Problem(where, f"refers to unknown question '${{{name}}}'")
        elif name in questions and QUESTION_TYPES[questions[name].type].display_only:
            yield Problem(where, f"refers to note '{name}', which has no answer")
    for message in check_scope(qn, where, tree, scope or Scope(None)):
        yield Problem(where, message)
    yield from _check_selected(qn, questions, where, tree, owner)


def _check_selected(
    qn: Questionnaire,
    questions: dict[str, Question],
    where: str,
    tree: expr.Expr,
    owner: Question | None,
) -> Iterator[Problem]:
    """``selected(${q}, 'v')`` (or ``selected(., 'v')`` in a constraint) must name a
    choice question and one of its choices: a misspelt choice would silently never match."""
    stack: list[expr.Expr] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, expr.Not):
            stack.append(node.operand)
        elif isinstance(node, expr.Binary):
            stack += [node.left, node.right]
        elif isinstance(node, expr.Call):
            stack += list(node.args)
            subject = node.args[0]
            if node.name != "selected" or not isinstance(subject, (expr.Ref, expr.Current)):
                continue
            target = owner if isinstance(subject, expr.Current) else questions.get(subject.name)
            if target is None or target.choices is None:
                name = "." if isinstance(subject, expr.Current) else subject.name
                yield Problem(where, f"selected() needs a choice question, not '{name}'")
                continue
            wanted = node.args[1]
            values = [c.value for c in qn.choice_lists.get(target.choices, [])]
            if isinstance(wanted, expr.Literal) and str(wanted.value) not in values:
                yield Problem(where, f"'{wanted.value}' is not a choice of '{target.id}'")


def _repeats_and_calculations(qn: Questionnaire) -> Iterator[Problem]:
    for where, message in repeat_rules(qn):
        yield Problem(where, message)
    _, cycle = calculation_order(qn)
    if cycle:
        yield Problem(
            f"question '{cycle[0]}' > calculation",
            "calculations read each other in a circle: " + ", ".join(cycle),
        )


def _consent(qn: Questionnaire) -> Iterator[Problem]:
    if qn.consent is None:
        return
    first = qn.sections[0]
    target = next((q for q in first.questions if q.id == qn.consent.question), None)
    if target is None:
        yield Problem("consent", f"question '{qn.consent.question}' must be in the first section")
        return
    if target.type != "single_choice":
        yield Problem("consent", f"question '{target.id}' must be a single_choice question")
        return
    values = [c.value for c in qn.choice_lists.get(target.choices or "", [])]
    if qn.consent.value not in values:
        yield Problem("consent", f"'{qn.consent.value}' is not a choice of '{target.id}'")


def _analysis(qn: Questionnaire) -> Iterator[Problem]:
    """Populations are unique, read exported answers only, and every table names one."""
    if qn.analysis is None:
        return
    populations = [p.id for p in qn.analysis.populations]
    for name in sorted({p for p in populations if populations.count(p) > 1}):
        yield Problem(f"analysis > population '{name}'", "id is used twice")
    tables = [t.id for t in qn.analysis.tables]
    for name in sorted({t for t in tables if tables.count(t) > 1}):
        yield Problem(f"analysis > table '{name}'", "is listed twice")
    for table in qn.analysis.tables:
        if table.population not in populations:
            known = ", ".join(populations) or "none defined"
            yield Problem(
                f"analysis > table '{table.id}'",
                f"unknown population '{table.population}' (known: {known})",
            )
    used = {t.population for t in qn.analysis.tables}
    for population in qn.analysis.populations:
        where = f"analysis > population '{population.id}'"
        if population.id not in used and qn.analysis.tables:
            yield Problem(where, "is not used by any table", warning=True)
        if population.where:
            yield from _population_expr(qn, where, population.where)


def _population_expr(qn: Questionnaire, where: str, source: str) -> Iterator[Problem]:
    """A population is counted over exported records: an answer that never leaves the
    device (``direct``, sealed) would silently match nobody."""
    questions = {q.id: q for q in qn.questions()}
    yield from _check_expr(qn, questions, f"{where} > where", source, False)
    sealed = {q.id for s in qn.sections if s.sealed for q in s.questions}
    try:
        names = expr.references(expr.parse(source))
    except ExpressionError:
        return
    for name in sorted(names):
        question = questions.get(name)
        if question is not None and (question.sensitivity == "direct" or name in sealed):
            yield Problem(
                f"{where} > where",
                f"'{name}' never leaves the devices, so no exported record could match",
            )
