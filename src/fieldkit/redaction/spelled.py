"""Numbers and dates spelled in words: a phone number learnt by heart, a lunar birthday.

A woman who could not write a number down learns it by heart and tells it the
way she learnt it: 일삼구 사사삼오 칠칠일이 (1-3-9, 4-4-3-5 ...), "one three
nine, four three three seven ...".  A date is told the old way: 시월 초닷새 (the
fifth of the tenth month), 음력 삼월 열이틀, 9월 스무날, or written 8/17.  The
digit patterns (``patterns.py``) see none of these; this module does, with
the same labels (``PHONE``, ``DATE``) and detector ``pattern``.

* A phone number: a run of digit words, Sino-Korean (공 영 일 이 삼 사 오 육 륙
  칠 팔 구) or English (zero/oh, one ... nine), at least seven digits, and in
  Korean in groups of two or more syllables, at least one of three (a lone
  이 or 오 is a word); a group that is a word as a whole (이사, 오이, 사이)
  does not start a run.
* A date: a month (1월 ... 12월, 정월 이월 ... 시월 동짓달 섣달) followed by a
  day told in words (초하루 ... 초열흘, 열하루 ... 스무날 ... 그믐, 보름) or
  Sino-Korean (삼일, 열이틀); a month and day written m/d (8/17).  A month
  alone, or a day alone, is kept: it identifies no one.  In English, a day told as an
  ordinal word with its month ("the eleventh of December", "December the twenty-first";
  round 7).
* A case or appeal reference written with slashes (PA/04417/2013: letters, a number, a
  year; round 7): an ``ID_NUMBER``, since it finds her file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.anchored import finditer_from, positions
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.textview import view

__all__ = ["find_spelled"]

_KO_DIGITS = "공영일이삼사오육륙칠팔구"
_KO_GROUP = rf"[{_KO_DIGITS}]{{2,4}}"
_KO_PHONE = lazy_pattern(
    rf"({_KO_GROUP}(?:[\s,\-]{{1,2}}{_KO_GROUP}){{2,4}})(?=(?:이요|요|예요|이에요|입니다)(?![가-힣]))"
    rf"|({_KO_GROUP}(?:[\s,\-]{{1,2}}{_KO_GROUP}){{1,4}})(?![가-힣])"
)
"""Round 18: the last group may carry the copula of an answer (공일공 사칠팔이 삼삼공구요)."""
_KO_PHONE_GATE = re.compile(rf"[{_KO_DIGITS}]{{3}}[\s,\-]{{1,2}}[{_KO_DIGITS}]{{2}}")
_KO_WORD_GROUPS = frozenset(
    str.split("이사 오이 사이 이이 일이 구이 이오 사오 공사 공일 일일 이일 삼일 오일 이삼 삼사")
)
"""Groups that are words or day counts (이사 "moving", 오이 "cucumber", 삼일 "three
days"): such a group alone never makes a number; in a longer run it may."""
_EN_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_EN_PHONE = lazy_pattern(rf"({_EN_DIGIT}(?:[\s,\-]{{1,3}}{_EN_DIGIT}){{6,14}})(?![\w-])")
"""Over the lower-cased text: a case-insensitive alternation is five times slower."""

_MONTH_KO = (
    r"(?:1[0-2]|0?[1-9])\s?월|정월|동짓달|섣달|동지섣달"
    r"|(?:일|이|삼|사|오|유|육|칠|팔|구|시|십일|십이)월"
)
_DAYS = r"하루|이튿날|사흗날|나흗날|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레"
"""Day words, with the standard spellings of the 날 forms (초이튿날, 초사흗날) first."""
_DAY_WORD = rf"초(?:{_DAYS}|열흘)|열(?:{_DAYS})|보름|스무(?:{_DAYS}|날)|그믐|그뭄"
_DAY_SINO = r"(?:(?:이|삼)?십(?:일|이|삼|사|오|육|칠|팔|구)?|일|이|삼|사|오|육|칠|팔|구)일"
_KO_DATE = lazy_pattern(rf"(?:{_MONTH_KO})\s?(?:(?:{_DAY_WORD})(?:날|일)?|{_DAY_SINO}(?!간|째))")
_SLASH_DATE = lazy_pattern(
    r"(?:(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])|(?:3[01]|1[3-9]|2\d)/(?:1[0-2]|0?[1-9]))"
    r"(?![\d/]|\.\d)"
)
"""5/21, and (round 26) 14/3 with the day first when it can only be the day; a sentence's
full stop may follow (통화 5/21.), a decimal may not."""
_MONTH_ANCHOR = re.compile("월|섣달|동짓달")


def _korean_phones(folded: str) -> Iterator[Hit]:
    if not _KO_PHONE_GATE.search(folded):
        return
    for match in _KO_PHONE().finditer(folded):
        if match.start() and "가" <= folded[match.start() - 1] <= "힣":
            continue
        group = 1 if match.group(1) is not None else 2  # the copula's group first
        groups = re.split(r"[\s,\-]+", match.group(group))
        digits = sum(map(len, groups))
        if digits < 7 or max(map(len, groups)) < 3:
            continue
        if all(g in _KO_WORD_GROUPS for g in groups[:2]):
            continue
        yield Hit.at(
            match.span(group),
            label="PHONE",
            detector="pattern",
            rule="phone_spelled_ko",
            uncertain=digits not in (7, 8, 10, 11),
        )


def _english_phones(folded: str) -> Iterator[Hit]:
    lower = folded.lower()
    if len(lower) != len(folded):
        return
    for match in _EN_PHONE().finditer(lower):
        if match.start() and (
            folded[match.start() - 1].isalnum() or folded[match.start() - 1] == "-"
        ):
            continue
        yield Hit.at(
            match.span(1),
            label="PHONE",
            detector="pattern",
            rule="phone_spelled_en",
            uncertain=False,
        )


def _korean_dates(folded: str) -> Iterator[Hit]:
    end = 0
    for anchor in _MONTH_ANCHOR.finditer(folded):
        match = None
        for start in range(max(end, anchor.start() - 3), anchor.start() + 1):
            if start and "가" <= folded[start - 1] <= "힣":
                continue
            match = _KO_DATE().match(folded, start)
            if match is not None and match.end() > anchor.start():
                break
            match = None
        if match is None:
            continue
        end = match.end()
        yield Hit.at(
            match.span(), label="DATE", detector="pattern", rule="date_spelled_ko", uncertain=False
        )


def _slash_dates(folded: str) -> Iterator[Hit]:
    for slash in re.finditer("/", folded):
        at = slash.start()
        match = None
        for start in (at - 2, at - 1):
            if start < 0 or (start and folded[start - 1] in "0123456789/."):
                continue
            match = _SLASH_DATE().match(folded, start)
            if match is not None:
                break
        if match is None:
            continue
        yield Hit.at(
            match.span(),
            label="DATE",
            detector="pattern",
            rule="date_month_slash_day",
            uncertain=False,
        )


_ZH_DATE = lazy_pattern(
    r"(?:十[一二]?|[一二三四五六七八九正腊])月"
    r"(?:初[一二三四五六七八九十][日号號]?|(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九十])[日号號])"
    r"|[正腊]月(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
)
"""十月五日, 三月十二号, 正月初三, 腊月二十三: a month and day in Chinese numerals (the year
stays); after a lunar month's name (正月, 腊月) the day needs no 日."""


def _chinese_dates(folded: str) -> Iterator[Hit]:
    """Read from each 月, which every date holds one or two characters after its start (round
    17, speed: the pattern was tried at every position of a long document)."""
    months = positions(folded, ("月",))
    starts = (at - back for at in months for back in (1, 2) if at >= back)
    for match in finditer_from(_ZH_DATE(), folded, starts):
        yield Hit.at(
            match.span(), label="DATE", detector="pattern", rule="date_zh_numerals", uncertain=False
        )


def find_spelled(folded: str, words: frozenset[str]) -> Iterator[Hit]:
    """Phone numbers and dates spelled in words, and month/day written with a slash."""
    if view(folded).has_hangul:
        yield from _korean_phones(folded)
        yield from _korean_dates(folded)
    if len(words & _EN_DIGIT_WORDS) >= 3:  # seven digit words hold three different ones
        yield from _english_phones(folded)
    if "/" in folded:
        yield from _slash_dates(folded)
        yield from _references(folded)
    if words & _MONTHS and words & _ORDINAL_WORDS:
        yield from _english_dates(folded)
    if "月" in folded:
        yield from _chinese_dates(folded)


_EN_DIGIT_WORDS = frozenset(str.split("zero oh one two three four five six seven eight nine"))


_MONTHS = frozenset(
    str.split(
        "january february march april may june july august september october november december"
    )
)
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth"
)
_ORDINAL_WORDS = frozenset(_ORDINALS.split())
_ORDINAL = (
    rf"(?:(?:twenty|thirty)[\s\-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})"
)
_MONTH_NAMES = tuple(
    str.split(
        "January February March April May June July August September October November December"
    )
)
_MONTH = rf"(?:{'|'.join(_MONTH_NAMES)})"
_MONTH_WORD = lazy_pattern(rf"\b(?:{_MONTH}|may)\b")
_ORDINAL_OF = lazy_pattern(rf"(?i:(?<![\w-]){_ORDINAL}\s+of\s+)$")
_THE_ORDINAL = lazy_pattern(rf"(?i:\s+the\s+{_ORDINAL})(?![\w-])")


