"""A word a cue named a person, met again: is it that person here?

Split from ``propagate.py`` (round 25) unchanged.  Propagation redacts a seed
everywhere in an interview, but a seed that is an ordinary word (바다, 하늘, 봄)
is that person again only where the sentence says so: a particle only a person
takes, the affectionate 이, the household 네, a kin title, or a predicate only a
person has (an age, "a man from Yanji", crying, doing something to me).
"""

from __future__ import annotations

import re

from fieldkit.redaction import korean
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.namelike_ko import human_verb_at
from fieldkit.redaction.propagate_ko import role_predicate_at, titled_after

__all__ = ["person_after", "subject_of_person"]

_ANIMATE = lazy_pattern(r"(?:한테|에게|께서|께|이랑|랑)")
"""Particles only a person takes (미소한테, 은하에게): where an ordinary word a cue named
is that person again."""


_CALLED_TAIL = (
    r"(?:가|는|를|도|랑|한테|에게|하고|네|요|에요|예요|라서|라서요|라고|었어요|었고|었는데|야)?"
    r"(?![가-힣])"
)
_CALLED_I = lazy_pattern("이" + _CALLED_TAIL)
"""The affectionate 이 of a name that ends in a consonant (기쁨이 낳던 날, 기쁨이는), and
(round 14b) the copula after it (믿음이요, 구름이에요, 하늘이라서요): a name confirmed in
dialogue or said again as a predicate."""
_CALLED_AFTER_I = lazy_pattern(_CALLED_TAIL)
_HOUSEHOLD = lazy_pattern(r"네\s(?:집|식구|가족|고모|이모|삼촌|엄마|아빠|할머니|할아버지)")
"""The household 네 before a household or kin noun (바다네 이모, 바다네 집): round 14b."""


def person_after(text: str, end: int, seed: str) -> bool:
    """An ordinary word a cue named a person is that person again before a particle only a
    person takes, or (round 14) with the affectionate 이 a name takes after a consonant:
    a name given in a text counts everywhere in it.  Round 14b: a seed that already holds
    its affectionate 이 (구름이) takes the same endings, and any seed the household 네.
    Round 17: or a kin title or an honorific after it (``titled_after``)."""
    if _ANIMATE().match(text, end) or _HOUSEHOLD().match(text, end):
        return True
    if titled_after(text, end):
        return True
    if _person_predicate(text, end, seed) or _predicate_of_person(text, end, seed):
        return True
    if _AGED_AGAINST().match(text, end):
        return True  # 두리는 하나보다 어렸는데 (round 26)
    if _opens_sentence_as_subject(text, end, seed):
        return True  # 은하라는 애 ... 그래서 은하는 거기로 갔어요 (round 38)
    if _object_of_a_person_verb(text, end, seed):
        return True  # 영애를 데리고 투먼역까지 (round 38)
    if korean.final_consonant(seed[-1]):
        return _CALLED_I().match(text, end) is not None
    called = len(seed) > 2 and seed[-1] == "이" and korean.final_consonant(seed[-2])
    return called and _CALLED_AFTER_I().match(text, end) is not None


_AGED_AGAINST = lazy_pattern(
    r"보다\s(?:[가-힣]+\s)?(?:어렸|어려|어리|어린|나이가|젊|늙|[한두세네]\s?살|\d+\s?살)"
)
"""Younger or older than the word: only a person (or a beast) has an age to compare."""
_SUBJECT = lazy_pattern(r"(?:은|는|이|가)(?![가-힣])")
_TO_ME = lazy_pattern(r"\s(?:나|저|우리|내|제)(?:한테|에게|를|들한테|들을)(?![가-힣])")
"""The speaker as the object right after the subject (나한테, 저를, 우리한테)."""
_AGE_OR_PERSON = lazy_pattern(
    r"[^.!?\n]{0,16}?(?:\d+|[가-힣]+)\s?살(?:이었|이에요|이야|이었|이고|이라|때|밖에)"
    # round 24: 병아리는 그때 열다섯이었는데 (an age in words, no 살)
    r"|[^.!?\n]{0,16}?(?<![가-힣])(?:열|스물|서른|마흔)(?:하나|둘|셋|넷|[한두세네]|다섯|여섯|일곱|여덟|아홉)?"
    r"(?:이었|이에요|이야|이고|이라|였)"
    r"|[^.!?\n]{0,16}?사람(?:이었|이에요|이야|이고|이라)"
)


def subject_of_person(text: str, end: int, seed: str) -> bool:
    """``seed`` ending at ``end`` is the subject of what only a person is or does (round 26:
    read by ``counted_names_ko`` for 하나 with no cue before it)."""
    return _person_predicate(text, end, seed)


def _subject(text: str, end: int, seed: str) -> re.Match[str] | None:
    """The subject's particle after ``seed``, agreeing with its last syllable: 은 or 이 after a
    consonant, 는 or 가 after a vowel (하늘이 is 하늘 + 이; 바다이 is no word)."""
    particle = _SUBJECT().match(text, end)
    if particle is None or korean.final_consonant(seed[-1]) != (particle.group() in ("은", "이")):
        return None
    return particle


