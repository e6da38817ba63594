"""A business or group named after its kind noun (issue 11, round 14, lane ORG-AND-OTHERS).

Korean often says what a place is first and its name second, in apposition: 한국 식당 X에서
("at X, a Korean restaurant"), 탈북민 지원단체 X에서 ("at X, a support group for defectors"),
NGO X에서.  Round 13 read this only after a nation glued to its kind (한국식당 X에서,
``orgs_spaced_ko.find_apposed_orgs``); a writer just as often spaces the two words, and
puts a group's purpose rather than a nation before it.  Two tiers, both uncertain (a
name is often a dictionary word: 무궁화, 한마음, 무지개):

- **a described kind**: a nation, people or the people it serves before the kind, spaced
  or glued (한국 식당, 조선족 교회, 탈북민 단체), or a group's kind itself (지원단체,
  선교회, NGO); the next word in a place's slot (a locative or naming particle) is the name,
  even a word, unless it is a part or person of the venue, a closed word, a given name, a
  town or a verb form (한국 식당 주방에서, 지원단체 사람들이 are left);
- **a bare kind** (식당 X에서, 교회 X에): only a word no word list knows takes the slot;
  식당 일에, 교회 사람들한테 stay.

Gate: the kind nouns' compiled alternation; texts with none skip at once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import known_ko, korean
from fieldkit.redaction.cuewords import alternation, closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["find_kind_first_orgs"]

_DESCRIPTORS = (
    "한국 조선 중국 북한 남한 한족 조선족 일본 러시아 몽골 태국 베트남 라오스 미국 "
    "탈북민 탈북자 탈북여성 북한이탈주민 새터민 이주민 이주여성 난민 한인 교포 동포 "
    "외국인 여성 청소년 기독교 개신교 천주교 불교"
)
"""Who a place belongs to or serves (closed: nations, peoples, the groups an NGO helps,
faiths): before a kind they describe it, so they are never its name."""

_VENUES = (
    "식당 음식점 반점 노래방 술집 가게 마트 슈퍼 교회 성당 회사 공장 호텔 여관 다방 "
    "카페 안마방 마사지방 병원 학원 학교 선교회"
)
_GROUPS = "단체 지원단체 선교단체 인권단체 구호단체 시민단체 종교단체 봉사단체 복지단체 NGO"
"""A group's kind: what follows it in a place's slot is its name, with or without a
descriptor before it (지원단체 X에서, NGO X에서)."""

_SLOT = (
    r"(에서는|에서도|에서|에도|에는|에|서|으로|로|이라는|라는|이란|란|이었는데|였는데)(?![가-힣])"
)
"""A place's slot: a locative, a naming particle or the copula (a comitative 하고, 랑 is as
often a person's: 식당 김철수하고)."""
_PARTS = frozenset(
    str.split(
        "주방 부엌 홀 카운터 방 룸 창고 숙소 기숙사 사무실 사무소 본부 지부 쉼터 건물 "
        "앞 옆 뒤 안 밖 근처 건너편 맞은편 위층 아래층 지하 지하실 이층 삼층 "
        "사장 사장님 주인 주인집 직원 종업원 손님 사람 사람들 여자 여자들 남자 남자들 "
        "일 일자리 같은 거기 여기 저기 그곳 이곳 하나 몇 쪽 측 "
        "목사 목사님 전도사 전도사님 집사 집사님 장로 신자 교인 신도 간사 간사님 "
        "선생 선생님 팀장 팀장님 대표 소장 원장 실장 직원들 활동가 봉사자"
    )
)
"""A venue's parts and people, and words a clause puts after it: never its name."""


@lru_cache(maxsize=1)
def _rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The kind then a spaced word in a place's slot, and a descriptor ending a text."""
    kinds = alternation(tuple(_VENUES.split()) + tuple(_GROUPS.split()))
    descriptors = alternation(tuple(_DESCRIPTORS.split()))
    return (
        re.compile(rf"({kinds}) ([가-힣]{{2,6}}?){_SLOT}"),
        re.compile(rf"(?<![가-힣A-Za-z])(?:{descriptors}) ?$"),
    )


def _kind_start(folded: str, at: int) -> str:
    """What stands before a kind noun at ``at``: "descriptor", "alone" (a word boundary) or
    "" (inside another word: 가정교회, 동네식당 are left)."""
    if _rx()[1].search(folded, max(0, at - 8), at) is not None:
        return "descriptor"
    before = folded[at - 1] if at else " "
    return "" if "가" <= before <= "힣" or before.isalpha() else "alone"


_CONNECTIVE = frozenset("면고해아어와워려니며가져러")
"""Last syllables before a connective -서 (하면서, 가서): a verb, not a name."""


def _refused(word: str, particle: str, res: Resources) -> bool:
    """A word that cannot be the venue's name, whatever stands before it."""
    if particle == "서" and word[-1] in _CONNECTIVE:
        return True  # 일하면서, 들어가서: a verb's connective -서
    if word[-1] == "에":
        return True  # 가게 앞에서: a one-syllable noun and 에서, read as X에 + 서
    if word in _PARTS or word in closed_words("ko") or word in res.given_ko:
        return True
    if word in korean_nouns() or word in _GROUPS.split():
        return True  # NGO 단체에서, 한국 회사 공장에: a second kind, no name
    if word in res.gaz_hangul or word in res.gaz_marked:
        return True  # a town: the place rules' to label
    if word.endswith("들") or korean.verb_like(word + particle, res):
        return True  # 사람들에게, 다니면서: a plural, a verb form
    if word.endswith("기") and known_ko.verb_form(word[:-1] + "고", res):
        return True  # 하기에: a verb made a noun by -기
    if particle in _CASE:
        return False  # a verb form takes no case particle: 한마음에서 is a noun's
    return known_ko.verb_form(word, res)


_CASE = frozenset(str.split("에서는 에서도 에서 에도 에는 에 으로 로 이라는 라는 이란 란"))
"""Locative and naming particles: only a noun takes them (a verb needs -기 first)."""


def _unknown(word: str, res: Resources) -> bool:
    """No word list holds ``word``: a bare kind noun's name must be this."""
    return not (
        word in res.lex_ko
        or korean.ordinary(word, res)
        or known_ko.dictionary_word(word, res)
        or word in res.keep_native
    )


def find_kind_first_orgs(folded: str, res: Resources) -> list[Hit]:
    """<descriptor> <kind> <Name><particle>, <group> <Name><particle>, <kind> <Unknown>
    <particle>: the name after its kind (see the module doc)."""
    out: list[Hit] = []
    for match in _rx()[0].finditer(folded):
        start = _kind_start(folded, match.start())
        if not start:
            continue
        described = start == "descriptor" or match.group(1) in _GROUPS.split()
        word, particle = match.group(2), match.group(3)
        if _refused(word, particle, res) or not (described or _unknown(word, res)):
            continue
        out.append(
            Hit.at(
                match.span(2),
                label="ORG",
                detector="context",
                rule="kind_first_org_ko",
                uncertain=True,
            )
        )
    return out
