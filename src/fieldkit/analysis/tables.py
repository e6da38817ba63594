"""The tables of "Lives for Sale" (HRNK, 2009), recomputed from answers.

Each published table or figure of the report's Findings chapter is one
``TableSpec`` below, named after what it counts and pointing at where it is in
the report.  They read the built-in question set ("lives-for-sale.toml") by
question id and choice value; ``tests/unit/analysis/test_report_tables.py``
checks that a fixture of 71 interviews reproduces every published count.

Denominators follow the report: the marriage tables count women living with a
husband in China now (58 of 71), the price table only those who knew the
amount (20), the children's table children rather than women (42).
"""

from __future__ import annotations

from collections.abc import Iterable

from fieldkit.analysis.table import (
    AllOf,
    Answers,
    Between,
    CountIf,
    Everyone,
    HasElement,
    Not,
    Number,
    RowSpec,
    Selected,
    Table,
    TableSpec,
    answer_in,
    compute,
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
    "report_table",
    "report_tables",
]

REPORT = "Lives for Sale (HRNK, 2009), Findings"
MARRIED = answer_in("marriage_status", "living_with_husband")
"""The report's "58 interviewees ... who are married to Chinese men": de facto marriages now."""
BRACKETS = ("up_to_2000", "from_2001_to_5000", "from_5001_to_8000", "over_8000")


def _choice_rows(question: str, *rows: tuple[str, str, str]) -> tuple[RowSpec, ...]:
    """One row per ``(choice value, English, Korean)``, counting the women who chose it."""
    return tuple(RowSpec(v, en, ko, CountIf(answer_in(question, v))) for v, en, ko in rows)


ALL_WOMEN = ("Women interviewed", "면접한 여성")
MARRIED_WOMEN = ("Women living with a husband in China", "중국에서 남편과 사는 여성")

PRICE_PAID = TableSpec(
    id="price_paid",
    title_en="The price of lives: amounts paid for wives",
    title_ko="팔려 간 값: 아내로 데려오며 치른 돈",
    source=f"{REPORT}, 'Poverty in China's Rural Areas' and table 'The Price of Lives'",
    questions=("marriage_status", "price_paid"),
    population=AllOf((MARRIED, answer_in("price_paid", *BRACKETS))),
    rows=_choice_rows(
        "price_paid",
        ("up_to_2000", "Up to 2,000 yuan", "2천 원(위안)까지"),
        ("from_2001_to_5000", "2,001-5,000 yuan", "2,001-5,000원"),
        ("from_5001_to_8000", "5,001-8,000 yuan", "5,001-8,000원"),
        ("over_8000", "More than 8,000 yuan", "8,000원 넘게"),
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
    population=MARRIED,
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
        *_choice_rows(
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
    population=Everyone(),
    rows=tuple(
        RowSpec(key, en, ko, CountIf(Between("years_at_residence", low, high)))
        for key, en, ko, low, high in (
            ("under_2", "Less than 2 years", "2년 미만", 0, 1),
            ("2_3", "2-3 years", "2-3년", 2, 3),
            ("4_5", "4-5 years", "4-5년", 4, 5),
            ("6_7", "6-7 years", "6-7년", 6, 7),
            ("8_9", "8-9 years", "8-9년", 8, 9),
            ("over_9", "More than 9 years", "9년 넘게", 10, None),
        )
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)

HUSBAND_ETHNICITY = TableSpec(
    id="husband_ethnicity",
    title_en="Ethnicity of the husbands of married women",
    title_ko="결혼한 여성의 남편 민족",
    source=f"{REPORT}, 'Settling in One Place Permanently' (46 Korean-Chinese, 12 Han Chinese)",
    questions=("marriage_status", "husband_ethnicity"),
    population=MARRIED,
    rows=(
        *_choice_rows(
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
    population=MARRIED,
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
    population=Everyone(),
    rows=_choice_rows(
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
    population=Everyone(),
    rows=(
        RowSpec("with_hukou", "With hukou", "호구 있음", Number("children_with_hukou")),
        RowSpec("without_hukou", "Without hukou", "호구 없음", _without_hukou),
    ),
    denominator_en="Children born in China to the women interviewed",
    denominator_ko="면접한 여성이 중국에서 낳은 아이",
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
    population=Everyone(),
    rows=_choice_rows(
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
    population=Everyone(),
    rows=(
        *_choice_rows(
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

PROTOCOL_SOURCE = "Lives for Sale (HRNK, 2009), 'Trafficking as Defined by International Law'"
ELEMENTS = (HasElement("tp_act"), HasElement("tp_means"), HasElement("tp_purpose"))
"""The Protocol's three elements; each is met by any choice other than 'none'."""

TRAFFICKING_PROTOCOL = TableSpec(
    id="trafficking_protocol",
    title_en="Cases meeting all three elements of the Trafficking Protocol",
    title_ko="인신매매 의정서의 세 요소를 모두 갖춘 경우",
    source=PROTOCOL_SOURCE,
    questions=("tp_act", "tp_means", "tp_purpose"),
    population=Everyone(),
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
    population=Everyone(),
    rows=(
        RowSpec("act", "Act", "행위", CountIf(ELEMENTS[0])),
        RowSpec("means", "Means", "수단", CountIf(ELEMENTS[1])),
        RowSpec("purpose", "Purpose (exploitation)", "목적(착취)", CountIf(ELEMENTS[2])),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
    exclusive=False,
)

PROVINCES = TableSpec(
    id="provinces",
    title_en="Women interviewed, by province of residence",
    title_ko="사는 성별 면접 여성",
    source=f"{REPORT}, 'Jilin Province' (39) and 'Heilongjiang Province' (32)",
    questions=("current_province",),
    population=Everyone(),
    rows=(
        *_choice_rows(
            "current_province",
            ("jilin", "Jilin", "길림성"),
            ("heilongjiang", "Heilongjiang", "흑룡강성"),
        ),
        RowSpec(
            "other",
            "Other provinces",
            "다른 성",
            CountIf(Not(answer_in("current_province", "jilin", "heilongjiang"))),
        ),
    ),
    denominator_en=ALL_WOMEN[0],
    denominator_ko=ALL_WOMEN[1],
)

REPORT_TABLES: tuple[TableSpec, ...] = (
    PROVINCES,
    PRICE_PAID,
    PAYMENT_TO_INTERMEDIARY,
    YEARS_AT_RESIDENCE,
    HUSBAND_ETHNICITY,
    BIRTHS_IN_CHINA,
    WOMEN_HUKOU,
    CHILDREN_HUKOU,
    ARRESTS,
    CROSSED_WITH_TRAFFICKERS,
    TRAFFICKING_PROTOCOL,
    PROTOCOL_ELEMENTS,
)
"""Every table, in the order the report presents its findings."""


def report_tables(interviews: Iterable[Answers]) -> tuple[Table, ...]:
    """Every report table over ``interviews`` (effective answers), read once."""
    answers = list(interviews)
    return tuple(compute(spec, answers) for spec in REPORT_TABLES)


def report_table(table_id: str, interviews: Iterable[Answers]) -> Table:
    """One report table by id; ``KeyError`` naming the known ids otherwise."""
    for spec in REPORT_TABLES:
        if spec.id == table_id:
            return compute(spec, interviews)
    known = ", ".join(spec.id for spec in REPORT_TABLES)
    raise KeyError(f"no report table '{table_id}' (known: {known})")
