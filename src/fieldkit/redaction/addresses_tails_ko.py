"""The ends of a Korean address (issue 11, round 26).

An envelope line ends with its floor (서울 양천구 신월로 214 3층, 산성대로 301번길 15, 2층,
정왕동 1872-4 지하1층): the floor was left after the redacted street and number, and with the
town named it points at one door.  The floor after an address, a space or a comma apart, is
the address's.  At the other end, the towns read back before an address (``addresses``) must
be towns: a verb's 면 ending (하면, 가면, 보면: "if") is no township (주소를 말하면 연길시 ...).
"""

from __future__ import annotations

from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["floor_after", "verbal_myeon"]

_FLOOR = lazy_pattern(r"(?:,\s?|\s)(?:지하\s?)?\d{1,2}\s?층(?!\d|짜리|건물|집|까지|올라|내려)")
_VERBAL_MYEON = frozenset(
    str.split(
        "하면 되면 가면 오면 보면 라면 이면 다면 으면 려면 자면 주면 두면 지면 치면 나면 "
        "내면 들면 살면 알면 팔면 물면 말면 놀면 울면 쓰면 크면 세면 대면 히면 리면 기면"
    )
)


def floor_after(folded: str, end: int) -> int:
    """Where an address ending at ``end`` ends with its floor (3층, 지하1층) after it."""
    found = _FLOOR().match(folded, end)
    return found.end() if found else end


def verbal_myeon(word: str) -> bool:
    """A word ending in a verb's 면 (if), not a township's: its last two syllables are a
    verb stem's and 면 (말하면, 도착하면, 잡히면)."""
    return word.endswith("면") and word[-2:] in _VERBAL_MYEON
