"""The counts published in the Findings chapter of "Lives for Sale" (HRNK, 2009),
as the report's tables recomputed from ``tests/data/report_interviews.json`` must give them."""

from __future__ import annotations

# table id -> (denominator, {row key: count}), as published in the Findings chapter.
PUBLISHED: dict[str, tuple[int, dict[str, int]]] = {
    "provinces": (71, {"jilin": 39, "heilongjiang": 32, "other": 0}),
    "price_paid": (
        20,
        {"up_to_2000": 3, "from_2001_to_5000": 10, "from_5001_to_8000": 5, "over_8000": 2},
    ),
    "payment_to_intermediary": (58, {"paid": 20, "not_aware": 9, "not_paid": 29}),
    "years_at_residence": (
        71,
        {"under_2": 4, "2_3": 14, "4_5": 12, "6_7": 14, "8_9": 22, "over_9": 5},
    ),
    "husband_ethnicity": (58, {"korean_chinese": 46, "han_chinese": 12, "other": 0}),
    "births_in_china": (58, {"gave_birth": 39, "no_birth": 19}),
    "women_hukou": (71, {"none": 66, "bought_or_fake": 5, "legal": 0}),
    "children_hukou": (42, {"with_hukou": 15, "without_hukou": 27}),
    "arrests": (
        71,
        {"repatriated": 26, "paid_police": 7, "never_arrested": 38, "arrested_other": 0},
    ),
    "crossed_with_traffickers": (71, {"yes": 13}),
}

# Not published: true by construction of the fixture (see make_report_fixture.py).
FIXTURE_DESIGN: dict[str, tuple[int, dict[str, int]]] = {
    "trafficking_protocol": (71, {"all_three": 57, "not_all_three": 14}),
    "protocol_elements": (71, {"act": 68, "means": 57, "purpose": 57}),
}
