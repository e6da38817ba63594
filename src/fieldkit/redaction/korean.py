"""Korean word shapes: particles, verb endings, and whether a stem is an ordinary word.

Korean attaches particles to nouns (연길에서, 영희가), so a name or a place is a
stem with something after it.  These helpers split a word into stem and
particle and tell an ordinary word or verb form from a stem that could be a
name.  They are heuristics over the word list, tuned on the corpus, and the
catch-all flags what they cannot explain as uncertain rather than dropping it.
"""

from __future__ import annotations

from functools import lru_cache

from fieldkit.redaction import data, dictionary_ko, hangul, spoken_ko
from fieldkit.redaction.data import word_set
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.verbs_ko import spelled_ordinary, verb_like

__all__ = [
    "COUNTED_NAMES",
    "GRAMMATICAL_SUFFIX",
    "LOCATIVE_PARTICLES",
    "NATIVE_NUMBER",
    "VERB_FINAL",
    "adnominal_verb",
    "counted_or_bound",
    "final_consonant",
    "given_syllables",
    "name_like",
    "name_shaped",
    "name_stem",
    "no_name_after_cue",
    "open_syllable",
    "ordinary",
    "spelled_ordinary",
    "split_particle",
    "takes_euro",
    "verb_form",
    "verb_like",
    "verb_stem",
]


ASKING_COPULA = ("이었나", "였나", "이었던가", "였던가")
"""The copula asking, after a consonant and a vowel (향원이었나, 향미였나): a particle after a
name, never part of it (round 41; the naming cues, the organisation names and the aliases read
the same four)."""
PARTICLES = tuple(
    sorted(
        word_set(
            "에서는 에서도 에서만 에게서 으로는 으로도 으로만 으로부터 로부터 한테서 이라는 이라고 "
            "이랑 에서 에게 한테 까지 부터 으로 라는 라고 처럼 보다 마저 조차 밖에 에는 에도 에만 "
            "께서 하고 이나 이고 이야 이네 이가 이는 이를 이와 이도 이의 이었습니다 였습니다 "
            "입니다 이었다 였다 이다 이었고 였고 이며 이에요 예요 이란 이었는데 였는데 이었지만 "
            "였지만 이지만 인데 이라서 라서 네집 까지만 한테만 에게만 만큼 마다 에선 엔 "
            "이니까 이니깐 이었으니까 였으니까 이라면 "
            "이었어요 였어요 이었지요 였지요 이었죠 였죠 이었슴다 였슴다 이었는데요 였는데요 "
            "이래요 래요 이었대요 였대요 이라구 라구 이라고들 라고들 이고요 "
            "에서였어요 에서였다 에서였고 에서였는데 에서요 이든 이든지 "
            "이었어 였어 이었구 였구 이었구요 였구요 이었시오 였시오 이었시요 였시요 이요 "
            "이였구 이였구요 이였어 이였시오 이였시요 였음 이었음 이랑은 랑은 이랑도 랑도 하고는 "
            "의 에 로 은 는 이 가 을 를 와 과 도 만 랑 야 아 네 쪽 씩 "
            "에나 이라나 라나 으론 론 "  # round 21: 명절에나, 영광이라나, 위론 (위로는)
            "두 이라구는 라구는 이냐구 냐구 이라두 라두 "  # the northern 두 (도): 밥두, 말두
            "이라곤 라곤 은커녕 는커녕 "  # 장난감이라곤, 장성은커녕
            "에요 하구 하구는 "  # round 23: 장웨이에요 (예요 typed after a vowel), northern 하구
            "한텐 한테선 에겐 께선 끼린 이믄 라믄 이라믄 라문 이라문 "  # round 22: 우리한텐, 돈이믄
            "으루 으루는 으루두 으루만 "  # round 40: the northern 으로 (혜산으루)
            + " ".join(ASKING_COPULA)  # round 41: the asking copula (향미였나, 아니 ...)
        )
        | frozenset(spoken_ko.NORTHERN_COPULA),
        key=len,
        reverse=True,
    )
)
COUNTED_NAMES = frozenset({"하나"})
"""A native numeral that is also a given name (하나): a count follows its noun (언니 하나,
식당 하나, 친구 하나가), so before an honorific, a title or a business's kind noun, and after
a naming cue, it is her name, uncertain; after a role noun (친구 하나가) it stays a count
(round 16)."""

