"""Names glued to a kinship word, the spaces a quick typist leaves out: 하늘언니가 (a name of
two to four syllables before 언니, moved here from ``cues_ko``), and since round 16 of issue
11 준오빠가 (one given-name syllable before 오빠), Sunny언니 (a Latin name before 언니) and
동생영미가 (the kinship word first, her given name glued after it).  The spaced forms are
the title rules' (``cues_ko``); a word the lexicon holds whole (새언니, 큰오빠, 동생들) or
that says which one is not a name.  Uncertain where the glue hides where one word ends."""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from, literal_test
from fieldkit.redaction.calls_base_ko import (
    ADNOMINAL,
    call_hit,
    call_rx,
    given_shaped,
    modifier_words,
)
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.one_syllable_ko import WHICH
from fieldkit.redaction.resources import Resources

__all__ = ["glued_kinship", "kin_before_glued_name"]


def _one_syllable_glued_to_kin(folded: str, at: int, kin: str, res: Resources) -> Iterator[Hit]:
    """준오빠가, 박언니: one given-name syllable or a surname glued to a kinship word is her
    or his name (uncertain); a word that says which (큰언니, 새언니, 친오빠) or one word the
    lexicon holds is not."""
    word = folded[at]
    if at and ("가" <= folded[at - 1] <= "힣" or folded[at - 1].isalnum()):
        return
    if word in WHICH or word in closed_words("ko") or word + kin in res.lex_ko:
        return
    if word in korean.given_syllables() or word in res.sur_ko_hangul:
        yield person_by_cue(at, at + 1, "one_syllable_glued_kinship", True)


_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9_])[A-Z][a-z]+(?: [A-Z][a-z]+)?$")


def _latin_glued_to_kin(folded: str, at: int) -> Iterator[Hit]:
    """Sunny언니, Grace 언니 glued: a Title-case Latin name before a Korean kinship word."""
    found = _LATIN_BEFORE.search(folded, max(0, at - 30), at)
    if found is not None:
        yield person_by_cue(found.start(), found.end(), "latin_glued_kinship", True)


_KIN_WORDS = ("동생", "언니", "오빠", "누나", "딸", "아들", "남편", "친구")
_HAS_KIN_WORD = literal_test(_KIN_WORDS)
_KIN_AT = re.compile("남동생|여동생|동생|언니|오빠|누나|딸|아들|남편|친구")
"""Where ``_KIN_FIRST`` can match (its kinship words, found at C speed)."""
_KIN_FIRST = lazy_pattern(
    r"(?<![가-힣])(동생|언니|오빠|누나|남동생|여동생|딸|아들|남편|친구)([가-힣]{2,3}?)"
    r"(?:이가|이는|이랑|이도|이를|가|는|를|랑|도|의|한테|하고|이)?(?![가-힣])"
)


def kin_before_glued_name(folded: str, res: Resources) -> Iterator[Hit]:
    """동생영미가, 딸순옥이는: a kinship word with a known given name glued after it.  Read
    from where a kinship word opens (round 17, speed: the pattern opens with a look-behind,
    which ``re`` tried at every position of a long document)."""
    if not _HAS_KIN_WORD(folded):
        return
    starts = (kin.start() for kin in _KIN_AT.finditer(folded))
    for match in finditer_from(_KIN_FIRST(), folded, starts):
        kin, name = match.group(1), match.group(2)
        if kin + name in res.lex_ko or name in res.lex_ko or name in closed_words("ko"):
            continue  # 동생들, 딸아이, 아들놈: one word, or a word after the kin
        if name in res.given_ko and not korean.verb_like(name, res):
            yield person_by_cue(match.start(2), match.end(2), "kin_glued_before_name", True)


def glued_kinship(folded: str, res: Resources) -> Iterator[Hit]:
    """하늘언니가, 아이유언니가: a name glued to a kinship word, even a word name (uncertain);
    not a word that says whose or where (동네언니, 친구언니) or one word (큰언니, 외할머니)."""
    rx = call_rx()
    for kin in rx["kinship"].finditer(folded):
        start = kin.start()
        if start and folded[start - 1].isascii() and folded[start - 1].isalpha():
            yield from _latin_glued_to_kin(folded, start)  # Sunny언니: round 16
            continue
        if not start or not "가" <= folded[start - 1] <= "힣":
            continue  # spaced (하늘 언니): ``_name_titles``
        while start and "가" <= folded[start - 1] <= "힣":
            start -= 1
        stem = folded[start : kin.start()]
        if rx["after_title"].match(folded, kin.end()) is None:
            continue
        if len(stem) == 1:
            yield from _one_syllable_glued_to_kin(folded, start, kin.group(), res)
            continue  # 준오빠가: round 16
        if not 2 <= len(stem) <= 4:
            continue
        if stem in modifier_words() or stem + kin.group() in res.lex_ko:
            continue
        if stem[-1] in ADNOMINAL and not given_shaped(stem, res):
            continue  # 작은이모, 젊은언니: a modifier (지은언니 is a name)
        hit = call_hit(start, stem, res, "name_glued_kinship")
        if hit is not None:
            yield hit
