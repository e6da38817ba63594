"""A training school's name glued before what it teaches (issue 11, round 14c, lane ORG).

Korean names a vocational school by its own name, then the trade it trains for, then its
kind: 해오름요양보호사교육원 ("Haeoreum care-worker training institute"), 별솔미용학원,
한결컴퓨터아카데미.  The trades are a closed class of what such schools teach, written from
Korean usage (``_TRADES``: the occupations and skills a 교육원 or 학원 certifies); stripped
from the end of the glued word, what is left is the school's name, an ``ORG``; a listed town
left there is a ``PLACE`` (a branch named for its city: the policy redacts the city, as for
X하나센터); nothing left means a kind (요양보호사교육원에 다녔어요: kept).

The orgs layer already takes ``<name>교육원`` when the whole stem is short; this module reads
the long glued words it leaves (the name and the trade together read as an ordinary
compound).  Never: a closed word or a where-word, a one-syllable remainder, a verb form.
Uncertain when the name is a dictionary word.  Gate: one of the kinds in the text.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_taught_school_names", "taught_kind"]

_TRADES = tuple(
    sorted(
        str.split(
            "요양보호사 간호조무사 간병 간병사 사회복지사 보육교사 미용 헤어 네일 피부 피부미용 "
            "메이크업 조리 한식조리 제과 제빵 제과제빵 바리스타 컴퓨터 정보처리 회계 세무 전산 "
            "운전 자동차 정비 용접 전기 설비 지게차 굴삭기 중장비 봉제 재봉 양재 한복 "
            "직업 직업전문 기술 외국어 영어 중국어 한국어 컴퓨터학원 실용 음악 미술 태권도 "
            "피아노 간호 검정고시 보습 입시 수학 논술 속셈 주산 웅변 바둑 발레 무용 수영 "
            "토익 토플 텝스 일본어 자격증 공무원 요리"
        ),
        key=len,
        reverse=True,
    )
)
"""What a training school teaches: a kind of school, never which one (round 27: the
language tests and the civil-service exam, 토익 학원)."""

_KINDS = ("교육원", "학원", "아카데미", "훈련원")
_HAS_KIND = literal_test(_KINDS)
_GLUED = lazy_pattern(
    r"(?<![가-힣])([가-힣]{3,12}?)(교육원|학원|아카데미|훈련원)(?=[가-힣]{0,4}(?![가-힣]))"
)
_WHERE = frozenset(
    str.split("동네 근처 시내 지역 시 구 도 군 우리 저희 그 이 저 옆 앞 국립 시립 도립")
)


def _strip(word: str) -> tuple[str, bool]:
    """The glued word less its trailing trades, and whether any was stripped."""
    stripped = False
    changed = True
    while changed and word:
        changed = False
        for trade in _TRADES:
            if word.endswith(trade):
                word, changed, stripped = word[: -len(trade)], True, True
                break
    return word, stripped


def taught_kind(stem: str, noun: str) -> bool:
    """Whether ``stem`` glued to a school's kind is only what it teaches (미용 + 학원,
    요양보호사 + 교육원): a kind of school, whose name, if any, stands before it."""
    return noun in _KINDS and bool(stem) and _strip(stem) == ("", True)


def find_taught_school_names(folded: str, res: Resources) -> list[Hit]:
    """<name><trade><kind>: the name, or the town it is named for (module doc)."""
    out: list[Hit] = []
    if not _HAS_KIND(folded):
        return out
    for match in _GLUED().finditer(folded):
        name, stripped = _strip(match.group(1))
        if not stripped or len(name) < 2 or name in _WHERE or name in closed_words("ko"):
            continue
        town = name in res.gaz_hangul or name in res.gaz_marked
        if not town and (name in res.keep_native or korean.verb_like(name, res)):
            continue
        out.append(
            Hit(
                start=match.start(1),
                end=match.start(1) + len(name),
                label="PLACE" if town else "ORG",
                detector="org",
                rule="taught_school_name_ko",
                uncertain=not town and (name in res.lex_ko or korean.ordinary(name, res)),
            )
        )
    return out
