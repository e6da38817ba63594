"""Write ``tests/data/report_interviews.json``: 77 interviews that reproduce the report.

HRNK's "Lives for Sale" (2009) publishes counts from 71 interviews in Jilin (39)
and Heilongjiang (32), and describes six in-depth interviews in Qingdao,
Shandong, but not the interviews themselves.  This script invents 71 women whose
answers to the built-in question set reproduce every count in the report's
Findings chapter exactly, and fills in everything else plausibly; the six
Shandong women are written out by hand in ``shandong_fixture.py``.  It is
deterministic (fixed seed), so the file only changes when this script or the
question set does.

Run it from the repository root and commit both files::

    .venv/bin/python tests/data/make_report_fixture.py

It checks every answer exactly as ``fieldkit interview import`` does (the same
``Flow.check_answer``, in questionnaire order, refusing answers to questions
that would not be asked, and required questions for "complete" interviews) and
refuses to write a file that would not import.

Published counts reproduced (Findings chapter):

- price paid, of the 20 married women who knew it: up to 2,000 yuan 3;
  2,001-5,000 10; 5,001-8,000 5; over 8,000 2;
- of the 58 women married to Chinese men: husband paid the intermediary 20;
  not aware of any transaction 9; intermediary not paid 29; 46 husbands
  Korean-Chinese and 12 Han Chinese; 39 gave birth in China; 29 (50%)
  "introduced" rather than sold;
- years at the current residence, of 71: <2: 4; 2-3: 14; 4-5: 12; 6-7: 14;
  8-9: 22; >9: 5;
- own hukou, of 71: none 66 (93%), bought or fake 5 (7%);
- 42 children born in China, 15 of them with hukou;
- arrests, of 71: repatriated 26; paid the police 7; never arrested 38;
- 13 of 71 (18%) crossed with people later known to be traffickers;
- 71 women: Jilin 39, Heilongjiang 32; half (36) in their twenties when they left;
- the seven who paid the police paid between 3,000 and 8,000 yuan;
- domestic helpers and restaurant workers earn 400 to 700 yuan a month;
- Shandong (``shandong_fixture.py``): six women, all in sex work, five of them sold
  into forced marriages first, earning 5,000 to 10,000 yuan a month and saving
  3,000 to 4,000.

Not published, true by construction of this fixture: 57 women meet all three
Trafficking Protocol elements (every "sold" woman, the 19 married women
introduced under abuse of their vulnerability, one widow and one woman held in
unpaid work under threats).

Every name and place in the free text is invented; so are the identity answers.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shandong_fixture import shandong_interviews

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import Flow, builtin_questionnaire

SEED = 2009
OUT = Path(__file__).with_name("report_interviews.json")
FIRST_CROSSING, LAST_CROSSING = 1995, 2005
INTERVIEW_MONTHS = {  # the report's field trips
    "jilin": ("2004-11", "2006-01", "2006-04"),
    "heilongjiang": ("2004-11", "2005-01", "2006-01"),
}
BRACKETS = {  # price bracket -> (lowest, highest) amount in yuan, in steps of 500
    "up_to_2000": (1000, 2000),
    "from_2001_to_5000": (2500, 5000),
    "from_5001_to_8000": (5500, 8000),
    "over_8000": (9000, 12000),
}
YEARS_BINS = ((0, 1), (2, 3), (4, 5), (6, 7), (8, 9), (10, 11))
Answers = dict[str, Any]


@dataclass
class Plan:
    """The counted facts of one woman, fixed before any detail is invented."""

    province: str
    marriage: str
    years: int
    arrest: str
    ethnicity: str | None = None
    price: str | None = None
    births: int = 0
    hukou_children: int = 0
    own_hukou: str = "none"
    crossed_with: str = "no"  # yes (traffickers) / no / unsure / alone
    story: str = "none"  # sold / introduced_vulnerable / introduced_free / forced_labour / none
    age_band: tuple[int, int] = (20, 29)  # her age when she left North Korea


# --- the counted facts ---------------------------------------------------------


def _shuffled(rng: random.Random, items: list[Any]) -> list[Any]:
    rng.shuffle(items)
    return items


def plan_women(rng: random.Random) -> list[Plan]:
    """71 plans whose counts are exactly the report's."""
    marriages = _shuffled(rng, ["married"] * 58 + ["left"] * 7 + ["widowed"] * 2 + ["never"] * 4)
    provinces = _shuffled(rng, ["jilin"] * 39 + ["heilongjiang"] * 32)
    bins = [4, 14, 12, 14, 22, 5]
    years = _shuffled(
        rng, [rng.choice(YEARS_BINS[i]) for i, n in enumerate(bins) for _ in range(n)]
    )
    arrests = _shuffled(rng, ["repatriated"] * 26 + ["paid_police"] * 7 + ["never_arrested"] * 38)
    plans = [Plan(*fields) for fields in zip(provinces, marriages, years, arrests, strict=True)]
    _plan_marriages(rng, [p for p in plans if p.marriage == "married"])
    _plan_others(rng, [p for p in plans if p.marriage != "married"])
    _plan_crossings(rng, plans)
    _plan_ages(rng, plans)
    return plans


