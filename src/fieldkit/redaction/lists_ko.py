"""Names paired in a list with a person (round 12 of issue 11).

``propagate_ko.enumerated_names`` fills a comma list of three or more items once two are
people.  Speech lists people in twos, joined by 랑/이랑/하고 or a comma closed by one
(민지랑 소담이, 소담하고 민지, 가을, 민지랑), and writing by 와/과/이와 (round 14c: 솔이와
미나도, 한결과 보람은): once one member of such a pair is a person
(a redacted PERSON), the other word in the same slot is one too.  It is redacted
*uncertain* (it is often also a word: 보람, 지우), and never when it is a closed-class word,
a kinship or role noun (엄마랑 민지), a place, or a verb form (민지하고 얘기했어).

Each item is a whole token: a bare Hangul word of two to four syllables, with the
affectionate 이 after a closed syllable and one particle of a list (이랑, 랑, 하고, 이, 가,
는, 도 ...), read from the rare list joiners (랑, 하고, a comma) outwards.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import hangul, korean
from fieldkit.redaction.cuewords import closed_words, person_nouns
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.not_names_doc_ko import DOCUMENT_WORDS
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.textview import view

__all__ = ["paired_names"]

_JOINER = lazy_pattern(r"(?:랑|하고|와|과)\s|,")
"""The rare anchor: a joiner and its space, or a comma; the items are read from there."""
_AFTER_JOINER = lazy_pattern(
    r"([가-힣]{2,4}?)(?:이)?(?:랑|하고|이|가|는|도|를|을|은|[,.!?])(?![가-힣])"
)
_AFTER_COMMA = lazy_pattern(r"\s?([가-힣]{2,4}?)(?:이)?(?:랑|하고|도)(?![가-힣])")
_BEFORE_TITLE = lazy_pattern(r"([가-힣]{2,4})\s([가-힣]{1,6})(?![가-힣])")
_GROUP = lazy_pattern(r"(?:애|아이|사람|여자|남자|친구|언니|동생|동무)들\s?중에(?:는|서)?\s$")
"""애들 중에 X랑 Y: "among the kids, X and Y": the group says the pair are people."""
_COMMA = lazy_pattern(
    r"(?<![가-힣])([가-힣]{2,4}),\s?([가-힣]{2,4}?)(?:이)?(?:랑|하고|도)(?![가-힣])"
)


@lru_cache(maxsize=1)
def _not_people() -> frozenset[str]:
    """Kinship, role and title nouns: 엄마랑 민지, 친구하고 소담 pair a person with a role;
    and an interview document's roles (진술인과 허은주를: the deponent, round 17)."""
    return person_nouns("ko") | DOCUMENT_WORDS


def _bare(surface: str) -> str:
    """한결이 -> 한결: a name with its affectionate 이 after a closed syllable."""
    if len(surface) > 2 and surface[-1] == "이" and korean.final_consonant(surface[-2]):
        return surface[:-1]
    return surface


def _seed(hit: Hit) -> bool:
    """A person a list can lean on: not the catch-all's uncertain guess at an unknown word."""
    return hit.label == "PERSON" and not (hit.uncertain and hit.detector == "catchall")


def _person_at(spans: list[tuple[int, int, bool]], start: int, end: int) -> bool | None:
    """True when a PERSON hit covers the item, False when another hit touches it."""
    for s, e, person in spans:
        if s < end and start < e:
            return person and s <= start and end <= e
    return None


def _candidate(text: str, start: int, end: int, res: Resources, group: bool) -> bool:
    word = text[start:end]
    if len(word) > 3:
        return False  # 축구선수, 들통나요: a compound or a verb, names are two or three syllables
    if word in closed_words("ko") or word in _not_people() or word in res.gaz_hangul:
        return False
    if (
        not group
        and word in res.lex_ko_common
        and not all(c in korean.given_syllables() for c in word)
    ):
        return False  # 민지랑 학교가: a common noun beside a name is a thing; 지우 may be one
    return not korean.verb_like(hangul.word_from(text, start), res)


def _word_before(text: str, end: int) -> tuple[int, int] | None:
    """The whole Hangul word ending at ``end`` (two to five syllables), as a span."""
    start = end
    while start > 0 and "가" <= text[start - 1] <= "힣" and end - start <= 5:
        start -= 1
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return None
    return (start, end) if 2 <= end - start <= 5 else None


