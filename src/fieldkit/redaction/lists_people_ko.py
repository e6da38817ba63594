"""Lists that say their members are people (issue 11, round 14).

``propagate_ko.enumerated_names`` fills a comma list once two of its items are found
names.  Speech and notes say "people" in two more ways; two signs together (a found name
and one of these, or both of these) fill the list:

* **a person counter closes the list**: 류하나·이솔·김담 세 명과, 은비, 다솜, 가람 셋이서,
  X, Y 두 사람이: only people are counted in 명, 사람 and the 셋이서 of a group;
* **the speaker is a member**: 정미, 가을이, 나, 그리고 막내: 나, 저, 너 are people, so
  are the words beside them (and the last one after 그리고, modifiers and all).

A member that is no closed-class word, kinship or role noun or verb form is redacted,
uncertain (a list's words are often words too: 기쁨, 하나), as a ``cue`` hit so that a
gazetteer spelling among them (송화 is also a county) is read as the person the count
says it is.  Items are comma- or middle-dot-separated Hangul words of one to four
syllables; a closed syllable's affectionate 이 stays outside the name (숙이 -> 숙).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import finditer_from, positions
from fieldkit.redaction.cuewords import closed_words, person_nouns
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.things_named_ko import noun_in_i

__all__ = ["listed_people"]

_SEP = r"\s?[,·・‧]\s?"
_ITEM = r"[가-힣]{1,5}"
_RUN = lazy_pattern(rf"{_ITEM}(?:{_SEP}{_ITEM})+")
_COUNTER = lazy_pattern(
    r"\s?(?:(?:두|세|네|다섯|여섯|일곱|여덟|[2-9])\s?(?:명|사람)|둘이서|셋이서|넷이서|다섯이서)"
    r"(?![가-힣])|\s?(?:두|세|네|다섯|[2-9])\s?(?:명|사람)(?:이|과|와|은|도|이서|이랑|하고)"
    r"|\s(?:두|세|네|다섯)\s(?:친구|아이|애|처녀)(?:가|는|도|를|랑|와|이|들)?(?![가-힣])"
    r"|\s(?:둘|셋|넷)\s(?:다|모두)(?![가-힣])|\s(?:둘|셋|넷)이(?=\s|었|였)"
    r"|,?\s이렇게\s(?:둘|셋|넷|다섯|여섯)(?:이서|이|은|이었)?(?![가-힣])"
    r"|,?\s이렇게\s(?:두|세|네|다섯|여섯)\s?(?:명|사람)"
)
"""A count of people right after the list: 세 명과, 두 사람이, 셋이서; round 18: 두 친구는,
둘 다 (both of them, after a found name); round 19: 이렇게 셋이 (a second sign still needed);
round 20: 이렇게 세명; round 21: 둘이, 셋이 (꺽다리하고 곰보가 둘이 짝이 돼서)."""
_US = r"(?:우리|저희)\s(?:둘|셋|넷|다섯|여섯)(?:이서|이|은|이서요|이었)?(?![가-힣])"
"""Us two, the four of us (우리 넷이서): the speaker counts herself among them."""
_SIBLINGS = lazy_pattern(
    r"\s(?:두|세|네|다섯|여섯)\s(?:자매|형제|남매|식구)(?:가|는|도|를|랑|와|이|들|였|이었)?(?![가-힣])"
    rf"|,?\s이렇게\s{_US}"
    r"|,?\s이렇게\s(?:두|세|네|다섯|여섯)\s?(?:명|사람)"
)
"""Round 18: 옥이, 금이, 은이 세 자매가: a count of sisters or brothers names its list's
members by itself (only people are sisters); so does 이렇게 우리 넷이서 ("the four of us")
and (round 20) 이렇게 세명 (these three people: 명 counts only people);
other counts need a second sign."""
_US_AFTER_SO = lazy_pattern(rf"\s{_US}")
"""After a list whose last item is 이렇게 (목련이, 제비, 구슬이, 이렇게 우리 넷이서)."""
_SELF = frozenset(("나", "저", "너"))
"""The speaker or the one she speaks to, as a list's member."""
_FIRM = frozenset(("known", "pattern"))
"""Hits a list never overrides; a gazetteer or catch-all guess it does (송화 is a county)."""
_PARTICLE = lazy_pattern(r"(?:이랑|랑|하고|이|가|는|은|도|와|과)$")


