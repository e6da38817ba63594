"""Things named with a naming cue: 송기떡이라구, X라는 알약, 얼음을 X라구 했다 (round 26).

Northern and Yanbian speech names things with the same endings that name people (이라구,
라구, 라는): a dish (언감자떡이라구 했지), a pill (X라는 알약), the Chinese word for a
thing (신분증을 거기서는 X라구 했는데).  The naming cue made each a person, certain, since
이라구 after a final consonant only follows a noun.  What is named tells a thing from a
person, in three general ways, none a list of the things themselves:

* the noun after the cue is a class of things (X라는 약, 앱, 노래, 음식), not of people;
* the named word is a compound whose head is a thing's class noun (언감자떡, 물똥병,
  농마국수, 돼지죽): a modifier and a dish, an illness, a drink; never a name's shape;
* what is named is a thing the clause already names as the object (얼음을 X라구 했다,
  그걸 X라구 했지, 파는 걸 X라고): a thing, not a person, was called so.

A cue that says a person is called (그 사람을 X라 불렀다, X라는 여자) is never overruled
here: the caller asks only where no person was named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, korean, ordinary_ko
from fieldkit.redaction.cuewords import closed_words, cue_words, person_nouns
from fieldkit.redaction.data import word_set
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = [
    "noun_in_i",
    "noun_tail",
    "thing_before_cue",
    "thing_compound",
    "thing_named",
    "weak_uncertain",
]

THING_NOUNS = word_set(
    "약 알약 가루약 물약 약초 한약 풀 나물 꽃 나무 열매 음식 요리 반찬 떡 과자 사탕 빵 "
    "술 차 국수 앱 어플 프로그램 게임 놀이 노래 영화 드라마 책 단어 병 물건 제품 옷 "
    "담배 개 소 돼지 닭 기계 과일 채소 김치 국 죽 밥 약품 상품 표현 욕 방송"
)
"""Classes of things a naming cue may be followed by (X라는 알약, X라구 하는 노래)."""

_HEADS = word_set(
    "떡 밥 죽 국 탕 국수 냉면 순대 두부 김치 나물 장아찌 빵 과자 사탕 엿 술 병 증 약 "
    "놀이 가루 고기 만두 찌개 볶음 무침 지짐 전병"
)
"""Heads of compounds that name a dish, a drink, an illness, a medicine or a game (언감자떡,
두부밥, 물똥병, 우울증, 운남백약, 공기놀이).  Not 개 (무지개, 번개, 날개 are words) nor
차 (tea, and a car: 짱구차 is Jjanggu's car)."""
_LONGEST_HEAD = max(len(h) for h in _HEADS)

_DEMONSTRATIVE_OBJECTS = word_set(
    "그걸 이걸 저걸 그것을 이것을 저것을 그거를 이거를 저거를 걸 그게 이게 저게 그것이 이것이"
)
"""그걸 X라구 했지, 파는 걸 X라고, 그게 X라구: what is called so is a thing (a person
is 그 사람, 걔, 그 언니)."""
_BETWEEN = word_set("그냥 다 원래 다들 모두 흔히 보통 또 우린 난 전 저흰 거기선 여기선")
_TOPIC_OR_PLACE = ("에서는", "에서", "에선", "서는", "선", "끼리는", "은", "는")
"""Topics and places that stand between the object and the name (얼음을 조선에서는 X라구,
그걸 우린 X라구)."""
_OBJECT_ENDINGS = ("을", "를")
_WORDS_BACK = 4

_PERSON_OBJECTS = word_set(
    "나 저 너 우리 저희 그 걔 얘 쟤 자기 그녀 사람 여자 남자 애 아이 놈 년 녀석 분 손님 "
    "사람들 여자들 남자들 애들 아이들"
)


def thing_compound(stem: str, res: Resources, *, strict: bool = False) -> bool:
    """A modifier and a thing's head noun (언감자 + 떡, 농마 + 국수); two syllables only
    when the first is no given-name syllable or surname (속병, 홧병; not 재병).  A head that
    is also a given-name syllable (국, 병: 한성국) and, when ``strict``, any head needs a
    modifier the word lists hold (속 + 병, 아바이 + 순대); a given name is never a modifier
    (순옥냉면 is a restaurant named after its owner)."""
    if stem in res.given_ko or korean.name_shaped(stem, res):
        return False
    for size in range(min(_LONGEST_HEAD, len(stem) - 1), 0, -1):
        if stem[-size:] not in _HEADS:
            continue
        head = stem[:-size]
        if head in res.given_ko or korean.name_shaped(head, res):
            return False
        if len(head) == 1 and (head in korean.given_syllables() or head in res.sur_ko_hangul):
            return False
        if stem[-size:] in korean.given_syllables():
            return len(stem) != 3 and stem[0] not in res.sur_ko_hangul and _known(head, res)
        if strict:
            return _known(head, res)
        return True
    return False


def _known(word: str, res: Resources) -> bool:
    return (
        word in res.lex_ko
        or word in res.gaz_hangul
        or word in closed_words("ko")
        or dictionary_ko.noun(word)
    )


def _thing_object(folded: str, start: int, res: Resources) -> bool:
    """The clause's object before the name is a thing: a demonstrative (그걸), a clause
    made a noun (파는 걸), or a word of the lexicon that is no person, kin or role; only
    topics, places and a few adverbs may stand between (a verb there begins another
    clause: 발음을 못해서 X라고 names no object)."""
    words = folded[max(0, start - 40) : start].rstrip("'\"‘“").split(" ")
    if len(words) < 2 or words[-1]:
        return False  # the name must follow a space (and a quote)
    back = words[-_WORDS_BACK - 1 : -1]
    for index in range(len(back) - 1, -1, -1):
        word = back[index]
        if word in _DEMONSTRATIVE_OBJECTS:
            return True
        if word.endswith(_OBJECT_ENDINGS) and len(word) > 1:
            return _thing_noun(word[:-1], res)
        if word in _INSTEAD and index:  # 핸드폰 말구 X라구: another word for a thing
            return _thing_noun(korean.split_particle(back[index - 1])[0], res)
        if not _between(word, res):
            return False
    return False


_INSTEAD = word_set("말구 말고 대신 아니구 아니고")


def _between(word: str, res: Resources) -> bool:
    """A word that may stand between the object and the name: an adverb or a noun with a
    topic or place particle (우리는, 거기서는, 조선족들은), never a verb form."""
    if word in _BETWEEN:
        return True
    for tail in _TOPIC_OR_PLACE:
        noun = word[: -len(tail)]
        if word.endswith(tail) and noun:
            noun = noun.removesuffix("들")
            return noun in res.lex_ko or noun in closed_words("ko") or noun in res.gaz_hangul
    return False


def _thing_noun(noun: str, res: Resources) -> bool:
    if noun in _PERSON_OBJECTS or noun in person_nouns("ko") or noun in _kin():
        return False
    if noun.endswith("들") or noun in res.given_ko or korean.name_shaped(noun, res):
        return False
    known = noun in res.lex_ko or dictionary_ko.noun(noun) or thing_compound(noun, res)
    return known and not _person_word(noun)


@lru_cache(maxsize=1)
def _kin() -> frozenset[str]:
    """Kinship and the nouns a naming cue reads as a person (사람, 여자, 친구)."""
    return ordinary_ko.kinship() | frozenset(cue_words().get("naming_noun", "ko"))


def _person_word(noun: str) -> bool:
    """A compound ending in a person noun (중개인, 사장님, 조선족, 여자애)."""
    return bool(re.search("(?:인|님|족|애|꾼|원|자|사|관|씨)$", noun))


def thing_named(folded: str, start: int, stem: str, nouns: frozenset[str], res: Resources) -> bool:
    """Whether the word a naming cue names at ``start`` is a thing (module docstring)."""
    if {n.removesuffix("으루").removesuffix("루") for n in nouns} & THING_NOUNS:
        return True  # X라는 앱으루: the northern 로 after the class noun
    return thing_compound(stem, res) or _thing_object(folded, start, res)


_CUE_AFTER = lazy_pattern(
    r"['\"’”]?(?:이라구|라구|이라고|라고|이라는|라는|이라카는|이란|란)(?:두|도|들|는)?\s?([가-힣]*)"
)
"""A naming cue right after a word (quoted or not) and the word after the cue."""
_WEAK = frozenset(("catchall", "name"))


def weak_uncertain(hit: Hit) -> bool:
    """An uncertain hit of a weak rule: the catch-all, a name's shape, or the Mandarin-name
    rule (a cue's detector but no cue's evidence).  Only such a hit may be dropped for
    what the sentence does to its word (here and ``eaten_ko``)."""
    weak = hit.detector in _WEAK or hit.rule.startswith("mandarin_name")
    return hit.uncertain and weak


def thing_before_cue(text: str, hit: Hit, res: Resources) -> bool:
    """An uncertain hit of a weak rule (the catch-all, the flagger, a name's shape) on a word
    that a naming cue follows, where the cue names a thing (``thing_named``): the naming
    rule dropped it, and the weak rules must not take it back (밀가리국, 홍산편)."""
    if not weak_uncertain(hit):
        return False
    match = _CUE_AFTER().match(text, hit.end)
    if match is None:
        return False
    stem = text[hit.start : hit.end]
    nouns = frozenset({match.group(1), korean.split_particle(match.group(1))[0]})
    return thing_named(text, hit.start, stem, nouns, res)


def noun_in_i(word: str, res: Resources) -> bool:
    """A noun ending in 이 (목걸이); round 26: of the dictionary too (배앓이, 누렁이, 질경이),
    unless a given name (with its 이), so that its 이 is no affectionate ending nor a particle's;
    round 31: of the basic and standard dictionaries' nouns (``nikl_noun``) too."""
    if word in res.lex_ko:
        return True
    if len(word) < 3 or word in res.given_ko or word[:-1] in res.given_ko:
        return False  # 지은이 is "the author" and 지은 with her 이
    bare, given = word[:-1], korean.given_syllables()
    if korean.name_shaped(bare, res) or (len(bare) == 2 and all(s in given for s in bare)):
        return False  # 지은이: two given-name syllables and 이, a girl as often as the word
    if dictionary_ko.noun(word):
        return True
    # round 31: the larger dictionary list too, where the word without its 이 is no noun
    # (배불뚝이, 절름발이, 왕눈이; 곰이 is 곰 and a particle)
    return dictionary_ko.nikl_noun(word) and not dictionary_ko.nikl_noun(bare)


_NUMBER_PREFIX = frozenset("한두세네")


def noun_tail(word: str, res: Resources) -> bool:
    """A number before a dictionary noun of two syllables or more (한 + 뿌리), or a word of
    the lists before one in a word of four syllables or more (산후 + 조리, 맏 + 며느리): a
    word, not a village's 리 or a town's 면.  Three syllables are a village's as often (원 +
    정리 is 원정리), and a gazetteer spelling or a name's shape is never read so."""
    if word in res.gaz_hangul or korean.name_shaped(word, res):
        return False
    for cut in range(1, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if not dictionary_ko.noun(tail) or tail in res.given_ko:
            continue
        if head in _NUMBER_PREFIX and (len(word) > 3 or tail in res.lex_ko_common):
            return True  # 한뿌리; 세천리 (세 + 천리, a rare word) stays a village's
        if head in res.gaz_hangul:
            return False  # 연변 + 대학: a place's institution, an organisation
        if len(word) >= 4 and (head in res.lex_ko or dictionary_ko.noun(head)):
            return True
    return False
