"""Hanzi names a Korean naming cue points at (split from ``cues_naming_ko`` in round 18).

王菲라는 여자 공안, 남편 이름이 刘德华예요, 별명이 小雪이었어요: a name written in Hanzi
inside a Korean sentence, before a naming ending or after a naming noun, is certain
whatever the Chinese word list says (a famous name is a frequent word); a gazetteer
spelling, or a name the cue calls a place (石岛라는 데), is a place.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.cuewords import gazetteer_entry
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["hanzi_named"]


_NAMING_NOUNS = "이름|별명|가명|예명|본명|호적명"
_HANZI_NAMED = lazy_pattern(
    r"([\u4e00-\u9fff]{2,4})[\"'”’」』]?(?:이라는|라는|이라고|라고|이란|란|이래요|래요|이랍니다|랍니다"
    r"|이라\s?(?=불|부르)|라\s?(?=불|부르))"
    rf"|(?:{_NAMING_NOUNS})(?:이|은)\s?([\u4e00-\u9fff]{{2,4}})(?:예요|이에요|이다|였|이었|입니다|이고|라고|이라고|인데|인가|인지|이야|이라서|(?=[,.)]|$))"
)
"""A name written in Hanzi inside a Korean sentence before a naming cue (王菲라는 여자 공안)
or after 이름이 before a copula (남편 이름이 刘德华예요); round 14: after any naming noun
(별명이, 가명은, 본명이: a nickname is a name as much); round 23: before the hearsay
copula (한자로도 成龙이래요); round 34: a closing quote between the name and the cue
(손님들이 '王菲'라고 불렀고), as the Hangul naming cues allow; round 35: after a naming noun,
before a comma, a full stop, a closing bracket or the end (색시 이름이 李娜, 리나예요); round 36:
before the copula's connective, question and reason forms (누이 이름이 乌云인데); round 39:
the bare 이라 before a verb of calling (중국서 天天이라 불렸는데)."""


_HANZI_NAMED_AT = re.compile(f"라|란|래|랍|{_NAMING_NOUNS}")


def _hanzi_named_starts(folded: str) -> Iterator[int]:
    """Where ``_HANZI_NAMED`` can match (round 17, speed: it was tried at every position of a
    long document): at a naming noun, or two to four Hanzi before the 라, 란, 래 or 랍 of a
    naming ending (이라는 opens one syllable before its 라)."""
    for found in _HANZI_NAMED_AT.finditer(folded):
        at = found.start()
        if found.group() not in ("라", "란", "래", "랍"):
            yield at
            continue
        for end in _ends_before(folded, at):
            if end >= 2 and "\u4e00" <= folded[end - 1] <= "\u9fff":
                yield from (end - size for size in (2, 3, 4) if end >= size)


_QUOTES = "\"'”’」』"


def _ends_before(folded: str, at: int) -> tuple[int, ...]:
    """Where a Hanzi name may end before the naming ending's syllable at ``at``: just before
    it, before its 이, or before a closing quote in either place."""
    ends = [at, at - 1]
    ends += [end - 1 for end in (at, at - 1) if end >= 1 and folded[end - 1] in _QUOTES]
    return tuple(ends)


_PLACE_NOUN_AFTER = lazy_pattern(
    r"[\"'”’]?(?:이라는|라는|이란|란)\s?(?:데|곳|마을|동네|도시|지역)(?:이|가|는|에|에서)?(?![가-힣])"
)  # 石岛라는 데가: the naming cue names a place (round 18)


_UNIT_ENDS = frozenset("村屯镇鎮乡鄉县縣市区區街庄沟溝")
"""The last character of a Chinese place's unit (新屯村, 亮兵镇): a place, not a person."""


def hanzi_named(folded: str, res: Resources) -> list[Hit]:
    """Hanzi names a Korean naming cue points at: certain, whatever the Chinese word list
    says (a famous name is a frequent word); a gazetteer spelling is a place."""
    out: list[Hit] = []
    for match in finditer_from(_HANZI_NAMED(), folded, _hanzi_named_starts(folded)):
        group = 1 if match.group(1) else 2
        if group == 1 and match.start() and "\u4e00" <= folded[match.start() - 1] <= "\u9fff":
            continue  # the name is the whole Hanzi run, at most four characters
        stem = match.group(group)
        entry = gazetteer_entry(stem, res)
        place = entry is not None or _PLACE_NOUN_AFTER().match(folded, match.end(group)) is not None
        place = place or (len(stem) > 1 and stem[-1] in _UNIT_ENDS)  # 新屯村이라고 (round 41)
        out.append(
            Hit(
                start=match.start(group),
                end=match.end(group),
                label="PLACE" if place else "PERSON",
                detector="cue",
                rule="naming_cue_hanzi",
                uncertain=False,
                detail="" if entry is None else entry[0],
            )
        )
    return out
