"""A centre's own name glued before 센터 (issue 11, round 13, lane KO-ORG).

센터 closes both the kinds of centre (상담센터, 지원센터, 주민센터, 청소년센터) and the
names of particular centres (햇살센터, 별빛상담센터).  The kinds are a closed class of what
a centre does or whom it serves, written from Korean usage (``_SERVICES``): stripped from the
end of the glued word, what is left before them is the centre's name (별빛 of 별빛상담센터,
별빛센터로), an ``ORG``; nothing left means an ordinary kind (상담센터에, 주민센터로).  The
kind stays visible (``[기관-1]상담센터``), as ``orgs.py`` keeps 식당 of 금강식당.

Never: a closed word or a where-word (우리센터, 동네센터), a listed town (부천센터: a branch,
the place rules' own), 하나센터 (a kept institution, its town handled by ``orgs.py``), a
one-syllable remainder.  Uncertain when the name is a dictionary word (새벽, 별빛): the
position says centre, the word could be a kind we did not list.  Gate: ``센터`` in the text.
"""

from __future__ import annotations

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_centre_orgs", "find_spaced_centre_names", "service_name_part"]

_SERVICES = tuple(
    sorted(
        str.split(
            "상담 지원 복지 종합복지 사회복지 행정복지 주민 고객 쇼핑 문화 보건 의료 교육 "
            "평생교육 취업 고용 일자리 직업 훈련 직업훈련 서비스 콜 스포츠 헬스 건강 "
            "정신건강 가족 가정 청소년 노인 아동 어린이 여성 다문화 재활 치매 재난 보호 "
            "안전 정보 연구 기술 물류 유통 배송 컨벤션 방문자 관광 안내 자원봉사 봉사 "
            "통합 종합 검진 출입국 이민 외국인 난민 탈북민 북한이탈주민 정착 정착지원 "
            "하나 서비스 수련 체육 레저 게임 미디어 디자인 비즈니스 무역 전시 학습 "
            "상담소 쉼터 위기 성폭력 가정폭력 인권 법률 노동 이주민 이주여성"
        ),
        key=len,
        reverse=True,
    )
)
"""What a centre does or whom it serves: a kind of centre, never which one."""

_CENTRE = lazy_pattern(r"(?<![가-힣])([가-힣]{2,10})센터(?=[가-힣]{0,4}(?![가-힣]))")

_WHERE = frozenset(str.split("동네 근처 시내 본부 지역 시 구 도 군 우리 저희 그 이 저 옆 앞"))


def service_name_part(word: str) -> str:
    """The glued word less its trailing service kinds (별빛상담 -> 별빛; 주민 -> ''); a
    where-word left alone is no name either (동네 -> '')."""
    name = _name_part(word)
    return "" if name in _WHERE else name


def _name_part(word: str) -> str:
    """The glued word less its trailing service kinds (별빛상담 -> 별빛; 주민 -> '')."""
    changed = True
    while changed and word:
        changed = False
        for kind in _SERVICES:
            if word.endswith(kind):
                word = word[: -len(kind)]
                changed = True
                break
    return word


def find_centre_orgs(folded: str, res: Resources) -> list[Hit]:
    """<name>[<service>]센터: the name (module doc)."""
    out: list[Hit] = []
    if "센터" not in folded:
        return out
    for match in _CENTRE().finditer(folded):
        whole = match.group(1)
        if whole + "센터" in res.lex_ko:
            continue
        name = _name_part(whole)
        if len(name) < 2 or name in _WHERE or name in closed_words("ko"):
            continue
        if name in res.gaz_hangul or name in res.gaz_marked or name in res.keep_native:
            continue
        if korean.verb_like(name, res):
            continue
        out.append(
            Hit(
                start=match.start(1),
                end=match.start(1) + len(name),
                label="ORG",
                detector="org",
                rule="centre_name_ko",
                uncertain=name in res.lex_ko or korean.ordinary(name, res),
            )
        )
    return out


_SPACED = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,8})\s([가-힣]{2,10})센터(?=[가-힣]{0,4}(?![가-힣]))"
)


def find_spaced_centre_names(folded: str, res: Resources) -> list[Hit]:
    """<name> <kind>센터 (round 14b): a word spaced before a kind of centre (푸른솔
    지역아동센터에, 새싹 상담센터로) names that centre, as a word before a spaced 식당 names
    its restaurant.  The kind must be one (nothing left once its services are stripped);
    the word a noun, no closed or where-word, verb form, given name or town (연길 상담센터:
    the town is the gazetteer's); uncertain when a word or a compound of words (새싹, 푸른
    하늘: names are made of them, but so are descriptions).  Gate: ``센터``."""
    out: list[Hit] = []
    if "센터" not in folded:
        return out
    for match in _SPACED().finditer(folded):
        name, kind = match.group(1), match.group(2)
        if service_name_part(kind) or _name_part(kind) == kind:
            continue  # 별빛상담센터: the glued rule's; 센터 alone is no kind here
        if name in _SERVICES or name in closed_words("ko") or name in _WHERE:
            continue  # 가족 상담센터: whom it serves, a kind again
        if name in res.keep_native:
            continue
        if name in res.gaz_hangul or name in res.gaz_marked or name in res.given_ko:
            continue
        word = name in res.lex_ko
        if (word and not dictionary_ko.noun(name)) or korean.verb_like(name, res):
            continue  # 많이 상담센터: an adverb; 찾아간 상담센터: a verb form
        if _word_and_particle(name, res):
            continue  # 그 다음에 고용센터: a word and its particle (round 27)
        out.append(
            Hit.at(
                match.span(1),
                label="ORG",
                detector="org",
                rule="spaced_centre_name_ko",
                uncertain=word or korean.ordinary(name, res),
            )
        )
    return out


_PARTICLES = frozenset(str.split("에 에서 에는 에도 을 를 은 는 이 가 도 만 의 와 과 까지"))


def _word_and_particle(name: str, res: Resources) -> bool:
    """A common word and a case particle (다음에, 동네에서): where or when, no centre's name."""
    bare, particle = korean.split_particle(name)
    return particle in _PARTICLES and len(bare) >= 2 and bare in res.lex_ko_common
