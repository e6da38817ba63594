"""Nicknames that are words: a person known by a body feature or a habit (round 24).

In these testimonies a broker, a driver or a fellow woman is often known only by an
epithet: 털보 (the bearded one), 곰보 (pock-marked), 짱구 (a bulging head), 코주부 (a big
nose), 꺽다리 (a beanpole), 담배쟁이 (the smoker).  Each is a dictionary noun, so the word
lists keep it; as the subject or object of a clause it is how the speaker names that
person, as a name is.  A listed epithet (``EPITHETS``: the words Korean coins for a body or a
habit, compiled from the dictionary's sense of each, not from any passage) or a noun with a
habit suffix (쟁이, 꾸러기: 욕쟁이, 잠꾸러기) that stands as a word with a person's particle
is a person, *uncertain*, so the interviewer reviews it (짱구가 운전했는데, 코주부가 우리를
데려다놨슴다).  After a determiner or a modifier (그 울보가, 잘 우는 울보는) it describes
rather than names, and before 아니다 or 되다 (털보가 아니고, 뚱보가 됐다) it is a
predicate's word: both stay.

A word that is a nickname shows it in one more way: with the affectionate 이 before a kin
title that closes the sentence with the copula (같이 간 사람이 바람이 아저씨였는데, 제일
친한 게 구름이 언니였어요).  A subject's 이 cannot stand there (the wind is no uncle), so
the word and its 이 are a name, uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.anchored import literal_test
from fieldkit.redaction.anchors_ko import EPITHET, HABIT, holds
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.data import word_set
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.not_places_ko import previous_word
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["EPITHETS", "HABIT_SUFFIXES", "epithet", "find_epithets_ko"]

EPITHETS = word_set(
    """
    털보 곰보 째보 뚱보 땅딸보 울보 먹보 떼보 꾀보 심술보 뚱뚱이 뚱땡이 홀쭉이
    말라깽이 꺽다리 키다리 짱구 코주부 애꾸 애꾸눈 외눈박이 점박이 대머리 빡빡이
    곱슬이 뻐드렁이 뻐드렁니 짝눈이 사팔뜨기 사팔이 절뚝이 절름발이 곰배팔이 언청이
    검둥이 깜둥이 흰둥이 깜순이 깜돌이 꾀돌이 왕눈이 짝귀 땅꼬마 납작코 들창코
    매부리코 주걱턱 곰배 떠버리 구두쇠 깍쟁이 노랭이 술고래 안경잡이 얼금뱅이
    곰탱이 곰퉁이 멍텅구리 덜렁이 왕발
    외팔이 외다리 꼽추 곱사등이 귀머거리 벙어리 육손이 혹부리 앉은뱅이
    """
)
"""Epithets for a body feature or a habit that Korean uses as a nickname; round 33 the
dictionary's words for a missing limb, a hunched back, deafness, muteness, a sixth finger
and a growth (외팔이, 꼽추, 귀머거리, 벙어리, 육손이, 혹부리), which a village names a man by
as it does by a beard."""

HABIT_SUFFIXES = ("쟁이", "꾸러기")
_HAS_SUFFIX = literal_test(HABIT_SUFFIXES)
_PARTICLE = "이랑|하고|한테|에게|께서|이가|이는|이도|가|는|를|랑|도|이|은|을|아|야"
_CALLED = r"(?:이라|라)(?:고|구)?\s?(?:했|불렀|불러|부르|불리)"
"""담배쟁이라 했는데, 털보라고 불렀어요: called by the epithet."""
_NOT_NAMING = word_set("그 저 이 웬 어떤 그런 저런 이런 무슨 한 같은 어느 모든 다른 진짜")
"""Words before an epithet that make it a description (그 울보가: that crybaby)."""
_ADNOMINAL_END = frozenset("던는은운인한된간온진친린든낸")
_PREDICATE = re.compile(r"\s?(?:아니|아닌|되|돼|됐|된|될|같|처럼)")


_TAIL = rf"(?:(?:{_PARTICLE})(?![가-힣])|{_CALLED})"


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    """The listed epithets (a trie), and the habit suffixes read back from the suffix: a
    pattern opening with any syllable was tried at every position of a long text."""
    return {
        "listed": re.compile(rf"({trie_pattern(EPITHETS)}){_TAIL}"),
        "habit": re.compile(rf"({'|'.join(HABIT_SUFFIXES)}){_TAIL}"),
    }


_TITLED_PREDICATE = lazy_pattern(
    r"이\s(?:아저씨|아줌마|아주머니|아주마이|언니|오빠|누나|형|할매|할머니|할아버지|아재|아매|"
    r"이모|삼촌)(?:였|이었|예요|이에요|인데|이고|이야|이라)"
)


def _word_start(folded: str, end: int, most: int) -> int | None:
    """Where the word ending at ``end`` starts, if it is one to ``most`` syllables."""
    start = hangul.word_back_from(folded, end)
    return start if 1 <= end - start <= most else None


def _titled_predicates(folded: str, res: Resources) -> list[Hit]:
    """바람이 아저씨였는데: a word, the affectionate 이, a kin title, the copula."""
    out: list[Hit] = []
    for match in _TITLED_PREDICATE().finditer(folded):
        start = _word_start(folded, match.start(), 3)
        if start is None:
            continue
        stem = folded[start : match.start()]
        if not korean.final_consonant(stem[-1]) or stem in closed_words("ko"):
            continue  # 이 is affectionate after a consonant only (바람이, not 나비이)
        if stem + "이" in res.lex_ko or korean.verb_like(stem + "이", res):
            continue  # 아이, 어머이: a word that ends in 이
        out.append(person_by_cue(start, match.start() + 1, "titled_predicate", True))
    return out


def _candidates(folded: str, res: Resources) -> Iterator[tuple[int, int, int]]:
    """(start, end, end of the tail) of each listed epithet and each noun + habit suffix."""
    listed = _rx()["listed"].finditer(folded) if holds(folded, EPITHET) else ()  # round 32
    for match in listed:
        yield match.start(1), match.end(1), match.end()
    if not holds(folded, HABIT):
        return  # round 32, speed: read with the other anchors (was ``_HAS_SUFFIX``)
    for match in _rx()["habit"].finditer(folded):
        end = match.end(1)
        start = _word_start(folded, end, 3 + len(match.group(1)))
        if start is not None and _habit(folded[start:end], res):
            yield start, end, match.end()


def _describes(folded: str, start: int) -> bool:
    """The word before ``start`` is a determiner or a verb's modifier (그 울보가, 우는 울보)."""
    last = previous_word(folded, start, 12)
    return last in _NOT_NAMING or (len(last) >= 2 and last[-1] in _ADNOMINAL_END)


def _habit(word: str, res: Resources) -> bool:
    """A noun and a habit suffix (담배쟁이, 잠꾸러기), not a word that merely ends so."""
    return any(
        word.endswith(suffix) and word[: -len(suffix)] in res.lex_ko for suffix in HABIT_SUFFIXES
    )


def epithet(word: str, res: Resources) -> bool:
    """A listed epithet (꺽다리, 곰보) or a noun with a habit suffix (욕쟁이): a word that
    describes before it names, so a cue that names a person with it is uncertain (r25)."""
    return word in EPITHETS or _habit(word, res)


def find_epithets_ko(folded: str, res: Resources) -> list[Hit]:
    """Epithets standing for a person (see the module doc)."""
    out: list[Hit] = []
    for start, end, tail_end in _candidates(folded, res):
        if start and "가" <= folded[start - 1] <= "힣":
            continue  # inside a longer word
        if _describes(folded, start) or _PREDICATE.match(folded, tail_end):
            continue
        out.append(person_by_cue(start, end, "epithet_ko", True))
    out += _titled_predicates(folded, res)
    return out
