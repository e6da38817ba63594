"""A debt of grace is no name (issue 11, round 39, precision).

은혜 ("grace") is a given name on the list and 은덕 ("benevolence") a North Korean county,
so both were taken for certain wherever they stood; in the development sets they are far more
often the thing owed than a woman or a place: 73 and 19 certain false positives, against 42
uses of 은혜 as a name, all still found with this module in place. What tells them apart is
the verb of the debt:

- the word before the verbs of owing and remembering in its clause: 은혜를 갚아야, 은혜는
  평생 못 잊어요, 은혜를 입었으면, 은혜 많이 받았다, 은혜도 모르고;
- the giver's honorific or a verb of receiving before it: 하나님의 은혜, 목사님 은덕이지비,
  우리가 입은 은덕은;
- the adjective it makes: 은혜로운, 은혜로울.

A hit a title or an honorific found (은혜 권사님) is left to its cue, and one a naming cue
found (은혜라고 불렀어요) unless the giver stands before it (장군님 은덕이라고 배웠고); anything
else over such a word in such a slot is dropped.
"""

from __future__ import annotations

from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["GRACE_WORDS", "debt_of_grace", "owed_at"]

GRACE_WORDS = frozenset(("은혜", "은덕"))
"""Nouns of a kindness received, which a given-name list or a gazetteer also holds."""

_GAP = (
    "평생|못|안|꼭|다|많이|어떻게|어찌|죽어도|죽어두|절대|결코|영영|도저히|정말|참|너무|크게"
    "|내가|제가|우리가|나는|저는|나도|저도"
)
_OWED_AFTER = lazy_pattern(
    rf"(?:을|를|은|는|도|가|만)?(?:\s(?:(?:{_GAP})\s){{0,3}})?"
    r"(?:갚|잊|입었|입은|입고|입어|베풀|받았|받은|받고|받는|넘치|주시|주셨|모르|몰라)"
)
"""The verbs of the debt, opening a word after the grace word's case and at most three
adverbs, the negation or the speaker as subject between (은혜를 어떻게 다 갚을지, 그 은혜는
평생 못 잊어요, 은혜를 내가 어찌 잊겠슴까, 은혜 많이 받았다); never over another word, which
makes the grace word a person doing something (은혜가 돈을 받았어요, 은혜는 그 일을 잊었대요),
never 받아주다 (은혜를 받아준 집: taking a person in), never the copula's 이 (이름만 은덕이지
은혜 받은 건: the county's name), nor a verb glued to another word (배치받았는데)."""


_ADJECTIVE_AFTER = lazy_pattern(r"로(?:운|울|워|웠|우)")

_GIVER_BEFORE = lazy_pattern(
    r"(?:(?:하나님|하느님|주님|부처님|[가-힣]님)(?:의)?|(?<![가-힣])(?:입은|받은|베푼|입었던|받았던))\s?$"
)
"""The honoured giver just before the word (하나님의 은혜, 목사님 은덕), or a verb of
receiving or giving that modifies it (우리가 입은 은덕은, 그때 받은 은혜)."""


def debt_of_grace(text: str, hit: Hit, word: str) -> bool:
    """``word`` (the hit's word without its particle) is a grace word in the slot of a debt,
    and no title or honorific found the hit (module docstring); a naming cue yields only to
    the giver or the receiving before the word (장군님 은덕이라고 배웠고: what was taught)."""
    if word not in GRACE_WORDS or any(k in hit.rule for k in ("title", "honorific")):
        return False
    start = text.find(word, hit.start, hit.end)
    if start < 0:
        return False
    if "naming" in hit.rule:
        return _given_before(text, start)
    return owed_at(text, start, word)


def owed_at(text: str, start: int, word: str) -> bool:
    """The grace word at ``start`` is in the slot of a debt, whatever found it: propagation
    asks this of each place a seed recurs (은혜교회 ... 은혜는 평생 못 갚아요)."""
    end = start + len(word)
    if _ADJECTIVE_AFTER().match(text, end) or _OWED_AFTER().match(text, end):
        return True
    return _given_before(text, start)


def _given_before(text: str, start: int) -> bool:
    """The giver's honorific or a verb of receiving just before the word."""
    return _GIVER_BEFORE().search(text, max(0, start - 6), start) is not None
