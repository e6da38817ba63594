"""Strong-cue contexts, for the scorer: was a gold identifier in a context where a strong
cue says what it is?

The cue lists are those of ``data/cues.tsv`` (see ``cues.py``), read the other way round:
given an annotated span, look at the text around it.  The count of *silent misses* (gold
identifiers with no redacted span at all, not even uncertain) in such contexts must be
zero: a strong cue always redacts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction.cues import cue_words, gazetteer_entry
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources

__all__ = ["strong_cue_context"]


def _alt(words: tuple[str, ...]) -> str:
    return longest_first(words)


@dataclass(frozen=True, kw_only=True)
class _ContextRx:
    person_before: re.Pattern[str]
    person_after: re.Pattern[str]
    person_inside: re.Pattern[str]
    place_after: re.Pattern[str]
    place_inside: re.Pattern[str]


@lru_cache(maxsize=1)
def _context_rx() -> _ContextRx:
    c = cue_words()
    en_titles = _alt(c.get("honorific", "en") + c.get("role", "en"))
    before = (
        rf"(?<![\w'])(?i:{en_titles})\.?,?\s+$"
        rf"|(?<![\w'])(?i:{_alt(c.get('naming', 'en'))})[:,]?\s+(?:the\s+)?[\"“'‘]?$"
        rf"|(?:{_alt(c.get('role', 'ko'))})인?,?\s$"
        rf"|(?:{_alt(c.get('naming', 'ko'))})\s?[\"“'‘]?$"
        rf"|(?:{_alt(c.get('role', 'zh') + c.get('naming', 'zh'))})[了过着]?\s?$"
    )
    after = (
        rf"^\s?(?:{_alt(c.get('honorific', 'ko'))})"
        rf"|^(?:{_alt(c.get('naming_after', 'ko'))})"
        rf"|^\s?(?:{_alt(c.get('honorific', 'zh'))})"
    )
    inside = (
        rf"^(?i:{_alt(c.get('honorific', 'en'))})\.?\s"
        rf"|(?:{_alt(c.get('honorific', 'ko') + c.get('honorific', 'zh'))})$"
    )
    suffixes = c.get("place_suffix", "ko") + c.get("place_suffix", "zh")
    place_after = (
        rf"^(?:{_alt(c.get('place_after', 'ko') + suffixes)})"
        rf"|^\s(?i:{_alt(c.get('place_suffix', 'en'))})(?![\w])"
    )
    return _ContextRx(
        person_before=re.compile(before),
        person_after=re.compile(after),
        person_inside=re.compile(inside),
        place_after=re.compile(place_after),
        place_inside=re.compile(
            rf"(?:{_alt(suffixes)})$|[\s\-](?i:{_alt(c.get('place_suffix', 'en'))})$"
        ),
    )


def strong_cue_context(text: str, start: int, end: int, label: str, res: Resources) -> bool:
    """Is the span ``[start, end)`` of ``text`` in a strong-cue context (the scorer's count
    of silent misses there must be zero)?  A person after a title, role or naming cue or
    before an honorific or 이라고; a gazetteer place before a locative particle or with a
    place suffix.  Decided from the text alone, the way an annotator would."""
    rx = _context_rx()
    span = text[start:end]
    before, after = text[max(0, start - 40) : start], text[end : end + 12]
    if label == "PERSON":
        return bool(
            rx.person_before.search(before)
            or rx.person_after.search(after)
            or rx.person_inside.search(span)
        )
    if label != "PLACE":
        return False
    inside = rx.place_inside.search(span)
    core = span[: inside.start()].strip(" -") if inside else span
    if gazetteer_entry(core, res) is None and gazetteer_entry(span, res) is None:
        return False
    return bool(inside or rx.place_after.search(after))
