"""Re-identification risk: the lattice, k-anonymity, the smallest lifts, l-diversity."""

from __future__ import annotations

from typing import Any

import pytest

from audit_helpers import World, audit_questionnaire
from fieldkit.audit import AuditInputs, run_audit
from fieldkit.audit.lattice import SUPPRESSED, Column, column_for
from fieldkit.audit.risk import assess
from fieldkit.questionnaire import Question
from fieldkit.questionnaire.model import Bins, MapChoices

INLINE = [
    Question(
        id="province",
        type="single_choice",
        label={"en": "Province now"},
        choices="provinces",
        sensitivity="quasi",
        generalise=MapChoices(
            kind="map", mapping={"jilin": "jilin", "shandong": "shandong", "beijing": "north"}
        ),
    ),
    Question(
        id="price",
        type="money",
        label={"en": "Price"},
        currencies=["CNY", "USD"],
        sensitivity="quasi",
        generalise=Bins(kind="bins", edges=[2000, 5000, 8000]),
    ),
]


def col(qid: str) -> Column:
    questions = {q.id: q for q in [*audit_questionnaire().questions(), *INLINE]}
    return column_for(questions[qid])


@pytest.mark.parametrize(
    ("qid", "value", "levels"),
    [
        ("crossed", 1998, ["1998", "1995-1999", "1990-1999", SUPPRESSED]),
        ("birth_year", "1975-1979", ["1975-1979", "1970-1979", "1960-1979", SUPPRESSED]),
        ("origin", "northeast", ["northeast", SUPPRESSED]),
        ("province", "shandong", ["shandong", "east", SUPPRESSED]),
        ("province", "north", ["north", "north", SUPPRESSED]),
        ("children", 2, ["2", ">=2", ">=1", SUPPRESSED]),
        ("children", ">=3", [">=3", ">=2", ">=1", SUPPRESSED]),
        ("price", "2001-5000", ["2001-5000", "<=2000|2001-5000", SUPPRESSED]),
        ("price", "5001-8000 USD", ["5001-8000 USD", "5001-8000|>8000 USD", SUPPRESSED]),
        ("crossed", None, ["—", "—", "—", SUPPRESSED]),
    ],
)
def test_each_generalisation_has_its_lattice(qid: str, value: Any, levels: list[str]) -> None:
    column = col(qid)
    assert [column.value(value, level) for level in range(column.top + 1)] == levels


def rows(*values: tuple[int, str]) -> list[dict[str, Any]]:
    return [{"crossed": year, "origin": origin, "resold": "yes"} for year, origin in values]


def test_a_unique_record_gets_its_smallest_lift() -> None:
    data = rows((1998, "northeast"), (1998, "northeast"), (1998, "northeast"), (1996, "northeast"))
    report = assess(data, ["a", "b", "c", "u"], [col("crossed"), col("origin")], [], k=3, l_min=2)
    (below,) = report.below_k
    assert (below.record, below.k, below.values) == ("u", 1, ("1996", "northeast"))
    (lift,) = below.lifts
    assert lift.steps == (("crossed", "5-year band"),) and lift.k == 4 and lift.exact
    assert report.global_lift is not None and report.global_lift.below_k == 0


def test_beyond_three_steps_the_search_is_greedy_and_minimal() -> None:
    data = rows((1960, "northeast"), (2005, "west"), (2005, "west"), (2005, "west"))
    report = assess(data, ["u", "b", "c", "d"], [col("crossed"), col("origin")], [], k=3, l_min=2)
    (lift,) = report.below_k[0].lifts
    assert not lift.exact and lift.k == 4
    assert lift.steps == (("crossed", "suppressed"), ("origin", "suppressed"))


def test_too_few_records_cannot_be_lifted() -> None:
    report = assess(rows((1998, "northeast")), ["a"], [col("crossed")], [], k=3, l_min=2)
    assert report.below_k[0].lifts == ()


def test_l_diversity_flags_a_class_that_shares_its_sensitive_value() -> None:
    data = rows((1998, "northeast"), (1998, "northeast"), (1998, "northeast"))
    report = assess(data, ["a", "b", "c"], [col("crossed")], ["resold"], k=3, l_min=2)
    (violation,) = report.l_violations
    assert (violation.attribute, violation.size, violation.distinct) == ("resold", 3, 1)
    data[0]["resold"] = "no"
    assert (
        assess(data, ["a", "b", "c"], [col("crossed")], ["resold"], k=3, l_min=2).l_violations == ()
    )


def test_planted_unique_record_is_found_and_named(world: World, inputs: AuditInputs) -> None:
    report = run_audit(inputs, [world.bundle("a1.age"), world.bundle("a3.age")])
    risk = report.risk
    assert risk.quasi == ("birth_year", "origin", "crossed", "children")
    assert risk.sensitive == ("resold",)
    (below,) = risk.below_k
    assert below.k == 1 and below.values == ("1970-1974", "northeast", "1996", "1")
    assert below.lifts[0].steps == (("crossed", "5-year band"),)
    assert run_audit(inputs, [world.bundle("a1.age")]).risk.below_k == ()


def test_chosen_quasi_identifiers(world: World, inputs: AuditInputs) -> None:
    report = run_audit(inputs, [world.bundle("a3.age"), world.bundle("a1.age")], quasi=["origin"])
    assert report.risk.quasi == ("origin",) and report.risk.below_k == ()


def test_marked_quasi_identifiers_are_the_default_key() -> None:
    """The built-in set marks the issue's key (birth year, origin, crossing, province,
    children, husband's ethnicity); the other generalised answers are not in it."""
    from fieldkit.audit import quasi_questions
    from fieldkit.questionnaire import Flow, builtin_questionnaire

    chosen = [q.id for q in quasi_questions(Flow(builtin_questionnaire()))]
    assert chosen == [
        "birth_year",
        "origin_province",
        "crossing_month",
        "husband_ethnicity",
        "current_province",
        "children_born_in_china",
    ]
