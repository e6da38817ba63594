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
from fieldkit.questionnaire.messages import Listed, Message, Param, Place, sentence_of
from fieldkit.questionnaire.model import Question, Questionnaire, Section
from fieldkit.questionnaire.scoping import Scope, calculation_order, check_scope, repeat_rules
from fieldkit.questionnaire.types import QUESTION_TYPES

__all__ = ["Problem", "problem", "validate"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in a questionnaire: where, and what, as a
    catalog message (``fieldkit.questionnaire.messages``) that renders in either language."""

    place: Place
    sentence: Message
    warning: bool = False

    @property
    def where(self) -> str:
        """The place in English: ``section 'x' > question 'y' > relevant``."""
        return self.place.text("en")

    @property
    def message(self) -> str:
        """The sentence in English, as the checker has always said it."""
        return self.sentence.text("en")

    @property
    def code(self) -> str:
        """The kind of problem (the catalog key): stable for scripts and tests."""
        return self.sentence.kind

    def text(self, lang: str = "en") -> str:
        """``where: message`` in ``lang``."""
        return f"{self.place.text(lang)}: {self.sentence.text(lang)}"

    def __str__(self) -> str:
        return self.text("en")


def problem(place: Place, kind: str, /, *, warning: bool = False, **params: Param) -> Problem:
    """A problem of kind ``kind`` (a catalog key) at ``place``, its parameters named as in
    the catalog."""
    return Problem(place, Message(kind, params), warning)


def _section(section: Section) -> Place:
    return Place.of(("section", section.id))


def _q_path(section: Section, question: Question) -> Place:
    return Place.of(("section", section.id), ("question", question.id))


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
    seen: dict[str, Place] = {}
    for section in qn.sections:
        if section.id in seen:
            yield problem(_section(section), "id.duplicate", other=seen[section.id])
        seen[section.id] = _section(section)
        for question in section.questions:
            if question.id in seen:
                yield problem(_q_path(section, question), "id.duplicate", other=seen[question.id])
            seen[question.id] = _q_path(section, question)
    for name, choices in qn.choice_lists.items():
        values = [c.value for c in choices]
        for value in {v for v in values if values.count(v) > 1}:
            yield problem(Place.of(("choice_list", name)), "choice.value_twice", value=value)


def _texts(qn: Questionnaire) -> Iterator[tuple[Place, dict[str, str]]]:
    yield Place.of("title"), qn.title
    if qn.description:
        yield Place.of("description"), qn.description
    for name, choices in qn.choice_lists.items():
        for choice in choices:
            yield Place.of(("choice_list", name), ("choice", choice.value), "label"), choice.label
    for section in qn.sections:
        yield _section(section) / "title", section.title
        if section.help:
            yield _section(section) / "help", section.help
        for q in section.questions:
            yield _q_path(section, q) / "label", q.label
            if q.help:
                yield _q_path(section, q) / "help", q.help
            for i, c in enumerate(q.constraints):
                yield _q_path(section, q) / f"constraints[{i}]" / "message", c.message
    for population in qn.analysis.populations if qn.analysis else []:
        yield Place.of("analysis", ("population", population.id), "label"), population.label


def _languages(qn: Questionnaire) -> Iterator[Problem]:
    if len(set(qn.languages)) != len(qn.languages):
        yield problem(Place.of("languages"), "languages.twice")
    for where, text in _texts(qn):
        missing = [lang for lang in qn.languages if lang not in text]
        if missing:
            yield problem(where, "text.missing", languages=Listed(tuple(missing)))


def _choices(qn: Questionnaire) -> Iterator[Problem]:
    used: set[str] = set()
    for section in qn.sections:
        for q in section.questions:
            spec = QUESTION_TYPES[q.type]
            where = _q_path(section, q)
            if spec.has_choices and q.choices is None:
                yield problem(where, "choices.needed", type=q.type)
            elif not spec.has_choices and q.choices is not None:
                yield problem(where, "choices.not_allowed", type=q.type)
            elif q.choices is not None:
                used.add(q.choices)
                if q.choices not in qn.choice_lists:
                    known = Listed(tuple(sorted(qn.choice_lists)), "word.none_defined")
                    yield problem(where, "choices.unknown_list", name=q.choices, known=known)
    for name in sorted(set(qn.choice_lists) - used):
        yield problem(Place.of(("choice_list", name)), "choice_list.unused", warning=True)


def _bounds(qn: Questionnaire) -> Iterator[Problem]:
    for section in qn.sections:
        for q in section.questions:
            where = _q_path(section, q)
            has_bounds = q.minimum is not None or q.maximum is not None
            if has_bounds and not (
                QUESTION_TYPES[q.type].numeric or q.type in ("year_month", "date")
            ):
                yield problem(where, "bounds.not_applicable", type=q.type)
            if q.minimum is not None and q.maximum is not None and q.minimum > q.maximum:
                yield problem(where, "bounds.min_above_max")
            if q.unit is not None and not QUESTION_TYPES[q.type].numeric:
                yield problem(where, "unit.not_numeric", type=q.type)
            if QUESTION_TYPES[q.type].display_only and (q.required or q.constraints):
                yield problem(where, "note.required")


def _sensitivity(qn: Questionnaire) -> Iterator[Problem]:
    for section in qn.sections:
        for q in section.questions:
            yield from _question_sensitivity(section, q)


def _question_sensitivity(section: Section, q: Question) -> Iterator[Problem]:
    where = _q_path(section, q)
    spec = QUESTION_TYPES[q.type]
    if section.sealed and q.sensitivity != "direct" and not spec.display_only:
        yield problem(where, "sealed.not_direct")
    if q.sensitivity == "quasi" and q.generalise is None:
        yield problem(where, "quasi.no_generalise")
    if q.generalise is not None and q.sensitivity != "quasi":
        yield problem(where, "generalise.not_quasi")
    if q.generalise is not None and q.generalise.kind not in spec.generalisations:
        allowed = Listed(tuple(sorted(spec.generalisations)))
        yield problem(
            where, "generalise.not_applicable", kind=q.generalise.kind, type=q.type, allowed=allowed
        )
    if q.sensitivity == "narrative" and not spec.text:
        yield problem(where, "narrative.not_text")
    if q.quasi_identifier and (q.sensitivity in ("direct", "narrative") or spec.display_only):
        yield problem(where, "quasi_identifier.misplaced")
    if q.redaction_seed and (q.sensitivity != "direct" or not spec.text):
        yield problem(where, "redaction_seed.misplaced")
    if q.generalise is not None and q.generalise.kind == "bins":
        edges, labels = q.generalise.edges, q.generalise.labels
        if edges != sorted(set(edges)):
            yield problem(where, "bins.not_ascending")
        if labels is not None and len(labels) != len(edges) + 1:
            yield problem(where, "bins.labels", n=len(edges) + 1)


def _expressions(qn: Questionnaire) -> Iterator[Problem]:
    questions = {q.id: q for q in qn.questions()}
    for section in qn.sections:
        inside = Scope(section.id if section.repeat else None)
        if section.relevant:
            where = _section(section) / "relevant"
            yield from _check_expr(qn, questions, where, section.relevant, current=False)
        if section.repeat and section.repeat.repeat_count:
            where = _section(section) / "repeat_count"
            yield from _check_expr(qn, questions, where, section.repeat.repeat_count, current=False)
        for q in section.questions:
            where = _q_path(section, q)
            if q.relevant:
                yield from _check_expr(
                    qn, questions, where / "relevant", q.relevant, current=False, scope=inside
                )
            if q.calculation:
                yield from _check_expr(
                    qn, questions, where / "calculation", q.calculation, False, scope=inside
                )
            if q.choice_filter:
                filtered = Scope(inside.repeat, q.choices)
                yield from _check_expr(
                    qn, questions, where / "choice_filter", q.choice_filter, False, filtered
                )
            for i, c in enumerate(q.constraints):
                yield from _check_expr(  # '.' in a constraint is this question's own answer
                    qn, questions, where / f"constraints[{i}]", c.expr, True, inside, q
                )


def _check_expr(
    qn: Questionnaire,
    questions: dict[str, Question],
    where: Place,
    source: str,
    current: bool,
    scope: Scope | None = None,
    owner: Question | None = None,
) -> Iterator[Problem]:
    try:
        tree = expr.parse(source)
    except ExpressionError as error:
        yield Problem(where, sentence_of(error))
        return
    if not current and expr.uses_current(tree):
        yield problem(where, "expr.current_outside")
    repeats = {s.id for s in qn.repeats()}
    for name in sorted(expr.references(tree)):
        if name not in questions and name not in repeats:
            yield problem(where, "expr.unknown_question", name=name)
        elif name in questions and QUESTION_TYPES[questions[name].type].display_only:
            yield problem(where, "expr.note_ref", name=name)
    for message in check_scope(qn, tree, scope or Scope(None)):
        yield Problem(where, message)
    yield from _check_selected(qn, questions, where, tree, owner)


def _check_selected(
    qn: Questionnaire,
    questions: dict[str, Question],
    where: Place,
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
                yield problem(where, "selected.not_choice", name=name)
                continue
            wanted = node.args[1]
            values = [c.value for c in qn.choice_lists.get(target.choices, [])]
            if isinstance(wanted, expr.Literal) and str(wanted.value) not in values:
                value = str(wanted.value)
                yield problem(where, "choice.not_a_choice", value=value, question=target.id)


def _repeats_and_calculations(qn: Questionnaire) -> Iterator[Problem]:
    for where, message in repeat_rules(qn):
        yield Problem(where, message)
    _, cycle = calculation_order(qn)
    if cycle:
        where = Place.of(("question", cycle[0]), "calculation")
        yield problem(where, "calc.cycle", ids=Listed(tuple(cycle)))


def _consent(qn: Questionnaire) -> Iterator[Problem]:
    if qn.consent is None:
        return
    first = qn.sections[0]
    target = next((q for q in first.questions if q.id == qn.consent.question), None)
    where = Place.of("consent")
    if target is None:
        yield problem(where, "consent.not_first", question=qn.consent.question)
        return
    if target.type != "single_choice":
        yield problem(where, "consent.not_single", question=target.id)
        return
    values = [c.value for c in qn.choice_lists.get(target.choices or "", [])]
    if qn.consent.value not in values:
        yield problem(where, "choice.not_a_choice", value=qn.consent.value, question=target.id)


def _analysis(qn: Questionnaire) -> Iterator[Problem]:
    """Populations are unique, read exported answers only, and every table names one."""
    if qn.analysis is None:
        return
    populations = [p.id for p in qn.analysis.populations]
    for name in sorted({p for p in populations if populations.count(p) > 1}):
        yield problem(Place.of("analysis", ("population", name)), "population.twice")
    tables = [t.id for t in qn.analysis.tables]
    for name in sorted({t for t in tables if tables.count(t) > 1}):
        yield problem(Place.of("analysis", ("table", name)), "table.twice")
    for table in qn.analysis.tables:
        if table.population not in populations:
            known = Listed(tuple(populations), "word.none_defined")
            where = Place.of("analysis", ("table", table.id))
            yield problem(where, "table.unknown_population", name=table.population, known=known)
    used = {t.population for t in qn.analysis.tables}
    for population in qn.analysis.populations:
        where = Place.of("analysis", ("population", population.id))
        if population.id not in used and qn.analysis.tables:
            yield problem(where, "population.unused", warning=True)
        if population.where:
            yield from _population_expr(qn, where, population.where)


def _population_expr(qn: Questionnaire, where: Place, source: str) -> Iterator[Problem]:
    """A population is counted over exported records: an answer that never leaves the
    device (``direct``, sealed) would silently match nobody."""
    questions = {q.id: q for q in qn.questions()}
    yield from _check_expr(qn, questions, where / "where", source, False)
    sealed = {q.id for s in qn.sections if s.sealed for q in s.questions}
    try:
        names = expr.references(expr.parse(source))
    except ExpressionError:
        return
    for name in sorted(names):
        question = questions.get(name)
        if question is not None and (question.sensitivity == "direct" or name in sealed):
            yield problem(where / "where", "population.never_leaves", name=name)
