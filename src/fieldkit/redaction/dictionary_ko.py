"""Korean dictionary words and verb forms built from them (issue 11, round 9).

The frequency lexicon holds the 30,000 forms the web writes most: most dictionary nouns a
testimony uses once (탄광, 섣달, 중풍) are missing, and verbs are there only in their most
frequent forms (팔아넘긴, 얹혀, 들이닥친, 떼임 are not), so the catch-all and the cue rules
took them for names.  ``data/words_ko.tsv`` holds complete word-class lists (common nouns
of two and three syllables, verb and adjective stems, adverbs; source in the file and in
docs/redaction.md), and this module conjugates the stems by the rules of Korean grammar
(the sound changes of a stem's last syllable are ``conjugation_ko``'s, round 30, review):
the adnominal ㄴ/ㄹ, the nominal ㅁ, the infinitive 아/어 with its contractions (얹히 + 어 =
얹혀, 하 + 여 = 해), the past ㅆ, and the endings that follow each, standard and northeastern
(함경도/양강도: 구 for 고, 믄/무 for 면, 두 for 도, ㅁ다, 슴다, ㅁ메, 지비, 재, 오/소;
Korean Wikipedia, "동북 방언", section 문법 형태).  No name is a verb form, so what is
found here is never a name, whoever writes the sentence.

Only ``data``, ``hangul`` and ``conjugation_ko`` (which imports only ``hangul``) are
imported, so that ``korean`` can use this module too.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from fieldkit.redaction import data, hangul
from fieldkit.redaction.conjugation_ko import bases, infinitives, open_syllable, with_final
from fieldkit.redaction.resources import Resources

__all__ = [
    "LIGHT_VERBS",
    "adverb",
    "conjugated_word",
    "conjunction",
    "given_syllables_only",
    "light_verb",
    "nikl_noun",
    "noun",
    "stem",
    "verb_form",
]


def _split(text: str) -> list[str]:
    return text.split()


def _classes(name: str) -> dict[str, frozenset[str]]:
    """A ``kind<TAB>word`` file's words by kind (``words_ko.tsv``, ``words_nikl_ko.tsv``)."""
    out: dict[str, list[str]] = {}
    for line in data.text(name).splitlines():
        kind, _, word = line.partition("\t")
        if word and not kind.startswith("#"):
            out.setdefault(kind, []).append(word)
    return {kind: frozenset(words) for kind, words in out.items()}


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    return _classes("words_ko.tsv")


@lru_cache(maxsize=1)
def _nikl_nouns() -> frozenset[str]:
    return _classes("words_nikl_ko.tsv").get("noun", frozenset())


@lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    table = _table()
    return table.get("verb", frozenset()) | table.get("adjective", frozenset())


def nikl_noun(word: str) -> bool:
    """A noun of two to four syllables of the National Institute of Korean Language's
    dictionaries (``words_nikl_ko.tsv``, round 23): 욕창, 꿀밤, 위약금.  Asked by
    ``known_ko.dictionary_word`` (is this word ordinary?), not by the organisation rules'
    compound tests, which ask ``noun``: 대한 of 대한정밀 is a noun there too."""
    return word in _nikl_nouns()


def noun(word: str) -> bool:
    """A common noun of two or three syllables in the dictionary list."""
    return word in _table().get("noun", frozenset())


def noun_and_ra(word: str) -> bool:
    """전야라: a dictionary noun and the copula's 라 (성탄 전야라 교회가), no Mandarin name
    and no church's name (round 39)."""
    return word[-1:] == "라" and noun(word[:-1])


def stem(word: str) -> bool:
    """A verb or adjective stem of the dictionary list (하, 먹, 조심하)."""
    return word in _stems()


def conjunction(word: str) -> bool:
    """A conjunction of the dictionary list (그런데, 근데, 그래서): never a name."""
    return word in _table().get("conjunction", frozenset())


def adverb(word: str) -> bool:
    """An adverb of the dictionary list (후들후들, 함부로, 끝내)."""
    return word in _table().get("adverb", frozenset())


