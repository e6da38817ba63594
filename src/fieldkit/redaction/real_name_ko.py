"""A nickname whose real name the sentence goes on to give (round 35).

나라는 진짜 이름이 은정이고, 꼬마는 본명이 김영숙: what the speaker says has a real name is
a person's other name, even when it is an everyday word (나라, "country"); the naming cues
find the real name after 이름이, not the nickname before it.  Only 진짜 이름, 본명, 실명 and
본이름 are said of people under another name: a village or a shop has an 원래 이름 (its
former one), so that cue is not read here.
"""

from __future__ import annotations

from functools import cache

from fieldkit.redaction.cuewords import closed_words, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.org_nouns import korean_nouns
from fieldkit.redaction.resources import Resources

__all__ = ["find_real_named"]

_NICKNAME_THEN_REAL = lazy_pattern(
    r"(?<![가-힣])([가-힣]{1,4}?)(?:이는|이가|은|는|가)\s?"
    r"(?:진짜\s?이름|본명|실명|본이름|진짜\s?본명)(?:이|은|는)\s"
)


@cache
def _never_aliases() -> frozenset[str]:
    """Words that are not somebody's other name before 진짜 이름이: kinship, roles and
    pronouns (``closed_words``: 그 여자는 본명이), businesses, groups and places."""
    places = frozenset(cue_words().get("place_noun", "ko"))
    return closed_words("ko") | korean_nouns() | places | frozenset(("가게", "회사", "단체"))


def find_real_named(folded: str, res: Resources) -> list[Hit]:
    """Nicknames followed by their bearer's real name (``_NICKNAME_THEN_REAL``), uncertain
    when the nickname is an everyday word."""
    if "명" not in folded and "이름" not in folded:
        return []
    out: list[Hit] = []
    for match in _NICKNAME_THEN_REAL().finditer(folded):
        nickname = match.group(1)
        if nickname in _never_aliases():
            continue
        ordinary = nickname in res.lex_ko
        out.append(person_by_cue(*match.span(1), "nickname_real_named", uncertain=ordinary))
    return out
