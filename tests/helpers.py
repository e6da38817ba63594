"""Test helpers importable from any test module (``from helpers import ...``)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from fieldkit.crypto import KdfParams
from fieldkit.questionnaire import Questionnaire, parse_questionnaire
from fieldkit.store import Store
from fieldkit.store.db import Database

TESTS = Path(__file__).parent
DATA = TESTS / "data"
SITE = TESTS / "site"
PASSPHRASE = "kimchi tumen river lantern"
FAST_KDF = KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1)
"""The suite's Argon2id cost: ``tests/conftest.py`` puts it in place of the key file
format's for every test, ``SITE/sitecustomize.py`` for the processes tests start."""


def subprocess_env(**extra: str) -> dict[str, str]:
    """The environment for a fieldkit process a test starts: the cheap KDF (through
    ``tests/site/sitecustomize.py`` on ``PYTHONPATH``) and ``extra``."""
    paths = [str(SITE), *filter(None, [os.environ.get("PYTHONPATH")])]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), **extra}


def raw_db(store: Store) -> Database:
    """The store's own connection, for tests that inspect rows or tamper with them the way
    someone holding the key could; the code under test never sees it."""
    return store._db


def questionnaire_from_toml(text: str) -> Questionnaire:
    """Inline questionnaires in tests read as TOML (see TINY below)."""
    import tomllib

    return parse_questionnaire(tomllib.loads(textwrap.dedent(text)), "test")


TINY = """
format = "fieldkit-questionnaire/1"
id = "tiny"
version = "1"
title = { en = "Tiny", ko = "작은 설문" }
languages = ["en", "ko"]
consent = { question = "consent", value = "yes" }

[choice_lists]
yes_no = [
  { value = "yes", label = { en = "Yes", ko = "예" } },
  { value = "no", label = { en = "No", ko = "아니요" } },
]
means = [
  { value = "deception", label = { en = "Deception", ko = "속임" } },
  { value = "drugging", label = { en = "Drugging", ko = "약" } },
  { value = "force", label = { en = "Force", ko = "강제" } },
]

[[sections]]
id = "start"
title = { en = "Start", ko = "시작" }

[[sections.questions]]
id = "consent"
type = "single_choice"
choices = "yes_no"
required = true
label = { en = "Do you agree to the interview?", ko = "면담에 동의하십니까?" }

[[sections.questions]]
id = "birth_year"
type = "year"
required = true
minimum = 1930
maximum = 2010
sensitivity = "quasi"
generalise = { kind = "year_band", width = 5 }
label = { en = "Year of birth", ko = "출생 연도" }

[[sections.questions]]
id = "crossed"
type = "year_month"
label = { en = "When did you cross?", ko = "언제 건너셨어요?" }
constraints = [
  { expr = ". >= ${birth_year}", message = { en = "Crossing before birth", ko = "출생 전입니다" } },
]

[[sections.questions]]
id = "sold"
type = "single_choice"
choices = "yes_no"
required = true
label = { en = "Were you sold?", ko = "팔려 가셨어요?" }

[[sections.questions]]
id = "price"
type = "money"
relevant = "${sold} = 'yes'"
minimum = 0
maximum = 100000
label = { en = "Price paid", ko = "가격" }

[[sections.questions]]
id = "means"
type = "multiple_choice"
choices = "means"
label = { en = "Means used", ko = "수단" }

[[sections.questions]]
id = "drug_note"
type = "short_text"
relevant = "selected(${means}, 'drugging')"
sensitivity = "narrative"
label = { en = "What were you given?", ko = "무엇을 받으셨어요?" }

[[sections]]
id = "identity"
title = { en = "Identity (sealed)", ko = "신원 (봉인)" }
sealed = true

[[sections.questions]]
id = "name"
type = "short_text"
sensitivity = "direct"
redaction_seed = "person"
label = { en = "Her name", ko = "이름" }

[[sections.questions]]
id = "village"
type = "short_text"
sensitivity = "direct"
redaction_seed = "place"
label = { en = "Village", ko = "마을" }

[[sections]]
id = "story"
title = { en = "Story", ko = "이야기" }

[[sections.questions]]
id = "narrative"
type = "long_text"
sensitivity = "narrative"
label = { en = "Life story", ko = "살아온 이야기" }
"""

