"""Korean slots that cannot hold a name (issue 11, round 11, precision).

The cue rules flag the word in a name's slot (after a kinship noun, before a title, before
이라는) and let the lexicon only downgrade it; on new writers' testimony most of their false
positives were words that grammar rules out, whoever writes the sentence:

- a word *about* a name is not one: 성함, 이름, 별명, 뜻 (``시어머니 성함이?``, ``사랑이라는
  뜻이래요``), and what stands before ``이라는 뜻`` / ``이란 뜻`` is a meaning being
  explained, not the name (``밝은 달이라는 뜻``);
- a quantity is not a name nor a place: numeral syllables with a unit (천원, 삼십프로, 한대)
  or a unit after a numeral (``삼천 위안에``, ``만 오천이라고``);
- a conjunction of the dictionary's list is not a name (``근데 교회 카페``);
- an adverb or a demonstrative is not a name (``진짜 이모는 아니고``, ``느그 엄마``, ``언니
  이거는``): only when the lexicon already downgraded the word to uncertain, and never a
  listed given name (the same for the name slot before an organisation noun).

A hit is removed only in these slots; a strong cue elsewhere still wins (issue 11, item 1).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import data, dictionary_ko
from fieldkit.redaction.data import word_set
from fieldkit.redaction.eaten_ko import eaten_or_counted
from fieldkit.redaction.grace_ko import GRACE_WORDS, debt_of_grace
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.memory import WordCache
from fieldkit.redaction.not_names_doc_ko import doc_non_name
from fieldkit.redaction.not_places_ko import drop_place_nouns
from fieldkit.redaction.org_nouns import COMPANY_SUFFIX, korean_nouns
from fieldkit.redaction.plain_nouns_ko import market_as_place, plain_noun_ko
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.things_named_ko import thing_before_cue
from fieldkit.redaction.word_classes_ko import class_non_name

__all__ = ["drop_non_names"]


_NAME_WORDS = word_set(
    "이름 성함 존함 성명 별명 본명 가명 실명 예명 한국명 중국명 조선명 뜻 의미 "
    "아이디 닉네임 대화명 이메일 메일 홈피 홈페이지 전화번호 연락처 계좌 계좌번호"
)
"""Words that speak of a name, its meaning or an identifier (the slot after 시어머니 or
before an ID is theirs too, but they name no one: ``아이디가 …``, ``이메일 …@…``)."""

_DEMONSTRATIVES = word_set(
    "이거 그거 저거 이것 그것 저것 이게 그게 저게 느그 니네 너네 너거 우리 저희 "
    "여기 거기 저기 이런 그런 저런"
)
"""Closed-class pronouns and determiners (standard and dialect): never a name."""

_PARTICLE = re.compile(r"(?:이라|이란|이|가|은|는|을|를|도|만|에|의|와|과|랑|이랑|이요|요)$")

_MEANING = re.compile(r"\s*(?:이)?(?:라는|란|라고\s*하는)\s*(?:뜻(?!밖)|의미)")
"""``X(이)라는 뜻``: X is a meaning being explained."""

_SINO_NUM = "일이삼사오육칠팔구십백천만억"
_NATIVE_NUM = ("한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열")
_UNITS = (
    "원",
    "위안",
    "프로",
    "퍼센트",
    "대",
    "명",
    "개",
    "번",
    "살",
    "키로",
    "근",
    "병",
    "년",
    "할",
)
_UNIT = "(?:" + "|".join(_UNITS) + ")"
_TAIL = "(?:짜리|씩|쯤)?"
"""What a quantity may carry (백 원짜리, 천원씩, 열아홉살짜리)."""
_SINO_QUANTITY = re.compile(
    "(?:["
    + _SINO_NUM
    + "]*[십백천만억]["
    + _SINO_NUM
    + "]*"
    + _UNIT
    + "|["
    + _SINO_NUM
    + "]+(?:할|프로|퍼센트))"
    + _TAIL
)
"""천원, 이천원, 삼십프로, 삼할: a power of ten in the run (or a share), so that 이원 (a
county) and 이명 (a name) stay the name rules' to judge."""
_NATIVE_QUANTITY = re.compile(
    "(?:(?:열|스물|스무|서른|마흔|쉰)(?:"
    + "|".join(_NATIVE_NUM[:-1])
    + ")?|"
    + "|".join(_NATIVE_NUM)
    + ")"
    + _UNIT
    + _TAIL
)
_NUMBER = lazy_pattern("[" + _SINO_NUM + "]+")
_BEFORE_NUMBER = re.compile(
    r"(?:^|(?<=[\s(]))(?:[0-9]+|[" + _SINO_NUM + r"]+|" + "|".join(_NATIVE_NUM) + r")\s+$"
)

