"""Person names in running Chinese: a surname and one or two given-name characters.

Chinese is written without spaces, so a name is found where other things end.
A run of Hanzi is cut at the pronouns and particles of ``function_words.tsv``,
at words that come before a name (叫, 见到, 跟, 被, 嫁给 ...) or after one (说,
把, 一起 ...), at role and kinship nouns and titles (人贩子, 丈夫, 老板, 大姐), at
gazetteer places and at keep-list words (``data/chinese.tsv``, ``titles.tsv``).
A piece that opens with a common surname (王, 金, 欧阳 ...) and goes on for one
or two characters is a name candidate, and so is a surname right after an
ordinary word inside a piece (春天吴桂兰).  A candidate is dropped when it is an
ordinary word (高兴, 马上: the Chinese lexicon and the stop list), starts with a
stop word, or starts with a word that the next characters continue (高中毕业).
After a cue or a role noun it is certain; otherwise it is uncertain (redacted
and listed for review).  No name is claimed longer than its surname and two
characters, and a stem before a place suffix (石门子村) is left to the place rules.

``chinese_segments`` says which sentences are Chinese, so that the catch-all
flags whole Hanzi runs only inside English or Korean sentences.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.chinese_given import (
    given_after_cue,
    given_before_address,
    two_opening_a_clause,
)
from fieldkit.redaction.cues import cue_words
from fieldkit.redaction.doubled_zh import find_doubled_names
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.round13_zh import self_word_cue

__all__ = [
    "chinese_segments",
    "find_hanzi_names",
    "frequent_words",
    "role_spans",
    "role_words",
    "stem_cut_chars",
    "surname_before",
]

_RUN = lazy_pattern(r"[\u4e00-\u9fff]+")
_HANZI = re.compile(r"[\u4e00-\u9fff]")
_LETTER = lazy_pattern(r"[A-Za-z가-힣\u4e00-\u9fff]")
_SEGMENT = re.compile(r"[^。！？!?\n.]+[。！？!?\n.]*")
_PLACE_SUFFIX = frozenset("村镇鎮乡鄉县縣屯庄莊区區市")


@dataclass(frozen=True, kw_only=True)
class _Tables:
    common: frozenset[str]
    """Surnames that open a name with no cue."""
    surnames: frozenset[str]
    """Every listed surname (after a cue)."""
    stop: frozenset[str]
    function: frozenset[str]
    cut: re.Pattern[str]
    """Every word a name ends at, longest first."""
    cued: re.Pattern[str]
    """A cue or role word (then 了, 过 or 着, spaces) at the end of a window."""
    roles: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    return longest_first(words)


def role_words() -> frozenset[str]:
    """Chinese role nouns and titles that are not honorifics (人贩子, 丈夫, 老板)."""
    titles = data.titles()
    honorific = set(titles[("honorific", "zh")])
    return frozenset(titles[("role", "zh")]) | (frozenset(titles[("suffix", "zh")]) - honorific)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    words = data.chinese_words()
    titles = data.titles()
    function = data.function_words()["zh"]
    roles = role_words()
    listed_cues = cue_words()
    cues = (
        words["cue"]
        | frozenset(titles[("cue", "zh")])
        | roles
        | frozenset(listed_cues.get("naming", "zh") + listed_cues.get("role", "zh"))
    )
    # Single-character titles (哥, 妹) are also given-name characters: they never cut.
    cut = (cues | words["after"] | frozenset(titles[("suffix", "zh")])) - {
        w for w in titles[("suffix", "zh")] if len(w) == 1
    }
    listed = frozenset(n for r in data.surnames_zh() for n in (*r.native, *r.hanzi))
    return _Tables(
        common=words["surname"],
        surnames=listed | words["surname"],
        stop=words["stop"],
        function=function,
        cut=re.compile(f"{_alt(cut)}|[{''.join(sorted(function))}]"),
        cued=re.compile(rf"(?:{_alt(cues)})[了过着]?[\s:：]*$"),
        roles=re.compile(_alt(w for w in roles if len(w) > 1)),
    )


def _cuts(folded: str, start: int, end: int, res: Resources, t: _Tables) -> list[tuple[int, int]]:
    """Where the run ``[start, end)`` is cut; a word that opens a longer ordinary word
    (和 in 和平, 说 in 说明) does not cut there."""
    out = []
    for match in t.cut.finditer(folded, start, end):
        s, e = match.span()
        if match.group() not in t.function and any(
            folded[s:stop] in res.lex_zh for stop in range(e + 1, min(e + 3, end) + 1)
        ):
            continue
        out.append((s, e))
    return out


def _word_at(folded: str, index: int, res: Resources) -> bool:
    """An ordinary word of two or three characters starts at ``index``."""
    return folded[index : index + 2] in res.lex_zh or folded[index : index + 3] in res.lex_zh


def _word_before(folded: str, low: int, index: int, res: Resources) -> bool:
    """An ordinary word ends right before ``index`` and none runs across it."""
    if folded[index - 1 : index + 1] in res.lex_zh:
        return False
    return any(folded[index - k : index] in res.lex_zh for k in (2, 3, 4) if index - k >= low)


def _plausible(
    folded: str, start: int, surname: int, end: int, res: Resources, t: _Tables, lexicon: bool
) -> bool:
    """A name candidate; ``lexicon`` False after a cue, where an ordinary word still counts
    (it is then flagged uncertain, never kept: the cue outranks the word list)."""
    name = folded[start:end]
    if lexicon and (name in res.lex_zh or name in t.stop):
        return False
    if name in res.keep_native or name in res.gaz_hanzi or name in t.function:
        return False
    if folded[end : end + 1] in _PLACE_SUFFIX:
        return False
    if end - start - surname < 2 or not lexicon:
        return True
    head = folded[start : start + surname + 1]
    if head in t.stop:
        return False
    return not (head in res.lex_zh and _word_at(folded, start + surname + 1, res))


def _in_other_script(folded: str, start: int, stop: int) -> bool:
    """A run of Hanzi written alone in a Korean or English sentence (이름이 刘德华, 우리):
    a famous name there is a word of the list, but is never cut to 刘德 (its 华 left).
    Round 37: a surname and one character too (赵薇, 그 배우랑 이름 똑같은 애요), uncertain
    without a cue: Hanzi alone in a Korean sentence is most often a name."""
    edges = (folded[start - 1 : start], folded[stop : stop + 1])
    return all(not c or c.isascii() or "가" <= c <= "힣" for c in edges)


def _candidate(
    folded: str, start: int, stop: int, res: Resources, t: _Tables, cued: bool, lexicon: bool = True
) -> int | None:
    """The end of the name opening at ``start`` (the piece ends at ``stop``), if any."""
    surnames = t.surnames if cued else t.common
    if folded[start : start + 2] in surnames:
        surname = 2
    elif folded[start] in surnames:
        surname = 1
    else:
        return None
    mou = start + surname
    if folded[mou : mou + 1] == "某":  # round 13: 刘某带我们 (刘某), 张某某, 张某福
        after = folded[mou + 1 : mou + 2]
        if after == "某" or (_HANZI.match(after) and not t.cut.match(folded, mou + 1)):
            return mou + 2
        return mou + 1
    room = stop - start - surname
    for given in (2, 1) if room >= 2 else (1,) if room == 1 else ():
        whole = room == given and _in_other_script(folded, start, stop)  # r37: 赵薇, 그 배우
        if whole and given == 1 and _not_a_name_alone(folded, start, stop):
            whole = False  # 谢谢, 高考, 白酒 한 병: a word, written alone as often as a name
        if _plausible(
            folded, start, surname, start + surname + given, res, t, lexicon and not whole
        ):
            return start + surname + given
    return None


def _hit(start: int, end: int, cued: bool) -> Hit:
    rule = "zh_cued_name" if cued else "zh_surname_given"
    return Hit(start=start, end=end, label="PERSON", detector="name", rule=rule, uncertain=not cued)


def _nickname(folded: str, start: int, stop: int, res: Resources) -> bool:
    """小军, 老王, 阿强 after a cue: the familiar prefix and one character, no word (小孩,
    老师, 阿姨 are)."""
    piece = folded[start:stop]
    return len(piece) == 2 and piece[0] in "小老阿" and piece not in res.lex_zh


def _piece(folded: str, start: int, stop: int, res: Resources, t: _Tables) -> Iterator[Hit]:
    """Names in one piece of a run: at its start, then after ordinary words inside it."""
    cue = t.cued.search(folded, max(0, start - 8), start)
    cued = cue is not None and not self_word_cue(folded, *cue.span())  # round 13: 本人陈述
    end = _candidate(folded, start, stop, res, t, cued)
    if end is None and cued and _nickname(folded, start, stop, res):
        yield _hit(start, stop, True)  # 我是小军: 小, 老 or 阿 and one character
        return
    given = given_after_cue(folded, start, stop, res) if end is None and cued else None
    if given is not None:
        yield given  # round 9: 我是顺姬, 别告诉大刚 (chinese_given)
        return
    index = start + 1
    if end is not None:
        yield _hit(start, end, cued)
        index = end
    elif cued:
        end = _candidate(folded, start, stop, res, t, cued, lexicon=False)
        if end is not None:  # 丈夫高兴: an ordinary word after a cue is flagged, not kept
            yield Hit(
                start=start,
                end=end,
                label="PERSON",
                detector="name",
                rule="zh_cued_name_ordinary",
                uncertain=True,
            )
            index = end
    while index < stop - 1:
        if folded[index] in t.common and _word_before(folded, start, index, res):
            end = _candidate(folded, index, stop, res, t, False)
            if end is not None:
                yield _hit(index, end, False)
                index = end
                continue
        index += 1


def find_hanzi_names(
    folded: str, res: Resources, blocked: Iterable[tuple[int, int]] = ()
) -> Iterator[Hit]:
    """Name hits in every Hanzi run; ``blocked`` spans (places, kept words) cut runs too."""
    t = _tables()
    spans = sorted(blocked)
    starts = [s for s, _ in spans]
    for run in _RUN().finditer(folded):
        low, high = run.span()
        marks = _cuts(folded, low, high, res, t)
        index = max(0, bisect.bisect_left(starts, low) - 1)
        while index < len(spans) and spans[index][0] < high:
            if spans[index][1] > low:
                marks.append(spans[index])
            index += 1
        marks.sort()
        position = low
        for s, e in [*marks, (high, high)]:
            if s > position:
                yield from _piece(folded, position, s, res, t)
            position = max(position, e)
    yield from _possessors(folded, res)
    yield from given_before_address(folded, res)
    yield from find_doubled_names(folded, res)  # round 11: 浩浩发烧了, [恩惠姐妹]


_POSSESSOR = lazy_pattern(r"[他她](?:奶奶|爷爷|妈妈|妈|爸爸|爸|媳妇|老婆|男人|姥姥)")


def _possessors(folded: str, res: Resources) -> Iterator[Hit]:
    """强子他奶奶, 小燕她妈: a name before 他/她 and a kin word ("X's grandmother") at the
    start of a clause, uncertain; 孩子他妈 ("the child's mother") is a word and no name."""
    if "他" not in folded and "她" not in folded:
        return
    for match in _POSSESSOR().finditer(folded):
        start = two_opening_a_clause(folded, match.start())
        if start is None:
            continue
        name = folded[start : match.start()]
        if name in res.lex_zh or name in res.keep_native:
            continue
        yield Hit.at(
            (start, match.start()),
            label="PERSON",
            detector="name",
            rule="zh_possessor",
            uncertain=True,
        )


_HANGUL_NEAR = lazy_pattern("[가-힣]")
_THING_AFTER = lazy_pattern(
    r"의(?![가-힣])|\s?(?:한|두|세|네|몇|반|[0-9]+)\s?(?:병|잔|그릇|개|근|봉지|박스|상자|통|캔|갑)"
)
"""A thing's: its genitive (白酒의 맛) or a count by the container (白酒 한 병)."""


