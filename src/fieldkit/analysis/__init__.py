"""Analysis: the report's published tables, recomputed from interview answers.

Headless and pure: tables are computed from plain answer dicts and returned as
frozen data that any renderer (text, markdown, CSV, JSON, HTML) can show.
Nothing here imports the app, the CLI or the encrypted store.
"""

from fieldkit.analysis.table import Row, RowSpec, Table, TableSpec, compute, effective_answers
from fieldkit.analysis.tables import (
    ARRESTS,
    BIRTHS_IN_CHINA,
    CHILDREN_HUKOU,
    CROSSED_WITH_TRAFFICKERS,
    HUSBAND_ETHNICITY,
    PAYMENT_TO_INTERMEDIARY,
    PRICE_PAID,
    PROTOCOL_ELEMENTS,
    PROVINCES,
    REPORT_TABLES,
    TRAFFICKING_PROTOCOL,
    WOMEN_HUKOU,
    YEARS_AT_RESIDENCE,
    report_table,
    report_tables,
)

__all__ = [
    "ARRESTS",
    "BIRTHS_IN_CHINA",
    "CHILDREN_HUKOU",
    "CROSSED_WITH_TRAFFICKERS",
    "HUSBAND_ETHNICITY",
    "PAYMENT_TO_INTERMEDIARY",
    "PRICE_PAID",
    "PROTOCOL_ELEMENTS",
    "PROVINCES",
    "REPORT_TABLES",
    "TRAFFICKING_PROTOCOL",
    "WOMEN_HUKOU",
    "YEARS_AT_RESIDENCE",
    "Row",
    "RowSpec",
    "Table",
    "TableSpec",
    "compute",
    "effective_answers",
    "report_table",
    "report_tables",
]
