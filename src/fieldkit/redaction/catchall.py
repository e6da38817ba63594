"""The catch-all: proper-noun-like text that no other layer explained.

Every capitalised Latin word that is not on the keep-list and is not an
ordinary word opening a sentence, every Hangul noun phrase (a stem followed by
a particle) whose stem is not an ordinary Korean word, and every run of Hanzi
inside English or Korean text is flagged *uncertain*.  Uncertain spans are
redacted by default and listed for the interviewer's review: this is the layer
that catches the name nobody put in a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.resources import Resources

__all__ = ["find_catchall"]

_CAP_TOKEN = re.compile(r"(?<![\w'])(?:[A-Z][A-Za-z]*(?:['\-][A-Za-z]+)*|[A-Z]\.)(?![\w])")
_SENTENCE_END = frozenset('.!?:;"“”\n(•*#-–>[')
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|from|to|at|via|towards?|outside|around|through|into|across|reached|"
    r"entered|left|leaving|visited|of|between|and)\s+(?:the\s+)?(?:city\s+of\s+|town\s+of\s+)?)$",
    re.IGNORECASE,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARTICLES = tuple(
    sorted(
        _words(
            "에서는 에서도 에게서 으로는 으로도 으로부터 로부터 한테서 이라는 이라고 "
            "이랑 에서 에게 한테 까지 부터 으로 라는 라고 처럼 보다 마저 조차 밖에 "
            "에는 에도 께서 하고 이나 이고 이야 이네 이가 이는 이를 이와 이도 이의 "
            "의 에 로 은 는 이 가 을 를 와 과 도 만 랑 야 아 네 쪽"
        ),
        key=len,
        reverse=True,
    )
)
_LOCATIVE_PARTICLES = frozenset(
    [
        "에서는",
        "에서도",
        "으로는",
        "으로도",
        "으로부터",
        "로부터",
        "에서",
        "까지",
        "부터",
        "으로",
        "에는",
        "에도",
        "에",
        "로",
        "쪽",
    ]
)
_VERB_FINAL = frozenset(
    [
        "다",
        "요",
        "고",
        "서",
        "며",
        "면",
        "지",
        "게",
        "니",
        "죠",
        "까",
        "데",
        "자",
        "라",
        "어",
        "아",
        "해",
        "했",
        "된",
        "한",
        "할",
        "던",
        "운",
        "인",
        "음",
        "기",
        "듯",
        "러",
        "려",
        "께",
        "히",
        "냐",
        "든",
        "랴",
        "네",
        "함",
        "됨",
        "함",
        "짐",
        "겠",
        "았",
        "었",
        "갔",
        "왔",
        "봤",
        "줬",
    ]
)
_VERB_STEM_END = frozenset(
    [
        "하",
        "되",
        "있",
        "없",
        "했",
        "됐",
        "같",
        "않",
        "싶",
        "였",
        "졌",
        "겠",
        "았",
        "었",
        "갔",
        "왔",
        "봤",
        "줬",
        "셨",
        "시",
        "주",
        "받",
        "보",
    ]
)
_NOUN_SUFFIX = frozenset(
    [
        "들",
        "님",
        "씨",
        "네",
        "쪽",
        "끼리",
        "마다",
        "적",
        "성",
        "화",
        "인",
        "자",
        "권",
        "식",
        "당",
        "장",
        "집",
        "역",
        "길",
        "방",
        "값",
        "돈",
        "밭",
        "감",
        "짓",
        "질",
        "꾼",
        "터",
        "간",
        "비",
        "료",
        "품",
        "기",
        "실",
        "관",
        "원",
        "소",
        "회",
        "과",
        "법",
        "용",
        "물",
        "생",
        "일",
        "년",
        "월",
        "시",
        "때",
        "번",
    ]
)


def _sentence_initial(folded: str, start: int) -> bool:
    index = start - 1
    while index >= 0 and folded[index] in " \t'\"“‘":
        if folded[index] in "\"“‘'":
            return True
        index -= 1
    if index < 0 or folded[index] in _SENTENCE_END:
        return True
    return index >= 1 and folded[index] == "." and folded[index - 1].isupper()


@lru_cache(maxsize=8192)
def _readings(word: str) -> tuple[str, ...]:
    return tuple(hangul.latin_to_hangul(word, limit=16))


def _romanised_place(word: str, res: Resources) -> str | None:
    """The province of a gazetteer place this odd spelling may stand for (Heoryung -> 회령)."""
    for reading in _readings(word):
        if len(reading) >= 2 and reading in res.gaz_hangul and reading not in res.gaz_ambiguous:
            return res.gaz_hangul[reading]
    return None


class _LatinScan:
    """Decides each capitalised token of one text, then joins flagged neighbours."""

    def __init__(self, folded: str, res: Resources, keep: KeepSpans, strict: bool) -> None:
        self.folded, self.res, self.keep, self.strict = folded, res, keep, strict

    def ordinary(self, word: str) -> bool:
        low = word.casefold()
        return low in self.res.lex_en and low not in self.res.given_en

    def flag(self, match: re.Match[str], run_common: bool) -> bool:
        word = match.group()
        if self.keep.contains(*match.span()) or word in ("I", "I'm", "I've", "I'd", "I'll"):
            return False
        if len(word) == 2 and word.endswith("."):
            return True
        if not self.ordinary(word):
            return True
        if _sentence_initial(self.folded, match.start()):
            return self.strict and word.casefold() in self.res.sur_ko_latin
        return not run_common

    def label(self, start: int, end: int) -> tuple[str, str, str]:
        before = self.folded[max(0, start - 30) : start]
        word = self.folded[start:end]
        province = None
        if " " not in word and len(word) >= 4:
            province = _romanised_place(word, self.res)
        if province is not None:
            return "PLACE", "romanised_gazetteer", province
        if _LOCATIVE.search(before):
            return "PLACE", "capitalised_after_locative", ""
        return "PERSON", "capitalised_word", ""

    def hits(self) -> Iterator[Hit]:
        runs = self._runs()
        for run in runs:
            common = len(run) > 1 and all(
                self.ordinary(m.group()) or self.keep.contains(*m.span()) for m in run
            )
            flagged = [m for m in run if self.flag(m, common)]
            yield from self._join(flagged)

    def _runs(self) -> list[list[re.Match[str]]]:
        runs: list[list[re.Match[str]]] = []
        for match in _CAP_TOKEN.finditer(self.folded):
            gap = self.folded[runs[-1][-1].end() : match.start()] if runs else "x"
            if runs and gap in (" ", "-"):
                runs[-1].append(match)
            else:
                runs.append([match])
        return runs

    def _join(self, flagged: list[re.Match[str]]) -> Iterator[Hit]:
        group: list[re.Match[str]] = []
        for match in flagged:
            if group and self.folded[group[-1].end() : match.start()] not in (" ", "-"):
                yield self._hit(group)
                group = []
            group.append(match)
        if group:
            yield self._hit(group)

    def _hit(self, group: list[re.Match[str]]) -> Hit:
        start, end = group[0].start(), group[-1].end()
        label, rule, province = self.label(start, end)
        certain = rule == "romanised_gazetteer"
        return Hit(
            start, end, label, "gazetteer" if certain else "catchall", rule, not certain, province
        )


def _split_particle(token: str) -> tuple[str, str]:
    for particle in _PARTICLES:
        if token.endswith(particle) and len(token) > len(particle):
            return token[: -len(particle)], particle
    return token, ""


def _ordinary_korean(stem: str, res: Resources) -> bool:
    lex = res.lex_ko
    if stem in lex or stem[-1] in _VERB_STEM_END:
        return True
    for cut in range(2, len(stem)):
        head, tail = stem[:cut], stem[cut:]
        if head in lex and (tail in lex or tail in _NOUN_SUFFIX):
            return True
    return False


def _korean_hit(token: str, start: int, res: Resources) -> Hit | None:
    if token in res.lex_ko or token in res.keep_native:
        return None
    stem, particle = _split_particle(token)
    if particle and (stem in res.lex_ko or stem in res.keep_native):
        return None
    if len(stem) < 2 or stem in res.gaz_hangul:
        return None
    end = start + len(stem)
    if stem in res.given_ko or (stem[0] in res.sur_ko_hangul and stem[1:] in res.given_ko):
        return Hit(start, end, "PERSON", "name", "hangul_given_name", False)
    if _ordinary_korean(stem, res):
        return None
    if len(stem) == 3 and stem[0] in res.sur_ko_hangul:
        return Hit(start, end, "PERSON", "name", "hangul_full_name", True)
    if not particle and (stem[-1] in _VERB_FINAL or len(stem) > 4):
        return None
    label = "PLACE" if particle in _LOCATIVE_PARTICLES else "PERSON"
    return Hit(start, end, label, "catchall", "hangul_unknown_noun", True)


def _korean(folded: str, res: Resources, keep: KeepSpans) -> Iterator[Hit]:
    cache: dict[str, Hit | None] = {}
    for match in re.finditer(r"[가-힣]+", folded):
        token = match.group()
        if token not in cache:
            cache[token] = _korean_hit(token, 0, res)
        hit = cache[token]
        if hit is not None and not keep.contains(match.start(), match.start() + hit.end):
            yield hit._replace(start=match.start() + hit.start, end=match.start() + hit.end)


def _hanzi_runs(folded: str, res: Resources, keep: KeepSpans) -> Iterator[Hit]:
    for match in re.finditer(r"[\u4e00-\u9fff]{2,}", folded):
        start = match.start()
        for index in range(match.start(), match.end() + 1):
            inside = index < match.end() and keep.contains(index, index + 1)
            if index == match.end() or inside:
                if index - start >= 2 or (index - start == 1 and folded[start] in res.sur_zh_hanzi):
                    label = (
                        "PERSON"
                        if folded[start] in res.sur_zh_hanzi and index - start <= 3
                        else "OTHER"
                    )
                    yield Hit(start, index, label, "catchall", "hanzi_run", True)
                start = index + 1


def find_catchall(
    folded: str, res: Resources, keep: KeepSpans, *, lang: str, strict: bool = False
) -> Iterator[Hit]:
    """Uncertain hits for proper-noun-like text in folded ``folded``."""
    yield from _LatinScan(folded, res, keep, strict).hits()
    if re.search(r"[가-힣]", folded):
        yield from _korean(folded, res, keep)
    if (lang != "zh" or strict) and re.search(r"[\u4e00-\u9fff]", folded):
        yield from _hanzi_runs(folded, res, keep)