NATIVE_NUMBER = lazy_pattern(
    "(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|한|두|세|네)?"
    "|(?:하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉)"
)
"""A native Korean number (쉰, 마흔다섯, 스물둘): an age or a count, said alone as a
predicate (이모부는 쉰이었어요: round 16), never a name."""

LOCATIVE_PARTICLES = word_set(
    "에서는 에서도 에서만 으로는 으로도 으로만 으로부터 로부터 에서 까지 부터 으로 에는 에도 "
    "에만 에 로 쪽 까지만 에서였어요 에서였다 에서였고 에서였는데 에서요 "
    "으루 으루는 으루두 으루만"  # round 40: northern (혜산으루 갔슴다)
)
VERB_FINAL = word_set(
    "다 요 고 서 며 면 지 게 니 죠 까 데 라 어 해 했 된 한 할 던 운 인 음 기 듯 러 려 께 "
    "히 냐 든 랴 함 됨 짐 겠 았 었 갔 왔 봤 줬 였"
)
"""Last syllables of verb and adjective forms (도착했다, 팔았고, 연락하려면)."""
_STEM_VERB_END = word_set(
    "하 되 있 없 했 됐 같 않 싶 였 졌 겠 았 었 갔 왔 봤 줬 셨 시 주 받 보 려 으"
)
GRAMMATICAL_SUFFIX = word_set("들 님 씨 네 쪽 째 씩 쯤 께 끼리 마다 뿐")
_NOUN_SUFFIX = GRAMMATICAL_SUFFIX | word_set(
    "적 성 화 인 자 권 식 당 장 집 역 길 방 값 돈 밭 감 짓 질 꾼 터 간 비 료 품 기 실 관 원 "
    "소 회 과 법 용 물 생 일 년 월 시 때 번"
)
_PARTICLE_END = frozenset("이가은는을를의에도와과")


_BY_LENGTH = tuple(
    (size, frozenset(p for p in PARTICLES if len(p) == size))
    for size in sorted({len(p) for p in PARTICLES}, reverse=True)
)
_STACKS_UNDER = word_set(
    "에서 에게 한테 까지 부터 으로 로 에 와 과 하고 이랑 랑 처럼 보다 만 께서 에게서 한테서 "
    "로부터 으로부터 마다 만큼 밖에 이라고 라고 이라는 라는 이나"
)
"""Particles another particle may follow (친구한테 + 도, 연길에서 + 는).  A subject, object,
topic or vocative particle (이 가 을 를 은 는 의 아 야) never has one after it, so the 아 of
김연아는 is the name's last syllable, not a particle: the name is 김연아, not 김연."""


_BY_LAST = {
    last: tuple(
        (size, frozenset(p for p in same if p[-1] == last))
        for size, same in _BY_LENGTH
        if any(p[-1] == last for p in same)
    )
    for last in {p[-1] for p in PARTICLES}
}
"""``_BY_LENGTH`` for the particles that end in each character: a word ending in any other
has no particle to strip, found with one look-up (round 9, speed)."""


def _strip_one(stem: str, allowed: frozenset[str] | None) -> tuple[str, str] | None:
    for size, particles in _BY_LAST.get(stem[-1:], ()):
        piece = stem[-size:]
        if len(stem) > size and piece in particles and (allowed is None or piece in allowed):
            if piece in _AFTER_CLOSED and open_syllable(stem[-size - 1]):
                continue  # 쏨차이가: 이 follows a consonant only; after 차 it is the name's
            return stem[:-size], piece
    return None


_AFTER_CLOSED = frozenset(
    str.split("이 이가 이는 이를 이와 이도 이의 이랑 이랑은 이랑도 이에요 이야 이래요")
)
"""Particles whose 이 follows a final consonant only (the subject's 이 against 가, 이랑
against 랑; the affectionate 이 of 영철이는; 이에요, 이야, 이래요 against 예요, 야, 래요).
The copula's other forms may keep their 이 after a vowel (왕젠궈이고요)."""


