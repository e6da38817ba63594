"""Places written in Hanzi and named by their suffix: X村, X镇, X县, X屯, X沟.

Split from ``places.py`` (round 25) unchanged: a Hanzi run before an
administrative or street suffix is a place unless the whole is an ordinary
word (市场, 走路), a kinship or deictic word (本村, 一趟乡), or the inside of a
place noun (屯里, "in the village").  The name before the suffix stops at a
particle or preposition (在, 了, 去) and at a frequent word ending there, at most
four characters back.
"""

from __future__ import annotations

from collections.abc import Iterator

from fieldkit.redaction import data
from fieldkit.redaction.chinese import frequent_words, opens_word_zh, stem_cut_chars
from fieldkit.redaction.hanzi_provinces import after_province
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.plain_words_zh import deictic_or_count, split_compound
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.round13_zh import inside_place_noun

__all__ = ["hanzi_places"]

_HANZI_SUFFIX = lazy_pattern(
    r"([\u4e00-\u9fff])(村|镇|鎮|乡|鄉|县|縣|市|区|區|街|路|屯|庄|莊|沟|溝|岭|嶺|站|里|洞|郡|邑)"
)
_HANZI_VILLAGE = frozenset("村镇鎮乡鄉县縣屯庄莊")
"""Suffixes of a village, town or county: "X村里" and "X县城" are still the place."""
_HANZI_STEM_MAX = 4


def _hanzi_ordinary(folded: str, suffix: int, res: Resources) -> bool:
    """A street or district suffix that is part of an ordinary word: 市场, 路边, 走路, 地里."""
    if folded[suffix] in _HANZI_VILLAGE:
        return folded[suffix + 1 : suffix + 2] == "民"  # 村民, 市民: its people, no new place
    return opens_word_zh(folded, suffix, res) or folded[suffix - 1 : suffix + 1] in res.lex_zh


def _hanzi_stem(folded: str, suffix: int, res: Resources) -> int:
    """Where the name before a suffix starts: back to a particle, cue or verb (在, 了, 去),
    to a frequent word ending there (一个小山村), at most four characters."""
    cut = stem_cut_chars()
    start = suffix
    while start > suffix - _HANZI_STEM_MAX and start > 0:
        char = folded[start - 1]
        if not "\u4e00" <= char <= "\u9fff" or char in cut:
            break
        if start < suffix and folded[start - 2 : start] in frequent_words():
            break
        start -= 1
    if _opens_run(folded, start, suffix, res):
        start -= 1  # 下城子镇 after a space: the character opens the name (round 11)
    return start


_POSITION_OPENING = frozenset("上下东西南北中前后内外")


def _opens_run(folded: str, start: int, suffix: int, res: Resources) -> bool:
    """A position character (上, 下, 东 ...) that the stem cut stopped at opens the town's
    name when it opens the Hanzi run (목릉시 下城子镇, 上长安镇); a preposition (在) never."""
    if not 0 < start <= suffix - 2 or folded[start - 1] not in _POSITION_OPENING:
        return False
    return start == 1 or not "\u4e00" <= folded[start - 2] <= "\u9fff"


def _village_of(folded: str, start: int, end: int) -> bool:
    """河南屯, 河北村: a village named by a province's name (south of the river), not the
    province (round 21)."""
    return folded[end - 1] in "村屯庄莊" and folded[start : end - 1] in data.provinces()


def hanzi_places(folded: str, res: Resources) -> Iterator[Hit]:
    """Hanzi places named by an administrative or street suffix (uncertain)."""
    for match in _HANZI_SUFFIX().finditer(folded):
        suffix, end = match.start(2), match.end()
        if folded[end : end + 1] in _HANZI_VILLAGE and folded[end : end + 2] not in res.lex_zh:
            end += 1  # 青沟镇, 五道岭村: a suffix-like character is part of the name (not 村民)
        elif _hanzi_ordinary(folded, suffix, res):
            continue
        start = after_province(folded, _hanzi_stem(folded, suffix, res), suffix)
        word = folded[start:end]
        if (
            start == suffix
            or word in res.lex_zh
            or word in res.keep_native
            or (folded[start : end - 1] in res.keep_native and not _village_of(folded, start, end))
            or inside_place_noun(word)  # round 13: 屯里, 村里 ("in the village")
            or split_compound(folded, start, stem_cut_chars(), res)  # round 14: 边防站
            or deictic_or_count(word)  # round 14, second wave: 本村, 一趟乡
        ):
            continue
        yield Hit(
            start=start,
            end=end,
            label="PLACE",
            detector="context",
            rule="hanzi_admin_suffix",
            uncertain=True,
        )
