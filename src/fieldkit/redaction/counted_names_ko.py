"""하나, the native numeral "one", as a name at the head of a sentence (round 26).

``korean.COUNTED_NAMES``: 하나 is a given name as often as a count.  A count follows its noun
(언니 하나, 방 하나가) or answers one before it (애가 둘인데 하나는 ...); a name opens its
sentence as a subject and does what only a person does: 하나가 전화해서 울었어요, 하나는 그때
열일곱 살이었어요, 하나는 제 딸이고, 하나는 나보다 먼저 한국 갔어요.  So 하나 with 는 or 가
at a sentence's start is a name, uncertain, where its sentence says a person and nothing
says "one of them": no count in the sentence before (둘, 셋, 두 명, 남매), no second 하나
or 다른/나머지 in its own (하나는 아들이고 하나는 딸이에요).

Round 29: a numeral never stands before its noun in its own form (one friend is 한 친구 or
친구 하나), so 하나 spaced before a kinship, role or possessed noun (하나 아빠, 하나 친구가,
하나 연락처) is that person's name, the noun what is hers: a possessor, uncertain.
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction.cuewords import alternation, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.namelike_ko import human_verb_at
from fieldkit.redaction.person_again_ko import subject_of_person

__all__ = ["find_counted_names_ko"]

_OPENING = lazy_pattern(r"(?:^|(?<=[.!?\n])\s*|(?<=[.!?]\s))(하나)(?=(?:는|가)(?![가-힣]))")
_END = lazy_pattern(r"[.!?\n]")
_THEIR_ONE = lazy_pattern(
    r"(?<![가-힣])하나(?:는|가|도)(?![가-힣])|다른|나머지|또\s?하나|(?<![가-힣])둘(?:째)?(?:은|이|는)?(?![가-힣])"
)
"""In the sentence itself: a second 하나 or the other of a pair (하나는 ..., 다른 애는 ...)."""
_COUNTED_BEFORE = lazy_pattern(
    r"(?<![가-힣])(?:둘|셋|넷|다섯|여섯|두|세|네)(?:이|을|를|은|이었|이에요|이야|인데|\s?(?:명|개|남매|자매|형제))"
    r"|[0-9]+\s?(?:명|개)|남매|쌍둥이|그중|그 중"
)
"""In the sentence before: a count the 하나 answers (애가 둘인데. 하나는 ...)."""
_ONE_WORD = lazy_pattern(r"\s[가-힣]{1,4}(?=\s)")
_COMPARED_WITH_ME = lazy_pattern(r"\s(?:나|저|내|제)(?:보다|처럼|만큼)(?![가-힣])")
"""하나는 나보다 먼저: compared with the speaker, as one person with another."""


@lru_cache(maxsize=1)
def _possessor() -> re.Pattern[str]:
    """하나 before a kinship, role or possessed noun of two syllables or more, or a
    kinship noun, then a particle or the word's end; on one line (아들 하나 / 아들 X: a
    table's next row is no noun of hers)."""
    c = cue_words()
    kin = set(c.get("kinship", "ko"))
    nouns = {w for w in (*c.get("role", "ko"), *c.get("possessed", "ko")) if len(w) >= 2}
    words = alternation(frozenset(kin | nouns - _BOUND))
    return re.compile(rf"(?<![가-힣])(하나) (?:{words})(?:[가-힣]{{0,2}})(?![가-힣])")


_BOUND = frozenset(("때문", "덕분", "대신", "정도"))
"""Nouns a count stands before as before a postposition (초코파이 하나 때문에): no possessor."""


def find_counted_names_ko(folded: str) -> list[Hit]:
    """하나 opening a sentence as a person's subject (module doc), uncertain; 하나 as a
    possessor before a person's noun (round 29)."""
    out: list[Hit] = []
    if "하나" not in folded:
        return out
    for match in _possessor().finditer(folded):
        out.append(person_by_cue(match.start(1), match.end(1), "counted_name_possessor", True))
    for match in _OPENING().finditer(folded):
        start, end = match.span(1)
        close = _END().search(folded, end)
        sentence = folded[end + 1 : close.start() if close else len(folded)]
        if _THEIR_ONE().search(sentence) or _counted_before(folded, start):
            continue
        if _person_said(folded, end):
            out.append(person_by_cue(start, end, "counted_name_subject", True))
    return out


def _person_said(folded: str, end: int) -> bool:
    """What follows 하나 and its particle says a person (``subject_of_person``), compares her
    with the speaker, or does what only a person does one word on (하나가 어제 전화해서)."""
    if subject_of_person(folded, end, "하나") or _COMPARED_WITH_ME().match(folded, end + 1):
        return True
    skipped = _ONE_WORD().match(folded, end + 1)
    return skipped is not None and human_verb_at(folded, skipped.end())


def _counted_before(folded: str, start: int) -> bool:
    """A count in the sentence before (or the rest of this line before 하나)."""
    before = folded[max(0, start - 60) : start].rstrip()
    before = before[:-1] if before[-1:] in ".!?" else before
    cut = max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n"))
    return _COUNTED_BEFORE().search(before[cut + 1 :]) is not None
