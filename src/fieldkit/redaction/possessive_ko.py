"""A name before the bound noun 거 "thing, one's own" (issue 11, round 14, third wave).

Spoken Korean drops the genitive 의 before 거: ``그거 엄마 거예요`` "it's mum's".  A noun
stands bare there; only a name keeps its affectionate 이 (``그 가방 X이 거야``, ``이 아이디
X이 거였어요``), so a word closed by a consonant, 이, a space and 거 with a copula or a
particle after it is a person (uncertain when the word is a dictionary word).  The subject
particle before 거의 "almost", 거꾸로, 거기 is another word: 거 must end its word or take
a copula or particle.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_possessors"]

_OWNER = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,3})이\s거"
    r"(?:예요|에요|야|였|라고|라서|고|는|도|를|랑|니까|잖아|지|임|인데|(?![가-힣]))"
)


def find_possessors(folded: str, res: Resources) -> list[Hit]:
    """X이 거예요: the owner named in its affectionate form (module doc)."""
    out: list[Hit] = []
    if "이 거" not in folded:
        return out
    for match in _OWNER().finditer(folded):
        word = match.group(1)
        if not korean.final_consonant(word[-1]) or word in closed_words("ko"):
            continue  # 누구 거, 사람이 거: an open syllable takes no affectionate 이
        if word in res.lex_ko_common or korean.verb_like(word + "이", res):
            continue  # 사람이 거 …: a common noun and its subject particle
        out.append(person_by_cue(*match.span(1), "owner_named", word in res.lex_ko))
    return out