@lru_cache(maxsize=8192)
def split_particle(token: str) -> tuple[str, str]:
    """(stem, particles): up to two stacked particles are removed (밤에만 -> 밤, 에만;
    친구한테도 -> 친구, 한테도), the inner one only when Korean stacks it (``_STACKS_UNDER``).
    Kept per token (round 28, speed: some 380 calls per preview call on the same words;
    ``forget_texts`` empties it)."""
    first = _strip_one(token, None)
    if first is None:
        return token, ""
    stem, tail = first
    inner = _strip_one(stem, _STACKS_UNDER)
    if inner is not None:
        stem, tail = inner[0], inner[1] + tail
    return stem, tail


_NAME_ENDINGS = frozenset("은이아가")
"""Particles that are also the last syllable of common given names (지은, 영이, 수아)."""


def verb_form(token: str, res: Resources) -> bool:
    """A conjugated verb or adjective: a verb ending (다, 고, 서 ...) on a word, or an
    adnominal ㄴ/ㄹ on a verb stem (아닌 from 아니다, 간 from 가다)."""
    if token[-1] in VERB_FINAL and token in res.lex_ko:
        return True
    last = token[-1]
    if not "가" <= last <= "힣":
        return False
    initial, vowel, final = hangul.decompose(last)
    if final not in ("ㄴ", "ㄹ") or token not in res.lex_ko:
        return False
    return token[:-1] + hangul.compose(initial, vowel, "-") in res.lex_ko


def name_stem(token: str, res: Resources, *, cued: bool = False) -> tuple[str, str]:
    """(name, particles) of a token that holds a name: ``split_particle``, except that a
    syllable is never left behind where the split is in doubt.  After a cue a two-syllable
    token stays whole (지은 is a name, not 지 + 은), and so does a three-syllable one that opens
    with a surname and ends in a one-syllable particle, unless the rest is a word (박지은:
    never 박지 + 은; but 김치 + 가): a particle redacted with the name leaks nothing, a
    syllable left out would."""
    stem, tail = split_particle(token)
    if cued and len(token) == 2 and len(stem) == 1 and tail in _NAME_ENDINGS:
        return token, ""
    if cued and len(stem) == 1 and tail[:1] == "만":
        return token[:2], tail[1:]  # 시동생 덕만이: 덕만, never 덕 + 만 "only" (round 21)
    if len(token) == 3 and len(tail) == 1 and name_shaped(token) and stem not in res.lex_ko:
        return token, ""
    return stem, tail


def surname_only(syllable: str) -> bool:
    """A common surname ending in a consonant that no common given name holds (김, 박, 황):
    alone before 이 it is the surname and the subject particle, since no one is called 김이
    (round 31: 브로커 아저씨 김이 redacted the particle with the surname).  Surnames that are
    also given-name syllables (진, 옥, 은: 진이, 옥이) stay whole."""
    surnames, given = _name_syllables()
    return syllable in surnames and syllable not in given and final_consonant(syllable)


def final_consonant(syllable: str) -> bool:
    """The Hangul syllable ends in a consonant (헌, 철), which takes 이라고, not 라고."""
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 != 0


def takes_euro(syllable: str) -> bool:
    """A Hangul syllable after which Korean writes 으로, not 로: one ending in a consonant
    other than ㄹ (봄으로, 정미랑으로; 달로, 춘화로)."""
    return final_consonant(syllable) and (ord(syllable) - 0xAC00) % 28 != 8


def open_syllable(syllable: str) -> bool:
    """A Hangul syllable with no final consonant (차, 미), after which Korean writes 가,
    라고, 랑, never 이가, 이라고, 이랑 (not a Latin letter or a digit: those say nothing)."""
    return "가" <= syllable <= "힣" and not final_consonant(syllable)


def verb_stem(stem: str, res: Resources) -> bool:
    """A verb or adjective stem that ends in 하 or 으 (일하, 먹으), unless the word list holds
    it as a word, which it does for nouns only (은하 "galaxy", 지하: also given names after
    a kinship word, 딸 은하는)."""
    if stem[-1] in "하으":
        return stem not in res.lex_ko
    if stem[-1] not in _STEM_VERB_END or stem[:-1] not in res.lex_ko:
        return False
    return not (dictionary_ko.noun(stem) or dictionary_ko.nikl_noun(stem))  # 털보, 정보: nouns


