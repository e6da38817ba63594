"""An English naming cue wins over the English word list (issue 11, round 10).

A name after "named", "known as" or "a woman called" that is also an English word (june,
hope, lucky) or a given name before a surname spelled as a word (young park) used to be kept:
the word list vetoed it.  The cue hierarchy lets a word list only make such a span
uncertain; these two checks say when the cue really names.
"""

from __future__ import annotations

import re

from fieldkit.redaction.resources import Resources

__all__ = ["SURNAMES_THAT_ARE_WORDS", "names_a_word", "surname_follows"]

_PERSON_NOUNS_EN = frozenset(
    str.split(
        "woman women man men girl girls boy boys lady guy person someone somebody broker "
        "brokers trafficker smuggler dealer guide friend neighbour neighbor cousin aunt uncle "
        "child kid baby son daughter husband wife sister brother mother father officer guard "
        "niece nephew"
    )
)
_NOT_A_NAME_EN = frozenset(
    str.split(
        "again back twice once well early late often ever never also just only soon later "
        "now then there here every daily several many some any all both each other others"
    )
)


SURNAMES_THAT_ARE_WORDS = frozenset(str.split("park moon song han hong"))
"""Common Korean surnames spelled as English words: after a given name they are the surname."""


def surname_follows(rest: str, res: Resources) -> bool:
    """called young park: a word before a romanised surname is a given name."""
    parts = rest.split()
    if not parts or (parts[0] in res.lex_en and parts[0] not in SURNAMES_THAT_ARE_WORDS):
        return False  # "called her sister in seoul", "known as lucky ran": 인 and 란 are surnames
    return parts[0] in res.sur_ko_latin or parts[0] in res.sur_zh_latin


def names_a_word(folded: str, match: re.Match[str]) -> bool:
    """An English word after a naming cue is a name when the cue can only name: named,
    nicknamed, known as, her name was (not "went by", which is also travel), or "called"
    after a person noun (a woman called june): the cue wins over the word list (issue 11),
    the span stays uncertain.  "She called again", "called her sister": no naming."""
    word = match.group(1)
    if word in _NOT_A_NAME_EN or word in _PERSON_NOUNS_EN:
        return False
    cue = folded[match.start() : match.start(1)].split()
    if cue[0] in ("went", "goes", "go"):
        return False  # went by bus: travel, not a name
    if cue[0] not in ("called", "calls", "call"):
        return True
    if len(cue) > 1:
        return False  # called her sister, calls him boss: an object, then a word
    before = folded[max(0, match.start() - 24) : match.start()].split()
    return bool(before) and before[-1] in _PERSON_NOUNS_EN
