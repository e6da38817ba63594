"""A word said to be a name, as the subject of "was the name" (issue 11, round 18).

"Hope was the name the pastor gave her", "Moon was my husband's family name", "Sunny is
her nickname": a clause that opens with a capitalised word and says it *is* a name names
that word, whatever the English word list says (hope, moon and sunny are words).  The
word is redacted, uncertain where it is also an ordinary word; never a pronoun or a
determiner ("That was the name", "It is her name").
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_named_subjects"]

_NAMED_SUBJECT = lazy_pattern(
    r"(?:^|(?<=[.!?;:\n]\s)|(?<=[\"“‘]))([A-Z][a-z]+(?:-[a-z]+)?) (?:is|was) "
    r"(?:(?:the|her|his|my|our|their) (?:[a-z]+(?:'s|’s) )?|[A-Z]?[a-z]+(?:'s|’s) )"
    r"(?:(?:real|family|Korean|Chinese|English|first|given|new|church|Christian|baptismal|"
    r"code|fake|false|work|stage|old|pet) )?(?:name|nickname|surname)\b"
)
_NOT_NAMES = frozenset(str.split("That This It There Which What Mine Yours His Hers Ours One The"))


def find_named_subjects(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """The subject of "was the name" (module doc)."""
    if not words & {"name", "nickname", "surname"}:
        return
    for match in _NAMED_SUBJECT().finditer(folded):
        word = match.group(1)
        if word in _NOT_NAMES or word.lower() in res.function_en:
            continue
        yield person_by_cue(*match.span(1), "subject_is_a_name", word.lower() in res.lex_en)
