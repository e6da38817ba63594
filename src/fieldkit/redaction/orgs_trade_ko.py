"""A name before a glued trade and kind (issue 11, round 14, lane ORG-AND-OTHERS).

Korean glues what a business does to what it is: 가발공장 "wig factory", 발마사지 "foot
massage", 꽃가게 "flower shop".  Round 13 learnt that such a compound is a kind, no name
(``orgs_spaced_ko.kind_compound``), and the org layer then dropped the match; but the name
a writer gives the business stands one space before the compound (X 가발공장에서, X
발마사지라는 데서), as it does before a bare kind (X 식당).  So where the glued part is a
trade (a closed class, or one syllable: 발, 꽃, 옷), the word before it is read as the name
with the checks any spaced name before a kind gets (``orgs_ordinary_ko.ordinary_before_noun_ko``:
modifiers, verb forms, closed words, clause words).

A compound written as one word with a trade of one syllable (발마사지, 꽃가게) is also no
person after a naming cue (天宫 발마사지라는 데서: the place is the name before it):
``kind_word``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, known_ko, korean
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.orgs_spaced_ko import clause_word_before_kind, kind_compound
from fieldkit.redaction.orgs_taught_ko import taught_kind
from fieldkit.redaction.resources import Resources

__all__ = ["kind_word", "name_before_trade", "trade_and_kind"]

_WORD_BEFORE = lazy_pattern(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,6}) $")


def trade_and_kind(stem: str, noun: str, res: Resources) -> bool:
    """Whether ``stem`` glued to the kind ``noun`` says what trade it is (가발 + 공장, 발 +
    마사지), or is itself a listed word (신발공장): a kind, whose name stands before it."""
    compound = stem + noun
    if compound in res.lex_ko or compound in korean_nouns():
        return True
    if taught_kind(stem, noun):
        return True  # 미용학원, 요양보호사교육원: what a school teaches (round 14c)
    return stem in _ONE_SYLLABLE_TRADES or kind_compound(stem, noun)


_ONE_SYLLABLE_TRADES = frozenset("발손꽃옷빵술떡쌀밥약책닭회차금굴김국죽차")
"""Trades of one syllable glued to a kind (발마사지, 꽃가게, 옷공장): a closed class of
nouns, since a syllable before 가게 may end a verb (못가게 "so she can't go")."""


def _inside_phrase(folded: str, start: int, res: Resources) -> bool:
    """A bare noun right before the word at ``start`` (한국인 운영 수산물공장: "run by
    Koreans"): the word is inside a noun phrase, not the business's name opening it.  A
    particle, a verb form or a town before the name is how one opens (있는 X, 연길 X)."""
    match = _WORD_BEFORE().search(folded, max(0, start - 8), start)
    if match is None:
        return False
    word = match.group(1)
    if korean.split_particle(word)[1] or word in closed_words("ko"):
        return False
    if word in res.gaz_hangul or word in res.gaz_marked or korean.verb_like(word, res):
        return False
    return (word in res.lex_ko or dictionary_ko.noun(word)) and not known_ko.verb_form(word, res)


def name_before_trade(
    folded: str,
    compound_start: int,
    noun: str,
    res: Resources,
    ordinary: Callable[[str, str, str, Resources], bool],
) -> Hit | None:
    """The name one space before a trade-and-kind compound starting at ``compound_start``,
    if the word there can be one (``ordinary`` is the org layer's spaced-name check)."""
    match = _WORD_BEFORE().search(folded, max(0, compound_start - 8), compound_start)
    if match is None:
        return None
    word = match.group(1)
    if word in korean_nouns() or clause_word_before_kind(folded, match.start(1), word):
        return None  # 회사 봉제공장, 동안 가발공장: a kind or a clause word
    if kind_compound(word, noun):
        return None  # 자동차 부품 공장: a product before a product, a kind still (round 27)
    if _inside_phrase(folded, match.start(1), res):
        return None
    if word in res.gaz_hangul or word in res.gaz_marked or ordinary(word, " ", noun, res):
        return None  # 청도 가발공장: where it is, the place rules' to label
    return Hit.at(
        match.span(1),
        label="ORG",
        detector="org",
        rule="name_before_trade_ko",
        uncertain=word in res.lex_ko,
    )


@lru_cache(maxsize=1)
def _kinds() -> tuple[frozenset[str], int]:
    """The kinds of two syllables or more, and the longest's length."""
    kinds = frozenset(noun for noun in korean_nouns() if len(noun) >= 2)
    return kinds, max(map(len, kinds), default=0)


def kind_word(word: str, res: Resources) -> bool:
    """A trade glued to a listed kind (발마사지, 가발공장) or a kind alone: a naming cue after
    it names no person.  The kind is the longest listed one the word ends in (two of one
    length cannot both end it), found by the word's own endings, a few set look-ups, not
    by trying each kind (round 28, speed)."""
    kinds, longest = _kinds()
    for size in range(min(len(word), longest), 1, -1):
        noun = word[-size:]
        if noun in kinds:
            stem = word[:-size]
            return not stem or trade_and_kind(stem, noun, res)
    return False
