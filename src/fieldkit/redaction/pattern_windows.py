"""Where each pattern rule of ``patterns`` is tried: small windows of a long text.

A rule that opens with a look-behind or a long alternation would be tried at every
position of the text; these windows (around a run of digits, an ``@``, a messaging-app
word) are where its matches can lie, and a window is skipped when it lacks what every match
of the rule holds.  The windows kept are never cut, so a rule finds in them exactly what it
found before the windows were skipped.  The domain rule starts from the dot before a
top-level domain and reads back (``anchored``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.anchored import finditer_from, positions, starts_before
from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["ACCOUNT_WORDS_KO", "MONTHS", "matches"]

_DOMAIN_AT = re.compile(r"\.(?=com|cn|net|org|kr|kp|me|io|co|info|tv|cc)", re.IGNORECASE)
"""The dot before a top-level domain: every domain match holds one, its start is read back
from there (the domain pattern opens with a look-behind)."""
_DIGIT_RUN = re.compile(r"\d[\d\s\-.()/+,]*")
ACCOUNT_WORDS_KO = (
    "계정",
    "더우인",
    "틱톡",
    "인스타",
    "페이스북",
    "페북",
    "트위터",
    "유튜브",
    "블로그",
    "닉네임",
)
"""Korean words for an account or an app that an online ID follows (더우인 계정 X, 블로그
이웃 X님: round 21); one list for the online rule's context, its trigger and its windows."""
_ONLINE_KEY = lazy_pattern(
    r"we-?chat|weixin|wx|vx|qq|kakao|line|telegram|signal|skype|facebook|instagram|insta|douyin|"
    r"weibo|tiktok|zalo|user|handle|account|微信|위챗|큐큐|카톡|카카오|라인|텔레그램|아이디|抖音|微博|账号|帐号|"
    + "|".join(ACCOUNT_WORDS_KO)
)
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # typed in lower case (jan 3, aug 15), all but "may", a verb as often
    r"|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
"""The month words of ``patterns``' dates; here, so that the month rules' starts are read
from the same words (round 28, speed)."""
_MONTH_AT = re.compile(MONTHS)
"""The month words alone: their starts in a text whose lower case has another length."""
_MONTH_OPENINGS = tuple(str.split("jan feb mar apr may jun jul aug sep oct nov dec"))
"""The first three letters of every month word of ``MONTHS``."""
_WINDOW = {
    "digit": (48, 4),
    "digits5": (48, 4),
    "bank": (48, 4),  # an account's word and its number (round 10)
    "online": (4, 64),
    "online_before": (48, 12),
    "at": (70, 260),
}


def _windows(
    text: str, family: str, cache: dict[str, list[tuple[int, int]]] | None = None
) -> list[tuple[int, int]]:
    """Small stretches of text where a rule of ``family`` could match (merged); the two
    online families share their anchors through ``cache``."""
    before, after = _WINDOW[family]
    if family in ("digit", "digits5", "bank"):
        anchors = [m.span() for m in _DIGIT_RUN.finditer(text)]
    elif family.startswith("online"):
        if cache is None or "online anchors" not in cache:
            found = [m.span() for m in _ONLINE_KEY().finditer(text.lower())]
            cache = {} if cache is None else cache
            cache["online anchors"] = found
        anchors = cache["online anchors"]
    else:  # str.find, not a loop over every character (a tenth of a second per 2 MB)
        anchors = []
        at = text.find("@")
        while at >= 0:
            anchors.append((at, at + 1))
            at = text.find("@", at + 1)
    merged: list[list[int]] = []
    for start, end in anchors:
        low, high = max(0, start - before), min(len(text), end + after)
        if merged and low <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return [(a, b) for a, b in merged]


_RUN5 = lazy_pattern(r"\d(?:[\s\-.()/+,]*\d){4}")
"""Five digits in one digit run (``_DIGIT_RUN``): every match of a ``digits5`` rule that
yields a hit holds at least five digits joined only by the run's characters (a phone, an
ID, a long number; shorter ones fail their validation and yield nothing)."""
_NEEDED = {
    "date_ko": re.compile("월"),
    "date_zh": re.compile("月"),
    "date_numeric": re.compile(r"\d[-./]"),
    "case_number_ko": re.compile("[가-힣]"),
    "nanp_area_code": re.compile(r"\(\d"),
}
"""What every match of a ``digit`` rule holds: a window without it is skipped (round 28,
speed: a case number's Hangul, which an English text has none of)."""


def _rule_windows(
    name: str, text: str, family: str, cache: dict[str, list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """The family's windows, less those in which the rule ``name`` cannot match at all (the same
    windows, never cut: what a rule finds in a window it keeps does not change)."""
    if family not in cache:
        if family == "digits5":
            cache[family] = [
                (a, b)
                for a, b in _rule_windows(name, text, "digit", cache)
                if _RUN5().search(text, a, b)
            ]
        else:
            cache[family] = _windows(text, family, cache)
    needed = _NEEDED.get(name)
    if needed is None:
        return cache[family]
    return [(a, b) for a, b in cache[family] if needed.search(text, a, b)]


def matches(
    regex: re.Pattern[str],
    name: str,
    text: str,
    family: str,
    cache: dict[str, list[tuple[int, int]]],
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` where the rule ``name`` of ``family`` can match: near a run
    of digits, near an ``@``, near a messaging-app word, from the dot of a domain; the
    whole text for the other families."""
    if family == "domain":  # from the dot before a top-level domain, read back
        yield from finditer_from(regex, text, starts_before(text, _DOMAIN_AT, ".-"))
        return
    if name in _STARTS:  # round 28, speed: the month rules, from where they can start
        yield from finditer_from(regex, text, _STARTS[name](text))
        return
    if family not in _WINDOW:
        yield from regex.finditer(text)
        return
    for start, end in _rule_windows(name, text, family, cache):
        yield from regex.finditer(text, start, end)


def _month_starts(text: str) -> list[int]:
    """Where ``date_month_day`` can start: at a month word, which opens with one of
    ``_MONTH_OPENINGS`` in lower case or capitalised (the rule opens with a look-behind,
    which ``re`` tries at every position; ``str.find`` runs at C speed).  Read in the
    lower-cased text, which is the same positions when it has the same length; the
    words' own scan otherwise."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [match.start() for match in _MONTH_AT.finditer(text)]
    return positions(lowered, _MONTH_OPENINGS)


def _day_starts(text: str) -> list[int]:
    """Where ``date_day_month`` can start: at an ASCII digit (its day opens with one) after
    none, or at the "the" before it, whitespace between ("the 3rd of May")."""
    starts = []
    for digit in "0123456789":
        at = text.find(digit)
        while at >= 0:
            if not (at and "0" <= text[at - 1] <= "9"):
                starts.append(at)
                before = at
                while before and text[before - 1].isspace():
                    before -= 1
                if before < at and text[before - 3 : before] == "the":
                    starts.append(before - 3)
            at = text.find(digit, at + 1)
    return starts


_STARTS = {"date_month_day": _month_starts, "date_day_month": _day_starts}
"""The rules tried only where they can start (``finditer_from``), not at every position."""
