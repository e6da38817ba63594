"""Korean names by a surname's mark and by a change of name (issue 11, round 13).

* **a Chinese surname read in Hangul with 씨** (가오씨, 차이 씨네, 자오씨 집안): the
  honorific rules ask the lexicon about the stem, and a two-syllable reading is often a
  word (가오, 차이, 바이); a two-syllable Chinese surname before 씨 and a particle, 네 or
  집(안) is the surname (차이 씨앗, 바이 씨디: 씨 opens another word);
* **a Hangul surname with 氏** (오氏, 김氏가, 쑨氏): notes written in the old register mark
  the surname with the character 氏 as 씨 does in Hangul;
* **a change of name** (한국 와서 X으로 바꿨어요, 서류에는 X으로 잘못 올라가 있어요, X로
  개명했다): a surname and two syllables before 으로/로 and a verb of changing, writing
  down or registering.  Languages, currencies and things also go there (한국말로, 인민폐로),
  so X must be no word and not end as a language or money does (말, 어, 돈, 폐), one of
  its last two syllables must be a given-name syllable, and the particle must agree with
  X's last syllable (으로 after a consonant other than ㄹ, 로 elsewhere).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from, positions
from fieldkit.redaction.hangul_chinese import CHINESE_SURNAMES, CHINESE_SURNAMES_2
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.namelike_ko import namelike_syllables
from fieldkit.redaction.resources import Resources

__all__ = ["find_surname_marks"]

_CHANGED = (
    "바꿨 바꾸 바꾼 바꿔 바꿈 바뀌 바뀐 바뀜 개명 올라가 올라갔 올라 올렸 올린 올리 등록 "
    "적혀 적힌 고쳤 고친 고치 변경"
)
_NOT_NAME_END = frozenset("말어돈글폐식것씩째층")
"""Last syllables of what else is changed into or written as: a language (한국말, 중국어),
money (한국돈, 인민폐), a way (한국식), a count (하나씩)."""


_HANDED = lazy_pattern(r"\s?(?:주|줘|줬|줄|준|드|달)")
"""바꿔 주다 (put someone on the phone, hand over): a switch of line, never a renaming."""


@lru_cache(maxsize=1)
def _rx() -> dict[str, re.Pattern[str]]:
    two = "|".join(sorted(CHINESE_SURNAMES_2))
    verbs = "|".join(sorted(_CHANGED.split(), key=len, reverse=True))
    return {
        "ssi": re.compile(
            rf"(?<![가-힣])({two})\s?씨"
            r"(?=[^가-힣]|$|네|가|는|를|의|도|랑|와|한테|에게|하고|였|라|집|예|인|이)"
        ),
        "shi": re.compile(r"(?<![가-힣])([가-힣]{1,2})氏"),
        "changed": re.compile(rf"(으로|로)\s(?:[가-힣]+\s)?(?:{verbs})"),
    }


def _chinese_ssi(folded: str) -> Iterator[Hit]:
    """Read back from each 씨 (round 17, speed: the pattern opens with a look-behind, which
    ``re`` tried at every position of a long document): a match starts two syllables, or
    two and a space, before its 씨."""
    starts = (at - back for at in positions(folded, ("씨",)) for back in (2, 3) if at >= back)
    for match in finditer_from(_rx()["ssi"], folded, starts):
        yield Hit.at(
            match.span(),
            label="PERSON",
            detector="cue",
            rule="chinese_surname_ssi",
            core=match.span(1),
        )


def _surname_shi(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _rx()["shi"].finditer(folded):
        surname = match.group(1)
        one = len(surname) == 1 and (surname in res.sur_ko_hangul or surname in CHINESE_SURNAMES)
        if one or surname in CHINESE_SURNAMES_2:
            yield Hit.at(
                match.span(),
                label="PERSON",
                detector="cue",
                rule="hangul_surname_shi",
                core=match.span(1),
            )


def _agrees(name: str, particle: str) -> bool:
    """으로 after a final consonant other than ㄹ (정미랑으로), 로 after a vowel or ㄹ."""
    return (particle == "으로") == korean.takes_euro(name[-1])


def _renamed(folded: str, res: Resources) -> Iterator[Hit]:
    given = namelike_syllables()
    for match in _rx()["changed"].finditer(folded):
        start = match.start() - 3  # the anchor is the particle and the verb; X before it
        name = folded[max(0, start) : match.start()]
        if start < 0 or not re.fullmatch("[가-힣]{3}", name):
            continue
        if start and "가" <= folded[start - 1] <= "힣":
            continue  # the name starts its word
        if name[0] not in res.sur_ko_hangul or not _agrees(name, match.group(1)):
            continue
        if name in res.lex_ko or name[-1] in _NOT_NAME_END:
            continue  # 한국말로, 인민폐로: a language, money, a word
        if name[1] not in given and name[2] not in given:
            continue
        if korean.verb_like(name, res) or _HANDED().match(folded, match.end()):
            continue  # 중국 손전화로 바꿔주는데: the phone handed over, not a new name
        yield Hit.at((start, start + 3), label="PERSON", detector="cue", rule="renamed_full_name")


def find_surname_marks(folded: str, res: Resources) -> Iterator[Hit]:
    """Names marked by 씨 after a Chinese surname, by 氏, or by a change of name."""
    if "씨" in folded:
        yield from _chinese_ssi(folded)
    if "氏" in folded:
        yield from _surname_shi(folded, res)
    yield from _renamed(folded, res)