_NUMERAL_LAST = frozenset("0123456789" + _SINO_NUM + "".join(n[-1] for n in _NATIVE_NUM))
"""The last character of every numeral ``_BEFORE_NUMBER`` reads."""

_HANGUL_WORD = re.compile("[가-힣]+")


def _hangul(word: str) -> bool:
    """Only Hangul syllables, at least one (one pattern at C speed, round 12)."""
    return _HANGUL_WORD.fullmatch(word) is not None


def _word(text: str, hit: Hit) -> str:
    """The hit's word without a trailing particle (``뜻이`` -> ``뜻``), or its core."""
    start, end = hit.core if hit.core is not None else (hit.start, hit.end)
    return _without_particle(text[start:end])


@lru_cache(maxsize=8192)
def _without_particle(word: str) -> str:
    """Kept per word (round 28, speed: the same words at every keystroke of a preview;
    ``forget_texts`` empties it)."""
    bare = _PARTICLE.sub("", word)
    return bare if len(bare) >= 1 else word


@lru_cache(maxsize=8192)
def _counted(form: str, uncertain: bool) -> bool:
    """A quantity's form (천원, 삼십프로; 열아홉살짜리 when uncertain), kept per form
    (round 28, speed)."""
    if _SINO_QUANTITY.fullmatch(form):
        return True
    return uncertain and _NATIVE_QUANTITY.fullmatch(form) is not None


_MEANING_OPENS = frozenset("이라란")
"""What ``_MEANING`` reads first after its spaces; at ``hit.end - 1`` (a span's own 이) the
next character must be 라 or 란, among these."""


def _about_a_name(text: str, hit: Hit, word: str) -> bool:
    if word in _NAME_WORDS or text[hit.start : hit.end] in _NAME_WORDS:
        return True
    after = text[hit.end : hit.end + 1]
    if not after or (after not in _MEANING_OPENS and not after.isspace()):
        return False  # neither of ``_MEANING``'s two places can match (round 31, speed)
    return _MEANING.match(text, hit.end) is not None or (
        text[hit.start : hit.end].endswith("이") and _MEANING.match(text, hit.end - 1) is not None
    )


_GLOSS = re.compile(r"\s([가-힣])\s?자(?![가-힣])|\s([가-힣])\s?자(?:에|는|를|고|요)")


def _hanja_gloss(text: str, hit: Hit, word: str, res: Resources) -> bool:
    """은혜 은 자, 덕 덕 자: a dictionary word that glosses the Chinese character of a name,
    its syllable then 자 after it, the way a name is spelled aloud (round 20); a name
    spelled so (순희, 희 자는) is no dictionary word and stays."""
    if not text[hit.end : hit.end + 1].isspace():
        return False  # what both of ``_GLOSS``'s branches open with (round 28, speed)
    gloss = _GLOSS.match(text, hit.end)
    glossed = gloss is not None and (gloss.group(1) or gloss.group(2)) in word
    return glossed and (word in res.lex_ko or dictionary_ko.noun(word))


_COUNTED_LAST = frozenset(unit[-1] for unit in _UNITS) | frozenset("리씩쯤")
"""The last character of every form ``_counted`` reads: a unit's or a tail's (짜리, 씩, 쯤)."""


def _quantity(text: str, hit: Hit, word: str) -> bool:
    for form in (
        word,
        text[hit.start : hit.end + 1],
    ):  # 삼십프|로: the unit's 로 read as a particle
        if form[-1:] in _COUNTED_LAST and _counted(form, hit.uncertain):
            return True  # the last character first: no cache look-up (round 31, speed)
    if not text[hit.start - 1 : hit.start].isspace():
        return False  # what ``_BEFORE_NUMBER`` needs last (round 28, speed)
    if text[max(0, hit.start - 8) : hit.start].rstrip()[-1:] not in _NUMERAL_LAST:
        return False  # and a numeral's last character before the spaces (round 28, speed)
    before = _BEFORE_NUMBER.search(text, max(0, hit.start - 8), hit.start)
    if before is None:
        return False
    if re.sub("(?:짜리|씩|쯤)$", "", word) in _UNITS:
        return True  # 삼천 위안에, 백 원짜리
    return bool(_NUMBER().fullmatch(word)) and any(ch in "십백천만억" for ch in word)  # 만 오천