@lru_cache(maxsize=1)
def _name_syllables() -> tuple[frozenset[str], frozenset[str]]:
    table = {kind: frozenset(chars) for kind, chars in data.rows("name_syllables_ko.tsv")}
    return table["surname"], table["given"]


def common_surnames() -> frozenset[str]:
    """Common Korean surnames, South and North (``name_syllables_ko.tsv``)."""
    return _name_syllables()[0]


def given_syllables() -> frozenset[str]:
    """Syllables common in Korean given names, South and North (``name_syllables_ko.tsv``)."""
    return _name_syllables()[1]


def name_shaped(stem: str, res: Resources | None = None) -> bool:
    """A common surname and two common given-name syllables (김연아, 박지성): a name, even
    when it is also a frequent word because someone famous has it.  With ``res``, not a
    compound of ordinary words (조선말, 노동자)."""
    surnames, given = _name_syllables()
    shaped = len(stem) == 3 and stem[0] in surnames and stem[1] in given and stem[2] in given
    return shaped and (res is None or not _compound(stem, res))


def _compound(stem: str, res: Resources) -> bool:
    head, tail = stem[:2], stem[2:]
    common = res.lex_ko_common
    return (head in common or head in res.keep_native) and (tail in common or tail in _NOUN_SUFFIX)


def ordinary(stem: str, res: Resources, lexicon: frozenset[str] | None = None) -> bool:
    """An ordinary word, a verb form, or a compound of ordinary words."""
    lex = res.lex_ko if lexicon is None else lexicon
    if stem in lex or (stem[-1] in _STEM_VERB_END and stem[:-1] in lex):
        return True
    common = res.lex_ko_common
    for cut in range(2, len(stem)):
        head, tail = stem[:cut], stem[cut:]
        if head in common and (tail in common or tail in _NOUN_SUFFIX):
            return True
    return False


_BOUND_TAIL = frozenset("소장원청철분들님관국부대당")
"""Bound nouns of institutions, seasons and people after a word (구류소, 김장철, 여자분)."""


def bound_compound(stem: str, res: Resources) -> bool:
    """Words joined that no name is: a listed word and a bound noun (구류소, 김장철, 여자분),
    an office's plural (선생님들), a syllable before a word of two syllables or more
    (도집결소), a name before a word of three syllables or more (임산사업소)."""
    lex = res.lex_ko
    if len(stem) == 3 and stem[:2] in lex and stem[2] in _BOUND_TAIL:
        return True
    if stem.endswith("님들") and (stem[:-2] in lex or stem[:-1] in lex):
        return True
    if len(stem) >= 4 and stem[0] in res.lex_ko_common and stem[1:] in lex:
        return True
    return len(stem) >= 5 and (stem[-3:] in lex or stem[-4:] in lex)


def counted_or_bound(stem: str, res: Resources) -> bool:
    """A number and its counter (한달, 다섯시) or a verb and a bound noun typed as one word
    (할때, 받는거): spoken Korean no name is (``spoken_ko``)."""
    if spoken_ko.number_phrase(stem, given_syllables()):
        return True
    return spoken_ko.bound_noun_phrase(stem, lambda w: adnominal_verb(w, res))


QUESTION_OPENINGS = ("뭐", "무슨", "어디", "어딨", "어딘", "누구", "언제", "왜", "어떻", "얼마")
"""How a question word opens (뭐했냐고, 어딨냐구, 누구한테): no name or place opens so."""


def no_name_after_cue(stem: str, res: Resources, closed: frozenset[str]) -> bool:
    """What a cue's word cannot be, however strong the cue: a verb form (남편 만났어요,
    언니 생각하면), a count or a verb and a bound noun, a kinship or title word in its
    northern spelling (브로커 녀자), a demonstrative glued to a word (그사람이, 그말)."""
    if stem.startswith(QUESTION_OPENINGS):
        return True  # 아빠 어딨냐구 (round 24)
    verb = verb_like(stem, res) and (len(stem) >= 3 or stem[-1] in VERB_FINAL)
    if (verb and stem not in res.given_ko) or counted_or_bound(stem, res):
        return True  # (해림, 보람: two syllables ending in ㅁ stay names)
    if dictionary_ko.conjugated_word(stem, res):
        return True  # 떼고, 찾아가서, 안내하는: a dictionary verb conjugated (round 9)
    if stem[0] in "그저":
        bare = split_particle(stem)[0]
        if len(bare) >= 2 and bare[1:] in res.lex_ko_common:
            return True
    return any(word in closed for word in spoken_ko.southern_spellings(stem))