def _items(text: str, run: re.Match[str]) -> list[tuple[int, int]]:
    """The run's words as spans; the first one whole only when no Hangul is glued before it
    (다섯이었어요, 미향이: the list starts after the comma)."""
    spans = [m.span() for m in re.finditer(r"[가-힣]+", text[run.start() : run.end()])]
    spans = [(s + run.start(), e + run.start()) for s, e in spans]
    if spans and run.start() > 0 and "가" <= text[run.start() - 1] <= "힣":
        spans = spans[1:]
    if spans and len(spans) > 1 and spans[0][1] - spans[0][0] > 4:
        spans = spans[1:]  # a clause before the list's first comma
    return spans


def _seed(hit: Hit) -> bool:
    """A found person a list can lean on: not the catch-all's uncertain guess."""
    return hit.label == "PERSON" and not (hit.uncertain and hit.detector == "catchall")


def _name_of(text: str, start: int, end: int, res: Resources) -> tuple[int, int]:
    """숙이 -> 숙, 미향이 -> 미향: the affectionate 이 after a closed syllable stays out; a
    noun's own 이 stays in (꼬맹이, a nickname in a list: round 35)."""
    affectionate = text[end - 1] == "이" and korean.final_consonant(text[end - 2])
    if end - start >= 2 and affectionate and not _noun_in_i(text[start:end], res):
        return start, end - 1
    return start, end


def _noun_in_i(word: str, res: Resources) -> bool:
    return len(word) >= 3 and noun_in_i(word, res)


def _candidate(word: str, res: Resources) -> bool:
    if word in closed_words("ko") or word in person_nouns("ko") or word in _SELF:
        return False
    return not korean.verb_like(word, res)


def _of_people(
    text: str,
    run: re.Match[str],
    items: list[tuple[int, int]],
    people: list[tuple[int, int]],
    guesses: list[tuple[int, int]],
) -> bool:
    """Two signs that the list is of people: a found name among its items and a count or
    the speaker, or the count and the speaker together.  One alone is not enough: spoken
    fillers are listed with commas too (나, 참, 기가 막혀서; 저, 그게, 뭐냐).  A list joined
    by 하고 or 랑 counts even the catch-all's guess (``guesses``) as its found name: fillers
    are never joined so, but things are (사과하고 배 둘 다), so a guess is still needed."""
    if _SIBLINGS().match(text, run.end()) is not None:
        return True
    counted = _COUNTER().match(text, run.end()) is not None
    joined = counted and _JOINER().search(text, items[0][1], items[0][1] + 2) is not None
    if joined and (any(text[s:e] in _SELF for s, e in items) or _within(items, guesses)):
        return True  # 꺽다리하고 곰보가 둘이, 나랑 하나랑 둘이었어요 (round 21)
    if text.endswith("이렇게", 0, run.end()) and _US_AFTER_SO().match(text, run.end()):
        return True
    speaker = len(items) >= 3 and any(text[s:e] in _SELF for s, e in items)  # not "야, 너"
    named = _within(items, people)
    return (counted and speaker) or (named and (counted or speaker))


def _within(items: list[tuple[int, int]], spans: list[tuple[int, int]]) -> bool:
    """Some item lies inside one of ``spans``."""
    return any(ps <= s and e <= pe for s, e in items for ps, pe in spans)


def _last_item(text: str, items: list[tuple[int, int]], run_end: int) -> list[tuple[int, int]]:
    """A last item with its particle before the counter (송화와 세 명) loses the particle."""
    if not items or items[-1][1] != run_end:
        return items
    s, e = items[-1]
    cut = _PARTICLE().search(text, s, e)
    if cut is not None and cut.start() > s and _COUNTER().match(text, e):
        return [*items[:-1], (s, cut.start())]
    return items


_AND_LAST = lazy_pattern(r"\s(?:[가-힣]+\s){0,2}([가-힣]{1,3})(?=[.!?…])")
"""After a list's closing 그리고, the last member before the sentence ends, perhaps with a
modifier or two (나, 그리고 제일 어린 막내.)."""


