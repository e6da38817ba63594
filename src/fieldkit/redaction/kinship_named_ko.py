"""A kinship or person noun, then a given name as what she is (딸이 은하예요, 남편은
철남이고): split from ``cues_naming_ko`` in round 29 (that module had grown past 400 lines);
the rule is unchanged."""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.cues_roles_ko import korean_hit
from fieldkit.redaction.cuewords import alternation, closed_words, cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.resources import Resources

__all__ = ["kinship_is_named"]


@lru_cache(maxsize=1)
def _kin_copula_rx() -> re.Pattern[str]:
    c = cue_words()
    people = [w for w in c.get("naming_noun", "ko") if w not in ("이름", "분")]
    nouns = alternation((*c.get("role", "ko"), *people))
    return re.compile(
        rf"(?:{nouns})(?:이|가|은|는)\s([가-힣]{{2,4}}?)"
        r"(?:이에요|예요|에요|이었어요|였어요|이래요|래요|이야|야|이다|입니다"
        r"|인데요?|이고요?|이었는데|였는데|이었고|였고|임다|이오|이래|래)(?![가-힣])"
    )  # 에요 after a vowel: the spoken spelling of 예요 (round 14); 인데, 이고: a name
    # said in passing before the sentence goes on (딸이 사랑인데, 남편은 철남이고; round 20)


def kinship_is_named(folded: str, res: Resources) -> list[Hit]:
    """A kinship or person noun, then a given name as what she is (딸이 은하예요, 만난
    동생이 보람이에요): the name, uncertain when it is also a word.  A word is taken only
    when both its syllables are common in given names (딸이 학생이에요 is no name)."""
    out: list[Hit] = []
    given = korean.given_syllables()
    for match in _kin_copula_rx().finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue  # the noun starts its word
        stem = match.group(1)
        if stem in closed_words("ko") or stem in res.keep_native or stem in res.gaz_hangul:
            continue
        if dictionary_ko.noun(folded[match.start(1) : match.end()]):
            continue  # 엄마가 진달래 꽃잎으로: the ending's 래 is the word's (round 39)
        ordinary = stem in res.lex_ko or korean.ordinary(stem, res)
        doubled = len(stem) == 4 and stem[:2] == stem[2:]  # 메이메이: a doubled nickname
        if len(stem) == 4 and not doubled:
            continue  # 혜산사람이고, 구슬이짱이었어요: four syllables only when doubled
        if ordinary and not doubled and not (len(stem) == 2 and all(s in given for s in stem)):
            continue
        hit = korean_hit(match.start(1), stem, res, "kinship_is_named")
        if hit is not None:
            out.append(hit)
    return out
