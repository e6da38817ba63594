"""Korean universities by their short form before a verb of attending (issue 11, round 12).

A resettled student names her university the way every Korean does, by its short form:
X대 다녀요, X대에 입학했어요, X대학교를 졸업했다.  No complete public list of Korean
universities is in the project's sources, so this is the construction, not a list: a word of
two to four syllables ending in 대 (or 대학교) followed, after at most a particle, by a verb of
attending (다니다, 졸업, 입학, 합격, 편입, 휴학, 재학, 나오다).  The rule opens on that verb
(rare) and reads the word back.

Never: a word of the dictionary ending in 대 (군대 다녀왔어요, 부대에 입대, 시대), a number's
대 (20대에 졸업: no Hangul before it), one syllable before 대 (의대, 공대: a faculty, no name),
or a kind of school (전문대, 간호대, 사이버대, 방통대 name no school).

Round 14b: schools below a university are shortened the same way, to the level's first
syllable (X초 for X초등학교, X중, X고, X여고, X여중), and the short form is said with a
school's own words: a year (X고 2학년), a pupil (X중 학생), a change of school (X초로 전학),
entering, finishing or attending (X여고 졸업, X중에 다녀요; X고 only before a year or a
pupil: V고 다니다 is "go around V-ing", V고 졸업 "did V and graduated").  These endings are also 초
"seconds", 중 "during", 고 the verb's "and", so the level needs such a school word after it
and the name may be no dictionary word, verb form or closed word (수업중 학생들, 들고 다녀요,
최고 학생: none).  ``find_level_schools``; the name is the span, as for X대.
"""

from __future__ import annotations

import re

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_level_schools", "find_school_orgs"]

_ATTEND = re.compile(
    r"대(학교)?(?:에서|에|를|을|는|도|만)?\s*"
    r"(?:다니|다녀|다닌|다녔|다닙|졸업|입학|합격|편입|휴학|재학|나왔|나온|나와)"
)
_KINDS = frozenset(
    (
        "전문", "간호", "사이버", "방통", "방송통신", "신학", "사범", "한의", "여자", "지방",
        "국립", "사립", "명문", "야간", "교육", "과학", "예술", "체육", "기술", "외국어",
    )
)  # fmt: skip
"""What is written before 대 for a kind of school, not one school (전문대, 간호대, 여자대학교)."""


_WOMENS = lazy_pattern(
    r"(?<![가-힣A-Za-z0-9])([가-힣]{2,3})여대(?=생|원|에서|에|를|을|는|은|도|이|가|의|랑|[\s,.)]|$)"
)
"""X여대: a women's university's short form, the name glued before 여대 (round 29)."""


def _womens_universities(folded: str, res: Resources) -> list[Hit]:
    """X여대 (이화여대, 숙명여대 style) is one university: no verb of attending is needed,
    as 여대 shortens nothing but a women's university's name (a clinic at X여대, X여대생).
    Never a kind (여자, 지방) or a closed word (그 여대), or a dictionary noun ending so."""
    out: list[Hit] = []
    for match in _WOMENS().finditer(folded):
        name = match.group(1)
        if name in _KINDS or name in closed_words("ko") or dictionary_ko.noun(name + "여대"):
            continue
        if korean.verb_like(name, res) or dictionary_ko.verb_form(name):
            continue  # 다니던여대: a verb's modifier glued on
        out.append(
            Hit.at(
                (match.start(1), match.end()),
                label="ORG",
                detector="context",
                rule="womens_univ_ko",
            )
        )
    return out


def find_school_orgs(folded: str, res: Resources) -> list[Hit]:
    """X대 / X대학교 before a verb of attending (see the module doc); X여대 anywhere."""
    out: list[Hit] = []
    if "여대" in folded:
        out += _womens_universities(folded, res)
    for match in _ATTEND.finditer(folded):
        start = match.start()
        while start and "가" <= folded[start - 1] <= "힣":
            start -= 1
        name = folded[start : match.start()]
        if not 2 <= len(name) <= 4 or name in _KINDS or dictionary_ko.noun(name + "대"):
            continue
        if start and folded[start - 1].isalnum():
            continue  # 20대, A대: a number or a Latin word glued before it
        out.append(
            Hit(
                start=start,
                end=match.end(1) if match.group(1) else match.start() + 1,
                label="ORG",
                detector="context",
                rule="school_ko",
                uncertain=False,
            )
        )
    return out


_PUPIL = r"(?:[1-6１-６일이삼사오육]\s?학년|학생)"
_SCHOOL_WORD = rf"(?:{_PUPIL}|졸업|입학|전학|재학)"
_LEVEL = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,4}?)(?:(여고|여중|초|중)(?:에서|에|를|을|로|으로|는|도)?\s?"
    rf"(?:{_SCHOOL_WORD}|다니|다녀|다닌|다녔|다닙|나왔|나온)|(고)\s?{_PUPIL})"
)
_SCHOOL_WORDS = tuple(str.split("학년 학생 졸업 입학 전학 재학 다니 다녀 다닌 다녔 다닙 나왔 나온"))
"""Every ``_LEVEL`` match holds one of these (its school word or verb): a text with none is
not scanned (round 15, speed: the scan found a school in one Korean passage of a thousand)."""
_HAS_SCHOOL_WORD = literal_test(_SCHOOL_WORDS)
_VERB_END = frozenset("는던하되")
"""Last syllables of a verb's forms (일하는중, 공부하고 다녀요): no school's name."""


def find_level_schools(folded: str, res: Resources) -> list[Hit]:
    """X초 / X중 / X고 (X여고, X여중) before a school's word (module doc)."""
    out: list[Hit] = []
    if not _HAS_SCHOOL_WORD(folded):
        return out
    for match in _LEVEL().finditer(folded):
        name = match.group(1)
        if name[-1] in _VERB_END or name in res.lex_ko or name in _KINDS:
            continue
        if name in closed_words("ko"):
            continue
        if korean.verb_like(name, res) or dictionary_ko.verb_form(name):
            continue
        if name in res.keep_native:
            continue  # a town's school (X고 named after its town) stays a school: an ORG
        out.append(
            Hit.at(
                (match.start(1), match.end(1)),
                label="ORG",
                detector="context",
                rule="level_school_ko",
            )
        )
    return out