AGE_BANDS = {"under_20": (17, 19), "twenties": (20, 29), "thirties": (30, 39), "forty": (40, 45)}


def _plan_ages(rng: random.Random, plans: list[Plan]) -> None:
    """Half (36 of 71) were in their twenties when they left (report, 'Settling in One
    Place'); the four women who never married in China were older."""
    never = [p for p in plans if p.marriage == "never"]
    for plan in never:
        plan.age_band = (40, 47)
    bands = ["under_20"] * 6 + ["twenties"] * 36 + ["thirties"] * 20 + ["forty"] * 5
    rest = [p for p in plans if p.marriage != "never"]
    for plan, band in zip(rest, _shuffled(rng, bands), strict=True):
        plan.age_band = AGE_BANDS[band]


def _plan_marriages(rng: random.Random, married: list[Plan]) -> None:
    prices = ["up_to_2000"] * 3 + ["from_2001_to_5000"] * 10 + ["from_5001_to_8000"] * 5
    prices += ["over_8000"] * 2 + ["unknown"] * 9 + ["not_paid"] * 29
    columns = {
        "ethnicity": ["korean_chinese"] * 46 + ["han_chinese"] * 12,
        "price": prices,
        "births": [1] * 36 + [2] * 3 + [0] * 19,
        "own_hukou": ["bought_or_fake"] * 5 + ["none"] * 53,
    }
    for name, values in columns.items():
        for plan, value in zip(married, _shuffled(rng, values), strict=True):
            setattr(plan, name, value)
    introduced = [p for p in married if p.price == "not_paid"]
    for i, plan in enumerate(introduced):
        plan.story = "introduced_vulnerable" if i < 19 else "introduced_free"
    for plan in married:
        if plan.price != "not_paid":
            plan.story = "sold"
    _plan_child_hukou(rng, [p for p in married if p.births])


def _plan_child_hukou(rng: random.Random, mothers: list[Plan]) -> None:
    """15 of the 42 children have hukou, mostly in Jilin (report: recent Jilin cases)."""
    mothers.sort(key=lambda p: (p.province != "jilin", rng.random()))
    twice = next(p for p in mothers if p.births == 2)
    twice.hukou_children = 2
    for plan in [p for p in mothers if p is not twice][:13]:
        plan.hukou_children = 1


def _plan_others(rng: random.Random, others: list[Plan]) -> None:
    stories = {"left": ["sold"] * 7, "widowed": ["sold", "introduced_free"]}
    stories["never"] = ["forced_labour", "none", "none", "none"]
    for status, pool in stories.items():
        group = [p for p in others if p.marriage == status]
        for plan, story in zip(group, _shuffled(rng, pool), strict=True):
            plan.story = story
            if status != "never":
                plan.ethnicity = rng.choice(["korean_chinese", "han_chinese", "north_korean"])
                plan.price = rng.choice(list(BRACKETS)) if story == "sold" else "not_paid"


def _plan_crossings(rng: random.Random, plans: list[Plan]) -> None:
    """13 crossed with traffickers, all of them women who were later sold."""
    sold = _shuffled(rng, [p for p in plans if p.story == "sold"])[:13]
    for plan in sold:
        plan.crossed_with = "yes"
    rest = _shuffled(rng, [p for p in plans if p.crossed_with != "yes"])
    for plan, kind in zip(rest, ["alone"] * 16 + ["unsure"] * 8 + ["no"] * 34, strict=True):
        plan.crossed_with = kind