_PROVINCE_LIST = """provinces_cn = [
  { value = "jilin", label = { en = "Jilin", ko = "길림성" } },
  { value = "liaoning", label = { en = "Liaoning", ko = "료녕성" } },
  { value = "other", label = { en = "Other", ko = "기타" } },
]

"""
_PROVINCE_QUESTION = """[[sections.questions]]
id = "lives_in"
type = "single_choice"
choices = "provinces_cn"
sensitivity = "quasi"
label = { en = "Province she lives in", ko = "사는 성" }
generalise.kind = "map"
generalise.mapping = { jilin = "northeast", liaoning = "northeast" }
generalise.other = "other"

"""
_START, _IDENTITY = '[[sections]]\nid = "start"', '[[sections]]\nid = "identity"'
TINY_PROVINCES = TINY.replace(_START, _PROVINCE_LIST + _START).replace(
    _IDENTITY, _PROVINCE_QUESTION + _IDENTITY
)
"""TINY with a province question whose export groups Jilin and Liaoning as "northeast": a
place placeholder may then show "northeast China", never the province."""


REPEATS = """
format = "fieldkit-questionnaire/1"
id = "sales_form"
version = "1"
title = { en = "Sales", ko = "판매" }
languages = ["ko", "en"]

[choice_lists]
yes_no = [
  { value = "yes", label = { en = "Yes", ko = "예" } },
  { value = "no", label = { en = "No", ko = "아니요" } },
]
province = [
  { value = "jilin", label = { en = "Jilin", ko = "길림" } },
  { value = "liaoning", label = { en = "Liaoning", ko = "요녕" } },
]
county = [
  { value = "yanji", label = { en = "Yanji", ko = "연길" }, attributes = { province = "jilin" } },
  {value = "hunchun", label = {en = "Hunchun", ko = "훈춘"}, attributes = {province = "jilin"}},
  {value = "dandong", label = {en = "Dandong", ko = "단동"}, attributes = {province = "liaoning"}},
]

[[sections]]
id = "start"
title = { en = "Start", ko = "시작" }

[[sections.questions]]
id = "times_sold"
type = "integer"
label = { en = "Times sold", ko = "팔린 횟수" }
minimum = 0
maximum = 20

[[sections.questions]]
id = "phone"
type = "short_text"
label = { en = "Phone pattern", ko = "전화" }
[[sections.questions.constraints]]
expr = "regex(., '^[0-9]{3,12}$')"
message = { en = "Digits only", ko = "숫자만" }

[[sections]]
id = "sales"
title = { en = "Each sale", ko = "각 판매" }
relevant = "${times_sold} > 0"
repeat = { repeat_count = "${times_sold}", min = 0, max = 20 }

[[sections.questions]]
id = "sale_year"
type = "year"
label = { en = "Year", ko = "연도" }
required = true
[[sections.questions.constraints]]
expr = "position(..) = 1 or . >= 1990"
message = { en = "Too early", ko = "너무 이름" }

[[sections.questions]]
id = "sale_province"
type = "single_choice"
choices = "province"
label = { en = "Province", ko = "성" }

[[sections.questions]]
id = "sale_county"
type = "single_choice"
choices = "county"
choice_filter = "province = ${sale_province}"
relevant = "${sale_province} != ''"
label = { en = "County", ko = "현" }

[[sections.questions]]
id = "price"
type = "integer"
label = { en = "Price", ko = "가격" }
relevant = "position(..) > 1 or ${sale_year} > 1995"

[[sections.questions]]
id = "price_doubled"
type = "calculate"
label = { en = "Price doubled", ko = "두 배" }
calculation = "${price} * 2"

[[sections.questions]]
id = "sale_note"
type = "note"
label = { en = "Thank her", ko = "감사" }

[[sections]]
id = "after"
title = { en = "After", ko = "이후" }

[[sections.questions]]
id = "total_price"
type = "calculate"
label = { en = "Total", ko = "합계" }
calculation = "sum(${price})"

[[sections.questions]]
id = "count_check"
type = "single_choice"
choices = "yes_no"
label = { en = "Recorded all?", ko = "모두?" }
relevant = "count(${sales}) >= 1"
"""
"""A questionnaire with a repeat (one instance per sale), calculations inside and outside
it, a cascading choice, a regex constraint and a note: tests of repeats share it."""
