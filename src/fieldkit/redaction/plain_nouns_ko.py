"""Korean nouns and grammatical forms that no name fills (issue 11, round 14, second wave).

Set N's Korean false positives, written by three new writers, were again words whose class
or slot rules a name out, whoever writes (never a word of set N):

- a **person noun with its subject particle** read as a name before a title (``거기
  지도원이 아주머니들``, ``중국 남자애가 통역``): a name stands bare before its title, the
  particle closes the subject, and the noun is a role or a person noun, not a name;
- a **size or birth-order word** glued to a kinship noun (큰형님네, 작은아버지, 맏언니): which
  brother, not who;
- a **noun a kinship noun governs** (``아버지 생각``, ``엄마 걱정``, ``언니 소식``) and a
  **reflexive pronoun** (본인, 자신, 자기): what is thought of the person, or the speaker;
- a **grammatical form** read as a business's name before its kind (``"X"이라는 식당``,
  ``도문에 있는 KTV``) and a noun with the particle of choice (``식당 주인이든 노래방
  주인이든``: "whether the owner of ..."); an **institutional modifier** glued before a kind
  (부속병원, 국립병원, 종합병원): what kind of hospital, not its name;
- a **medical department** (산부인과, 정신건강의학과, 소아과): a part of any hospital;
- a **compound of dictionary nouns** of four syllables or more the catch-all read as an
  unknown word (기초생활수급, 정신건강의학): every two syllables a common word;
- a **market named by its side of town** (서시장, 동시장): a landmark, an uncertain place, not a
  Chinese name in Hangul;
- a noun with the **conditional copula** (``장날이면`` "on market days"), read as a township
  in 면; a **verbal noun of crossing** (도강, 월경) on a route, and a **kind noun** alone in
  the gazetteer (``광산 다니는``): what one did or where one worked, not a town.

Uncertain hits only, except the particle and grammatical-form classes, which are grammar no
name fits (a name before a title takes no particle; 있는 is a verb).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from fieldkit.redaction import dictionary_ko
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["market_as_place", "plain_noun_ko"]

PERSON_NOUNS = frozenset(
    str.split(
        "남자 여자 남자애 여자애 사내 사내애 계집애 아이 애 사람 총각 처녀 아가씨 아저씨 "
        "아주머니 아줌마 할머니 할아버지 노인 청년 학생 녀석 놈"
    )
)
"""Nouns that say someone is a person (a boy, a woman, an old man): the word beside a name."""

_KIN_MODIFIED = re.compile(
    "(?:큰|작은|맏|막내|둘째|셋째|넷째|첫째)(?:형|언니|오빠|누나|누이|아버지|어머니|엄마|아빠|"
    "할머니|할아버지|삼촌|이모|고모|외삼촌|시누|동서|아들|딸|며느리|사위|올케|매형|집)"
)
"""Size and birth order glued to a kinship noun (큰형님, 작은아버지, 맏언니): which brother."""

GOVERNED_NOUNS = frozenset(
    str.split(
        "생각 걱정 소식 얘기 이야기 사진 산소 묘 제사 생일 말씀 몫 탓 덕 때문 생전 병 "
        "병간호 심부름 편지 전화 연락 목소리 냄새 얼굴 모습"
    )
)
"""Nouns a kinship noun governs as a genitive (아버지 생각 "thinking of father")."""

REFLEXIVES = frozenset(str.split("본인 자신 자기 당사자 스스로"))
"""Reflexive pronouns: the speaker or the person spoken of, never a name."""

_FORMS = frozenset(
    str.split("이라는 라는 이란 란 이라고 라고 있는 없는 하는 되는 같은 있던 하던 이런 그런")
)
"""Copulas, quotations and adnominal verbs read as a business's name before its kind."""

_CHOICE = lazy_pattern("(.+?)(?:이든지|이든|든지|이나)")

INSTITUTION_MODIFIERS = frozenset(
    str.split("부속 부설 종합 국립 시립 도립 군립 구립 공립 사립 직속 산하 대학 인민")
)
"""What kind of institution (a university's own, a state's): glued before 병원, 학교 ..."""

_DEPARTMENT = re.compile(
    "(?:[가-힣]*의학|산부인|소아청소년|소아|정형외|성형외|신경외|흉부외|이비인후|비뇨기|"
    "피부|정신|신경|내|외|안|치)과(?:에서|에|를|는|도|로|의)?"
)
"""A hospital's departments (산부인과, 정신건강의학과) as a whole word with its particle; only
the -의학과 ones take any word before (a name with 과 "and", 정안과, stays)."""

