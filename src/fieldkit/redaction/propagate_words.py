"""Where a propagated name reads as the ordinary word it also is (round 14, precision).

Propagation looks for every detected surface everywhere in the interview.  A name that is
a word (a singer called 보아, a son called 새벽 "dawn", a woman called Grace) then takes the
word's own uses with it, and set K showed three slots where the grammar says it is the word:

- an **auxiliary verb after an infinitive** (생각해 보아도, 적어 주실: ``word_classes_ko``);
- a **time of day right after a date** (시월 초닷새 새벽에 "at dawn on the fifth"): a date
  is followed by its hour, not by a person;
- an **English word in lower case** where the name was found by the catch-all, by its
  capital alone (only by grace, after Grace opened a sentence): without the capital nothing
  says name.  A seed typed in lower case is left to ``propagate_en``;
- a **noun made an adjective** by a glued 롭다 or 스럽다 (평화롭지 "peaceful", 자유로운): a
  name takes no adjective suffix (round 14, second wave);
- a **postposition after an object** (자매를 위해 "for the sister"): round 19;
- a **compound with a common noun** glued after a word the catch-all or the learned flagger
  took for a name (문학작품은 after 문학한테): round 34.  Not a kinship, role or other closed
  word (보배엄마 is 보배's mother) nor a kind of business (보배식당 may be hers).
"""

from __future__ import annotations

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.grace_ko import GRACE_WORDS, owed_at
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.org_nouns import kind_with_prefix
from fieldkit.redaction.peoples_en import han_people
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.word_classes_ko import auxiliary_after_infinitive

__all__ = ["reads_as_word"]

TIMES_OF_DAY = frozenset(str.split("새벽 아침 저녁 밤 낮 오전 오후 점심 한밤 한낮 해질녘 동틀녘"))
"""Parts of a day, a closed class: after a date they are its hour."""


_POSTPOSITIONS = frozenset(("위해", "위하여", "통해", "대해", "향해"))
"""Verbs that after an object or 에 are postpositions ("for", "through", "about"): a town
spelled so (위해, Weihai) is the word there."""

_ADJECTIVE_SUFFIXES = ("롭", "로운", "로워", "로이", "스럽", "스러운", "스러워", "스레")


def _after_date(text: str, start: int, date_ends: frozenset[int]) -> bool:
    return start >= 1 and text[start - 1] == " " and start - 1 in date_ends


def _lower_word(occurrence: str, seed: str, source: Hit) -> bool:
    """The catch-all found the seed by its capital alone; in lower case it is the word."""
    if not (occurrence.isascii() and occurrence.isalpha() and occurrence.islower()):
        return False
    return not seed.islower() and source.detector == "catchall"


def _compound_with_noun(text: str, end: int, seed: str, source: Hit, res: Resources) -> bool:
    """The seed, an ordinary word a catch-all took for a name, glued to a common noun that is
    neither a closed word nor a kind of business: the word's compound (문학작품)."""
    if source.detector != "catchall" or seed not in res.lex_ko:
        return False
    noun = korean.split_particle(hangul.word_from(text, end))[0]
    return (
        len(noun) >= 2
        and noun in res.lex_ko_common
        and noun not in closed_words("ko")
        and not kind_with_prefix(noun)
    )


def reads_as_word(
    text: str,
    span: tuple[int, int],
    seed: str,
    source: Hit,
    date_ends: frozenset[int],
    res: Resources,
) -> bool:
    """True when the seed found at ``span`` is the ordinary word, not the name again.

    ``date_ends`` holds where the field's date hits end (``TIMES_OF_DAY`` after one)."""
    start, end = span
    if "가" <= seed[0] <= "힣":
        if seed in TIMES_OF_DAY and _after_date(text, start, date_ends):
            return True
        if text.startswith(_ADJECTIVE_SUFFIXES, end):
            return True  # 평화롭지: the adjective of the word
        if seed in _POSTPOSITIONS and text[max(0, start - 2) : start] in ("를 ", "을 ", "에 "):
            return True  # 자매를 위해 기도: "for", not the town 위해 (round 19)
        if _compound_with_noun(text, end, seed, source, res):
            return True  # 문학작품은: the word's compound, not the name (round 34)
        if seed in GRACE_WORDS and owed_at(text, start, seed):
            return True  # 은혜는 평생 못 갚아요 after 은혜교회: the debt (round 39, grace_ko)
        return auxiliary_after_infinitive(text, start, res)
    if seed == "Han" and han_people(text, start, end):
        return True  # a Han family: the people, beside the surname Han (round 27)
    return _lower_word(text[start:end], seed, source)