_AFTER_STEM = frozenset(
    _split(
        "고 구 지 게 자 면 믄 무 문 며 메 는 던 다 네 니 나 냐 더 소 시 셔 도록 도록이 "
        "지비 재 재요 재이 지요 지만 는데 는지 다가 다고 다구 자고 라고 라구 려고 려구 려면 "
        "더라 더란 더니 던데 게끔 곤 곤요 구요 고요 면서 믄서 멘서 자마자 고서 구서 "
        "느라 느라고 느라구 느라니 느라면 냐고 냐구 느냐 느냐고 느냐구 세요 으세요"
    )
)
"""Endings glued to the bare stem: connectives (고, 구 for 고, 면, 믄/무/문 for 면, 며, 메
for 면서), the adnominal 는/던, sentence ends (다, 네, 소 of the 하오 style, 지비, 재),
the retrospective 더 and what follows it (더라, 더란, 더니), the cause 느라(고) (갚느라고,
모시느라: its 라고 is no naming cue), a reported question 냐고 and the polite imperative
세요 (빼주세요, 있냐고: round 27).  Not the nominal 기: a noun
ends so as often (해바라기 is no 해 + 바라 + 기); nor the 하오-style 오 after a bare stem:
Chinese given names end so (장하오, 리차오)."""

_AFTER_ADNOMINAL = frozenset(
    _split("다 데 메 다요 메다 척 줄 지 걸 거 게 건 걸요 거야 거요 수 것 때 뻔 적 듯 만큼 대로")
)
_ADNOMINAL_END = _AFTER_ADNOMINAL | {""}
"""What follows a stem that took ㄴ, ㄹ or ㅁ in its last syllable: nothing (앞장선, 시릴,
넘김), the northeastern ㅁ다/ㅁ메 (감다, 했슴메), a bound noun typed on (갈줄, 온척, 뜰수, 할것)."""

_AFTER_INFINITIVE = frozenset(
    _split(
        "서 도 두 야 요 주 줘 보 봐 버려 버리 놓 두고 가 와 오 지 져 대 댔 서는 서두 서도 야지 야죠"
    )
)
"""What follows the infinitive 아/어 (얹혀서, 꿰매도, 넘어가, 떨어져): the connective 서,
도/두, 야, 요, and the first syllable of an auxiliary verb (주, 보, 버리, 놓, 가, 오, 지)."""

_AFTER_PAST = frozenset(
    _split(
        "다 고 구 지 는데 는지 어 어요 던 단 댔 재 재요 지비 슴다 음다 음메 슴메 으믄 으면 "
        "으니 으니까 으니까나 소 오 나 냐 다고 다구 더라 더란 을 을까 네 거든 다가 지만 다오 "
        "습니다 습디다 습데 음둥 슴둥 냐고 냐구 느라 느라고"
    )
)
"""Endings after the past ㅆ (했다, 갔구, 왔단, 죽었지비, 했슴다, 알았으믄)."""


@lru_cache(maxsize=1)
def _max_stem() -> int:
    return max((len(s) for s in _stems()), default=0)


def _stem_forms(token: str, stem: str) -> bool:
    """``token`` is ``stem`` conjugated: stem + ending, its ㄴ/ㄹ/ㅁ form (+ ending), its
    infinitive (+ ending or auxiliary), its past (+ ending)."""
    rest = token[len(stem) :] if token.startswith(stem) else None
    if rest is not None and rest in _AFTER_STEM:
        return True
    if rest and rest[0] in "시신실심셔셨" and not stem.endswith("시"):
        return _stem_forms(token, stem + "시")  # the honorific 시 (해주신, 가셔서)
    if rest and rest[0] in "은을음" and not open_syllable(stem[-1]) and rest[1:] in _ADNOMINAL_END:
        return True
    for final in ("ㄴ", "ㄹ", "ㅁ"):
        form = with_final(stem, final)
        if form is not None and token.startswith(form) and token[len(form) :] in _ADNOMINAL_END:
            return True
    if rest and hangul.decompose(stem[-1])[2] == "ㄹ" and rest in _AFTER_ADNOMINAL:
        return True  # a stem in ㄹ is its own adnominal ㄹ form (말 + 것, 살 + 수)
    for inf in infinitives(stem):
        if token == inf or (token.startswith(inf) and token[len(inf) :] in _AFTER_INFINITIVE):
            return True
        past = with_final(inf, "ㅆ")
        if past is not None and token.startswith(past) and token[len(past) :] in _AFTER_PAST:
            return True
        if token.startswith(inf) and len(token) > len(inf) and _aux(token[len(inf) :]):
            return True
    return False


_AUXILIARY = frozenset(_split("주 보 버리 놓 두 내 가 오 나 대 들 지 있 계시 드리"))
"""Verbs that follow another verb's infinitive (들어가, 꿰매주, 찾아가서, 떨어져): 주, 보,
버리, 놓, 두, 내, 가, 오, 나, 대, 지 (the passive), 있."""


