"""The Findings tables of "Lives for Sale" about Jilin and Heilongjiang.

Each published table or figure about the 71 women interviewed in the two
border provinces is one ``TableSpec`` here, named after what it counts and
pointing at where it is in the report.  They read the built-in question set
("lives-for-sale.toml") by question id and choice value; the questionnaire's
analysis section says which population each one counts.

Denominators follow the report: the marriage tables count women living with a
husband in China now (58 of 71), the price table only those who knew the
amount (20), the children's table children rather than women (42).
"""

from __future__ import annotations

from fieldkit.analysis.common import (
    ALL_WOMEN,
    BRACKETS,
    MARRIED,
    MARRIED_WOMEN,
    REPORT,
    band_rows,
    choice_rows,
)
from fieldkit.analysis.table import (
    AllOf,
    Answers,
    AnyOf,
    Between,
    CountIf,
    Number,
    RowSpec,
    Selected,
    TableSpec,
    answer_in,
)

__all__ = [
    "AGE_AT_LEAVING",
    "ARRESTS",
    "BIRTHS_IN_CHINA",
    "BRIBE_AMOUNT",
    "CHILDREN_HUKOU",
    "CROSSED_WITH_TRAFFICKERS",
    "HUSBAND_AGE_AT_MARRIAGE",
    "HUSBAND_ETHNICITY",
    "PAYMENT_TO_INTERMEDIARY",
    "PRICE_PAID",
    "SERVICE_INCOME",
    "SOLD_OR_INTRODUCED",
    "WOMEN_HUKOU",
    "YEARS_AT_RESIDENCE",
]

PRICE_PAID = TableSpec(
    id="price_paid",
    title_en="The price of lives: amounts paid for wives",
    title_ko="팔려 간 값: 아내로 데려오며 치른 돈",
    source=f"{REPORT}, 'Poverty in China's Rural Areas' and table 'The Price of Lives'",
    questions=("marriage_status", "price_paid"),
    among=AllOf((MARRIED, answer_in("price_paid", *BRACKETS))),
    rows=choice_rows(
        "price_paid",
        ("up_to_2000", "Up to 2,000 yuan", "2천 위안까지"),
        ("from_2001_to_5000", "2,001-5,000 yuan", "2,001-5,000위안"),
        ("from_5001_to_8000", "5,001-8,000 yuan", "5,001-8,000위안"),
        ("over_8000", "More than 8,000 yuan", "8,000위안 넘게"),
    ),
    denominator_en="Women living with a husband in China who knew how much was paid for them",
    denominator_ko="중국에서 남편과 살며, 자신을 두고 치른 돈의 액수를 아는 여성",
)

PAYMENT_TO_INTERMEDIARY = TableSpec(
    id="payment_to_intermediary",
    title_en="Intermediaries and money transactions when women entered marriage in China",
    title_ko="중국에서 결혼할 때 중개인과 오간 돈",
    source=f"{REPORT}, table 'Intermediaries and money transactions ... (Out of 58)'",
    questions=("marriage_status", "price_paid"),
    among=MARRIED,
    rows=(
        RowSpec(
            "paid",
            "Husband paid money to the intermediary",
            "남편이 중개인에게 돈을 줌",
            CountIf(answer_in("price_paid", *BRACKETS, "paid_amount_unknown")),
        ),
        RowSpec(
            "not_aware",
            "Not aware of any money transaction between husband and intermediary",
            "남편과 중개인 사이에 돈이 오갔는지 모름",
            CountIf(answer_in("price_paid", "unknown")),
        ),
        *choice_rows(
            "price_paid", ("not_paid", "Intermediary was not paid", "중개인에게 돈을 주지 않음")
        ),
    ),
    denominator_en=MARRIED_WOMEN[0],
    denominator_ko=MARRIED_WOMEN[1],
)