def _pairs(text: str) -> Iterator[tuple[int, tuple[int, int], tuple[int, int]]]:
    """(where the pair starts, the first item, the second) for X랑 Y, X하고 Y and X, Y랑."""
    for joiner in _JOINER().finditer(text):
        comma = joiner.group() == ","
        first = _word_before(text, joiner.start())
        if first is None:
            continue
        start, end = first
        if comma and end - start > 4:
            continue
        if not comma and end - start >= 2 and _called(text, end):
            end -= 1  # 보람이랑, 솔이와: the affectionate 이 before the joiner
        if not 2 <= end - start <= 4 and not (end - start == 1 and text[end] == "이"):
            continue  # one syllable only in its affectionate form (솔이랑, round 14c)
        if text[joiner.start()] in "와과" and not _joins_names(text, end, joiner.start()):
            continue
        second = (_AFTER_COMMA() if comma else _AFTER_JOINER()).match(text, joiner.end())
        if second is not None:
            yield start, (start, end), second.span(1)
        elif not comma and (titled := _titled_after(text, joiner.end())) is not None:
            yield start, (start, end), titled


def _called(text: str, end: int) -> bool:
    """The word ending at ``end`` closes with the affectionate 이 after a closed syllable."""
    return text[end - 1] == "이" and bool(korean.final_consonant(text[end - 2]))


def _titled_after(text: str, at: int) -> tuple[int, int] | None:
    """솔이랑 정미 언니가: the second member stands bare before its kinship word or title."""
    match = _BEFORE_TITLE().match(text, at)
    if match is None or korean.split_particle(match.group(2))[0] not in _not_people():
        return None
    return match.span(1)


def _joins_names(text: str, end: int, joiner: int) -> bool:
    """와 and 과 join names only as the grammar allows: 와 after an open syllable (솔이와,
    미나와), 과 after a closed one (한결과); 이와 after a name's affectionate 이 (round 14c)."""
    last = text[joiner - 1]
    closed = bool(korean.final_consonant(last))
    return closed if text[joiner] == "과" else not closed


def _both_called(text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """하늘이랑 별이는: both members in the affectionate form of a closed syllable, the second
    with a particle only a name takes after 이 (round 14): the pair are named alike, so a
    word among them is a name too (a thing would not be paired with a name so)."""
    called = _CALLED_I().match(text, second[0])
    if called is None or not text.startswith(("이랑", "이하고"), first[1]):
        return False
    return korean.final_consonant(text[first[1] - 1]) and korean.final_consonant(
        called.group(1)[-1]
    )


_CALLED_I = lazy_pattern(r"([가-힣]{1,3}?)이(?:는|가|를|도|랑|한테|하고)(?![가-힣])")


def paired_names(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """The unfound member of a pair whose other member is a person (module docstring)."""
    if not any(joiner in text for joiner in ("랑", "하고", ",", "와 ", "과 ")):
        return []
    if not view(text).has_hangul:
        return []  # every pair ends in a Hangul word (round 14, speed: English has commas)
    spans = sorted((h.start, h.end, _seed(h)) for h in hits)
    starts = [s for s, _, _ in spans]
    named = {_bare(text[h.start : h.end]) for h in hits if _seed(h)}
    out: list[Hit] = []
    added: list[tuple[int, int, bool]] = []
    for at, *items in _pairs(text):
        near = spans[bisect.bisect_left(starts, at - 60) : bisect.bisect_right(starts, at + 20)]
        near += added[-4:]
        states = [_person_at(near, s, e) for s, e in items]
        group = _GROUP().search(text, max(0, at - 12), at) is not None
        group = group or _both_called(text, items[0], items[1])
        if True not in states and not group and not any(text[s:e] in named for s, e in items):
            continue
        if True not in states and any(e - s == 1 for s, e in items):
            continue  # 밥이랑 국이는: a one-syllable member only beside a found person
        for (start, end), state in zip(items, states, strict=True):
            if state is None and _candidate(text, start, end, res, group):
                out.append(
                    Hit(
                        start=start,
                        end=end,
                        label="PERSON",
                        detector="propagation",
                        rule="paired_with_name",
                        uncertain=True,
                    )
                )
                added.append((start, end, True))
    return out
