"""A one-syllable given name said alone (issue 11, round 14).

A given name of one syllable is a word far more often than a name (봄 "spring", 별 "star"),
so no rule looks for it alone, and propagation does not seed one syllable.  Two phrases
say plainly that it is a name: 외자 "a one-character name" and 한 글자 "one letter"
(외자로 봄., 이름이 한 글자로 솔.): the syllable right after it, alone, with the copula
or with the affectionate 이, is the given name, redacted uncertain when it is also a word.
A verb's ending is never read as a copula there (외자로 해야, 한 글자로 쓰다).
"""

from __future__ import annotations

from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_single_given"]

_SINGLE = lazy_pattern(
    r"(?:외자|한\s?글자)(?:로|라서|라|이라|이고|예요|에요|야)?[,.]?\s['\"‘“]?([가-힣])['\"’”]?"
    r"(?=[.,!?…)]|\s?$|이(?:에요|예요|야|라고|라|고|다|는|가|를)?(?![가-힣])|예요(?![가-힣]))"
)


def find_single_given(folded: str, res: Resources) -> list[Hit]:
    """The syllable a 외자 or 한 글자 names (module docstring)."""
    out: list[Hit] = []
    if "외자" not in folded and "글자" not in folded:
        return out
    for match in _SINGLE().finditer(folded):
        syllable = match.group(1)
        if syllable in closed_words("ko"):
            continue
        out.append(person_by_cue(*match.span(1), "single_given", syllable in res.lex_ko))
    return out