# --- details around the facts ----------------------------------------------------


@dataclass(frozen=True)
class Timeline:
    interview: str
    crossing: str
    birth_year: int

    @property
    def age_now(self) -> int:
        return int(self.interview[:4]) - self.birth_year

    @property
    def age_at_leaving(self) -> int:
        return int(self.crossing[:4]) - self.birth_year

    @property
    def years_in_china(self) -> int:
        return int(self.interview[:4]) - int(self.crossing[:4])


def make_timeline(rng: random.Random, plan: Plan) -> Timeline:
    """Interview, crossing and birth such that she has lived ``plan.years`` in her home.

    Long stays go with the last field trip, so crossings spread over 1995-2005
    instead of piling up in the first years.
    """
    months = [
        m for m in INTERVIEW_MONTHS[plan.province] if int(m[:4]) - plan.years >= FIRST_CROSSING
    ]
    interview = months[-1] if plan.years >= 8 else rng.choice(months)
    latest = min(int(interview[:4]) - plan.years, LAST_CROSSING)
    year = rng.randint(max(FIRST_CROSSING, latest - 2), latest)
    last_month = int(interview[5:]) if year == int(interview[:4]) else 12
    crossing = f"{year}-{rng.randint(1, last_month):02d}"
    return Timeline(interview, crossing, year - rng.randint(*plan.age_band))


def _money(amount: int) -> dict[str, Any]:
    return {"amount": amount, "currency": "CNY"}


def _steps(rng: random.Random, low: int, high: int, step: int = 500) -> int:
    return rng.randrange(low, high + 1, step)


ORIGINS = {
    "north_hamgyong": 40,
    "ryanggang": 10,
    "south_hamgyong": 10,
    "rason": 3,
    "chagang": 3,
    "north_pyongan": 3,
    "south_pyongan": 2,
    "kangwon": 2,
    "north_hwanghae": 1,
    "pyongyang": 1,
    "not_said": 1,
}

# Optional answers that depend on nothing else: question -> (choices, weights).
FREE: dict[str, tuple[list[Any], list[int]]] = {
    "permission_to_quote": (["yes_anonymous", "summary_only", "no"], [6, 3, 1]),
    "anonymity_wishes": ([["pseudonym", "hide_places"], ["pseudonym"], ["no_photos"]], [3, 2, 1]),
    "interview_language": (["korean", "korean_with_interpreter"], [12, 1]),
    "interviewer_code": (["IV-01", "IV-02"], [1, 1]),
    "others_present": ([["nobody"], ["her_children"], ["helper"]], [6, 2, 1]),
    "origin_province": (list(ORIGINS), list(ORIGINS.values())),
    "education_nk": (["primary", "secondary", "college"], [2, 8, 1]),
    "occupation_nk": (["farm", "factory_or_mine", "trade", "no_work"], [2, 2, 3, 2]),
    "reasons_for_leaving": ([["hunger"], ["hunger", "earn_money"], ["promised_job"]], [3, 3, 2]),
    "crossing_river": (["tumen", "yalu"], [9, 1]),
    "paid_to_cross": (["no", "unsure", "yes"], [3, 1, 1]),
    "current_setting": (["village", "town", "city"], [8, 2, 1]),
    "neighbours_know": (["yes", "unsure", "no"], [6, 2, 1]),
    "sex_or_entertainment_work": (["never", "not_said"], [12, 1]),
    "health_problems": (
        [["none"], ["chronic_pain"], ["womens_health"], ["mental_distress"]],
        [3, 2, 1, 1],
    ),
    "medical_access": (["sometimes", "no_money", "when_needed", "fear"], [3, 3, 2, 1]),
    "future_wishes": (
        [
            ["stay_china_legal"],
            ["south_korea"],
            ["stay_china_legal", "bring_family"],
            ["undecided"],
            ["return_nk"],
        ],
        [4, 3, 2, 2, 1],
    ),
    "fears": (
        [["repatriation"], ["repatriation", "losing_children"], ["poverty"], ["family_in_nk"]],
        [4, 3, 2, 1],
    ),
}


def free_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    return {qid: rng.choices(values, weights)[0] for qid, (values, weights) in FREE.items()}


