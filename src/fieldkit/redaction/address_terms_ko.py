"""Korean address terms that stand for a person's name (issue 11, round 14, second wave).

A woman married into a village is often never called by her name: she is X댁, the wife
from X (a town, a province, a country: 청주댁, 평양댁), and that appellation is how
neighbours, a mother-in-law and the woman herself name her, so it identifies her as a name
does.  댁 after a kinship word, a position or an honorific is the ordinary "house" or
"household" (시댁, 큰댁, 고모댁, 선생님댁, 옆댁), a closed class left alone here.

A Chinese surname read in Hangul before a role noun is a surname and a title (뤄 경찰,
가오 의사, 탕 간호사): the testimony names the Chinese police officer, doctor or driver the
way the village did.  Only surnames that no Korean word or surname shares count when the
reading has one syllable (뤄, 셰, 탕: not 장, 왕, 이, which the title rules read with their
own care, nor 후 "after" or 친 "pro-"); a two-syllable reading that is also a word
(차이 "difference") is uncertain.

A Korean surname before a public-office title (박 주무관, 이 계장, 최 조사관) is a person
too: these titles are worn by one official the speaker dealt with, and 이 there is the
surname, not "this", since no one says "this officer" with a grade title (uncertain).
After 담당 ("in charge") the same holds for any worker's title (담당 이 상담사, round 14c).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction.anchors_ko import SURNAME_ROLE, holds
from fieldkit.redaction.hangul_chinese import CHINESE_SURNAMES, CHINESE_SURNAMES_2
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES

__all__ = ["ROLES_AFTER_SURNAME", "find_address_terms"]

_HOUSE_STEMS = frozenset(
    str.split(
        "시 큰 작은 새 본 옆 앞 뒤 뒷 윗 아랫 건넛 사돈 친정 처가 처갓 외가 외갓 종가 종갓 "
        "고모 이모 삼촌 외삼촌 숙모 형님 언니 오빠 누나 동생 아들 딸 사위 며느리 "
        "큰집 자네 그 이 저 누구 어느 우리 남 남의 당신 댁"
    )
)
"""What 댁 means "house" after: kinship, position and pointing words (시댁, 윗댁, 고모댁)."""

_WORD_READINGS = frozenset("후비청친판스완")
"""One-syllable Chinese surname readings that are also Korean words or prefixes before a
role noun (그 후 경찰이 "after that, the police", 친 정부, 비 의사)."""

_TAIL = (
    r"(?:이|이가|이는|이를|이도|이랑|이라고|이라|이요|이에요|이었|이네|아|한테|은|을|도|네|이고)?"
)
_TAK = lazy_pattern(rf"([가-힣](?<![가-힣].)[가-힣]{{1,2}})댁{_TAIL}(?![가-힣])")

ROLES_AFTER_SURNAME = (
    "경찰 경찰관 공안 형사 의사 간호사 선생 선생님 교사 기사 기사님 사장 사장님 주임 반장 "
    "통역 통역사 변호사 검사 판사 대장 주무관 과장 과장님"
)
_ROLE_AFTER = (
    r"(?:님)?(?:이|가|은|는|을|를|도|의|한테|에게|하고|이라고|이라|인데|이었|이에요|예요)?"
)
_OFFICES = "주무관 사무관 조사관 수사관 서기관 감독관 담당관 계장"
_IN_CHARGE = lazy_pattern(
    r"담당(?<![가-힣]담당)(?:자|자는|자가|은|는)?\s(이)\s(?:상담사|상담원|복지사|사회복지사|간사|선생|"
    r"선생님|팀장|과장|주임|대리|실장|변호사|주무관|경찰관|형사|활동가|코디네이터|매니저)"
)


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    roles = "|".join(sorted(ROLES_AFTER_SURNAME.split(), key=len, reverse=True))
    offices = "|".join(sorted(_OFFICES.split(), key=len, reverse=True))
    return {
        "role": re.compile(
            rf"([가-힣](?<![가-힣].)[가-힣]{{0,1}})\s(?:{roles}){_ROLE_AFTER}(?![가-힣])"
        ),
        "office": re.compile(rf"([가-힣](?<![가-힣].))\s(?:{offices})(?:님)?"),
    }


def _appellations(folded: str) -> list[Hit]:
    """X댁: the wife from X (module docstring)."""
    out: list[Hit] = []
    if "댁" not in folded:
        return out
    for match in _TAK().finditer(folded):
        stem = match.group(1)
        if stem in _HOUSE_STEMS or stem.endswith("님") or stem[-1] in "의네":
            continue
        out.append(person_by_cue(match.start(1), match.end(1) + 1, "address_tak", False))
    return out


def _chinese_surname_roles(folded: str, res: Resources) -> list[Hit]:
    """뤄 경찰, 가오 의사: a Chinese surname reading no Korean word shares, then a role."""
    out: list[Hit] = []
    if not holds(folded, SURNAME_ROLE):
        return out  # no role noun: no match (round 32, speed: anchors_ko)
    for match in _rx()["role"].finditer(folded):
        surname = match.group(1)
        if len(surname) == 1:
            if surname not in CHINESE_SURNAMES or surname in res.sur_ko_hangul:
                continue
            if surname in _WORD_READINGS:
                continue
            out.append(person_by_cue(*match.span(1), "chinese_surname_role", False))
        elif surname in CHINESE_SURNAMES_2:
            out.append(person_by_cue(*match.span(1), "chinese_surname_role", surname in res.lex_ko))
    return out


def _office_surnames(folded: str, res: Resources) -> list[Hit]:
    """박 주무관, 이 계장: a Korean surname before a public-office grade title."""
    out: list[Hit] = []
    for match in _rx()["office"].finditer(folded):
        surname = match.group(1)
        if surname not in res.sur_ko_hangul:
            continue
        uncertain = surname in WORD_SURNAMES or surname == "이"
        out.append(person_by_cue(*match.span(1), "surname_office", uncertain))
    return out


def _in_charge_lee(folded: str) -> list[Hit]:
    """담당 이 상담사, 담당자는 이 간사님: after 담당 the worker is named, not pointed at
    ("the counsellor in charge, this one" is not said), so 이 is the surname (uncertain)."""
    out: list[Hit] = []
    if "담당" not in folded:
        return out
    for match in _IN_CHARGE().finditer(folded):
        out.append(person_by_cue(*match.span(1), "surname_in_charge", True))
    return out


def find_address_terms(folded: str, res: Resources) -> list[Hit]:
    """Every address term of this module (module docstring)."""
    out: list[Hit] = []
    out += _appellations(folded)
    out += _chinese_surname_roles(folded, res)
    if "관" in folded or "계장" in folded:  # in every office (round 15, speed)
        out += _office_surnames(folded, res)
    out += _in_charge_lee(folded)
    return out
