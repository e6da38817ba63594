"""A Chinese village counted or described before its suffix (issue 11, round 14, second
wave, lane ORG AND PLACES).

Chinese introduces a village no reader knows with a measure word or a genitive: 在一个X屯的
老乡家里, 那个X村, 老家的X堡.  The context rule of ``places.py`` reads a village's name back
from its suffix and stops at a character that cuts names (上, 下, 在 ...) or at a frequent
word, so a name opening with such a character (上 + 官屯, 下 + 马村) lost its first half,
and 堡, the northern villages' "fort" (李家堡), is no suffix of its own there (汉堡, 城堡 are
words).  After 一个/那个/这个/每个, 一家 or 的, what stands before 屯, 村 or 堡 is the
village's whole name, two to four characters.

Never: a word the lexicon holds whole (一个山村, 的城堡), a stem holding a pronoun, particle
or verb of place (的我村, 一个在村); uncertain when the stem is itself a word (一个红旗村:
often a village's name, sometimes a kind, 一个贫困村), certain otherwise.
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_counted_villages"]

_COUNTED = lazy_pattern(
    r"(?:[一那这每]个|一家|的)([\u4e00-\u9fff]{2,4}?)([屯村堡])"
    r"(?=[的里人家子，。、；：！？,.;:!?\s)）]|$)"
)
_NOT_IN_NAME = frozenset("的了个是叫称为在有和我你他她它们这那到去从往里着过被把给")
"""Characters a village's name never holds here: pronouns, particles, verbs of place and of
naming (一个叫X屯的: the name follows 叫)."""


def find_counted_villages(folded: str, res: Resources) -> Iterator[Hit]:
    """一个X屯, 那个X村, 的X堡 (module doc).  Gate: a suffix character in the text."""
    if not any(s in folded for s in "屯村堡"):
        return
    for match in _COUNTED().finditer(folded):
        stem = match.group(1)
        word = stem + match.group(2)
        if word in res.lex_zh or _NOT_IN_NAME & set(stem) or word in res.keep_native:
            continue
        yield Hit(
            start=match.start(1),
            end=match.end(2),
            label="PLACE",
            detector="context",
            rule="counted_village_zh",
            uncertain=stem in res.lex_zh,
        )
