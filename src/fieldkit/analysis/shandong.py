"""The report's "Sex Workers in Shandong Province": the six in-depth interviews in Qingdao.

"Interviewers spoke with eight women, only six of whom agreed to in-depth
interviews.  Of the six, almost all had been sold into forced marriages ...
the amount of money earned in one month ranges from 5,000 to 10,000 yuan.  On
average, they can save 3,000 to 4,000 yuan per month."  The questionnaire's
analysis section gives these tables the Shandong population; nothing here
tests the province, so the same tables could describe another city's women.
"""

from __future__ import annotations

from fieldkit.analysis.common import band_rows, choice_rows, selected_rows
from fieldkit.analysis.table import CountIf, RowSpec, TableSpec, answer_in

__all__ = [
    "SHANDONG_INCOME",
    "SHANDONG_MARRIAGE",
    "SHANDONG_SAVINGS",
    "SHANDONG_WORK",
    "SHANDONG_WORKPLACES",
]

SHANDONG = "Lives for Sale (HRNK, 2009), Findings, 'Sex Workers in Shandong Province'"
WOMEN = ("Women interviewed in depth", "심층 면담한 여성")
EARNING = ("Women interviewed in depth who work for money", "돈 버는 일을 하는, 심층 면담한 여성")

SHANDONG_WORK = TableSpec(
    id="shandong_work",
    title_en="Work in karaoke bars and the sex trade",
    title_ko="노래방과 성매매 일",
    source=f"{SHANDONG} ('currently employed as sex workers')",
    questions=("sex_or_entertainment_work",),
    rows=choice_rows(
        "sex_or_entertainment_work",
        ("sex_work", "Sex work (also went with guests)", "성매매(손님과 나가기도 함)"),
        ("entertainment", "Entertaining guests only", "손님 접대만 함"),
        ("never", "Never", "한 적 없음"),
        ("not_said", "Would rather not say", "말하고 싶지 않음"),
    ),
    denominator_en=WOMEN[0],
    denominator_ko=WOMEN[1],
)

SHANDONG_WORKPLACES = TableSpec(
    id="shandong_workplaces",
    title_en="Where they meet guests",
    title_ko="손님을 만나는 곳",
    source=f"{SHANDONG}, 'Types of Sex Establishments Where North Korean Women Work'",
    questions=("workplaces",),
    rows=selected_rows(
        "workplaces",
        ("karaoke_bar", "Karaoke bars", "노래방"),
        ("boarding_house", "Boarding houses run by a madam", "마담이 관리하는 숙소"),
        ("bar_or_night_club", "Bars and night clubs", "술집, 나이트클럽"),
        ("bathhouse", "Bathhouses and saunas", "목욕탕, 사우나"),
        ("beauty_salon", "Beauty salons", "미용실"),
        ("other", "Elsewhere", "다른 곳"),
    ),
    denominator_en="Women interviewed in depth who entertain guests",
    denominator_ko="손님을 상대하는, 심층 면담한 여성",
    exclusive=False,
)

SHANDONG_MARRIAGE = TableSpec(
    id="shandong_marriage",
    title_en="How they came to Qingdao: sold into a forced marriage first?",
    title_ko="청도에 오기 전: 강제 결혼으로 팔려 갔는지",
    source=f"{SHANDONG} ('Of the six, almost all had been sold into forced marriages')",
    questions=("marriage_status",),
    rows=(
        *choice_rows(
            "sold_or_introduced",
            ("sold", "Sold into a marriage", "결혼으로 팔려 감"),
            ("introduced", "Introduced into a marriage", "소개받아 결혼함"),
        ),
        RowSpec(
            "other_marriage",
            "Married some other way, or not sure",
            "다른 방법으로 결혼했거나 잘 모름",
            CountIf(answer_in("sold_or_introduced", "not_sure", "neither")),
        ),
        *choice_rows(
            "marriage_status", ("never", "Never married in China", "중국에서 결혼한 적 없음")
        ),
    ),
    denominator_en=WOMEN[0],
    denominator_ko=WOMEN[1],
)

SHANDONG_INCOME = TableSpec(
    id="shandong_income",
    title_en="What they earn in a month",
    title_ko="한 달 벌이",
    source=f"{SHANDONG}, 'What North Korean Women Earn as Sex Workers' (5,000 to 10,000 yuan)",
    questions=("monthly_income",),
    rows=band_rows(
        "monthly_income",
        ("under_5000", "Less than 5,000 yuan", "5천 위안 미만", None, 4999),
        ("5000_10000", "5,000-10,000 yuan", "5천-1만 위안", 5000, 10000),
        ("over_10000", "More than 10,000 yuan", "1만 위안 넘게", 10001, None),
    ),
    denominator_en=EARNING[0],
    denominator_ko=EARNING[1],
)

SHANDONG_SAVINGS = TableSpec(
    id="shandong_savings",
    title_en="What they save in a month",
    title_ko="한 달에 모으는 돈",
    source=f"{SHANDONG}, 'What North Korean Women Earn as Sex Workers' (3,000 to 4,000 yuan)",
    questions=("monthly_savings",),
    rows=band_rows(
        "monthly_savings",
        ("under_3000", "Less than 3,000 yuan", "3천 위안 미만", None, 2999),
        ("3000_4000", "3,000-4,000 yuan", "3천-4천 위안", 3000, 4000),
        ("over_4000", "More than 4,000 yuan", "4천 위안 넘게", 4001, None),
    ),
    denominator_en=EARNING[0],
    denominator_ko=EARNING[1],
)
