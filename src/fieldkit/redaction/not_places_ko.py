"""Ordinary Korean nouns taken for places (round 13, precision).

A gazetteer spelling that is also an ordinary word (광산 "mine", 다리 "bridge", 태평
"peace"), or an unknown noun the catch-all read as a place, is a place only where the grammar
says so.  Three slots say it is the common noun:

- an **administrative office** (구청, 시청, 군청, 면사무소, 주민센터 ..., a closed class) is
  the office of the place named before it (``마포구 구청에서``): the place is the hit, the
  office is the head noun and identifies nothing more;
- a facility or branch noun **right after a place** is the head of the phrase (``회령
  광산``: "the mine of Hoeryong", ``원주 분원``): the place before it is the hit.  Only the
  kind nouns of businesses and facilities (``org_nouns.korean_nouns``: 광산, 탄광, 농장,
  병원 ...) and the branch nouns (분원, 지점, 분교 ...): a place after a place is often its
  subdivision (``훈춘 경신``, ``김해 장유``), and those stay;
- an ordinary word **after a determiner** (그, 이, 저, 이런, 어느 ...: ``그 다리로``, ``이
  광산에서``) is a common noun: a place name takes no determiner.

Only uncertain hits are read in the last two slots (the lexicon already doubted them); a
certain place (a suffix, a known spelling) is never removed here.  And an adverb made of a
르 adjective (배부르 -> 배불리, 빠르 -> 빨리) or an ㄹ stem (멀 -> 멀리) is no place in 리
(``derived_adverb``, used by ``places``).
"""

from __future__ import annotations

from fieldkit.redaction import dictionary_ko, hangul
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.org_nouns import korean_nouns

__all__ = [
    "ADMIN_OFFICES",
    "BRANCH_NOUNS",
    "LANDMARK_NOUNS",
    "derived_adverb",
    "drop_place_nouns",
    "previous_word",
]


ADMIN_OFFICES = frozenset(
    str.split(
        "구청 시청 군청 도청 읍사무소 면사무소 동사무소 리사무소 주민센터 행정복지센터 "
        "구청사 시청사 군청사 도청사 인민위원회 구역당 군당 도당 시당"
    )
)
"""The offices of an administrative unit (South and North Korean)."""

BRANCH_NOUNS = frozenset(
    str.split("분원 본원 지부 본부 지점 본점 분점 분소 분교 본교 지사 본사 분국 출장소 사무소")
)
"""The parts of an institution (a branch, the head office): a kind noun after a place."""

LANDMARK_NOUNS = frozenset(str.split("다리 나루 나루터 부두 포구 강변 강가 고개 언덕 초소 세관"))
"""Landmarks a place names (원정리 다리 "the bridge at 원정리"): the head noun, not a second
place (round 14, second wave)."""

_DETERMINERS = frozenset(str.split("그 이 저 이런 그런 저런 어느 무슨 웬 같은 그쪽 이쪽"))

_PARTICLE_ENDS = ("에서", "으로", "에", "로", "은", "는", "이", "가", "을", "를", "도", "의")


def _bare(word: str) -> str:
    for ending in _PARTICLE_ENDS:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def previous_word(text: str, start: int, reach: int) -> str:
    """The word just before ``start`` when a space separates them, looked for within
    ``reach`` characters (a determiner, an adverb); empty otherwise."""
    head = text[max(0, start - reach) : start]
    if not head.endswith(" "):
        return ""
    parts = head.rstrip().rsplit(None, 1)
    return parts[-1] if parts else ""


def derived_adverb(stem: str) -> bool:
    """``stem + 리`` is an adverb of a dictionary adjective or verb: 배불 + 리 from 배부르,
    빨 + 리 from 빠르, 멀 + 리 from 멀."""
    if not stem or not "가" <= stem[-1] <= "힣":
        return False
    initial, vowel, final = hangul.decompose(stem[-1])
    if final != "ㄹ":
        return False
    if dictionary_ko.stem(stem):
        return True
    open_syllable = hangul.compose(initial, vowel, "-")
    return dictionary_ko.stem(stem[:-1] + open_syllable + "르")


_NOUN_SLOTS = ("company_town_ko", "market_place_ko", "gazetteer_going_ordinary")
"""Place rules whose next noun (a company, a market) already says "a town": a determiner
before them points at the place (그 X 시장), and 저 may be the speaker (저 X 식품 다닐 때);
round 34: a place before a verb of going or living, where the determiner points at what the
clause describes (그 통화 가는 버스) or is the speaker (저 부평 사는 탈북민)."""


def _head_noun(word: str) -> bool:
    return word in BRANCH_NOUNS or word in LANDMARK_NOUNS or word in korean_nouns()


def _ordinary_place(hit: Hit) -> bool:
    return (
        hit.label == "PLACE" and hit.uncertain and hit.detector in ("gazetteer", "catchall", "cue")
    )


def drop_place_nouns(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` less the place hits that are an office, a head noun or a determined noun."""
    if not any(h.label == "PLACE" for h in hits):
        return hits
    place_ends = {h.end for h in hits if h.label == "PLACE"}
    out = []
    for hit in hits:
        if hit.label == "PLACE" and hit.detector not in ("known", "pattern"):
            word = _bare(text[hit.start : hit.end])
            if word in ADMIN_OFFICES:
                continue
            if _ordinary_place(hit):
                after_place = hit.start >= 1 and text[hit.start - 1] == " "
                if after_place and hit.start - 1 in place_ends and _head_noun(word):
                    continue  # 회령 광산: the head noun of the place before
                if previous_word(text, hit.start, 8) in _DETERMINERS and not hit.rule.startswith(
                    _NOUN_SLOTS
                ):
                    continue  # 그 다리로: a common noun
        out.append(hit)
    return out
