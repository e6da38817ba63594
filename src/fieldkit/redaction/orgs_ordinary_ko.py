"""Whether the Korean word before a business or facility noun is ordinary, not a name.

작은 식당, 그 식당, 동네 편의점, 시장의 식당 and 연길에 가면 식당 are a modifier, a
demonstrative, a word and its particle, a verb's connective: no name.  금강식당, 행운여관 and
부천하나센터 are names.  Split from ``orgs`` in round 27, unchanged, to keep that module
under the style guide's size; ``orgs_trade_ko`` asks the same question of a trade.
"""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import data, hangul, known_ko, korean, ordinary_ko
from fieldkit.redaction.data import word_set
from fieldkit.redaction.org_nouns import (
    COMPANY_SUFFIX,
    GLUED_SCHOOLS,
    noun_not_modifier,
    nouns_joined,
)
from fieldkit.redaction.resources import Resources

__all__ = ["clothes_of", "ordinary_before_noun_ko"]

_ADNOMINAL = frozenset("은는던운된한인진린른난온간든쁜픈할될갈일를")
"""Last syllables of verb and adjective forms that modify a noun (작은, 오래된, 유명한)."""


@lru_cache(maxsize=1)
def _facilities_ko() -> frozenset[str]:
    """The Korean facility nouns of ``orgs.tsv`` (집결소, 보위부, 교화소)."""
    return frozenset(
        w
        for kind, lang, words in data.rows("orgs.tsv")
        if kind == "facility" and lang == "ko"
        for w in words.split("|")
        if w
    )


_GARMENTS = frozenset(("복장", "피복"))
_WEARERS = word_set("여성 남성 아동 어린이 유아 청소년 학생 작업 전통 민속 민족 운동 등산")
"""Who wears the clothes or for what (여성복장 "women's wear"): a kind, not a garment company
(round 40 made 복장 and 피복 a company's kind: 화신복장)."""


def clothes_of(stem: str, noun: str) -> bool:
    """여성복장, 작업복장: whose clothes or for what, no company (asked before a town is: 여성
    is also a place's spelling)."""
    return noun in _GARMENTS and stem in _WEARERS


_WORK_VERBS = frozenset(("일하", "일해", "장사하", "장사해", "청소하", "청소해"))


def ordinary_before_noun_ko(stem: str, gap: str, noun: str, res: Resources) -> bool:
    """Whether the word before a business or facility noun is ordinary Korean, not a name.

    Never asked of a listed town: 청진교화소 and 부천하나센터 name where a woman was held or
    lives even though 청진 ends like a verb's modifier (있는 가게) and 부천 is also a word.
    """
    if stem in korean.COUNTED_NAMES:
        return False  # 하나 식당: a count follows its noun (식당 하나), so this is a name
    if stem in res.keep_native and (len(stem) <= 2 or noun in _facilities_ko()):
        return noun not in COMPANY_SUFFIX  # 한국식당: a kind; 대한물류, 아리랑 노래방: a name
    company = not gap and noun in COMPANY_SUFFIX  # 대한물류: glued to a company's kind
    if not gap and nouns_joined(stem, res):
        return False  # 남북하나재단: nouns joined into a name (org_nouns.nouns_joined)
    if stem[-1] in _ADNOMINAL and not company and (stem in res.lex_ko or stem[:-1] in res.lex_ko):
        return not (not gap and noun_not_modifier(stem))  # 작은 식당: a modifier; 행운여관: a name
    if not gap and noun in GLUED_SCHOOLS and stem not in res.lex_ko:
        return stem in _ethnic()  # 신남중학교: a school's name, though 신남 reads "fun"
    if korean.verb_like(stem, res) or korean.spelled_ordinary(stem + noun, res):
        return True  # 건넜는데 경비대가: a verb; 로동자: 노동자
    if known_ko.verb_form(stem, res) and hangul.decompose(stem[-1])[2] not in ("ㄴ", "ㄹ", "ㅁ"):
        return True  # 담가주고 병원, 북송돼서 보위부 (a modifier, 꿈꾸는교회, may be a name)
    if company and noun == "은행" and stem in _closed_ko():
        return False  # 우리은행, 하나은행: banks are named so (우리전자 stays "our": r11)
    if ordinary_ko.spoken_ending(stem, res) or ordinary_ko.ordinary_word(stem, res, _closed_ko()):
        return True  # 없으니까나 병원, 모친 협동농장: a verb form, a kinship word (round 7)
    if stem in _ethnic() and noun not in COMPANY_SUFFIX:
        return True  # 조선족중학교, 한족 식당: the kind of school or restaurant, no name
    if gap and ordinary_ko.position(stem):
        return True  # 도문 시내 여관: where in a town, not a name
    if not gap:
        return False
    if (stem[-1] in "면서고며니" and stem[:-1] in res.lex_ko) or stem[:-1] in _WORK_VERBS:
        return True  # 연길에 가면 식당 일이, 일하고 공장도: a verb's connective form
    if (len(stem) >= 3 and stem[-1] == "요") or stem in _BOUND_COPULA or stem in _THAT_WITH:
        return True  # 물이 시커매요 공장 땜에, 많은 데라 식당에서: a sentence's end (r21)
    bare, particle = korean.split_particle(stem)
    split = particle in _CASE or (particle.startswith("이") and particle[1:] in _CASE)
    # 꽃분이는 공장에서: a name's affectionate 이 and its particle (round 29)
    split = split or bool(
        particle and len(bare) >= 2 and bare in res.lex_ko_common and stem not in res.lex_ko
    )  # 시장의 식당: a word and its particle before the noun
    split = split or (len(particle) >= 2 and len(bare) == 1 and bare in res.lex_ko_common)
    # 아플 때마다 병원, 함경도 말이니까 식당: a one-syllable word and a long particle (r19)
    return bool(split) or stem in _closed_ko() or stem in _modifiers_ko()  # 그 식당, 동네 편의점


_CASE = frozenset(str.split("을 를 이 가 은 는 의 에 에서 와 과 도 만 까지 한테 에게"))
"""Particles that end a word before a spaced noun (다섯 명을 교회에): no name there."""
_BOUND_COPULA = frozenset(("데라", "거라", "곳이라", "때라", "데요", "거요"))
"""A bound noun and the copula that ends a clause (많은 데라 식당에서: round 21)."""
_THAT_WITH = frozenset(("그걸로", "이걸로", "저걸로", "그거로", "이거로", "그것으로", "이것으로"))
"""A demonstrative and 로 (그걸로 목욕탕에 취직했지: "with that": round 21)."""


@lru_cache(maxsize=1)
def _ethnic() -> frozenset[str]:
    """The keep-list's ethnic groups (조선족, 한족, 만주족)."""
    return frozenset(word for kind, word in data.keep_entries() if kind == "ethnic")


@lru_cache(maxsize=1)
def _modifiers_ko() -> frozenset[str]:
    """Nouns that say whose or where (동네, 시골, 옆집: ``modifier`` rows of ``cues.tsv``)."""
    return frozenset(
        w
        for kind, lang, words in data.rows("cues.tsv")
        if kind == "modifier" and lang == "ko"
        for w in words.split("|")
    )


@lru_cache(maxsize=1)
def _closed_ko() -> frozenset[str]:
    """Korean words that are never a name (``not_name`` rows of ``cues.tsv``)."""
    return frozenset(
        w
        for kind, lang, words in data.rows("cues.tsv")
        if kind == "not_name" and lang == "ko"
        for w in words.split("|")
    )
