"""Full names the frequency lexicon holds because someone famous has them (round 14).

The catch-all keeps a lexicon word unless it is *name-shaped*: a common surname and two
syllables of the short hand table (김연아, 박지성).  A famous name whose given name is
rarer (a singer's, an actor's: surname + 혜교, + 효리) was kept silently, against the cue
hierarchy's rule that the lexicon may only make a name uncertain.  A three-syllable word
is read as a name here when

* it opens with a common surname and its other two syllables are frequent in given names
  (``namelike_ko.namelike_syllables``, counted over public name lists), and
* no part of it is a word: neither its first two syllables nor its last two are in the
  lexicon, it is no verb form and no kept word, and no gazetteer place opens it (성남시).
  A noun suffix of a group, an institution or a sign (대, 관, 회, 표 ...) ends none.  A
  few rare words pass still (유람선, 구세주: their halves are no words either); they are
  flagged uncertain, as any unknown noun is.

Such a word is flagged *uncertain* by the catch-all, with a particle after it or standing
alone (X 할까, X가 아니라): the review sees it, the lexicon no longer hides it.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.namelike_ko import namelike_syllables
from fieldkit.redaction.resources import Resources

__all__ = ["famous_shaped"]

_WORD_TAILS = frozenset("대관학회표단국부청당다")
"""Last syllables that make nouns of groups, institutions, studies and signs (민병대,
성균관, 공청회, 이정표) far more often than they end a given name."""


def famous_shaped(stem: str, res: Resources) -> bool:
    """A surname and two given-name syllables whose halves are no words (module docstring)."""
    if len(stem) != 3 or stem[0] not in korean.common_surnames():
        return False
    given = namelike_syllables()
    if stem[1] not in given or stem[2] not in given or stem[2] in _WORD_TAILS:
        return False
    if stem[:2] in res.lex_ko or stem[1:] in res.lex_ko or stem in res.keep_native:
        return False
    if stem[:2] in res.gaz_hangul or stem in res.gaz_hangul:
        return False
    return not korean.verb_like(stem, res)
