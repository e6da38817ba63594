"""How tables are computed: populations, denominators, unanswered and irrelevant
answers, and that every spec reads questions and choices that exist."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from fieldkit.analysis import (
    ARRESTS,
    CHILDREN_HUKOU,
    CROSSED_WITH_TRAFFICKERS,
    PAYMENT_TO_INTERMEDIARY,
    REPORT_TABLES,
    TRAFFICKING_PROTOCOL,
    TableSpec,
    compute,
    effective_answers,
    report_table,
)
from fieldkit.analysis.table import (
    AllOf,
    AnswerIn,
    AnyOf,
    Between,
    CountIf,
    HasElement,
    Not,
    Number,
    Selected,
)
from fieldkit.questionnaire import builtin_questionnaire

MARRIED = {"consent": "yes", "marriage_status": "living_with_husband"}


def test_population_and_unanswered() -> None:
    interviews = [
        {**MARRIED, "price_paid": "over_8000"},
        {**MARRIED, "price_paid": "paid_amount_unknown"},
        {**MARRIED},  # married, price not answered yet
        {"marriage_status": "never"},  # not in the population at all
    ]
    table = compute(PAYMENT_TO_INTERMEDIARY, interviews)
    assert (table.total, table.unanswered) == (2, 1)
    assert (table.count("paid"), table.count("not_aware"), table.count("not_paid")) == (2, 0, 0)
    assert table.share("paid") == 1.0


def test_an_empty_table_has_no_shares() -> None:
    table = compute(ARRESTS, [])
    assert table.total == 0
    assert table.share("repatriated") is None
    with pytest.raises(KeyError):
        table.count("no_such_row")


def test_effective_answers_drop_questions_no_longer_asked() -> None:
    """A price left over from before the marriage status changed to 'never' is not counted."""
    stale = {"consent": "yes", "marriage_status": "never", "price_paid": "over_8000"}
    (effective,) = effective_answers(builtin_questionnaire(), [stale])
    assert "price_paid" not in effective
    assert compute(PAYMENT_TO_INTERMEDIARY, [effective]).total == 0


def test_children_are_counted_not_mothers() -> None:
    interviews = [
        {"children_born_in_china": 2, "children_with_hukou": 1},
        {"children_born_in_china": 0},
        {"children_born_in_china": 1},  # hukou not answered: left out, counted as unanswered
    ]
    table = compute(CHILDREN_HUKOU, interviews)
    assert (table.unit, table.total, table.unanswered) == ("children", 2, 1)
    assert (table.count("with_hukou"), table.count("without_hukou")) == (1, 1)


def test_women_who_crossed_alone_were_not_asked_about_traffickers() -> None:
    interviews: list[dict[str, Any]] = [
        {"crossing_companions": ["alone"]},
        {"crossing_companions": ["friend"], "companions_were_traffickers": "yes"},
        {"crossing_companions": ["friend"]},
    ]
    table = compute(CROSSED_WITH_TRAFFICKERS, interviews)
    assert (table.total, table.unanswered) == (2, 1)
    assert (table.count("alone"), table.count("yes")) == (1, 1)


@pytest.mark.parametrize(
    ("act", "means", "purpose", "meets"),
    [
        (["transfer"], ["deception"], ["forced_marriage"], True),
        (["transfer"], ["none"], ["forced_marriage"], False),
        (["none"], ["deception"], ["forced_marriage"], False),
        (["receipt"], ["abuse_of_vulnerability"], ["none"], False),
    ],
)
def test_protocol_needs_all_three_elements(
    act: list[str], means: list[str], purpose: list[str], meets: bool
) -> None:
    answers = {"tp_act": act, "tp_means": means, "tp_purpose": purpose}
    table = compute(TRAFFICKING_PROTOCOL, [answers])
    assert table.count("all_three") == int(meets)


def test_unknown_table_id_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="price_paid"):
        report_table("no_such_table", [])


# --- the specs read real questions and choices ------------------------------------


def _references(node: Any) -> Iterator[tuple[str, frozenset[str]]]:
    """(question id, choice values) every predicate and measure in a spec reads."""
    if isinstance(node, AnswerIn):
        yield node.question, node.values
    elif isinstance(node, Selected):
        yield node.question, frozenset({node.value})
    elif isinstance(node, (Between, HasElement, Number)):
        yield node.question, frozenset()
    elif isinstance(node, (CountIf, Not)):
        yield from _references(node.predicate)
    elif isinstance(node, (AllOf, AnyOf)):
        for predicate in node.predicates:
            yield from _references(predicate)


def _spec_references(spec: TableSpec) -> Iterator[tuple[str, frozenset[str]]]:
    yield from ((q, frozenset()) for q in spec.questions)
    yield from _references(spec.among)
    for row in spec.rows:
        yield from _references(row.measure)


@pytest.mark.parametrize("spec", REPORT_TABLES, ids=lambda s: s.id)
def test_spec_reads_existing_questions_and_choices(spec: TableSpec) -> None:
    """A renamed question or choice would otherwise count silently as zero."""
    qn = builtin_questionnaire()
    questions = {q.id: q for q in qn.questions()}
    for question_id, values in _spec_references(spec):
        assert question_id in questions, f"{spec.id}: no question '{question_id}'"
        choices = {c.value for c in qn.choice_lists.get(questions[question_id].choices or "", [])}
        assert values <= choices, f"{spec.id}: {sorted(values - choices)} not in '{question_id}'"


def test_analysis_stays_headless() -> None:
    """Checked in a fresh interpreter: the test process may have loaded the UI already."""
    code = (
        "import sys, fieldkit.analysis\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('textual', 'rich', 'sqlcipher3') or m.startswith(('fieldkit.tui', 'fieldkit.cli', "
        "'fieldkit.store')))\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
