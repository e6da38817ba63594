"""Chinese names written in their Hangul reading (왕리밍, 장샤오훙, 자오 사장).

Korean testimonies write the Chinese people of the story as the brokers and husbands said
their names: a Chinese surname read in Korean (왕, 쑨, 자오) and a given name in its Chinese
reading. The surname lists serve the title rules of ``cues_ko.py``; the name shape is a
rule of its own (issue 11, round 2): with no cue at all such a name is redacted,
uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction import korean
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.titles_ko import after_role

__all__ = ["CHINESE_SURNAMES", "CHINESE_SURNAMES_2", "chinese_i", "find_chinese_shaped"]

CHINESE_SURNAMES = frozenset(
    "쉬왕장류천양황쑨후궈허린뤄량셰쑹탕펑덩쩡톈둥판청쑤웨뤼딩런루겅멍쿵궁샤쉐뉴"
    "쟝짱쟈탄친슝스비취녜쭝충팡셴퉁샹완옌"
)
CHINESE_SURNAMES_2 = frozenset(
    str.split(
        "자오 저우 가오 차오 랴오 야오 샤오 차이 추이 위안 쩌우 웨이 레이 바이 라이 하오 "
        "마오 자이 타오 리우 지앙"
    )
)
"""Chinese surnames whose Korean reading has two syllables (趙 자오, 周 저우, 高 가오): before
a title (자오 사장, 가오 반장) a person even when the reading is also a Korean word."""
"""Chinese surnames as Korean testimonies write them (왕, 쑨); not those that are Korean
words before a title (저 "that", 두 "two", 위, 예, 차, 이, 야)."""

_CHINESE_ONLY = (
    "쯔츠즈르샤샹셰슝쉐쉰쥐쥔줴췬쭝쑹퉁둥룽눙쿵훙밍핑딩팅닝칭싱웨쭤춰뤄둬퉈궈쿼훠줘뤼뉘녜톄롄뎬"
    "톈녠몐볜옌윈융랴뱌퍄먀댜탸냐쩌쩡짠좡촹솽돤롼쫜촨쭈쓰쉬"
)
"""Hangul syllables of the Chinese reading of a given name (밍, 쥔, 훙, 샤오's 샤) that a
Korean name or word almost never holds."""
_CHINESE_ONLY_RX = re.compile(f"[{_CHINESE_ONLY}]")
_ALLCHINESE_SURNAMES = CHINESE_SURNAMES | frozenset("왕장리류천양황후허린마주우정한고")


_BEFORE_ITS_I = frozenset("메레페웨베네데헤게")
"""Syllables a Chinese reading writes only with 이 after them (梅 메이, 雷 레이, 飞 페이, 伟
웨이): a name ending in one keeps the 이 that Korean particle splitting takes for the copula
(장훙메이였는데 is 장훙메이 + 였는데, not 장훙메 + 이였는데: round 34)."""


def chinese_i(stem: str, particle: str) -> bool:
    """A Chinese-shaped name (a Chinese surname first) whose 이 the particle split took:
    리홍메 + 이라고 is 리홍메이 + 라고 (round 35: the catch-all, as ``_with_its_i``)."""
    return (
        particle.startswith("이")
        and stem[-1:] in _BEFORE_ITS_I
        and stem[:1] in _ALLCHINESE_SURNAMES
        and len(stem) >= 3
    )


def _with_its_i(folded: str, start: int, stem: str) -> str:
    end = start + len(stem)
    if stem[-1:] in _BEFORE_ITS_I and folded[end : end + 1] == "이":
        return stem + "이"
    return stem


def _reading_syllable(syllable: str) -> bool:
    """A syllable a Chinese reading can hold: no final, or final ㄴ or ㅇ (or 얼)."""
    final = (ord(syllable) - 0xAC00) % 28
    return final in (0, 4, 21) or syllable == "얼"


def find_chinese_shaped(folded: str, res: Resources) -> Iterator[Hit]:
    """왕리밍, 장샤오훙, 리원쥔 with no cue: a Chinese surname, then a given name written as
    its Chinese reading (every syllable one a reading can hold, one at least that a Korean
    name almost never does): a person, uncertain."""
    seen = -1
    for found in _CHINESE_ONLY_RX.finditer(folded):
        if found.start() < seen:
            continue
        start, end = found.start(), found.end()
        while start and "가" <= folded[start - 1] <= "힣":
            start -= 1
        while end < len(folded) and "가" <= folded[end] <= "힣":
            end += 1
        seen = end
        start += after_role(folded[start:end])  # 반장이리홍메이라고 (round 35)
        stem = _with_its_i(folded, start, korean.split_particle(folded[start:end])[0])
        given = stem[2:] if stem[:2] in CHINESE_SURNAMES_2 else stem[1:]
        if not 3 <= len(stem) <= 5 or not 1 <= len(given) <= 3:
            continue
        if stem[0] not in _ALLCHINESE_SURNAMES and stem[:2] not in CHINESE_SURNAMES_2:
            continue
        if not all(map(_reading_syllable, given)) or not _CHINESE_ONLY_RX.search(given):
            continue
        if stem in res.lex_ko or stem in res.keep_native or stem in res.gaz_hangul:
            continue
        if stem[-1] in "강산역촌로호":
            continue  # 양쯔강: a river, a mountain, a station, a road
        if stem[-1] in "시현구진" and stem[:-1] in res.gaz_hangul:
            continue  # 허룽시: a county's Mandarin reading and its suffix (round 36)
        yield Hit(
            start=start,
            end=start + len(stem),
            label="PERSON",
            detector="cue",
            rule="chinese_name_shape",
            uncertain=True,
        )
