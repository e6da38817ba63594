"""Korean words that are never a name, by grammar and closed classes (round 13, precision).

Set J's writers produced interview notes and transcripts, and most of the engine's Korean
false positives there were words whose class rules a name out, whoever writes:

- **document words** of an interview (a closed class): the speaker and role labels of a
  transcript (구술자, 면담자, 통역자, 내담자 ...), the names of its records (녹취록, 구술,
  진술서 ...), the stage notes in brackets (울음, 침묵, 중단) and the status words notes use
  for a relative (사망, 생존, 미상, 북송 ...): ``남편 사망(97)`` is no husband called 사망;
- **personal pronouns** with or without their particle (제가, 저는, 내가, 나는, 너도 ...):
  never a name, even in a naming slot (``딸 이름은 제가 X라고 지었어요``: X is the name);
  the possessive 제/내/네 before a kinship noun is "my/your", not the surname 제
  (``제 엄마``);
- a **demonstrative with the copula** (이거였는데, 그거예요): what it points at is the
  value, the pronoun is no name nor business;
- the **label of an identifier** (주소가, 위챗은, 번호는, 카톡 ...: a closed class of the
  words that introduce an address, an account or a number): the value after it is the
  identifier, the word is its label;
- **church forms of address and leaders' epithets**: 자매, 형제, 성도, 집사, 권사 after a
  name are the title, the name is the hit (``은혜 자매``); 장군님, 수령님 are epithets;
- **verb forms in a title's slot**: before a title the word is a verb's adnominal form
  when an adverb modifies it (같이 일한 언니, 먼저 간 오빠) or it is a conjugated form
  (통해서); and a lone surname before a title in the plural is a modifier, since a surname
  with a title names one person (``출장 온 아저씨들``);
- a word quoted before a **verb of thinking** (X(이)라고 생각하다/여기다/믿다) is a thought,
  not a naming (``그날이 두 번째 생일이라고 생각해요``).

Each check reads only the hit's word and a few characters around it (no pass over the text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.data import word_set
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.not_places_ko import previous_word
from fieldkit.redaction.resources import Resources

__all__ = ["doc_non_name"]


DOCUMENT_WORDS = word_set(
    # speaker and role labels of transcripts and interview notes
    "구술자 구술인 면담자 면담인 면접자 피면접자 면접관 조사자 조사원 연구자 연구원 "
    "진행자 사회자 참가자 참여자 응답자 제보자 증언자 증언인 진술인 진술자 질문자 답변자 "
    "통역 통역사 통역자 통역인 녹취자 기록자 작성자 상담사 상담자 상담원 내담자 "
    "인터뷰어 인터뷰이 피해자 당사자 "
    # the records themselves
    "녹취 녹취록 녹취문 녹음 녹음본 녹음파일 전사본 구술록 구술문 증언록 진술서 진술문 "
    "면담록 면담지 면담일 면담일시 인터뷰 기록지 메모 비고 주석 각주 "
    # stage notes of a transcript
    "울음 웃음 침묵 한숨 중단 휴식 잡음 "
    # status words of notes about relatives
    "사망 생존 실종 행불 행방불명 미상 불명 불상 추정 거주 체류 수감 복역 송환 북송 "
    "강제송환 구금 석방 입국 출국 재혼 이혼 별거 동거 연락두절 소식불명"
)
"""Words of an interview document, a closed class: never a person, place or business.  The
linguists' 화자 and 청자 are left out: 화자 is also a given name (김화자)."""

RECORD_WORDS = word_set(
    # a clinic's chart and referral (round 29: sets BM and BQ hold clinic notes)
    "초진 재진 초진기록 재진기록 경과기록 간호기록 진료기록 주호소 과거력 현병력 가족력 "
    "내원경위 내원사유 협진 협진의뢰 소견 소견서 진단서 의뢰서 전원의뢰서 진료의뢰서 "
    # a court's or an office's record, a school's and a shelter's papers
    "별건 위명 판결요지 공소사실 비상연락망 가정통신문"
)
"""Headings and terms of clinic charts, court records and an office's papers (round 29):
a closed class like ``DOCUMENT_WORDS``, read only for uncertain hits (위명 is "an alias",
the alias after it is the name)."""

_PRONOUNS = ("저", "제", "나", "내", "너", "네", "니", "저희", "우리", "당신")
_CASE = word_set("가 는 도 를 게 한테 보고 만 랑 하고 는요 도요")
PRONOUN_FORMS = frozenset(
    {p + c for p in _PRONOUNS for c in _CASE}
    | {"제가", "내가", "니가", "네가", "저희", "당신", "그녀"}
)
"""Personal pronouns with a particle (제가, 저는, 내가 ...): never a name (a lone syllable,
전 or 난, may be a surname or a given name, so the contracted forms are not here)."""

_POSSESSIVES = word_set("제 내 네 니")
_KIN = tuple(
    word_set(
        "엄마 아빠 어머니 아버지 어머님 아버님 남편 아내 마누라 딸 아들 언니 오빠 누나 형 "
        "동생 여동생 남동생 할머니 할아버지 친구 새끼 애 아이 자식 식구 가족 집 고향"
    )
)
"""Kinship and home nouns after which 제/내/네 is "my/your", not a surname."""

