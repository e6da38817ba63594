"""Korean lot-number addresses (지번 주소) and a Hangul street before Hanzi units (round 11).

A South Korean address is written either by road name (목동로 12길 5, round 6) or by lot
number after its 동 or 리: 다대동 912-4, 정왕동 1834 103동 704호, 상계리 45-12번지.  The
address patterns of ``addresses.py`` took the flat (103동 704호) and the 동 as a place but
left the lot number between them, so the envelope line was not covered whole.

The rule opens on the number (a rare anchor: digits after a Hangul word and a space) and reads
the word back.  A lot number is an address when the word before it ends in 동, 리, 읍, 면 or
가 (two syllables at least, no closed word: 언니가 is a subject) and one of these holds:

* the word is a listed South Korean 동 (``places_dong_ko.tsv``), or (round 38) any 동 or 리
  written after its 읍, 면, 군, 구 or 시 (봉담읍 동화리 112-7), and the number is a lot
  (hyphenated, 912-4, or with 번지);
* the number has 번지 after it (any 동 or 리: 상계리 45번지);
* building or flat numbers follow (정왕동 1834 103동 704호): the flat makes it an address;
  round 38: also with the estate's name between (신월동 1034 신월시영아파트 14동 503호),
  which the span takes in.

A counter after the number (운동 3-2로 이겼다 is a score, 이동 30 분 a time; 명, 원, 개 ...)
never makes one.  The towns before it are added by ``addresses._towns_before`` as for any
Korean address (부산 사하구 다대동 912-4).
"""

from __future__ import annotations

import re

from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.places_dong_ko import dong_province

__all__ = ["lot_addresses", "road_suffix", "romanised_lots"]

# the look-behind after the first syllable, which opens the pattern (round 13, speed)
_LOT = lazy_pattern(
    r"([가-힣](?<![가-힣].)[가-힣]{0,6}[동리읍면가])\s(\d{1,5}(?:-\d{1,4})?)(\s?번지)?"
    r"(?=(?:에서|에|예요|이에요|입니다|이고|인데|이요|요)?(?:[\s.,)?!]|$))"
)
_COUNTER = lazy_pattern(
    r"\s?(?:분|시간|번|개|명|살|년|달|월|일|층|km|킬로|미터|원|위안|리|시|초|대|장|권|점|등|"
    r"골|대|위|차|회|퍼센트|%)"
)
_UNITS_AFTER = lazy_pattern(
    r",?\s?(?:[가-힣A-Za-z]{2,12}\s)?\d{1,4}\s?(?:동|호|단지|층)(?![가-힣])"
)
"""The flat after a lot number, the estate's name between or not (정왕동 1843 주공아파트 507동
1104호, 논현동 648-3 휴먼시아 1102동: round 38)."""
_GATE = re.compile(r"[동리읍면가]\s\d")


def lot_addresses(folded: str) -> list[tuple[int, int]]:
    """Spans of lot-number addresses (the 동 or 리 and its number; the flat after it is
    found by the unit pattern and joined to it)."""
    if _GATE.search(folded) is None:
        return []
    out = []
    for match in _LOT().finditer(folded):
        word, number, beonji = match.group(1), match.group(2), match.group(3)
        if len(word) < 2 or word in closed_words("ko") or word[:-1] in closed_words("ko"):
            continue
        after = folded[match.end() :]
        if not beonji and _COUNTER().match(after):
            continue
        flat = _UNITS_AFTER().match(after)
        lot = "-" in number or bool(beonji)
        listed = dong_province(word) is not None or _under_town(folded, match.start(1))
        if beonji or flat or (lot and listed):
            out.append((match.start(1), match.end() + _estate_length(after, flat)))
    return out


_TOWN_BEFORE = lazy_pattern(r"(?<![가-힣])[가-힣]{1,6}[읍면군구시]\s$")


def _under_town(folded: str, start: int) -> bool:
    """The 동 or 리 is written under its town, as an envelope reads (봉담읍 동화리 112-7):
    with a hyphenated lot it is an address even when no list holds it (round 38)."""
    return _TOWN_BEFORE().search(folded, max(0, start - 8), start) is not None


def _estate_length(after: str, flat: re.Match[str] | None) -> int:
    """How far the lot's span reaches past its number: through the estate's name before the
    flat (휴먼시아 of 648-3 휴먼시아 1102동), which no apartment noun marks."""
    if flat is None:
        return 0
    digits = re.search(r"\d", flat.group())
    return 0 if digits is None else len(flat.group()[: digits.start()].rstrip(" ,"))


_ROMANISED_LOT = lazy_pattern(
    r"\b[A-Z][a-z]+(?:-[a-z]+)*-(?:dong|ri|eup|myeon|ga)\s(\d{1,5}-\d{1,4}|\d{1,5}(?=,?\s(?:Room|Apt|Flat|Unit|\d{1,4}-dong)))"
    r"(?![\d-])"
)
"""Jeongwang-dong 1857-4 (, Room 302): a South Korean lot number after its romanised 동, as
``_LOT`` reads it in Hangul (round 21)."""
_PO_BOX = lazy_pattern(r"\b(?:P\.?\s?O\.?|Post Office)\s?Box\s\d{1,6}\b", re.IGNORECASE)
_FLAT_BEFORE_ROAD = lazy_pattern(
    r"(?<![\w-])\d{2,4}-\d{3,4},?\s(?=\d{1,5}\s[A-Z][a-z]+-(?:ro|gil|daero)\b)"
)
"""102-1504, 77 Mokdong-ro: the building and flat, written 동-호 in digits before the road."""
_DANJI = lazy_pattern(r"\b\d{1,2}-?danji\b")
"""Sanggye Jugong 7-danji: the estate's block (단지), which with its name finds the flat."""


_LOT_SUFFIXES = ("-dong", "-ri", "-eup", "-myeon", "-ga")
"""The romanised 동, 리, 읍, 면 or 가 that ``_ROMANISED_LOT`` opens with a name and a hyphen."""


def road_suffix(folded: str) -> bool:
    """The text holds a hyphen and a romanised road's noun (Mokdong-ro, Jongno-gil), which a
    romanised road name holds (round 28, speed: tested before the patterns that need one)."""
    return "-ro" in folded or "-gil" in folded or "-daero" in folded


def romanised_lots(folded: str) -> list[tuple[int, int]]:
    """English-written address parts the patterns of ``addresses.py`` leave out: a lot
    number after a romanised 동, a PO box, a 동-호 number before a romanised road, an
    estate's danji (round 21)."""
    out: list[tuple[int, int]] = []
    if any(suffix in folded for suffix in _LOT_SUFFIXES):  # round 28, speed: what each holds
        out.extend(m.span() for m in _ROMANISED_LOT().finditer(folded))
    if road_suffix(folded):
        out.extend(
            (m.start(), m.end() - len(m.group()) + len(m.group().rstrip(", ")))
            for m in _FLAT_BEFORE_ROAD().finditer(folded)
        )
    if "danji" in folded:  # round 31, speed: every match holds it ("anji" is in Yanji)
        out.extend(m.span() for m in _DANJI().finditer(folded))
    if "Box" in folded or "box" in folded or "BOX" in folded:
        out.extend(m.span() for m in _PO_BOX().finditer(folded))
    return out