def fixed_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    """What the plan and the timeline decide."""
    return {
        "consent": "yes",
        "interview_month": t.interview,
        "interview_province": plan.province,
        "birth_year": t.birth_year,
        "crossing_month": t.crossing,
        "age_at_leaving": t.age_at_leaving,
        "current_province": plan.province,
        "years_at_residence": plan.years,
        "own_hukou": plan.own_hukou,
        "children_born_in_china": plan.births,
        "arrest_history": plan.arrest,
        "ran_away": "yes" if plan.marriage == "left" else "no",
    }


FAMILY = ["김", "리", "박", "최", "정", "강", "한", "윤", "홍", "문"]
GIVEN = ["순희", "옥란", "명숙", "춘화", "금실", "영애", "혜경", "성미", "은정", "복순", "향미"]
NK_VILLAGES = ["달맞이리", "푸른솔리", "노을리", "별무리리", "버들골", "새벽동"]
CN_VILLAGES = ["버들촌", "해바라기촌", "노을촌", "물방아촌", "들꽃촌"]
HUSBANDS = {
    "korean_chinese": ["박철수", "김광호", "리영남", "최동철"],
    "han_chinese": ["자오수린", "왕다펑", "류창밍"],
    "north_korean": ["김명철"],
}
BROKERS = ["털보 아저씨", "곰보 아주머니", "키다리 김 씨", "안경 쓴 리 씨"]


def identity_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    """Invented identities; a few women give none, as in the field."""
    if rng.random() < 0.15:
        return {}
    answers: Answers = {
        "name": rng.choice(FAMILY) + rng.choice(GIVEN),
        "home_town": rng.choice(NK_VILLAGES),
        "current_address": rng.choice(CN_VILLAGES),
    }
    if plan.ethnicity:
        answers["husband_name"] = rng.choice(HUSBANDS[plan.ethnicity])
    if plan.story == "sold":
        answers["broker_names"] = rng.choice(BROKERS)
    return answers


def family_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    """Family before leaving: older women had married; younger lived with their parents."""
    if t.birth_year < 1968:
        status = rng.choice(["married", "widowed", "divorced"])
        deaths = ["husband"] if status == "widowed" else rng.choice([["father"], ["none"]])
        household = ["husband", "children"] if status == "married" else ["children"]
        children = rng.randint(1, 3)
    else:
        status, children = "never_married", 0
        deaths = rng.choice([["father"], ["father", "mother"], ["mother"], ["none"]])
        household = [p for p in ("mother", "father") if p not in deaths] + ["siblings"]
    answers: Answers = {"household_nk": household, "marital_status_nk": status}
    answers["family_deaths"] = deaths
    if deaths != ["none"]:
        answers["deaths_from_famine"] = rng.choice(["yes", "yes", "no", "unsure"])
        answers["reasons_for_leaving"] = ["family_death", "hunger"]
    answers["children_left_behind"] = children
    answers["children_brought"] = 0
    return answers


COMPANIONS = {
    "yes": [
        ["guide_or_broker"],
        ["acquaintance", "guide_or_broker"],
        ["strangers", "guide_or_broker"],
    ],
    "no": [["family"], ["friend"], ["family", "friend"], ["strangers"]],
    "unsure": [["strangers"], ["acquaintance"]],
    "alone": [["alone"]],
}
ARRANGERS = {
    "yes": ["nk_acquaintance", "nk_stranger", "broker", "friend_or_neighbour"],
    "no": ["family", "friend_or_neighbour", "herself", "korean_chinese"],
    "unsure": ["nk_stranger", "broker"],
    "alone": ["herself"],
}


def crossing_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    kind = plan.crossed_with
    answers: Answers = {
        "crossing_arranged_by": rng.choice(ARRANGERS[kind]),
        "crossing_companions": rng.choice(COMPANIONS[kind]),
    }
    if kind != "alone":
        answers["companions_were_traffickers"] = kind
    return answers


SOLD_MEANS = [
    ["false_job", "payment"],
    ["drugged", "payment"],
    ["false_trade", "payment"],
    ["false_other", "confinement", "payment"],
    ["abducted", "force", "payment"],
]
TP_FROM_MEANS = {
    "false_job": ["deception", "fraud"],
    "false_trade": ["deception", "fraud"],
    "false_other": ["deception"],
    "drugged": ["drugging", "abduction"],
    "abducted": ["abduction"],
    "force": ["threat_or_force"],
    "threats": ["threat_or_force"],
    "confinement": ["other_coercion"],
    "payment": ["payment_to_controller"],
}
MARRIAGE = {
    "married": "living_with_husband",
    "left": "left_husband",
    "widowed": "widowed",
    "never": "never",
}


