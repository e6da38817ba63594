"""A name said with its other written form beside it (issue 11, round 14, second wave).

Two ways a Korean testimony writes one person twice in a row, both read once the field's
hits are known (``propagate`` runs this with the aliases):

* **the Hanzi after its Hangul reading**: 중국 이름은 핑핑, 平平 — a redacted Hangul name,
  a comma, and a Hanzi run whose Mandarin or Korean reading is that very name; the Hanzi is
  the same person (a Hanzi run that reads otherwise is a gloss or a place, left).
* **a name before a bracket that gives the real one**: 언니 순(본명 박순자) — what stands
  before ``(본명``, ``(본이름``, ``(가명`` or ``(실명`` is the name the woman went by; even one
  syllable, since nothing else is glossed by a real name.  Uncertain when it is a word.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from fieldkit.redaction import data, hangul
from fieldkit.redaction.chinese_given import mandarin_readings
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["glossed_names"]

_HAN = "\u4e00-\u9fff"
_HANZI_AFTER = lazy_pattern(rf"([가-힣](?<![가-힣].)[가-힣]{{1,3}}), ([{_HAN}]{{2,3}})(?![{_HAN}])")
_REAL_AFTER = lazy_pattern(
    r"([가-힣](?<![가-힣].)[가-힣]{0,3})\((?:본명|본이름|가명|실명)(?!\s?(?:모름|미상|불명|없음|몰라))"
    r"(?!일|인지|같)"
)
"""A note that the real name is unknown (함(본명모름): "done", then a remark) glosses nothing;
nor does a guess about the name before (춘희라고 다시 말함(가명일 수도): round 39)."""


def _korean_readings(chars: str) -> set[str]:
    """Every Sino-Korean reading of the characters (平平 -> 평평), initial-sound variants too."""
    table = data.hanzi_readings()
    out = {""}
    for char in chars:
        readings = table.get(char, ((), ()))[1][:2]
        if not readings:
            return set()
        out = {h + v for h in out for r in readings for v in hangul.dueum_variants(r)}
        if len(out) > 16:
            return set()
    return out


def _person_at(hits: list[Hit], starts: list[int], start: int, end: int) -> bool:
    index = bisect.bisect_right(starts, start) - 1
    while index >= 0 and starts[index] == start:
        hit = hits[index]
        if hit.label == "PERSON" and hit.end >= end:
            return True
        index -= 1
    return False


def _free(hits: list[Hit], start: int, end: int) -> bool:
    return not any(h.start < end and start < h.end for h in hits)


def _hanzi_beside(text: str, hits: list[Hit], starts: list[int]) -> Iterator[Hit]:
    """핑핑, 平平: the Hanzi whose reading is the redacted name before the comma."""
    for match in _HANZI_AFTER().finditer(text):
        name, written = match.group(1), match.group(2)
        if not _person_at(hits, starts, *match.span(1)) or not _free(hits, *match.span(2)):
            continue
        if name in mandarin_readings(written) or name in _korean_readings(written):
            yield person_by_cue(*match.span(2), "hanzi_beside_reading", False)


def _before_real(text: str, hits: list[Hit], res: Resources) -> Iterator[Hit]:
    """순(본명 박순자): the name a bracket glosses with the real one."""
    for match in _REAL_AFTER().finditer(text):
        word = match.group(1)
        if word in closed_words("ko") or not _free(hits, *match.span(1)):
            continue
        yield person_by_cue(*match.span(1), "name_before_real", word in res.lex_ko)


def glossed_names(text: str, hits: list[Hit], res: Resources) -> list[Hit]:
    """The module's two glosses in one field's text (module docstring)."""
    out: list[Hit] = []
    if "(" in text:
        out.extend(_before_real(text, hits, res))
    if ", " in text:
        ordered = sorted(hits, key=lambda h: (h.start, h.end))
        starts = [h.start for h in ordered]
        out.extend(_hanzi_beside(text, ordered, starts))
    return out