_DEMONSTRATIVE_FIRST = frozenset("이그저여거")
"""The first syllable of each of ``_DEMONSTRATIVE``'s words: a span opening with another is
not matched, known without the pattern (round 28, speed)."""
_DEMONSTRATIVE = re.compile(
    r"(?:이거|그거|저거|이것|그것|저것|여기|거기|저기)"
    r"(?:였|이었|이에|예|이|야|이야|인데|이라|라|이고|고|요)"
)
"""A demonstrative with the copula (이거였는데, 그거예요, 여기였어요)."""

ID_LABELS = word_set(
    "주소 이메일 메일 위챗 웨이신 카톡 카카오톡 큐큐 라인 텔레그램 페이스북 페북 인스타 "
    "인스타그램 트위터 블로그 카페 사이트 홈페이지 링크 계정 아이디 번호 전화번호 휴대폰 "
    "핸드폰 폰 연락처 계좌 계좌번호 여권번호 신분증 주민번호 주민등록번호 공민증"
)
"""Words that introduce an identifier (주소가 …@…, 위챗은 wxid_…): its label."""

ADDRESS_TITLES = word_set(
    "자매 형제 성도 교우 집사 권사 장로 전도사 목사 사모 선교사 신부 수녀 간사 "
    "장군 수령 원수 위원장 두목 우두머리"
)
"""Church forms of address and offices, leaders' epithets and a gang's head: the word
beside a name (or in place of one), never the name."""

_PARTICLE = re.compile(r"(?:이라|이란|이|가|은|는|을|를|도|만|에|의|와|과|랑|이랑|이요|요)$")

_PLURAL_TITLE = lazy_pattern(r"\s?[가-힣]{1,4}들")
_THINKING = lazy_pattern(r"(?:이)?라고\s+(?:생각|여기|여겨|믿|느끼|느꼈)")
_TITLE_RULES = ("name_before_title", "surname_before_title", "hangul_namelike")


@lru_cache(maxsize=8192)
def _bare(word: str) -> str:
    """Kept per word (round 28, speed; ``forget_texts`` empties it)."""
    stripped = _PARTICLE.sub("", word)
    if stripped.endswith("님") and len(stripped) > 2:
        stripped = stripped[:-1]
    return stripped or word


def _verb_before_title(text: str, hit: Hit, word: str, res: Resources) -> bool:
    if not hit.rule.startswith(_TITLE_RULES):
        return False
    if len(word) == 1 and _PLURAL_TITLE().match(text, hit.end) and word in res.sur_ko_hangul:
        return korean.adnominal_verb(word, res)  # 출장 온 아저씨들: one surname, many people
    if len(word) < 2 or word in res.given_ko:
        return False
    if len(word) >= 3 and korean.verb_form(word, res):
        return True  # 통해서 엄마한테
    previous = previous_word(text, hit.start, 12)
    return bool(previous) and dictionary_ko.adverb(previous) and korean.adnominal_verb(word, res)


_DOCUMENT, _RECORD, _PRONOUN_FORM, _POSSESSIVE, _LABEL = (1 << n for n in range(5))
"""What ``doc_non_name`` asks of the span alone, one bit each (``span_facts``)."""

_FACTS: WordCache[str, int] = WordCache()
"""``span_facts`` of each span, kept across calls (``memory.WordCache``: bounded, emptied
when the workspace closes)."""


def span_facts(span: str, res: Resources) -> int:
    """The closed classes of a Hangul span and of its bare word, as bits, derived once per
    span and kept (round 31, speed: a candidate's span is asked some eight look-ups and a
    pattern, at every call of a preview; ``test_redaction_speed_r31_pipeline``)."""
    return _FACTS.derived(res, span, span_facts_plain)


def span_facts_plain(span: str, res: Resources) -> int:
    """``span_facts`` derived afresh (from the closed classes here: ``res`` only keys the
    cache, as ``WordCache`` keeps decisions per tables)."""
    word = _bare(span)
    demonstrative = span[:1] in _DEMONSTRATIVE_FIRST and _DEMONSTRATIVE.match(span)
    tests = (
        word in DOCUMENT_WORDS or span in DOCUMENT_WORDS,
        word in RECORD_WORDS or span in RECORD_WORDS,
        span in PRONOUN_FORMS,
        span in _POSSESSIVES,
        word in ID_LABELS or word in ADDRESS_TITLES or demonstrative,
    )
    return sum(1 << n for n, true in enumerate(tests) if true)


def _kin_after(text: str, hit: Hit) -> bool:
    """제 엄마: a kinship noun after the possessive and one space."""
    if text[hit.end : hit.end + 1] != " ":
        return False
    following = text[hit.end + 1 : hit.end + 8].split(None, 1)
    return bool(following) and following[0].startswith(_KIN)


def doc_non_name(text: str, hit: Hit, res: Resources) -> bool:
    """True when the person, place or organisation hit is a word no name can be."""
    span = text[hit.start : hit.end]
    if not span or not "가" <= span[0] <= "힣":
        return False
    facts = span_facts(span, res)
    if facts & _DOCUMENT:
        return True
    if hit.uncertain and facts & _RECORD:
        return True  # 주호소, 초진기록, 협진 (round 29)
    if facts & _PRONOUN_FORM or (facts & _POSSESSIVE and _kin_after(text, hit)):
        return True
    if hit.label == "PLACE":
        return False
    if facts & _LABEL:
        return True
    if hit.label != "PERSON":
        return False
    if hit.uncertain and "naming" in hit.rule and _THINKING().match(text, hit.end):
        return True
    return _verb_before_title(text, hit, span, res)