def sale_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    answers: Answers = {"means_used": _means(rng, plan), "marriage_status": MARRIAGE[plan.marriage]}
    if plan.marriage == "never":
        return answers
    sold = plan.story == "sold"
    chains = [["trafficker_network"], ["nk_acquaintance", "korean_chinese_villager"]]
    helpers = [["relative_or_neighbour"], ["korean_chinese_villager"], ["husband_family"]]
    answers["sold_or_introduced"] = _sold_or_introduced(plan)
    answers["intermediary_type"] = rng.choice(chains if sold else helpers)
    answers["price_paid"] = plan.price
    if plan.price in BRACKETS and rng.random() < 0.8:
        answers["price_amount"] = _money(_steps(rng, *BRACKETS[plan.price]))
    answers["marriage_consent"] = _marriage_consent(rng, plan)
    resales = [0, 0, 1, 2] if plan.marriage == "left" else [0, 0, 0, 1]
    answers["times_resold"] = rng.choice(resales) if sold else 0
    return answers


def _means(rng: random.Random, plan: Plan) -> list[str]:
    if plan.story == "sold":
        means = rng.choice(SOLD_MEANS)
        return [m for m in means if m != "payment"] if plan.price == "unknown" else means
    return ["threats"] if plan.story == "forced_labour" else ["none"]


def _sold_or_introduced(plan: Plan) -> str:
    if plan.price == "unknown":
        return "not_sure"
    return "sold" if plan.story == "sold" else "introduced"


def _marriage_consent(rng: random.Random, plan: Plan) -> str:
    if plan.story == "sold":
        return rng.choice(["not_asked", "refused_forced", "no_other_way"])
    return "no_other_way" if plan.story == "introduced_vulnerable" else "agreed_freely"


def husband_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    if plan.ethnicity is None:
        return {}
    han = plan.ethnicity == "han_chinese"
    gap = rng.choice([2, 5, 8, 10, 12, 15, 18, 22] if han else [0, 3, 6, 9, 12, 16, 20])
    work = ["farmer", "no_regular_work", "ill_or_disabled", "drinks_or_gambles"]
    circumstances = [rng.choice(work)] + (["much_older"] if gap >= 15 else [])
    if plan.price in BRACKETS and rng.random() < 0.4:
        circumstances.append("in_debt_for_her")
    age = max(t.age_now + gap, 24)
    return {
        "husband_ethnicity": plan.ethnicity,
        "husband_age": age,
        "husband_age_at_marriage": max(age - t.years_in_china, 18),
        "husband_circumstances": circumstances,
    }


def china_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    answers: Answers = {}
    if plan.own_hukou == "bought_or_fake":
        answers["hukou_cost"] = _money(_steps(rng, 3000, 10000))
    answers["police_record"] = "yes" if plan.hukou_children else rng.choice(["no", "unsure"])
    if plan.births:
        answers["children_with_hukou"] = plan.hukou_children
    if plan.hukou_children:
        answers["child_hukou_cost"] = _money(rng.choice([0, 0, 2000, 3000, 5000]))
    if plan.ethnicity == "han_chinese":
        answers["chinese_ability"] = rng.choice(["everyday", "fluent"])
    else:
        levels = ["none", "few_words", "few_words", "everyday"]
        answers["chinese_ability"] = rng.choice(levels if plan.years < 6 else levels[1:])
    return answers


DETENTION = [
    ["bowibu", "jipkyulso"],
    ["bowibu", "labour_training_camp"],
    ["anjeonbu", "jipkyulso"],
    ["bowibu", "jipkyulso", "labour_training_camp"],
]
TREATMENT = [
    ["beaten", "forced_labour", "hunger"],
    ["threatened", "hunger"],
    ["beaten", "body_search"],
]


