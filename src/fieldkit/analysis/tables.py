"""The tables of "Lives for Sale" (HRNK, 2009): the catalogue a questionnaire picks from.

Each published table or figure of the report's Findings chapter is one
``TableSpec``, in ``jilin_heilongjiang`` (the 71 women in the two border
provinces), ``shandong`` (the six in-depth interviews in Qingdao) and
``protocol`` (the Trafficking Protocol assessment); the provinces table, which
spans every interview, is here.  The questionnaire's analysis section says
which tables a report shows and which population each counts
(``population.table_plan``); docs/analysis.md maps every published figure to
its table, and ``tests/unit/analysis/test_report_tables.py`` checks that the
fixture of 77 interviews reproduces each one.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import MappingProxyType

from fieldkit.analysis.common import ALL_WOMEN, REPORT, choice_rows
from fieldkit.analysis.jilin_heilongjiang import (
    AGE_AT_LEAVING,
    ARRESTS,
    BIRTHS_IN_CHINA,
    BRIBE_AMOUNT,
    CHILDREN_HUKOU,
    CROSSED_WITH_TRAFFICKERS,
    HUSBAND_AGE_AT_MARRIAGE,
    HUSBAND_ETHNICITY,
    PAYMENT_TO_INTERMEDIARY,
    PRICE_PAID,
    SERVICE_INCOME,
    SOLD_OR_INTRODUCED,
    WOMEN_HUKOU,
    YEARS_AT_RESIDENCE,
)
from fieldkit.analysis.protocol import PROTOCOL_ELEMENTS, TRAFFICKING_PROTOCOL
from fieldkit.analysis.sales import TIMES_SOLD
from fieldkit.analysis.shandong import (
    SHANDONG_INCOME,
    SHANDONG_MARRIAGE,
    SHANDONG_SAVINGS,
    SHANDONG_WORK,
    SHANDONG_WORKPLACES,
)
from fieldkit.analysis.table import (
    Answers,
    CountIf,
    Not,
    RowSpec,
    Table,
    TableSpec,
    answer_in,
    compute,
)

__all__ = [
    "CATALOGUE",
    "NEW_TABLES",
    "PROVINCES",
    "REPORT_TABLES",
    "report_table",
    "report_tables",
]

NAMED = ("jilin", "heilongjiang", "liaoning", "shandong")
"""The provinces the report names, each exported as itself."""

PROVINCES = TableSpec(
    id="provinces",
    title_en="Women interviewed, by the province they live in",
    title_ko="면담한 여성이 사는 성(省)",
    source=(
        f"{REPORT}, 'Jilin Province' (39), 'Heilongjiang Province' (32) and "
        "'Sex Workers in Shandong Province' (six in-depth interviews)"
    ),
    questions=("current_province",),
    rows=(
        *choice_rows(
            "current_province",
            ("jilin", "Jilin", "길림성"),
            ("heilongjiang", "Heilongjiang", "흑룡강성"),
            ("liaoning", "Liaoning", "료녕성"),
            ("shandong", "Shandong", "산동성"),
        ),
        RowSpec(
            "other",
            "Other provinces",
            "그 밖의 성",
            CountIf(Not(answer_in("current_province", *NAMED))),
        ),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)

REPORT_TABLES: tuple[TableSpec, ...] = (
    PROVINCES,
    CROSSED_WITH_TRAFFICKERS,
    AGE_AT_LEAVING,
    PRICE_PAID,
    PAYMENT_TO_INTERMEDIARY,
    SOLD_OR_INTRODUCED,
    YEARS_AT_RESIDENCE,
    HUSBAND_ETHNICITY,
    HUSBAND_AGE_AT_MARRIAGE,
    BIRTHS_IN_CHINA,
    WOMEN_HUKOU,
    CHILDREN_HUKOU,
    ARRESTS,
    BRIBE_AMOUNT,
    SERVICE_INCOME,
    SHANDONG_WORK,
    SHANDONG_WORKPLACES,
    SHANDONG_MARRIAGE,
    SHANDONG_INCOME,
    SHANDONG_SAVINGS,
    TRAFFICKING_PROTOCOL,
    PROTOCOL_ELEMENTS,
)
"""Every table, in the order the report presents its findings."""

NEW_TABLES: tuple[TableSpec, ...] = (TIMES_SOLD,)
"""Tables the report did not publish, which fieldkit's data makes possible (the number of
times each woman was sold, from the repeat of one instance per sale)."""

CATALOGUE: MappingProxyType[str, TableSpec] = MappingProxyType(
    {spec.id: spec for spec in (*REPORT_TABLES, *NEW_TABLES)}
)
"""Table id -> spec: what a questionnaire's analysis section may name."""


def report_tables(interviews: Iterable[Answers]) -> tuple[Table, ...]:
    """Every catalogue table over ``interviews`` (effective answers), read once, with no
    population: for one population's tables, pass its members."""
    answers = list(interviews)
    return tuple(compute(spec, answers) for spec in REPORT_TABLES)


def report_table(table_id: str, interviews: Iterable[Answers]) -> Table:
    """One catalogue table by id; ``KeyError`` naming the known ids otherwise."""
    if table_id not in CATALOGUE:
        raise KeyError(f"no report table '{table_id}' (known: {', '.join(CATALOGUE)})")
    return compute(CATALOGUE[table_id], interviews)
