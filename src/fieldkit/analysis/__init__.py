"""Analysis: the report's published tables, recomputed from interview answers.

Headless and pure: tables are computed from plain answer dicts and returned as
frozen data that any renderer (text, markdown, CSV, JSON, HTML) can show.  The
questionnaire's analysis section says which population each table counts
(``table_plan``); nothing here imports the app, the CLI or the encrypted store.
"""

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
from fieldkit.analysis.population import EVERYONE, Population, table_plan
from fieldkit.analysis.protocol import PROTOCOL_ELEMENTS, TRAFFICKING_PROTOCOL
from fieldkit.analysis.shandong import (
    SHANDONG_INCOME,
    SHANDONG_MARRIAGE,
    SHANDONG_SAVINGS,
    SHANDONG_WORK,
    SHANDONG_WORKPLACES,
)
from fieldkit.analysis.table import (
    Row,
    RowSpec,
    Scope,
    Table,
    TableSpec,
    compute,
    effective_answers,
)
from fieldkit.analysis.tables import (
    CATALOGUE,
    PROVINCES,
    REPORT_TABLES,
    report_table,
    report_tables,
)

__all__ = [
    "AGE_AT_LEAVING",
    "ARRESTS",
    "BIRTHS_IN_CHINA",
    "BRIBE_AMOUNT",
    "CATALOGUE",
    "CHILDREN_HUKOU",
    "CROSSED_WITH_TRAFFICKERS",
    "EVERYONE",
    "HUSBAND_AGE_AT_MARRIAGE",
    "HUSBAND_ETHNICITY",
    "PAYMENT_TO_INTERMEDIARY",
    "PRICE_PAID",
    "PROTOCOL_ELEMENTS",
    "PROVINCES",
    "REPORT_TABLES",
    "SERVICE_INCOME",
    "SHANDONG_INCOME",
    "SHANDONG_MARRIAGE",
    "SHANDONG_SAVINGS",
    "SHANDONG_WORK",
    "SHANDONG_WORKPLACES",
    "SOLD_OR_INTRODUCED",
    "TRAFFICKING_PROTOCOL",
    "WOMEN_HUKOU",
    "YEARS_AT_RESIDENCE",
    "Population",
    "Row",
    "RowSpec",
    "Scope",
    "Table",
    "TableSpec",
    "compute",
    "effective_answers",
    "report_table",
    "report_tables",
    "table_plan",
]