def arrest_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    if plan.arrest == "repatriated":
        return {
            "times_repatriated": rng.choice([1, 1, 1, 2, 3]),
            "detention_nk": rng.choice(DETENTION),
            "detention_months": rng.randint(1, 10),
            "treatment_nk": rng.choice(TREATMENT),
        }
    if plan.arrest == "paid_police":  # report: between 3,000 and 8,000 RMB
        payer = rng.choice(["husband_family", "husband_family", "herself"])
        return {"bribe_amount": _money(_steps(rng, 3000, 8000)), "bribe_paid_by": payer}
    return {}


def work_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    if plan.marriage == "married" and rng.random() < 0.6:
        return {"works_for_money": "no"}
    jobs = ["farm_labour", "restaurant", "factory_or_workshop"]
    withheld = "yes" if plan.story == "forced_labour" else rng.choice(["no", "no", "yes"])
    work = ["domestic_or_care"] if plan.marriage == "never" else [rng.choice(jobs)]
    # report: a domestic helper or a waitress earns "from 400 to 700 yuan per month"
    service = work[0] in ("domestic_or_care", "restaurant")
    income = _steps(rng, 400, 700, 50) if service else _steps(rng, 300, 800, 50)
    return {
        "works_for_money": "yes",
        "work_type": work,
        "work_hours_per_day": rng.choice([8, 10, 12, 14]),
        "monthly_income": _money(income),
        "monthly_savings": _money(_steps(rng, 0, 200, 50)),
        "wages_withheld": withheld,
    }


def safety_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    abuse = _abuse(rng, plan)
    answers: Answers = {"abuse_experienced": abuse}
    if abuse not in (["none"], ["not_said"]):
        answers["abuse_by"] = ["employer"] if plan.story == "forced_labour" else ["husband"]
    coercion = [["none"], ["forced_abortion"], ["not_said"]]
    answers["reproductive_coercion"] = rng.choices(coercion, [14, 1, 1])[0]
    if rng.random() < 0.3:
        answers["medical_costs"] = _money(_steps(rng, 500, 6000))
        answers["medical_debt"] = rng.choice(["yes", "no"])
    return answers


def _abuse(rng: random.Random, plan: Plan) -> list[str]:
    if plan.story == "forced_labour":
        return ["threatened_police", "unpaid_work"]
    if plan.story == "sold":
        kinds = [["beaten"], ["threatened_police"], ["confined", "threatened_resale"], ["none"]]
        return rng.choice(kinds)
    return rng.choices([["none"], ["not_said"], ["threatened_police"]], [8, 1, 1])[0]


def home_answers(rng: random.Random, plan: Plan, t: Timeline) -> Answers:
    """Contact with and money for the family left in North Korea."""
    levels = ["never", "once_or_twice", "sometimes", "no_family_left"]
    contact = rng.choices(levels, [4, 3, 2, 1])[0]
    answers: Answers = {"contact_family_nk": contact}
    if contact != "no_family_left":
        sends = "never" if contact == "never" else rng.choice(["once", "sometimes", "never"])
        answers["sends_money"] = sends
        if sends != "never":
            answers["money_sent_last_year"] = _money(_steps(rng, 0, 3000))
        answers["family_consequences"] = rng.choice(["unsure", "no", "yes"])
    if plan.marriage == "married":
        answers["stay_with_husband"] = rng.choice(["yes", "yes", "unsure", "no"])
    return answers


def protocol_answers(plan: Plan, rng: random.Random, means: list[str]) -> Answers:
    """The interviewer's assessment, following the report's reading of each story."""
    if plan.story == "sold":
        acts = sorted(rng.sample(["recruitment", "transportation", "transfer", "harbouring"], 2))
        tp_means = {m for used in means for m in TP_FROM_MEANS.get(used, [])}
        purpose = rng.choice(
            [["forced_marriage"], ["forced_marriage", "other_sexual_exploitation"]]
        )
        return _tp([*acts, "receipt"], sorted(tp_means | {"abuse_of_vulnerability"}), purpose)
    if plan.story == "introduced_vulnerable":
        return _tp(["transfer", "receipt"], ["abuse_of_vulnerability"], ["forced_marriage"])
    if plan.story == "introduced_free":
        return _tp(["receipt"], ["none"], ["none"])
    if plan.story == "forced_labour":
        means = ["abuse_of_vulnerability", "threat_or_force"]
        return _tp(["recruitment", "receipt"], means, ["forced_labour"])
    return _tp(["none"], ["none"], ["none"])