def _person_predicate(text: str, end: int, seed: str) -> bool:
    """Round 16: a word a cue named a person, again as the subject of what only a person
    is or does in the same sentence (하나는 그때 열일곱 살이었어요, 바다는 연길 사람이었어요,
    바다가 울었어요): the sea is no age, no townsman and does not cry."""
    particle = _subject(text, end, seed)
    if particle is None:
        return False
    if human_verb_at(text, particle.end()):
        return True
    if _AGE_OR_PERSON().match(text, particle.end()) is not None:
        return True
    if _TO_ME().match(text, particle.end()) is not None:
        return True  # 까마귀가 나한테 일하게 해준다고: what it does, it does to me (round 24)
    return role_predicate_at(text, particle.end())


_OBJECT = lazy_pattern(
    r"(?:을|를|만)\s(?:데리|데려|업고|업어|업구|안고|안구|때리|때렸|만나|만났|남겨|두고\s나)"
)
"""An object and a verb that takes a person (데리고 "taking along", 업고 "on the back",
때리다, 만나다; 남겨 and 두고 나와 "leaving behind"): round 38."""


def _object_of_a_person_verb(text: str, end: int, seed: str) -> bool:
    """Round 38: a word a cue named a person, again as the object of what one does only to a
    person (그래도 영애를 데리고 투먼역까지 걸어갔죠, 영애만 남겨놓고): the particle must agree
    with the word's last syllable (영애를, 순녀를; 봄을)."""
    found = _OBJECT().match(text, end)
    if found is None:
        return False
    particle = found.group()[:1]
    return particle == "만" or korean.final_consonant(seed[-1]) == (particle == "을")


_OPENERS = frozenset(
    str.split(
        "그래서 그리고 근데 그런데 그러다 그러다가 그때 그땐 지금 지금은 결국 나중에 그담에 "
        "아니 근디"
    )
)
"""Words that open a sentence before its subject ("so", "and then", "now")."""
_CLAUSE_ENDS = ("있고", "었고", "았고", "했고", "는데", "은데", "지만", "니까")
"""A clause's verb ending in "and", "but" or "since" (심양에 있고 하나는 ...): the next
clause opens after it, with its own subject."""
_SENTENCE_BREAK = frozenset(".!?。\n,:;\"'“”‘’")


def _opens_sentence_as_subject(text: str, end: int, seed: str) -> bool:
    """Round 38: a word a cue named a person, again as the subject (은, 는, 이, 가) that opens
    a sentence or a clause (after 있고, 는데), or follows a word that opens one (그래서 은하는
    거기로 갔어요, 하나는 지금 안산에서): in a text that named her, the sentence is about
    her.  Not a subject that is the word's own season or weather (봄이 오면), nor the word
    said again in its sentence (글씨가 엄마 글씨 맞았어요, 복은 무슨 복이야: the word and what
    it is), nor one word said of it (소망은 크지요: what a word is, round 26's case; her
    sentences run on)."""
    particle = _subject(text, end, seed)
    if particle is None:
        return False
    before = text[: end - len(seed)].rstrip(" ")
    if not _opens(before):
        word = before[before.rfind(" ") + 1 :]
        opener = word in _OPENERS and _opens(before[: len(before) - len(word)])
        if not opener and not (len(word) >= 2 and word.endswith(_CLAUSE_ENDS)):
            return False
    if _WORD_EVENT().match(text, particle.end()) is not None:
        return False
    stop = _SENTENCE_END().search(text, particle.end())
    rest = text[particle.end() : stop.start() if stop else len(text)]
    return seed not in rest and len(rest.split()) >= 2


_SENTENCE_END = lazy_pattern(r"[.!?。\n]")


def _opens(before: str) -> bool:
    before = before.rstrip(" ")
    return not before or before[-1] in _SENTENCE_BREAK


_WORD_EVENT = lazy_pattern(
    r"\s(?:오|왔|와|온|올|지나|되|됐|갔|가면|가고|내리|내렸|그치|멈|끝나|끝났|무슨|뭔)"
)
"""What a season, the weather or a thing does (봄이 오면, 비가 그치고), and the scornful
"what X" (인정은 무슨): the word, not her."""


_PERSON_SUBJECT = lazy_pattern(r"(?:사람|남자|여자|놈|녀석|분)(?:이|은|는|가)\s$")
_COPULA = lazy_pattern(
    r"(?:지\s?뭐|지요|죠|예요|에요|야|였|이지\s?뭐|이지요|이죠|이에요|이야|이었)"
)


def _predicate_of_person(text: str, end: int, seed: str) -> bool:
    """Round 25: a word a cue named a person, said as what a person is (그 사람이 짱구지 뭐,
    그 남자가 곰이에요): the one who is it is a person, so it is the name again."""
    start = end - len(seed)
    if _PERSON_SUBJECT().search(text, max(0, start - 6), start) is None:
        return False
    copula = _COPULA().match(text, end)
    if copula is None:
        return False
    return copula.group().startswith("이") == korean.final_consonant(seed[-1])
