"""The keep-list: what stays in the text, and the rule for applying it.

A keep entry only keeps a span it matches whole.  It never un-redacts a larger
detected span that merely contains it: "Jilin" is kept, "Jilin City" is not;
"Tumen River" is kept, and so the "Tumen" inside it is not a place.  Years,
ages and amounts of money are kept by pattern.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.phrases import longest_first, words_of
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["KeepSpans", "keep_spans"]

_NUMERIC_KEEP = re.compile(
    r"(?<![\w])(?:(?:19|20)\d{2}s?|\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:yuan|won|RMB|dollars?|"
    r"years?(?:\s+old)?|year-old|months?|days?|weeks?|hours?|kg|km)|[$¥￦₩]\s?\d[\d,.]*|"
    r"\d+\s?(?:년|살|세|원|위안|달러|개월|일|시간)|\d+\s?(?:年|岁|歲|元|块|月|天))(?![\w])",
    re.IGNORECASE,
)
_NUMBER_ANCHOR = re.compile(r"[\d$¥￦₩][\d\s,.]*")
_KOREAN_NUMBER = re.compile(
    r"(?<![가-힣])(?:(?:[이삼사오육칠팔구]?[십백천만])+[일이삼사오육칠팔구]?|"
    r"(?:열|스물|서른|마흔|쉰|예순|일흔|여든|아흔)(?:한|두|세|네|하나|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|"
    r"하루|이틀|사흘|나흘)?|다섯|여섯|일곱|여덟|아홉)(?:살|세|년|해|달|개월|일|명|번|시간|사람)?"
)
_KOREAN_NUMBER_AT = re.compile(r"[이삼사오육칠팔구십백천만열스서마쉰예일여아다](?<![가-힣].)")
"""Where a Korean number word can start (its first syllables, not inside a word): the
number pattern opens with a look-behind, which ``re`` would try at every position."""


class KeepSpans:
    """Sorted, merged intervals of one text (the keep-list's; also the spans the rules found,
    which the flagger must not touch), with a containment and an overlap test."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def contains(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one keep interval."""
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and end <= self.ends[index]

    def touches(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps an interval."""
        index = bisect.bisect_right(self.ends, start)
        return index < len(self.starts) and self.starts[index] < end


@lru_cache(maxsize=1)
def _name_months() -> frozenset[str]:
    """Months that are also given names (April, May, June, August)."""
    months = {w.casefold() for cat, w in data.keep_entries() if cat == "month"}
    return frozenset(months & data.given_en())


_DATE_BEFORE = lazy_pattern(
    r"(?:\d|\b(?:in|on|of|since|until|till|by|from|early|late|mid|last|next|this|that|every|"
    r"each|through|throughout|before|after|during|around|the|to|between|and|or|end|beginning|"
    r"middle|start|until|about|of|month)[\s\-]*)$",
    re.IGNORECASE,
)
_DATE_AFTER = lazy_pattern(r"^[\s,]*(?:\d|of\b|and\b|or\b|to\b)")
_WAS_MONTH = lazy_pattern(r"\b(?:it|this|that)\s+(?:was|is|'s)\s+$", re.IGNORECASE)
_THINKS_IT_WAS = lazy_pattern(
    r"\b(?:think|thinks|thought|guess|guesses|maybe|probably|perhaps|believes?|remembers?|"
    r"says|said)\s+(?:that\s+)?(?:it|this|that)\s+(?:was|is|'s)\s+$",
    re.IGNORECASE,
)
_SEASON_AFTER = lazy_pattern(
    r"\s+(?:when|before|after|already)\b|,\s+(?:the\s+)?(?:rainy|dry|harvest|planting|winter|"
    r"summer|spring|autumn|cold|hot|snow)"
)
"""It was June when they moved me; she thinks it was April; it was August, rainy season: the
month.  "Who helped you? It was June." names a woman: after "it was" alone the month is a
date only where the sentence goes on with a time (round 27)."""


def _month_as_date(folded: str, start: int, end: int) -> bool:
    """A month that is also a given name is kept only where it reads as a date ("in June",
    "June 3", "June and July"); "We stayed with June" names a woman."""
    word = folded[start:end]
    if word.casefold() not in _name_months() or not word[:1].isupper():
        return True
    before = folded[max(0, start - 16) : start]
    if not before.strip() or before.rstrip()[-1:] in '.!?:;\n"“(':
        return True  # opening a sentence: the catch-all leaves it anyway
    if _DATE_BEFORE().search(before) or _DATE_AFTER().match(folded[end : end + 8]):
        return True
    if _THINKS_IT_WAS().search(before) is not None:
        return True
    return (
        _WAS_MONTH().search(before) is not None and _SEASON_AFTER().match(folded, end) is not None
    )


@lru_cache(maxsize=1)
def _business_next() -> re.Pattern[str]:
    """A business noun of ``orgs.tsv`` glued or one space or hyphen after ``pos``."""
    nouns = [
        w
        for kind, _lang, words in data.rows("orgs.tsv")
        if kind == "business"
        for w in words.split("|")
        if w
    ]
    return re.compile(rf"[ \-]?(?i:{longest_first(nouns)})(?![A-Za-z])")


def _names_business(folded: str, start: int, end: int, latin_only: bool = False) -> bool:
    """A kept river or mountain that names the business after it (the Baekdu restaurant,
    백두산KTV): the business's name, not the landmark (round 21).  A Hangul or Hanzi one
    before a Hangul or Hanzi noun (백두산 식당, 长白山饭店) is read by the organisation rules
    themselves, which the keep-list never vetoed there."""
    if folded[start:end] not in data.landmarks():
        return False
    noun = _business_next().match(folded, end)
    return noun is not None and (not latin_only or noun.group().strip(" -").isascii())


def _latin_spans(folded: str, res: Resources, words: frozenset[str]) -> list[tuple[int, int]]:
    """The keep-list's Latin phrases, less a month that names a woman (``_month_as_date``)
    and a landmark that names a business (``_names_business``).  Round 31, speed: each
    phrase's word is read once here, and only a month that is a given name, capitalised,
    or a landmark calls its rule (the rules open with the same tests)."""
    months, landmarks = _name_months(), data.landmarks()
    spans = []
    for start, end, _value in res.keep_latin.find(folded, words):
        word = folded[start:end]
        month = word[:1].isupper() and word.casefold() in months
        if month and not _month_as_date(folded, start, end):
            continue
        if word in landmarks and _names_business(folded, start, end):
            continue
        spans.append((start, end))
    return spans


def keep_spans(folded: str, res: Resources, words: frozenset[str] | None = None) -> KeepSpans:
    """Every keep interval in folded text: keep-list phrases and numeric keeps."""
    words = words_of(folded) if words is None else words
    spans = _latin_spans(folded, res, words)
    anchors = view(folded).has_digit or any(sign in folded for sign in "$¥￦₩")  # round 28
    for anchor in _NUMBER_ANCHOR.finditer(folded) if anchors else ():
        start = max(0, anchor.start() - 1)
        spans.extend(m.span() for m in _NUMERIC_KEEP.finditer(folded, start, anchor.end() + 12))
    if view(folded).has_hangul:
        starts = (m.start() for m in _KOREAN_NUMBER_AT.finditer(folded))
        spans.extend(m.span() for m in finditer_from(_KOREAN_NUMBER, folded, starts))
    if view(folded).has_hangul or view(folded).has_hanzi:  # round 14, speed
        for match in res.keep_native_re.finditer(folded):
            start = match.start()
            if "가" <= folded[start] <= "힣" and start and "가" <= folded[start - 1] <= "힣":
                continue
            if not _names_business(folded, *match.span(), latin_only=True):
                spans.append(match.span())
    return KeepSpans(spans)