def _not_a_name_alone(folded: str, start: int, stop: int) -> bool:
    """A surname and one character written alone that is a common word (谢谢, 高考), in a
    sentence with no Korean near, or a listed word counted or owned like a thing (白酒 한
    병, 白酒의 맛): round 37 reads the rest as names only in Korean sentences."""
    word = folded[start:stop]
    if word in _common_words() or not _HANGUL_NEAR().search(folded, max(0, start - 20), stop + 20):
        return True  # an English sentence's Chinese word (drank 白酒 every night)
    return word in data.lexicon("zh") and _THING_AFTER().match(folded, stop) is not None


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """The 6,000 most frequent Chinese words: 黎明 and 金花 (names as often) rank lower."""
    return frozenset(data.lexicon_ranked("zh")[:6000])


@lru_cache(maxsize=1)
def frequent_words() -> frozenset[str]:
    """The 3,000 most frequent Chinese words (一个, 我们), which no place name ends in."""
    return frozenset(data.lexicon_ranked("zh")[:3000])


@lru_cache(maxsize=1)
def stem_cut_chars() -> frozenset[str]:
    """Characters a place name before a suffix never holds: particles and one-character
    cue and after words (在, 了, 去, 叫, 把)."""
    words = data.chinese_words()
    singles = (*words["cue"], *words["after"], *data.titles()[("cue", "zh")])
    return _tables().function | {w for w in singles if len(w) == 1} | words["stem_cut"]