YEARS_AT_RESIDENCE = TableSpec(
    id="years_at_residence",
    title_en="Number of years living at the current residence",
    title_ko="지금 사는 곳에서 산 햇수",
    source=f"{REPORT}, 'Settling in One Place Permanently', table of years at residence",
    questions=("years_at_residence",),
    rows=band_rows(
        "years_at_residence",
        ("under_2", "Less than 2 years", "2년 미만", 0, 1),
        ("2_3", "2-3 years", "2-3년", 2, 3),
        ("4_5", "4-5 years", "4-5년", 4, 5),
        ("6_7", "6-7 years", "6-7년", 6, 7),
        ("8_9", "8-9 years", "8-9년", 8, 9),
        ("over_9", "More than 9 years", "9년 넘게", 10, None),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)

HUSBAND_ETHNICITY = TableSpec(
    id="husband_ethnicity",
    title_en="Ethnicity of the husbands of married women",
    title_ko="결혼한 여성의 남편이 속한 민족",
    source=f"{REPORT}, 'Settling in One Place Permanently' (46 Korean-Chinese, 12 Han Chinese)",
    questions=("marriage_status", "husband_ethnicity"),
    among=MARRIED,
    rows=(
        *choice_rows(
            "husband_ethnicity",
            ("korean_chinese", "Korean-Chinese", "조선족"),
            ("han_chinese", "Han Chinese", "한족"),
        ),
        RowSpec(
            "other",
            "Other",
            "기타",
            CountIf(answer_in("husband_ethnicity", "other_chinese", "north_korean", "other")),
        ),
    ),
    denominator_en=MARRIED_WOMEN[0],
    denominator_ko=MARRIED_WOMEN[1],
)

BIRTHS_IN_CHINA = TableSpec(
    id="births_in_china",
    title_en="Married women who have given birth in China",
    title_ko="중국에서 아이를 낳은 결혼한 여성",
    source=f"{REPORT}, 'Settling in One Place Permanently' (39 of these 58 women)",
    questions=("marriage_status", "children_born_in_china"),
    among=MARRIED,
    rows=(
        RowSpec(
            "gave_birth",
            "Gave birth in China",
            "중국에서 아이를 낳음",
            CountIf(Between("children_born_in_china", 1)),
        ),
        RowSpec(
            "no_birth",
            "No birth in China",
            "중국에서 낳은 아이 없음",
            CountIf(Between("children_born_in_china", 0, 0)),
        ),
    ),
    denominator_en=MARRIED_WOMEN[0],
    denominator_ko=MARRIED_WOMEN[1],
)

WOMEN_HUKOU = TableSpec(
    id="women_hukou",
    title_en="Household registration (hukou) of the women",
    title_ko="여성의 호구",
    source=f"{REPORT}, 'Settling in One Place Permanently' (93% none, 7% fake)",
    questions=("own_hukou",),
    rows=choice_rows(
        "own_hukou",
        ("none", "No hukou", "호구 없음"),
        ("bought_or_fake", "Bought or fake hukou", "돈 주고 산 호구, 가짜 호구"),
        ("legal", "Legal hukou", "정식 호구"),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)


def _without_hukou(answers: Answers) -> int:
    """Children born in China who have no hukou."""
    return Number("children_born_in_china")(answers) - Number("children_with_hukou")(answers)


def _children_answered(answers: Answers) -> bool:
    """Births answered and, when there were any, how many have hukou."""
    born = answers.get("children_born_in_china")
    return born == 0 or (born is not None and answers.get("children_with_hukou") is not None)


CHILDREN_HUKOU = TableSpec(
    id="children_hukou",
    title_en="Children born in China, with and without hukou",
    title_ko="중국에서 태어난 아이의 호구",
    source=f"{REPORT}, 'Settling in One Place Permanently' (15 of 42 children)",
    questions=("children_born_in_china", "children_with_hukou"),
    rows=(
        RowSpec("with_hukou", "With hukou", "호구 있음", Number("children_with_hukou")),
        RowSpec("without_hukou", "Without hukou", "호구 없음", _without_hukou),
    ),
    denominator_en="Children born in China to the women interviewed",
    denominator_ko="면담한 여성이 중국에서 낳은 아이",
    unit="children",
    size=Number("children_born_in_china"),
    answered=_children_answered,
)

ARRESTS = TableSpec(
    id="arrests",
    title_en="Arrest, repatriation and bribes to the police",
    title_ko="단속, 북송, 공안에 준 돈",
    source=f"{REPORT}, 'Settling in One Place Permanently' (26 repatriated, 7 paid, 38 never)",
    questions=("arrest_history",),
    rows=choice_rows(
        "arrest_history",
        ("repatriated", "Arrested and repatriated to North Korea", "잡혀서 북송됨"),
        (
            "paid_police",
            "Avoided repatriation by paying the police",
            "공안에 돈을 주고 북송을 면함",
        ),
        ("never_arrested", "Never arrested", "잡힌 적 없음"),
        ("arrested_other", "Arrested, released some other way", "잡혔다가 다른 방법으로 풀려남"),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)


def _crossing_answered(answers: Answers) -> bool:
    """Companions answered and, unless she crossed alone, whether they were traffickers."""
    companions = answers.get("crossing_companions")
    if not isinstance(companions, list):
        return False
    return "alone" in companions or answers.get("companions_were_traffickers") is not None


CROSSED_WITH_TRAFFICKERS = TableSpec(
    id="crossed_with_traffickers",
    title_en="Crossed the border with people later known to be traffickers",
    title_ko="나중에 인신매매꾼으로 드러난 사람과 함께 강을 건넘",
    source=f"{REPORT}, opening paragraphs (eighteen percent)",
    questions=("crossing_companions", "companions_were_traffickers"),
    rows=(
        *choice_rows(
            "companions_were_traffickers",
            (
                "yes",
                "With people later known to be traffickers",
                "나중에 인신매매꾼으로 드러난 사람과",
            ),
            ("no", "With others, not traffickers", "인신매매꾼이 아닌 사람과"),
            ("unsure", "With others, not sure who they were", "누군지 확실하지 않은 사람과"),
        ),
        RowSpec("alone", "Alone", "혼자", CountIf(Selected("crossing_companions", "alone"))),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
    answered=_crossing_answered,
)

AGE_AT_LEAVING = TableSpec(
    id="age_at_leaving",
    title_en="Age when they left North Korea",
    title_ko="북한을 떠날 때의 나이",
    source=f"{REPORT}, 'Settling in One Place Permanently' (half were in their twenties)",
    questions=("age_at_leaving",),
    rows=band_rows(
        "age_at_leaving",
        ("under_20", "Under 20", "20살 미만", None, 19),
        ("twenties", "In their twenties", "20대", 20, 29),
        ("thirties", "In their thirties", "30대", 30, 39),
        ("forty_plus", "40 or older", "40살 이상", 40, None),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)

SOLD_OR_INTRODUCED = TableSpec(
    id="sold_or_introduced",
    title_en="Sold or introduced into the marriage",
    title_ko="팔려 갔는지, 소개받았는지",
    source=f"{REPORT}, 'Poverty in China's Rural Areas' (fifty percent 'introduced')",
    questions=("marriage_status", "sold_or_introduced"),
    among=MARRIED,
    rows=choice_rows(
        "sold_or_introduced",
        ("sold", "Sold for money", "돈에 팔려 감"),
        ("introduced", "Introduced, not sold", "팔려 가지 않고 소개받음"),
        ("not_sure", "Not sure", "잘 모름"),
        ("neither", "Neither: met him herself", "둘 다 아님: 직접 만남"),
    ),
    denominator_en=MARRIED_WOMEN[0],
    denominator_ko=MARRIED_WOMEN[1],
)

HUSBAND_AGE_AT_MARRIAGE = TableSpec(
    id="husband_age_at_marriage",
    title_en="The husband's age when they began living together",
    title_ko="같이 살기 시작할 때 남편의 나이",
    source=f"{REPORT}, 'Poverty in China's Rural Areas' (the men left in rural villages)",
    questions=("marriage_status", "husband_age_at_marriage"),
    among=MARRIED,
    rows=band_rows(
        "husband_age_at_marriage",
        ("under_30", "Under 30", "30살 미만", None, 29),
        ("30_39", "30-39", "30-39살", 30, 39),
        ("40_49", "40-49", "40-49살", 40, 49),
        ("50_59", "50-59", "50-59살", 50, 59),
        ("60_plus", "60 or older", "60살 이상", 60, None),
    ),
    denominator_en=MARRIED_WOMEN[0],
    denominator_ko=MARRIED_WOMEN[1],
)

PAID_POLICE = answer_in("arrest_history", "paid_police")

BRIBE_AMOUNT = TableSpec(
    id="bribe_amount",
    title_en="Money paid to the police to avoid repatriation",
    title_ko="북송을 면하려고 공안에 준 돈",
    source=f"{REPORT}, 'Settling in One Place Permanently' (between 3,000 and 8,000 RMB)",
    questions=("arrest_history", "bribe_amount"),
    among=PAID_POLICE,
    rows=band_rows(
        "bribe_amount",
        ("under_3000", "Less than 3,000 yuan", "3천 위안 미만", None, 2999),
        ("3000_5000", "3,000-5,000 yuan", "3천-5천 위안", 3000, 5000),
        ("5001_8000", "5,001-8,000 yuan", "5천 위안 넘고 8천 위안까지", 5001, 8000),
        ("over_8000", "More than 8,000 yuan", "8천 위안 넘게", 8001, None),
    ),
    denominator_en="Women who avoided repatriation by paying the police",
    denominator_ko="공안에 돈을 주고 북송을 면한 여성",
)

SERVICE_WORK = AnyOf(
    (Selected("work_type", "domestic_or_care"), Selected("work_type", "restaurant"))
)
"""Domestic helpers and restaurant workers: the report's comparison for Qingdao's earnings."""

SERVICE_INCOME = TableSpec(
    id="service_income",
    title_en="Monthly earnings of domestic helpers and restaurant workers",
    title_ko="가정부와 식당 일로 버는 한 달 벌이",
    source=(
        f"{REPORT}, 'What North Korean Women Earn as Sex Workers' (a domestic helper or a "
        "waitress in a restaurant: from 400 to 700 yuan per month)"
    ),
    questions=("work_type", "monthly_income"),
    among=SERVICE_WORK,
    rows=band_rows(
        "monthly_income",
        ("under_400", "Less than 400 yuan", "400위안 미만", None, 399),
        ("400_700", "400-700 yuan", "400-700위안", 400, 700),
        ("over_700", "More than 700 yuan", "700위안 넘게", 701, None),
    ),
    denominator_en="Women working as domestic helpers or in restaurants",
    denominator_ko="가정부나 식당 일을 하는 여성",
)
