"""The Trafficking Protocol tables: cases meeting the UN definition's three elements.

Not published as counts: the report argues that forced "marriage" meets the
definition; these tables count the interviewer's assessment (the
questionnaire's last section) so that the argument can be checked case by case.
"""

from __future__ import annotations

from fieldkit.analysis.common import ALL_WOMEN
from fieldkit.analysis.table import AllOf, CountIf, HasElement, Not, RowSpec, TableSpec

__all__ = ["PROTOCOL_ELEMENTS", "TRAFFICKING_PROTOCOL"]

PROTOCOL_SOURCE = "Lives for Sale (HRNK, 2009), 'Trafficking as Defined by International Law'"
ELEMENTS = (HasElement("tp_act"), HasElement("tp_means"), HasElement("tp_purpose"))
"""The Protocol's three elements; each is met by any choice other than 'none'."""

TRAFFICKING_PROTOCOL = TableSpec(
    id="trafficking_protocol",
    title_en="Cases meeting all three elements of the Trafficking Protocol",
    title_ko="인신매매 의정서의 세 요소를 모두 갖춘 경우",
    source=PROTOCOL_SOURCE,
    questions=("tp_act", "tp_means", "tp_purpose"),
    rows=(
        RowSpec(
            "all_three", "Act, means and purpose", "행위, 수단, 목적 모두", CountIf(AllOf(ELEMENTS))
        ),
        RowSpec(
            "not_all_three",
            "At least one element missing",
            "요소가 하나 이상 없음",
            CountIf(Not(AllOf(ELEMENTS))),
        ),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)

PROTOCOL_ELEMENTS = TableSpec(
    id="protocol_elements",
    title_en="Trafficking Protocol elements found",
    title_ko="인신매매 의정서 요소별 해당 건수",
    source=PROTOCOL_SOURCE,
    questions=("tp_act", "tp_means", "tp_purpose"),
    rows=(
        RowSpec("act", "Act", "행위", CountIf(ELEMENTS[0])),
        RowSpec("means", "Means", "수단", CountIf(ELEMENTS[1])),
        RowSpec("purpose", "Purpose (exploitation)", "목적(착취)", CountIf(ELEMENTS[2])),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
    exclusive=False,
)
