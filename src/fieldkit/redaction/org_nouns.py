"""The names of kinds of business and facility (``orgs.tsv``) that the org layer and the
catch-all both need: a business's name is redacted, the noun that says its kind is not
(the annotation guidelines' rule: ``{{ORG:진달래}}식당``), unless the kind is part of a
company's name (청산수산)."""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import data, dictionary_ko, hangul
from fieldkit.redaction.resources import Resources

__all__ = [
    "COMPANY_SUFFIX",
    "GLUED_SCHOOLS",
    "NAMED_KINDS",
    "attends",
    "kind_noun_length",
    "kind_nouns",
    "kind_with_prefix",
    "korean_nouns",
    "modified_noun_name",
    "noun_not_modifier",
    "nouns_joined",
]


@lru_cache(maxsize=3)
def kind_nouns(language: str) -> frozenset[str]:
    """Business and facility nouns of one language (식당, 교회, 집결소; 饺子馆, 公安局)."""
    return frozenset(
        w
        for kind, lang, words in data.rows("orgs.tsv")
        if lang == language and kind in ("business", "facility")
        for w in words.split("|")
    )


def korean_nouns() -> frozenset[str]:
    """Korean business and facility nouns (식당, 교회, 집결소 ...)."""
    return kind_nouns("ko")


GROUP_NOUNS_KO = frozenset(str.split("단체 모임 협회 재단 기관 센터 선교회 교회"))
"""What a group is (단체, 모임, 선교회): after a naming cue it names a body; before a kind of
business it is that kind's own word, no name (모임 카페, round 38)."""


@lru_cache(maxsize=1)
def named_bodies_ko() -> frozenset[str]:
    """What an organisation is called after a naming cue: a listed kind of business or
    facility, or a group (단체, 모임, 협회, 선교회)."""
    return korean_nouns() | GROUP_NOUNS_KO


COMPANY_SUFFIX = frozenset(
    str.split(
        "무역 실업 상사 상회 물산 전자 건설 유통 식품 수산 수산물 해산물 식자재 섬유 의류 제약 "
        "화학 중공업 건업 종합상사 물류 산업 공업사 기업소 련합기업소 연합기업소 은행 "
        "복장 방직 피복"  # round 40: a Chinese garment company (华美服装: 화미복장)
    )
)
"""Kinds that are part of a company's name (청산수산, 대동무역): kept inside its span.  Round 40:
the garment and textile companies of Chinese towns (화신복장, 华美복장) that employ the women."""


@lru_cache(maxsize=1)
def _venue_nouns() -> frozenset[str]:
    return korean_nouns() - COMPANY_SUFFIX


def kind_noun_length(stem: str) -> int:
    """The length of the listed business or facility noun that ends ``stem`` after a name of
    two syllables or more (진달래식당: 2), else 0: the name is redacted, not its kind."""
    nouns = _venue_nouns()
    return next(
        (size for size in range(len(stem) - 2, 0, -1) if stem[-size:] in nouns),
        0,
    )


def kind_with_prefix(word: str) -> bool:
    """A listed business or facility noun, alone or after one syllable (마사지, 발마사지,
    한식당): too little before the kind for a name (round 34)."""
    nouns = _venue_nouns()
    return word in nouns or word[1:] in nouns


GLUED_SCHOOLS = frozenset(
    str.split("초등학교 중학교 고등학교 고등중학교 고급중학교 초급중학교 소학교 인민학교 중등학교")
)
"""Schools by level: glued to a word, always that school's name (round 14b: 신남중학교, where
the name reads as a verb's noun form; a kind of school is a listed word: 여자중학교)."""

NAMED_KINDS = frozenset(("재단", "협회", "후원회", "선교회"))
"""Kinds glued into an institution's own name (round 10: a foundation, like the capitalised
Foundation of English): redacted with the name, as its official name is written whole."""


def nouns_joined(stem: str, res: Resources) -> bool:
    """Four syllables or more cut into two listed nouns (남북 + 하나, 새 생명 ...): how an
    institution is named before its kind (남북하나재단, 사랑나눔교회), so no verb form (round
    9's check read 남북하나 as a verb's connective -나) and a candidate (round 10)."""
    if len(stem) < 4:
        return False
    return any(_noun(stem[:cut], res) and _noun(stem[cut:], res) for cut in range(2, len(stem) - 1))


_NOT_NAMES = frozenset(("다른", "조그만"))


def noun_not_modifier(stem: str) -> bool:
    """Round 27: a dictionary noun glued to the kind whose last syllable only looks like a
    modifier's (행운여관, 평안식당: 운 and 안 end 어려운 and 편안 too): a name, uncertain as an
    ordinary word.  Never where the stem before it is a verb's (가난: 가나-), a person noun in
    -인 (노인병원, 군인식당: a kind), or a modifier the dictionary also lists (다른, 조그만)."""
    return (
        dictionary_ko.noun(stem)
        and not dictionary_ko.stem(stem[:-1])
        and stem[-1] != "인"
        and stem not in _NOT_NAMES
    )


def modified_noun_name(stem: str, res: Resources) -> bool:
    """Round 27: a verb's modifier glued to a noun (열린문, 새로운길, 큰나무), how a group or a
    church names itself: named before 단체 or 교회 by (이)라는, it is that group's name, though
    the verb form made the naming rule read it as a verb."""
    for cut in range(1, len(stem)):
        head, tail = stem[:cut], stem[cut:]
        if hangul.decompose(head[-1])[2] not in ("ㄴ", "ㄹ") or not dictionary_ko.verb_form(head):
            continue
        if _noun(tail, res):
            return True
    return False


def _noun(word: str, res: Resources) -> bool:
    return dictionary_ko.noun(word) or word in res.lex_ko_common


_SCHOOLS_ZH = frozenset(("小学", "中学", "初中", "高中", "学校"))
_ATTEND_ZH = frozenset("上读念考")


def attends(stem: str, noun: str) -> bool:
    """孩子上小学, 在读高中: a verb of going to school before a school noun, no school's
    name (round 10 added the school nouns: 向阳小学)."""
    return noun in _SCHOOLS_ZH and stem[-1] in _ATTEND_ZH
