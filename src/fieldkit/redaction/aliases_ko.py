"""One person or place, many written forms (round 11 of issue 11, lane ALIAS).

A testimony names the same person or place several ways; once one form is redacted the
others must go too.  The kinds, all read from the hits already found in a field:

* **other readings of a Hanzi name** (``reading_seeds``, seeds for ``propagate``): 李文学 was
  redacted, so its given name read in Korean (문학) and the whole name or the given name in
  its Mandarin Hangul sound (리원쉐, 핑안 for 平安) are the same person; looked for only before
  a particle or a word's end (``READING_KEY``), *uncertain* when the reading is a word.  The
  readings come from ``hanzi.tsv`` (Unihan) and the NIKL transcription table, as the
  reading beside the name (``hanzi_ko``) does.
* **a surname as a title** (``SURNAME_TITLE_KEY``): the Hangul reading of a Hanzi surname
  (马씨 -> 마씨) or a lone Hangul surname a cue redacted (오 상사 -> 오가 성인데, 성이 오가),
  before 씨 or as the X가 of a surname statement.
* **apposed aliases and false starts**: ``apposed_ko`` (split off in round 19).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, hangul, korean
from fieldkit.redaction.chinese_given import mandarin_readings
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = [
    "READING_KEY",
    "SURNAME_TITLE_KEY",
    "korean_readings",
    "reading_after",
    "reading_seeds",
    "surname_title_after",
]

READING_KEY = "\x02"
"""A seed key that starts with this is another reading of a Hanzi name: it needs a particle
or the word's end after it (``reading_after``)."""
SURNAME_TITLE_KEY = "\x03"
"""A seed key that starts with this is a surname syllable: it needs 씨 or a surname
statement around it (``surname_title_after``)."""

_HAN = "\u4e00-\u9fff"
_HANZI_NAME = re.compile(rf"[{_HAN}]{{1,4}}")
_PARTICLE = lazy_pattern(
    rf"(?:(?:{'|'.join(korean.PARTICLES)}|씨)?(?![가-힣])|(?:이었|이였|였|이에|예요|이야|이지|인데|이고|이라))"
)
"""A particle and the word's end, or the copula in any ending (금수였시요, 문학인데)."""


def reading_after(text: str, end: int, word: bool) -> bool:
    """A particle (or nothing) and then the word's end after a reading; a particle always
    after a reading that is a word (陈立国 read 입국: 입국. is the word "entry")."""
    match = _PARTICLE().match(text, end)
    return match is not None and (not word or match.end() > end)


_TITLE_AFTER = lazy_pattern(r"가(?=\s?성(?:이|인|은|으로|입|(?![가-힣]))|였|이었|야(?![가-힣]))")
_TITLE_BEFORE = lazy_pattern(r"성(?:이|은|씨는)\s?$")


def surname_title_after(text: str, start: int, end: int) -> bool:
    """마씨, 오가 성인데, 성이 고가였어요: the surname as a title or a surname statement."""
    if end < len(text) and text[end] == "씨":
        return True
    if end < len(text) and text[end] == "가":
        return bool(
            _TITLE_AFTER().match(text, end)
            or _TITLE_BEFORE().search(text, max(0, start - 5), start)
        )
    return False


@lru_cache(maxsize=2048)
def korean_readings(chars: str) -> tuple[str, ...]:
    """Every Korean reading of a run of Hanzi, one reading per character combined (李文学 ->
    이문학, 리문학): what the name sounds like when a woman says it in Korean."""
    table = data.hanzi_readings()
    out = {""}
    for char in chars:
        readings = table.get(char, ((), ()))[1][:2]
        if not readings:
            return ()
        out = {h + v for h in out for r in readings for v in hangul.dueum_variants(r)}
        if len(out) > 16:
            return ()
    return tuple(sorted(out))


_MANDARIN_LIMIT = 8


def _mandarin(chars: str) -> Iterator[str]:
    """The Mandarin Hangul readings as keys; none when the characters have more than
    ``_MANDARIN_LIMIT`` (a name of many-sound characters: each reading is one more seed
    looked for in the whole text)."""
    readings = mandarin_readings(chars)
    if len(readings) <= _MANDARIN_LIMIT:
        yield from (READING_KEY + r for r in sorted(readings) if len(r) >= 2)


def reading_seeds(surface: str, hit: Hit, res: Resources) -> Iterator[str]:
    """The keys of the other readings of a Hanzi person name (module docstring)."""
    if hit.label != "PERSON" or not "\u4e00" <= surface[:1] <= "\u9fff":
        return  # what ``_HANZI_NAME`` opens with, tested first (round 28, speed)
    if _HANZI_NAME.fullmatch(surface) is None:
        return
    if len(surface) == 1:
        if surface in res.sur_zh_hanzi:
            for read in korean_readings(surface):
                yield SURNAME_TITLE_KEY + read
        return
    yield from _mandarin(surface)
    if surface[0] in res.sur_zh_hanzi and len(surface) >= 3:
        for read in korean_readings(surface[1:]):
            yield READING_KEY + read
        yield from _mandarin(surface[1:])
        for read in korean_readings(surface[0]):
            yield SURNAME_TITLE_KEY + read


def hangul_surname_seed(surface: str, hit: Hit, res: Resources) -> str | None:
    """오 (a lone Hangul surname a cue redacted: 오 상사) or the surname of a full Korean
    name: its key as a title."""
    if hit.label != "PERSON" or not surface or not "가" <= surface[0] <= "힣":
        return None
    if len(surface) in (1, 3) and surface[0] in res.sur_ko_hangul:
        return SURNAME_TITLE_KEY + surface[0]
    return None
