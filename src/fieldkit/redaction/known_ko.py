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
from fieldkit.redaction.org_nouns import kind_noun_length
from fieldkit.redaction.resources import Resources

__all__ = ["dictionary_word", "joined_words", "known_word", "northern_particle", "verb_form"]


def _name(stem: str, res: Resources) -> bool:
    return stem in res.given_ko or korean.name_shaped(stem, res)


def verb_form(token: str, res: Resources) -> bool:
    """A conjugated verb or adjective (팔아넘긴, 얹혀, 알았으믄, 안내하는): grammar, so true
    whatever the cue before it; never for a listed given name."""
    return dictionary_ko.conjugated_word(token, res)


def dictionary_word(stem: str, res: Resources, *, given_pairs: bool = True) -> bool:
    """A common noun or an adverb of the dictionary lists, not of a name's shape: not a
    surname and two given-name syllables, and not two syllables both common in given names
    (은실 "silver thread", 옥분: as often a woman's name as the word, the rule
    ``korean.compound_noun`` already follows) when ``given_pairs`` is false."""
    if _name(stem, res) or (not given_pairs and _given_pair(stem)):
        return False
    return dictionary_ko.noun(stem) or dictionary_ko.adverb(stem) or dictionary_ko.nikl_noun(stem)


def _given_pair(stem: str) -> bool:
    given = korean.given_syllables()
    return len(stem) == 2 and stem[0] in given and stem[1] in given


def known_word(
    stem: str, res: Resources, token: str = "", *, dictionary: bool = True, listed: bool = False
) -> bool:
    """The shared question: is this Hangul stem (``token`` is the whole word, particles
    included, when the caller has it) an ordinary word that no rule should call a name?
    ``dictionary=False`` leaves out the dictionary's nouns and adverbs (a word quoted alone,
    '큰손', is as often a nickname), never its verb forms; ``listed=True`` (a bare word
    before a comma, an item of a list: 은실, 향미) leaves out the dictionary nouns made of two
    given-name syllables.
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
    if dictionary and dictionary_word(stem, res, given_pairs=not listed):
        return True
    if _reduplicated(stem) or _demonstrative(stem, res):
        return True
    return northern_particle(word, res) or joined_words(stem, res)


def _reduplicated(stem: str) -> bool:
    """Two syllables said twice (후들후들, 부들부들, 반짝반짝): a sound or manner word, never a
    name (a call repeated has a space or a comma between: 나라야 나라야)."""
    return len(stem) == 4 and stem[:2] == stem[2:] and all("가" <= c <= "힣" for c in stem)


def _demonstrative(stem: str, res: Resources) -> bool:
    """그 or 저 typed onto a dictionary noun (그다음날, 저쪽집): ``korean.compound_noun`` does
    this for the frequent words."""
    return len(stem) >= 3 and stem[0] in "그저" and dictionary_word(stem[1:], res)


_NORTHERN_PARTICLES = ("으루", "이루", "루", "두", "르", "이셔", "셔", "이오")
"""Northeastern particles and the 하오-style copula (Korean Wikipedia, "동북 방언", 문법
형태): 두 for 도 (아무한테두, 잊지두), 루/으루 for 로, 르 for 를, 셔/이셔 for 에서, 이오 for
the copula (조선족이오)."""


def northern_particle(word: str, res: Resources) -> bool:
    """A known word with a northeastern particle or copula after it (아무한테두, 조선족이오)."""
    for tail in _NORTHERN_PARTICLES:
        head = word[: -len(tail)]
        if word.endswith(tail) and len(head) >= 2 and not _name(head, res):
            bare = korean.split_particle(head)[0]
            if any(_plain(w, res) or dictionary_ko.conjugated_word(w, res) for w in (head, bare)):
                return True
    return False


def _plain(word: str, res: Resources) -> bool:
    """A word of the lists as it stands (no rule of word formation)."""
    return (
        word in res.lex_ko
        or word in res.keep_native
        or word in closed_words("ko")
        or dictionary_ko.noun(word)
        or dictionary_ko.adverb(word)
    )


def joined_words(stem: str, res: Resources) -> bool:
    """A clause typed as one word (정확한주소, 만들어준사람, 식량배급끊김, 진짜이모아님):
    four syllables or more, cut into parts that are each a listed word or a verb form, one of
    them at least a verb form.  Nouns alone joined are left to ``korean.compound_noun``:
    that is how institutions are named (서울가정법원, 새날재단, 시화공단).  Never a stem of a
    name's shape."""
    if not 4 <= len(stem) <= _LONGEST_CLAUSE or kind_noun_length(stem) or _name(stem, res):
        return False
    return _split_known(stem, res, depth=2, verb=False)


_LONGEST_CLAUSE = 10
"""Longer runs are left alone: the catch-all does not flag an unbroken run of more than seven
syllables without a particle anyway, and the cut search grows with the square."""


def _split_known(word: str, res: Resources, depth: int, verb: bool) -> bool:
    for cut in range(2, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        head_kind = _part(head, res)
        if head_kind is None:
            continue
        tail_kind = _part(tail, res)
        if tail_kind is not None and (verb or head_kind or tail_kind):
            return True
        if depth > 1 and _split_known(tail, res, depth - 1, verb or head_kind):
            return True
    return False


def _part(word: str, res: Resources) -> bool | None:
    """None: no known part; False: a listed word (재단 "foundation", not 재 + 단); True: a
    verb form."""
    if _name(word, res) or word in res.given_ko:
        return None
    if _plain(word, res):
        return False
    return True if dictionary_ko.conjugated_word(word, res) else None