_NEGATION = re.compile(
    r"\s*(?:마(?:라|요|세요|시오|오)?(?![가-힣])|말(?:고|구|라|아|자)|않|못\s*하|못했)"
)
"""What follows a verb's 지 in a negation (하지 마라, 가지 말고, 먹지 않고, 하지 못해)."""

_QUOTATIVE = re.compile(r"(?:라고|라구|이라고|이라구)(?:도|는)?\s+$")
"""A quotation before 하다 (``신파라고 하지``, ``이련이라고도 하지``)."""


def _verb_slot(text: str, hit: Hit, word: str) -> bool:
    """The verb of a negation or of a quotation: a stem and 지 before 마/말/않/못, or a form
    of 하다 right after ``라고``.  The cheap tests on the word come before each pattern
    (round 28, speed)."""
    negated = word.endswith("지") and _NEGATION.match(text, hit.end) is not None
    if negated and dictionary_ko.stem(word[:-1]):
        return True
    if word and (word[0] not in "하했한합해" or not hit.uncertain):
        return False  # what the quotation's verb needs as well
    quoted = _QUOTATIVE.search(text, max(0, hit.start - 8), hit.start) is not None
    return quoted and word[0] in "하했한합해" and hit.uncertain


_CALENDAR = re.compile(
    "(?:[일이삼사오유육칠팔구십]+|정|시|동짓|섣)월|섣달|동짓달|동지섣달|정초|명절|설날|"
    "추석|한가위|단오|한식|초하루|그믐|대보름|"
    "춘절|원소절|중추절|광명성절|태양절|동삼"
)
"""Calendar words, a closed class: the months by number and the lunar ones (정월, 동짓달,
섣달), the holidays (명절, 설날, 추석, 단오).  A date, never a name or a place.  Round 26:
the Chinese holidays in their Korean reading (춘절, 중추절), the North's (광명성절, 태양절)
and the northern 동삼 (winter)."""


_CALENDAR_LAST = frozenset("월달초절날석위오식루믐름삼")
"""The last syllable of every calendar word: a word ending in another is no calendar word,
known without the pattern (round 28, speed; ``test_redaction_speed_r28_korean``)."""


_NAMING_RULES = ("naming", "title", "honorific", "called")


def _named(hit: Hit) -> bool:
    """A naming cue, a title or an honorific found the hit: the strong cue wins over a
    closed class (``정월이라는 여자``, ``보름 씨``)."""
    return any(key in hit.rule for key in _NAMING_RULES)


@lru_cache(maxsize=1)
def _kinds_and_titles() -> frozenset[str]:
    """Venue nouns (노래방, 식당, 교회) and Korean titles, offices and roles of two syllables or
    more (과장, 선교사, 목사): the word beside a name, never the name (``진달래 노래방이라고``,
    ``한 과장님이라고``); a company suffix (수산) is part of a name and not here."""
    titles = {
        word.lstrip("-")
        for (_, lang), words in data.titles().items()
        if lang == "ko"
        for word in words
    }
    words = (korean_nouns() - COMPANY_SUFFIX) | titles
    return frozenset(w for w in words if len(w) >= 2)


def _kind_or_title(word: str) -> bool:
    bare = word[:-1] if word.endswith("님") and len(word) > 2 else word
    return bare in _kinds_and_titles()


def _honoured(hit: Hit) -> bool:
    """An honorific or title after the word found it (``이모 씨``: 이 + 모 씨, an anonymised
    name): the strong cue wins over the word list."""
    return any(key in hit.rule for key in ("ssi", "honorific", "title"))


def _function_word(word: str, res: Resources) -> bool:
    if word in res.given_ko:
        return False
    return word in _DEMONSTRATIVES or dictionary_ko.adverb(word)


