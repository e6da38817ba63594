"""The figures published in the Findings chapter of "Lives for Sale" (HRNK, 2009), as the
report's tables recomputed from ``tests/data/report_interviews.json`` must give them.

Copied from the report's text (the tests never read anything outside the repository);
docs/analysis.md maps each figure to its table, quoting the sentence it comes from.  Each
table counts the population the built-in questionnaire's analysis section gives it: the 71
women interviewed in Jilin and Heilongjiang, the six in-depth interviews in Shandong, or
(the provinces table) all 77.
"""

from __future__ import annotations

# table id -> (denominator or None when the report gives none, {row key: count}).
PUBLISHED: dict[str, tuple[int | None, dict[str, int]]] = {
    # "in-depth interviews with 39 North Korean women in Jilin Province"; "32 North Korean
    # women living in Heilongjiang Province"; "six of whom agreed to in-depth interviews"
    "provinces": (77, {"jilin": 39, "heilongjiang": 32, "shandong": 6}),
    # "Eighteen percent of those interviewed crossed the border with people whom they later
    # came to realize were traffickers" (13 of 71: see PERCENTAGES)
    "crossed_with_traffickers": (71, {"yes": 13}),
    "price_paid": (
        20,
        {"up_to_2000": 3, "from_2001_to_5000": 10, "from_5001_to_8000": 5, "over_8000": 2},
    ),
    "payment_to_intermediary": (58, {"paid": 20, "not_aware": 9, "not_paid": 29}),
    # "Fifty percent of the married North Korean women said they were not 'sold' ... but
    # rather 'introduced'"
    "sold_or_introduced": (58, {"introduced": 29}),
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
    # "seven women ... paying a considerable amount of money, between 3,000 and 8,000 RMB"
    "bribe_amount": (7, {"under_3000": 0, "over_8000": 0}),
    # "a domestic helper or a waitress in a restaurant, from 400 to 700 yuan per month"
    "service_income": (None, {"under_400": 0, "over_700": 0}),
    # "North Korean women who are currently employed as sex workers there"
    "shandong_work": (6, {"sex_work": 6}),
    # "Of the six, almost all had been sold into forced marriages" (five, in this fixture)
    "shandong_marriage": (6, {"sold": 5}),
    # "the amount of money earned in one month ranges from 5,000 to 10,000 yuan"
    "shandong_income": (6, {"5000_10000": 6}),
    # "On average, they can save 3,000 to 4,000 yuan per month" (every one, in this fixture)
    "shandong_savings": (6, {"3000_4000": 6}),
}

# table id -> {row key: percent as the report rounds it}.
PERCENTAGES: dict[str, dict[str, int]] = {
    "crossed_with_traffickers": {"yes": 18},
    "payment_to_intermediary": {"paid": 34, "not_aware": 16},
    "sold_or_introduced": {"introduced": 50},
    "women_hukou": {"none": 93, "bought_or_fake": 7},
}

# "half of the women interviewed were in their twenties when they left North Korea"
HALF = ("age_at_leaving", "twenties")

# Not published: true by construction of the fixture (see make_report_fixture.py).
FIXTURE_DESIGN: dict[str, tuple[int | None, dict[str, int]]] = {
    "age_at_leaving": (71, {"under_20": 6, "twenties": 36, "thirties": 20, "forty_plus": 9}),
    "husband_age_at_marriage": (
        58,
        {"under_30": 14, "30_39": 18, "40_49": 18, "50_59": 7, "60_plus": 1},
    ),
    "service_income": (15, {"400_700": 15}),
    "shandong_workplaces": (
        6,
        {"karaoke_bar": 6, "boarding_house": 4, "bar_or_night_club": 2, "bathhouse": 1},
    ),
    "trafficking_protocol": (71, {"all_three": 57, "not_all_three": 14}),
    "protocol_elements": (71, {"act": 68, "means": 57, "purpose": 57}),
}

NOT_PUBLISHED: dict[str, tuple[int, int, dict[str, int]]] = {
    "times_sold": (67, 4, {"once": 59, "twice": 6, "three_times": 2, "four_or_more": 0}),
}
"""Tables the report did not publish (``analysis.NEW_TABLES``), as the fixture holds them
(total, unanswered, rows): the fixture has no repeat instances, so the number of times
sold is ``times_resold + 1`` (59 women resold 0 times, 6 once, 2 twice; 4 never lived
with a man and were not asked)."""

POPULATIONS = {"all_interviews": 77, "jilin_heilongjiang": 71, "shandong": 6}
"""The size of each population the analysis section declares."""