def surname_before(folded: str, index: int, res: Resources) -> bool:
    """A common surname opens a name just before ``index`` (郭 before 长海 in 人贩子郭长海)."""
    if index < 1 or folded[index - 1] not in _tables().common:
        return False
    before = folded[index - 2 : index - 1]
    opens = not before or not _HANZI.match(before) or before in stem_cut_chars()
    return opens or role_spans(folded, max(0, index - 5), index - 1) != []


def role_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where multi-character role nouns and titles (人贩子, 老板) stand in ``[start, end)``."""
    return [m.span() for m in _tables().roles.finditer(folded, start, end)]


def chinese_segments(folded: str) -> list[tuple[int, int]]:
    """Sentences (or lines) in which more than half of the letters are Hanzi."""
    out = []
    for match in _SEGMENT.finditer(folded):
        segment = match.group()
        hanzi = len(_HANZI.findall(segment))
        if hanzi and 2 * hanzi > len(_LETTER().findall(segment)):
            out.append(match.span())
    return out


def opens_word_zh(folded: str, index: int, res: Resources) -> bool:
    """The character at ``index`` and the next make an ordinary word (市场, 村民).  At the
    end of the text there is no next: 市 alone is a word of the lexicon, and 赤峰市 closing
    an answer was read as 赤峰 before a word, no place (round 33)."""
    pair = folded[index : index + 2]
    return len(pair) == 2 and pair in res.lex_zh
