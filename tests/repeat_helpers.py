"""A questionnaire with a repeat of sales, for the bundle, audit, export and report tests.

TINY (consent, quasi birth year, "sold", narrative, a sealed identity section) with a
repeat section "sales" asked when she was sold: a quasi year, a price band, a money
amount, a ``direct`` buyer name that seeds redaction and a narrative inside each
instance.
"""

from __future__ import annotations

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import InterviewSession, Workspace

from helpers import TINY, questionnaire_from_toml

_SALES = """[[sections]]
id = "sales"
title = { en = "Each sale", ko = "각 판매" }
relevant = "${sold} = 'yes'"
repeat = { min = 0, max = 10 }

[[sections.questions]]
id = "sale_year"
type = "year"
minimum = 1980
maximum = 2030
sensitivity = "quasi"
generalise = { kind = "year_band", width = 5 }
label = { en = "Year of this sale", ko = "이번 판매 연도" }

[[sections.questions]]
id = "sale_price"
type = "integer"
minimum = 0
maximum = 100000
label = { en = "Price of this sale", ko = "이번 판매 가격" }

[[sections.questions]]
id = "buyer_name"
type = "short_text"
sensitivity = "direct"
redaction_seed = "person"
label = { en = "Buyer's name", ko = "산 사람 이름" }

[[sections.questions]]
id = "sale_story"
type = "short_text"
sensitivity = "narrative"
label = { en = "What happened", ko = "있었던 일" }

"""
_IDENTITY = '[[sections]]\nid = "identity"'
TINY_SALES = TINY.replace(_IDENTITY, _SALES + _IDENTITY)
"""TINY with a repeat "sales" (one instance per sale) before the sealed identity section."""


def tiny_sales() -> Questionnaire:
    return questionnaire_from_toml(TINY_SALES)


def add_sale(
    session: InterviewSession, year: int, price: int, buyer: str = "", story: str = ""
) -> str:
    """Add one instance of "sales" with its answers; returns its local id."""
    instance = session.add_instance("sales")
    session.answer_in_instance(instance.id, "sale_year", year)
    session.answer_in_instance(instance.id, "sale_price", price)
    if buyer:
        session.answer_in_instance(instance.id, "buyer_name", buyer)
    if story:
        session.answer_in_instance(instance.id, "sale_story", story)
    return instance.id


def add_sold_interview(device: Workspace, sales: int = 2, birth_year: int = 1977) -> str:
    """A complete interview of a woman sold ``sales`` times, one instance per sale."""
    s = device.new_interview()
    s.answer("consent", "yes")
    s.answer("birth_year", birth_year)
    s.answer("sold", "yes")
    s.answer("name", "Kim Young-hee")
    for n in range(sales):
        add_sale(s, 1998 + n, 3000 + n, buyer="Wang Jian", story=f"Wang Jian paid in sale {n}.")
    return s.id