def _aux(rest: str) -> bool:
    """An auxiliary or a second verb conjugated after an infinitive (찾아 + 가서, 붙잡혀 +
    온, 팔아 + 넘긴)."""
    if _conjugated(rest, _AUXILIARY):
        return True
    return len(rest) >= 2 and _conjugated(rest, _stems())  # 팔아 + 넘긴: a compound verb


LIGHT_VERBS = frozenset(_split("하 되 받 시키 당하 드리"))
"""Verbs that make a verb of a noun (안내하는, 북송돼서, 소개받은, 연락받음)."""


def light_verb(token: str, is_noun: Callable[[str], bool]) -> bool:
    """A noun and a light verb conjugated (안내 + 하는, 북송 + 돼서, 통역 + 해주신)."""
    if len(token) > _LONGEST:
        return False
    for cut in range(len(token) - 1, 0, -1):
        if is_noun(token[:cut]) and _conjugated(token[cut:], LIGHT_VERBS):
            return True
    return False


_VERB_CACHE: dict[str, bool] = {}


def verb_form(token: str) -> bool:
    """A verb or adjective of the dictionary list in a conjugated form, standard or
    northeastern (팔아넘긴, 얹혀, 들이닥친, 떼임, 시릴, 알았으믄, 뛰어들어가구, 꿰매).  A bare
    stem is not enough (a stem is often a noun too: 가, 지나); cached, bounded."""
    known = _VERB_CACHE.get(token)
    if known is None:
        if len(_VERB_CACHE) > 50_000:
            _VERB_CACHE.clear()
        known = _VERB_CACHE[token] = _verb_form(token)
    return known


def cause_stem(word: str) -> bool:
    """갚느, 모으느: a verb with the 느 of the ending 느라(고) ("being busy doing"), left when
    a naming cue's 라고 is read off it (round 27)."""
    return word.endswith("느") and verb_form(word + "라")


_LONGEST = 12
"""Longer tokens are runs of words typed without spaces, not one verb: not read (this also
bounds the work on a long Hangul run)."""


def _verb_form(token: str) -> bool:
    if not 2 <= len(token) <= _LONGEST:
        return False
    if len(token) == 2 and token[0] in _given() and token[1] in _given():
        return False  # 하나, 지나, 보라: as often a given name as a verb
    return _conjugated(token, _stems())


def _conjugated(token: str, stems: frozenset[str]) -> bool:
    for cut in range(min(len(token), _max_stem() + 1), 0, -1):
        for base in bases(token[:cut]):
            if base in stems and _stem_forms(token, base):
                return True
    return False


@lru_cache(maxsize=1)
def _syllables() -> dict[str, frozenset[str]]:
    return {kind: frozenset(chars) for kind, chars in data.rows("name_syllables_ko.tsv")}


def _given() -> frozenset[str]:
    return _syllables().get("given", frozenset())


def given_syllables_only(token: str) -> bool:
    """Every syllable is common in given names (보라, 하나, 지나): a verb stem so spelled may be
    a name before the copula's ending (보라니까)."""
    given = _given()
    return all(c in given for c in token)


def _name_shape(token: str) -> bool:
    """A common surname and two common given-name syllables (as ``korean.name_shaped``)."""
    given = _given()
    surnames = _syllables().get("surname", frozenset())
    return len(token) == 3 and token[0] in surnames and token[1] in given and token[2] in given


def conjugated_word(token: str, res: Resources) -> bool:
    """A dictionary verb or adjective conjugated, or a noun made a verb by a light verb
    (안내하는, 북송돼서, 연락받음); never a listed given name nor a surname and two given-name
    syllables (김연아)."""
    if token in res.given_ko or _nominal_pair(token) or _name_shape(token):
        return False
    if verb_form(token):
        return True
    if len(token) < 3:
        return False
    known = _LIGHT_CACHE.get(token)
    if known is None:
        if len(_LIGHT_CACHE) > 50_000:
            _LIGHT_CACHE.clear()
        known = _LIGHT_CACHE[token] = light_verb(token, _noun)
    return known


_LIGHT_CACHE: dict[str, bool] = {}
"""``light_verb`` per token (its nouns are the dictionary's and the extra words, the same
for every ``Resources``); bounded."""


def _noun(word: str) -> bool:
    """A noun a light verb can follow: the dictionary's, or the project's extra words (북송)."""
    return noun(word) or word in data.extra_words().get("ko", frozenset())


def _nominal_pair(token: str) -> bool:
    """Two syllables ending in ㅁ (기쁨, 보람, 해림, 다솜): a verb's noun form, and as often
    a given name; left to the name rules."""
    return len(token) == 2 and "가" <= token[1] <= "힣" and hangul.decompose(token[1])[2] == "ㅁ"
