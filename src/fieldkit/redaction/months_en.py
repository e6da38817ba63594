"""A month's name that names a girl (issue 11, round 14, lane ORG-AND-OTHERS).

April, May, June and August are given names as well as months, and a testimony may use the
word both ways in two sentences: "we met in May. May told me where the bus
stopped".  The catch-all flags the first capitalised mention and propagation does not follow
an ordinary word, so the subject of the next sentence was kept.  The grammar tells them
apart: a month is never the subject of a verb only a person does (teach, tell, say, give,
cook, cry, marry ...).  A month word opening a clause and followed by such a verb is a
``PERSON`` (uncertain: the word is ordinary).  "June came", "May was hot", "in June she
taught" stay months.  Anchor: the month words, which few texts hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data
from fieldkit.redaction.anchored import finditer_from, positions
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = [
    "DATE_WORDS",
    "MONTH_NAMES",
    "PERSON_VERBS",
    "date_word_is_date",
    "find_month_names",
    "month_among_dates",
    "month_given",
    "months",
    "weekday_before_date",
]

MONTH_NAMES = frozenset(("april", "may", "june", "august"))
"""Months that are also given names (January or March are not)."""

PERSON_VERBS = (
    "taught teaches told tells said says gave gives helped helps showed shows asked asks "
    "cooked cooks cried cries laughed laughs married marries sang sings wrote writes "
    "called calls hugged hugs kissed kisses smiled smiles whispered whispers shouted "
    "shouts answered answers promised promises lent lends paid pays bought buys sold "
    "sells phoned phones texted texts visited visits knew knows wanted wants loved loves "
    "hated hates liked likes met meets worked works lived lives cleaned cleans washed "
    "washes fed feeds carried carries drove drives walked walks ran runs hid hides "
    "introduced introduces translated translates explained explains"
)
"""Verbs whose subject is a person (a closed, written list of speech, care, trade and
movement verbs; 'came', 'went', 'passed', 'was' are a month's verbs too, and are left out)."""

_SUBJECT = lazy_pattern(
    rf"(?:^|(?<=[.!?;:\n]\s)|(?<=\band\s)|(?<=,\s)|(?<=[\"“]))"
    rf"(April|May|June|August) (?:(?:also|always|often|never|then|once|later|still|"
    rf"just|even|first) )?(?:{'|'.join(PERSON_VERBS.split())})\b"
)


def find_month_names(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """May told me: a month word as the subject of a person's verb (see the module doc)."""
    del res
    if not words & MONTH_NAMES:
        return
    starts = positions(folded, ("April", "May", "June", "August"))  # round 14, speed
    for match in finditer_from(_SUBJECT(), folded, starts):
        yield person_by_cue(*match.span(1), "month_subject", True)


@lru_cache(maxsize=1)
def months() -> frozenset[str]:
    """The keep-list's month words as written there (January ... December, Jan ...)."""
    return frozenset(w for cat, w in data.keep_entries() if cat == "month")


_MONTH_BEFORE = lazy_pattern(
    r"\b(?:in|of|since|until|till|by|from|to|early|late|mid|last|next|this|every)\s+$",
    re.IGNORECASE,
)


def month_given(folded: str, start: int) -> bool:
    """A month that is a given name at ``start``, before a surname, is a name unless a
    preposition or a time word says it is the month (May Lee, but in May Lee came back:
    round 26)."""
    word = folded[start:].split(None, 1)[0]
    if word.casefold() not in MONTH_NAMES:
        return False
    return _MONTH_BEFORE().search(folded, max(0, start - 8), start) is None


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_LINK = r"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|till|until)\s+|\s*[-–/]\s*)"
_RUN = lazy_pattern(rf"\b{_MONTH}(?:{_LINK}{_MONTH}\b)+")
_RANGE = lazy_pattern(r"\b(?:to|through|till|until)\b|[-–/]")
_NUMBER_BESIDE = lazy_pattern(r",?\s+\d{1,4}\b")
_NUMBER_BEFORE = lazy_pattern(r"\b\d{1,4}(?:st|nd|rd|th)?\s+$")


def month_among_dates(folded: str, start: int, end: int) -> bool:
    """A month word among months or beside a number is the month (March, April, May;
    April to June; May 2011; the 3rd May); "May and June" alone may be two girls, so a
    run of months needs a month that is no name or a range word (round 26, the
    catch-all's capitals)."""
    if folded[start:end].casefold() not in MONTH_NAMES:
        return False
    if _NUMBER_BESIDE().match(folded, end) or _NUMBER_BEFORE().search(
        folded, max(0, start - 8), start
    ):
        return True
    for run in _RUN().finditer(folded, max(0, start - 60), min(len(folded), end + 60)):
        if run.start() <= start and end <= run.end():
            words = re.findall(r"[A-Za-z]+", run.group())
            named = all(w.casefold() in MONTH_NAMES or not w[0].isupper() for w in words)
            return not named or _RANGE().search(run.group()) is not None
    return False


_WEEKDAYS = frozenset(str.split("mon tue tues wed thu thur thurs fri sat sun"))
DATE_WORDS = MONTH_NAMES | _WEEKDAYS
"""The words the catch-all asks ``date_word_is_date`` about."""
_DATE_AFTER = lazy_pattern(rf"\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b|{_MONTH}\.?\s+\d)")


def date_word_is_date(folded: str, start: int, end: int) -> bool:
    """Whether the word of ``DATE_WORDS`` at ``start:end`` is the date it spells, not a
    person: the catch-all's one question for both kinds of date word, answered by
    ``weekday_before_date`` for a weekday's short form and by ``month_among_dates`` for a
    month that is also a given name (round 30, review: this dispatcher was named
    ``weekday_of_date``, though it answered for months too)."""
    if folded[start:end].casefold() not in _WEEKDAYS:
        return month_among_dates(folded, start, end)
    return weekday_before_date(folded, end)


def weekday_before_date(folded: str, end: int) -> bool:
    """A weekday's short form ending at ``end`` before a date (On Tue, 9 Jun 2009; Sat 3
    May; Sun, Mar 4): the day of a mail's quoted header or a log line, not a person, though
    Sun is also a Korean name (round 29).  Before an age or anything but a date (Sun, 34) it
    is left."""
    return _DATE_AFTER().match(folded, end) is not None