_HANGUL_ONLY, _CONJUNCTION, _FUNCTION, _KIND_OR_TITLE, _CALENDAR_WORD = (1 << n for n in range(5))
"""What ``_not_a_name`` asks of the word alone, one bit each (``_word_facts``)."""

_FACTS: WordCache[str, int] = WordCache()
"""``_word_facts`` of each word, kept across calls (``memory.WordCache``: bounded, emptied
when the workspace closes)."""


def _word_facts(word: str, res: Resources) -> int:
    """The word's classes that depend on nothing but the word and the tables, as bits,
    derived once per word and kept (round 30, speed, as ``word_classes_ko.word_facts``)."""
    return _FACTS.derived(res, word, _word_facts_plain)


def _word_facts_plain(word: str, res: Resources) -> int:
    """``_word_facts`` derived afresh."""
    tests = (
        _hangul(word),
        dictionary_ko.conjunction(word) and word not in res.given_ko,
        _function_word(word, res),
        _kind_or_title(word),
        word[-1:] in _CALENDAR_LAST and _CALENDAR.fullmatch(word) is not None,
    )
    return sum(1 << n for n, true in enumerate(tests) if true)


def _not_a_name(text: str, hit: Hit, res: Resources) -> bool:
    if doc_non_name(text, hit, res):
        return True  # round 13: document words, pronouns, labels, titles, verb forms
    word = _word(text, hit)
    if word in GRACE_WORDS and debt_of_grace(text, hit, word):
        return True  # round 39: 은혜를 갚아야, 목사님 은덕이지비 (grace_ko)
    if word in res.given_west_ko:
        return False  # 그레이스: a Western given name, not 그 + 레이스 (round 22)
    if hit.uncertain and (eaten_or_counted(text, hit, res) or thing_before_cue(text, hit, res)):
        return True  # round 26 (uncertain hits only; r31: asked here): 쏸차이 볶는, X라는 알약
    if class_non_name(text, hit, word, res):
        return True  # round 14: holidays, languages, role modifiers, verb forms, trades
    if plain_noun_ko(text, hit, word, res, _kind_or_title):
        return True  # round 14, second wave: person nouns, departments, compounds, forms
    facts = _word_facts(word, res)
    if not facts & _HANGUL_ONLY:
        return False
    if facts & _CONJUNCTION:
        return True
    if hit.label == "ORG":  # round 14: a title is whose business, not its name (사장 회사)
        return hit.uncertain and bool(facts & (_FUNCTION | _KIND_OR_TITLE))
    if _about_a_name(text, hit, word) or _quantity(text, hit, word):
        return True
    if hit.label == "PERSON" and _hanja_gloss(text, hit, word, res):
        return True
    if _verb_slot(text, hit, text[hit.start : hit.end]):
        return True
    if hit.label == "PERSON" and facts & _KIND_OR_TITLE and not _honoured(hit):
        return True
    if facts & _CALENDAR_WORD and not _named(hit):
        return True
    return hit.uncertain and bool(facts & _FUNCTION) and not _called_so(text, hit.end)


_CALLED_SO = lazy_pattern(
    r"['\"’”]?(?:이라고|라고|이라구|라구|이라|라)\s?만?\s?(?:불렀|부르|불러|부를|부릅|불린|불렸|지었|지어|붙였|붙여)"
)
"""A calling verb after the word (호호라고 불러요, 빙빙이라고 불렀어요): she is called by it, so
the word is her name however the dictionary reads it; an adverb or a mimetic word there is
still a name (round 36, set CG: a child's pet name kept silently beside its cue)."""


def _called_so(text: str, end: int) -> bool:
    return _CALLED_SO().match(text, end) is not None


def drop_non_names(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """``hits`` less the person, place and organisation hits whose Hangul word sits in a slot
    no name can hold (a word about a name, a quantity, a conjunction, an adverb or
    demonstrative the lexicon doubted)."""
    kept = [
        # round 14, second wave: 서시장 is a landmark; only a Mandarin-name rule's person can
        # be one, asked here without a call for the rest (round 31, speed)
        market_as_place(text, hit) if "mandarin" in hit.rule else hit
        for hit in hits
        if hit.label not in ("PERSON", "PLACE", "ORG")
        or hit.detector in ("known", "pattern")
        or not _not_a_name(text, hit, res)
    ]
    return drop_place_nouns(text, kept)  # round 13: offices, head nouns, determined nouns