def _tp(act: list[str], means: list[str], purpose: list[str]) -> Answers:
    return {"tp_act": act, "tp_means": means, "tp_purpose": purpose}


def story_answers(plan: Plan, t: Timeline, answers: Answers) -> Answers:
    """A few lines in Korean with her invented names, so redaction has work to do.

    Names are followed only by particles that fit any final sound (하고, 한테).
    """
    year, month = t.crossing.split("-")
    home = answers.get("home_town", "고향")
    unnamed = "지금 남편" if plan.marriage == "married" else "그 남자"
    husband = f"{answers['husband_name']} 씨" if "husband_name" in answers else unnamed
    lines = [f"저는 {home}에서 살았어요. {year}년 {int(month)}월에 강을 건넜어요."]
    if plan.story == "sold":
        broker = f"{answers['broker_names']}, 그 사람이" if "broker_names" in answers else "누가"
        lines.append(f"{broker} 일자리를 준다고 해서 따라갔는데, {husband}한테 팔려 갔어요.")
    elif plan.story.startswith("introduced"):
        lines.append(f"먼저 와 있던 친척 소개로 {husband}하고 살게 됐어요.")
    else:
        lines.append("남의 집 일을 하면서 혼자 살아요.")
    if plan.years:
        lines.append(f"지금 사는 곳에서 산 지 {plan.years}년째예요.")
    else:
        lines.append("지금 사는 곳에 온 지 1년이 안 됐어요.")
    story: Answers = {"life_story": " ".join(lines)}
    if answers["permission_to_quote"] == "yes_anonymous":
        story["key_quotes"] = lines[-2]
    if plan.births:
        story["interviewer_notes"] = "Calm throughout; asked how to register her child."
    return story


# --- assembling and checking -------------------------------------------------------

SectionMaker = Callable[[random.Random, Plan, Timeline], Answers]
SECTIONS: tuple[SectionMaker, ...] = (
    free_answers,
    fixed_answers,
    identity_answers,
    family_answers,
    crossing_answers,
    sale_answers,
    husband_answers,
    china_answers,
    arrest_answers,
    work_answers,
    safety_answers,
    home_answers,
)


def interview_for(rng: random.Random, plan: Plan, number: int, order: list[str]) -> dict[str, Any]:
    t = make_timeline(rng, plan)
    answers: Answers = {}
    for make in SECTIONS:
        answers |= make(rng, plan, t)
    answers |= protocol_answers(plan, rng, answers["means_used"])
    answers |= story_answers(plan, t, answers)
    ordered = {qid: answers[qid] for qid in order if qid in answers}
    return {"ref": f"case-{number:02d}", "status": "complete", "answers": ordered}


def check(flow: Flow, interview: dict[str, Any]) -> Answers:
    """The answers as stored (canonical); refuse what ``fieldkit interview import`` would."""
    accepted: Answers = {}
    for qid, value in interview["answers"].items():
        try:
            accepted[qid] = flow.check_answer(qid, value, accepted)
        except AnswerError as error:
            raise SystemExit(f"{interview['ref']}: {error}") from None
        if not flow.is_relevant(qid, accepted):
            raise SystemExit(f"{interview['ref']}: '{qid}' would not be asked")
    missing = flow.progress(accepted).missing_required
    if missing:
        raise SystemExit(f"{interview['ref']}: required questions unanswered: {missing}")
    return accepted


def build() -> dict[str, Any]:
    rng = random.Random(SEED)  # a reproducible fixture, not a secret
    flow = Flow(builtin_questionnaire())
    order = [q.id for q in flow.order]
    interviews = [interview_for(rng, p, i + 1, order) for i, p in enumerate(plan_women(rng))]
    for interview in shandong_interviews(len(interviews) + 1):
        answers = interview["answers"]
        interview["answers"] = {qid: answers[qid] for qid in order if qid in answers}
        interviews.append(interview)
    for interview in interviews:
        interview["answers"] = check(flow, interview)
    return {
        "format": "fieldkit-interviews/1",
        "questionnaire": "lives_for_sale",
        "interviews": interviews,
    }


def main() -> None:
    text = json.dumps(build(), ensure_ascii=False, indent=1) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({len(text):,} bytes)")


if __name__ == "__main__":
    main()