_ORG_TAILS = frozenset(str.split("센터 협회 재단 연합 본부 모임 학회 조합 공사 그룹"))
"""Words that close an organisation's name beside the kind nouns (희망나눔센터)."""

_MARKET = lazy_pattern("[동서남북중신구]시장")
"""A market named by its side of town (서시장, 동시장): a landmark, hence a place."""
CROSSING_NOUNS = frozenset(str.split("도강 월강 도하 월경 밀입국 밀항 입국 출국 탈북"))
"""Verbal nouns of crossing a border or river: a step of a route, never a town."""


def _token(text: str, start: int, end: int) -> str:
    """The whole Hangul word around ``start:end``."""
    while start > 0 and "가" <= text[start - 1] <= "힣":
        start -= 1
    while end < len(text) and "가" <= text[end] <= "힣":
        end += 1
    return text[start:end]


def _subject_before_title(span: str, hit: Hit, is_title: Callable[[str], bool]) -> bool:
    """거기 지도원이 아주머니들: a person noun with 이/가 before a title."""
    if "name_before_title" not in hit.rule or span[-1:] not in ("이", "가"):
        return False
    stem = span[:-1]
    return len(stem) >= 2 and (stem in PERSON_NOUNS or is_title(stem))


def _business_form(text: str, hit: Hit, res: Resources) -> bool:
    span = text[hit.start : hit.end]
    if span in _FORMS:
        return True
    choice = _CHOICE().fullmatch(span)
    if choice is not None and dictionary_ko.noun(choice.group(1)):
        return choice.group(1) not in res.given_ko  # 주인이든: "whether the owner"
    return hit.uncertain and span in INSTITUTION_MODIFIERS


def _compound_noun(word: str, res: Resources) -> bool:
    """기초생활수급: an even run of two-syllable common words, none a name or place, and
    none a kind of organisation (희망나눔센터 names a centre)."""
    if len(word) < 4 or len(word) % 2:
        return False
    parts = [word[i : i + 2] for i in range(0, len(word), 2)]
    if any(p in korean_nouns() or p in _ORG_TAILS for p in parts):
        return False
    return all(
        p in res.lex_ko_common and p not in res.given_ko and p not in res.gaz_hangul for p in parts
    )


def _person_word(text: str, hit: Hit, word: str, res: Resources) -> bool:
    if word in REFLEXIVES:
        return True
    if _KIN_MODIFIED.match(text, hit.start):
        return True  # 큰형님네
    if "role_before_name" in hit.rule and word in GOVERNED_NOUNS:
        return True  # 아버지 생각
    return hit.detector == "catchall" and _compound_noun(word, res)


def conditional_copula(word: str) -> bool:
    """장날이면 "on market days": a noun and 이면 "if it is", not a township in 면."""
    return len(word) >= 4 and word.endswith("이면") and dictionary_ko.noun(word[:-2])


def _place_word(hit: Hit, word: str) -> bool:
    if hit.detector != "gazetteer":
        return False
    return word in CROSSING_NOUNS or word in korean_nouns()  # 도강 →, 광산 다니는


def plain_noun_ko(
    text: str, hit: Hit, word: str, res: Resources, is_title: Callable[[str], bool]
) -> bool:
    """True when the person, place or organisation hit is a Korean noun or form of a class
    no name belongs to (``is_title`` tells the titles and kind nouns)."""
    span = text[hit.start : hit.end]
    if hit.label == "PERSON" and _subject_before_title(span, hit, is_title):
        return True
    if hit.label == "ORG":
        return _business_form(text, hit, res)
    if hit.label == "PLACE" and conditional_copula(span):
        return True
    if not hit.uncertain:
        return False
    token = _token(text, hit.start, hit.end)
    if "과" in token and _DEPARTMENT.fullmatch(token):  # 과: every department's (r28, speed)
        return True  # 산부인과, 정신건강의학과
    if hit.label == "PERSON":
        return _person_word(text, hit, word, res)
    return hit.label == "PLACE" and _place_word(hit, span)


def market_as_place(text: str, hit: Hit) -> Hit:
    """서시장 read as a Chinese name in Hangul (연길 서시장 뒤에): the market is a
    landmark, so the hit is an uncertain place, not a person (a writer may not mark it, but
    a landmark beside its city points at a neighbourhood)."""
    span = text[hit.start : hit.end]
    if hit.label != "PERSON" or "mandarin" not in hit.rule or not _MARKET().fullmatch(span):
        return hit
    return hit._replace(label="PLACE", uncertain=True)