def adnominal_verb(word: str, res: Resources) -> bool:
    """전화할, 급할, 죽는: a verb's adnominal form (its stem, or a noun + 하, is listed)."""
    initial, vowel, _ = hangul.decompose(word[-1])
    base = word[:-1] + hangul.compose(initial, vowel, "-")
    return word in res.lex_ko or base in res.lex_ko or verb_stem(base, res)


def plural_of_word(stem: str, res: Resources) -> bool:
    """An ordinary word with a grammatical suffix (사람들, 여성들, 두 번째)."""
    return stem[:-1] in res.lex_ko and stem[-1] in GRAMMATICAL_SUFFIX


def name_like(stem: str, res: Resources) -> bool:
    """A Hangul stem that could be a person's name: not a word, not a verb form."""
    if stem in res.keep_native or stem in res.gaz_hangul or len(stem) < 2:
        return False
    bare, particle = split_particle(stem)
    if particle and (bare in res.lex_ko or len(bare) < 2 or plural_of_word(bare, res)):
        return False  # round 34: a plural and its particle too (손님들은 언니를)
    if stem in res.lex_ko or plural_of_word(stem, res) or stem[-1] in VERB_FINAL:
        return False
    if stem in res.given_ko or dictionary_ko.conjugated_word(stem, res):
        return stem in res.given_ko  # 하더(란), 없더(란): a dictionary verb (round 9)
    if stem[0] in res.sur_ko_hangul and len(stem) <= 4:
        return not compound_noun(stem, res) and not spelled_ordinary(stem, res)
    return len(stem) == 2 and stem[-1] not in _PARTICLE_END and not ordinary(stem, res)


_COMPOUND_TAIL = _NOUN_SUFFIX | word_set("표 세 날 층 애 눈 천 판 칸 통 철 살 짐 발 터 반")
"""Heads of two-syllable compounds (차표, 방세, 장날, 이층): a place (솔골) or a given
name (꽃분) ends otherwise."""


def compound_noun(stem: str, res: Resources) -> bool:
    """Two or three syllables that are ordinary words joined (차표, 셋집, 한겨울, 주인집),
    and not shaped like a given name (both syllables common in names: 옥분, 순정)."""
    common = res.lex_ko_common
    if stem[0] in "그저" and stem[1:] in common:
        return True  # 그말, 그사람: a demonstrative typed onto its noun
    if len(stem) >= 4 and stem[-1] == "들":
        stem = stem[:-1]  # 동네사람들: the compound's plural
    if len(stem) == 2:
        head, tail = stem[0], stem[1]
        initial, vowel, final = hangul.decompose(head)
        if final == "ㅅ":  # 셋집, 뒷방, 찻집: the linking ㅅ of a compound
            head = hangul.compose(initial, vowel, "-")
        given = given_syllables()
        if stem[0] in given and stem[1] in given:
            return False
        return head in common and (tail in _COMPOUND_TAIL or head != stem[0])
    if len(stem) == 3 and hangul.decompose(stem[1])[2] == "ㅅ" and stem[2] in _COMPOUND_TAIL:
        initial, vowel, _ = hangul.decompose(stem[1])
        return stem[0] + hangul.compose(initial, vowel, "-") in common  # 제삿날: 제사 + 날
    if len(stem) == 3 and not name_shaped(stem):
        return (stem[:2] in common and (stem[2] in common or stem[2] in _NOUN_SUFFIX)) or (
            stem[0] in common and stem[1:] in common
        )
    if len(stem) >= 4:  # 주민등록번호: longer than a name, made of listed words
        return any(
            stem[:cut] in common and (stem[cut:] in common or stem[cut:] in res.lex_ko)
            for cut in range(2, len(stem) - 1)
        )
    return False
