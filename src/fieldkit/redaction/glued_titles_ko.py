"""A surname and its title glued inside a longer word (issue 11, round 14).

Typed quickly, a testimony runs a role or a pointing word into the surname and its title:
브로커최씨아저씨가 ("the broker, Mr Choi"), 거기한팀장님이 ("Team leader Han there").  The
title rules read a title after a space or at a word's start, so the surname in the middle
of such a word was left.  Here the word is read from its title: a surname syllable right
before 씨 or a title (팀장, 사장, 선생 ... with or without 님), and before the surname a whole
role noun (브로커, 중개인, 운전사 ...) or a pointing word (거기, 여기, 저기) that opens the
word.  After 씨 an elder word may follow (아저씨, 아주머니, 할머니), then the title's particle.

The span is the surname with 씨 (김씨 is redacted whole, as ``cues`` does) or the surname
alone before a title (its title stays in the text); uncertain where the surname is also
a word (한, 전).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import hangul
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.anchors_ko import title_starts
from fieldkit.redaction.cuewords import alternation, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import WORD_SURNAMES
from fieldkit.redaction.titles_ko import after_title

__all__ = ["find_glued_titles"]

_POINTING = ("거기", "여기", "저기", "거기서", "여기서", "저기서")
_PARTICLE_SURNAMES = frozenset("도서")
"""Surnames that are also particles glued to a pointing word (여기도, 거기서)."""
_ELDERS = "아저씨|아주머니|아줌마|할머니|할아버지|아바이|아매|언니|오빠"


@lru_cache(maxsize=1)
def _rx() -> re.Pattern[str]:
    """A syllable and a title.  The look-ahead is the titles' first syllables: it holds
    wherever a title starts, so the matches are the same, and ``re`` tests one class there
    instead of the alternation's branches one by one after every syllable (round 28, speed:
    5.3 -> 2.0 us a Korean passage)."""
    words = ("씨", *cue_words().get("title", "ko"))
    firsts = "".join(sorted({re.escape(word[0]) for word in words}))
    return re.compile(rf"([가-힣])(?=[{firsts}])({alternation(words)})")


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    return frozenset((*cue_words().get("role", "ko"), *_POINTING))


_ELDER = lazy_pattern(rf"(?:{_ELDERS})")


def _ends_word(folded: str, at: int, ssi: bool) -> bool:
    """The title's word ends here, after its particle (an elder word first after 씨)."""
    if ssi:
        elder = _ELDER().match(folded, at)
        at = elder.end() if elder is not None else at
    return after_title().match(folded, at) is not None


def find_glued_titles(folded: str, res: Resources) -> list[Hit]:
    """Surnames glued between a role or pointing word and their title (module docstring)."""
    out: list[Hit] = []
    starts = [at - 1 for at in title_starts(folded) if at]  # round 32, speed
    for match in finditer_from(_rx(), folded, starts):
        surname, title = match.group(1), match.group(2)
        start = match.start(1)
        prefix = folded[hangul.word_back_from(folded, start) : start]
        if not prefix or prefix not in _prefixes() or surname not in res.sur_ko_hangul:
            continue
        if prefix in _POINTING and surname in _PARTICLE_SURNAMES:
            continue  # 여기도 사장님이: "here too", the particle, no surname
        if not _ends_word(folded, match.end(2), title == "씨"):
            continue
        end = match.end(2) if title == "씨" else start + 1
        out.append(person_by_cue(start, end, "glued_title", surname in WORD_SURNAMES))
    return out
