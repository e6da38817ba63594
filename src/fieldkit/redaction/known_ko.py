"""One answer to "is this Hangul stem a known ordinary word?" (issue 11, round 9).

Before round 9 each Korean rule asked its own version of this question (the catch-all its
``_explained``, the cue rules ``korean.no_name_after_cue``, the spoken rules their own
lists), each with part of the word data.  This module is the one place that puts the
sources together, so that every rule, and a new catch-all for unknown name-shaped words,
gets the same answer:

* the frequency lexicon, the keep-list and the project's extra words (``res.lex_ko``,
  ``res.keep_native``), a word in its northern spelling (녀자, 로동자);
* the closed classes of ``ordinary_ko`` (kinship terms, papers, trades, units) and its
  spoken verb endings;
* complete dictionary word classes (``dictionary_ko``): a common noun of two or three
  syllables, an adverb, a verb or adjective conjugated by grammar, standard or northeastern,
  a noun made a verb by a light verb (안내하는, 북송돼서).

A stem of a name's shape (a common surname and two common given-name syllables, 김연아) or
a listed given name is never known here: a famous name is a frequent word, and the cue
hierarchy, not the lexicon, decides what happens to it.
"""

from __future__ import annotations

from fieldkit.redaction import dictionary_ko, korean, ordinary_ko
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.resources import Resources

__all__ = ["dictionary_word", "known_word", "verb_form"]


def _name(stem: str, res: Resources) -> bool:
    return stem in res.given_ko or korean.name_shaped(stem, res)


def verb_form(token: str, res: Resources) -> bool:
    """A conjugated verb or adjective (팔아넘긴, 얹혀, 알았으믄, 안내하는): grammar, so true
    whatever the cue before it; never for a listed given name."""
    return dictionary_ko.conjugated_word(token, res)


def dictionary_word(stem: str, res: Resources) -> bool:
    """A common noun or an adverb of the dictionary lists, not of a name's shape: not a
    surname and two given-name syllables, and not two syllables both common in given names
    (은실 "silver thread", 옥분: as often a woman's name as the word, the rule
    ``korean.compound_noun`` already follows)."""
    if _name(stem, res) or _given_pair(stem):
        return False
    return dictionary_ko.noun(stem) or dictionary_ko.adverb(stem)


def _given_pair(stem: str) -> bool:
    given = korean.given_syllables()
    return len(stem) == 2 and stem[0] in given and stem[1] in given


def known_word(stem: str, res: Resources, token: str = "", *, dictionary: bool = True) -> bool:
    """The shared question: is this Hangul stem (``token`` is the whole word, particles
    included, when the caller has it) an ordinary word that no rule should call a name?
    ``dictionary=False`` leaves out the dictionary's nouns and adverbs (a word quoted alone,
    '큰손', is as often a nickname), never its verb forms.
    A northern spelling of a word (녀자들), a closed-class word, a spoken verb ending, then
    (never for a name's shape) joined ordinary words, a verb form, a dictionary word."""
    if not stem:
        return False
    word = token or stem
    single = stem[:-1] if stem.endswith("들") and len(stem) > 2 else stem  # 녀자들
    if any(korean.spelled_ordinary(w, res) for w in (stem, single, word)):
        return True
    if ordinary_ko.ordinary_word(stem, res, closed_words("ko")):
        return True  # 아매, 지도원, 큰시누, 계호원들, 채탄공: a title, kinship word or trade
    if ordinary_ko.spoken_ending(word, res):
        return True  # 되구, 있대, 막힘메: a verb in a spoken ending
    if _name(stem, res):
        return False
    if korean.compound_noun(stem, res) or korean.verb_like(word, res):
        return True
    if verb_form(word, res) or verb_form(stem, res):
        return True
    return dictionary and dictionary_word(stem, res)