def _and_last(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The items with a closing 그리고 replaced by the member after it."""
    if not items or text[items[-1][0] : items[-1][1]] != "그리고":
        return items
    last = _AND_LAST().match(text, items[-1][1])
    return [*items[:-1], last.span(1)] if last is not None else items[:-1]


class _Spans:
    """Hit spans sorted by start, for the few near a list (a long text has thousands)."""

    def __init__(self, hits: Iterable[Hit]) -> None:
        self.spans = sorted((h.start, h.end) for h in hits)
        self.starts = [s for s, _ in self.spans]

    def near(self, start: int, end: int) -> list[tuple[int, int]]:
        """Spans that start within a name's length before ``start`` and before ``end``."""
        low = bisect.bisect_left(self.starts, start - 20)
        return self.spans[low : bisect.bisect_right(self.starts, end)]


_JOINED = lazy_pattern(r"(?<![가-힣])(?:[가-힣]{1,4}?(?:이랑|랑|하고|하구)\s){1,4}[가-힣]{1,4}")
"""Round 17: a list joined by 랑 or 하고 (저랑 순옥이랑 명자 세 명이), read like a comma
list when a count of people closes it."""
_JOINER = lazy_pattern(r"(?:이랑|랑|하고|하구)$")


def _joined_items(text: str, run: re.Match[str]) -> list[tuple[int, int]]:
    """The members of a joined list: each word less its joiner (순옥이랑 -> 순옥)."""
    items = []
    for word in re.finditer(r"[가-힣]+", text[run.start() : run.end()]):
        start, end = word.start() + run.start(), word.end() + run.start()
        joiner = _JOINER().search(text, start, end)
        if joiner is not None and end != run.end():
            end = joiner.start()
            if text[end - 1 : end] == "이" and text[joiner.start() : joiner.end()] == "랑":
                end -= 1  # 숙이랑: the affectionate 이, as ``_name_of`` leaves it out
        if end > start:
            items.append((start, end))
    return items


def _run_starts(text: str) -> Iterator[int]:
    """Where a comma list can start: an item of one to five syllables and a space before a
    separator (round 28, speed: ``_RUN`` is tried there only, not at every syllable)."""
    for separator in positions(text, (",", "·", "・", "‧")):
        yield from range(max(0, separator - 6), separator)


def _runs(text: str) -> Iterator[tuple[re.Match[str], list[tuple[int, int]]]]:
    if "," in text or "·" in text or "・" in text or "‧" in text:
        for run in finditer_from(_RUN(), text, _run_starts(text)):
            yield run, _and_last(text, _last_item(text, _items(text, run), run.end()))
    if "랑 " in text or "하고 " in text or "하구 " in text:
        for run in _JOINED().finditer(text):
            if _COUNTER().match(text, run.end()) is not None:
                yield run, _last_item(text, _joined_items(text, run), run.end())


def listed_people(text: str, hits: list[Hit], res: Resources) -> Iterator[Hit]:
    """The unfound members of a list a count or the speaker says are people.  The lists
    are found first: most texts have none, and then the hits are not sorted (round 28,
    speed)."""
    runs = [(run, items) for run, items in _runs(text) if len(items) >= 2]
    if not runs:
        return
    taken = _Spans(h for h in hits if h.label == "PERSON" or h.detector in _FIRM)
    people = _Spans(h for h in hits if _seed(h))
    guesses = _Spans(h for h in hits if h.label == "PERSON")
    for run, items in runs:
        span = run.span()
        if not _of_people(text, run, items, people.near(*span), guesses.near(*span)):
            continue
        near = taken.near(run.start(), items[-1][1])
        for start, end in (_name_of(text, s, e, res) for s, e in items):
            if any(s < end and start < e for s, e in near) or end - start > 4:
                continue
            if end - start == 1 and text[end : end + 1] != "이":
                continue  # one syllable is a name only with its affectionate 이 (숙이)
            word = text[start:end]
            if _candidate(word, res):
                ordinary = word in res.lex_ko or korean.ordinary(word, res)
                yield Hit(
                    start=start,
                    end=end,
                    label="PERSON",
                    detector="cue",
                    rule="listed_people" + ("_ordinary" if ordinary else ""),
                    uncertain=True,
                )
