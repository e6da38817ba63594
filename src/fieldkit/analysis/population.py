"""Populations: whom each table counts, as the questionnaire's analysis section declares.

The report's Findings tables describe the 71 women interviewed in Jilin and
Heilongjiang, its Shandong section the six in-depth interviews in Qingdao.
Counting everyone merged into a project would push every number off, so each
table names its population in the questionnaire (data, not code) and
``table_plan`` pairs the catalogue's tables with them.  A population is an
expression in the questionnaire's own language, evaluated on the answers as
they were exported.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldkit.analysis.table import Answers, Scope, TableSpec
from fieldkit.analysis.tables import CATALOGUE
from fieldkit.errors import QuestionnaireError
from fieldkit.questionnaire import Questionnaire, expr
from fieldkit.questionnaire import model as qmodel

__all__ = ["EVERYONE", "Population", "table_plan"]


@dataclass(frozen=True, kw_only=True)
class Population:
    """A named group of interviews and the test that says who belongs to it."""

    id: str
    label_en: str
    label_ko: str
    where: expr.Expr | None = None

    @classmethod
    def declared(cls, qn: Questionnaire, population: qmodel.Population) -> Population:
        first = qn.languages[0]
        label = population.label
        return cls(
            id=population.id,
            label_en=label.get("en", label[first]),
            label_ko=label.get("ko", label[first]),
            where=expr.parse(population.where) if population.where else None,
        )

    def includes(self, answers: Answers) -> bool:
        if self.where is None:
            return True
        return expr.truthy(expr.evaluate(self.where, answers.get))

    def scope(self, size: int) -> Scope:
        return Scope(id=self.id, label_en=self.label_en, label_ko=self.label_ko, size=size)


EVERYONE = Population(id="all_records", label_en="All records", label_ko="모든 기록")
"""The population of a questionnaire that declares none."""


def table_plan(qn: Questionnaire) -> list[tuple[TableSpec, Population]]:
    """The questionnaire's tables in order, each with its population; without an analysis
    section (or one that lists no tables), every table of the catalogue over everyone."""
    if qn.analysis is None or not qn.analysis.tables:
        return [(spec, EVERYONE) for spec in CATALOGUE.values()]
    populations = {p.id: Population.declared(qn, p) for p in qn.analysis.populations}
    plan = []
    for use in qn.analysis.tables:
        if use.id not in CATALOGUE:
            raise QuestionnaireError(
                f"no table '{use.id}' in fieldkit's catalogue",
                where=f"{qn.id} > analysis > table '{use.id}'",
                hint=f"known tables: {', '.join(CATALOGUE)}",
            )
        plan.append((CATALOGUE[use.id], populations[use.population]))
    return plan