_MONTH_WORDS = (*_MONTH_NAMES, "may")
_MONTH_AT = re.compile("|".join(_MONTH_WORDS))
"""Where ``_MONTH_WORD`` can match: it opens with ``\b``, which ``re`` tried at every position
(round 17, speed: the names alone are found at C speed)."""


def _english_dates(folded: str) -> Iterator[Hit]:
    """Read from each month's name (a regex tried at every position cost a 2 MB document
    1.5% of its time): an ordinal and "of" before it, or "the" and an ordinal after it."""
    starts = (found.start() for found in _MONTH_AT.finditer(folded))
    for month in finditer_from(_MONTH_WORD(), folded, starts):
        before = _ORDINAL_OF().search(folded, max(0, month.start() - 30), month.start())
        after = _THE_ORDINAL().match(folded, month.end())
        if month.group() == "may" and not before:
            continue  # lower-case "may" is a verb unless "the first of may"
        if month.group() == "may" and before and before.group()[0].islower():
            continue  # "the first of may": lower-case May may be the verb
        if before is not None:
            yield _date(before.start(), month.end())
        elif after is not None:
            yield _date(month.start(), after.end())


def _date(start: int, end: int) -> Hit:
    return Hit.at((start, end), label="DATE", detector="pattern", rule="date_ordinal_words")


_REFERENCE = lazy_pattern(r"[A-Z](?<![\w/].)[A-Z]{0,3}/\d{2,7}/(?:19|20)\d{2}(?![\w/])")
"""One to four capitals not after a word character or a slash (read back from the first
capital: round 13, speed), a number and a year."""


def _references(folded: str) -> Iterator[Hit]:
    for match in _REFERENCE().finditer(folded):
        yield Hit.at(match.span(), label="ID_NUMBER", detector="pattern", rule="case_reference")
