"""Propagation: what was detected once in an interview is redacted everywhere in it.

A name caught by a title in one sentence ("Ms. Baek") must not survive bare in
the next ("Baek said ...") or in another field of the same interview, nor the
given name of a full name ("Ok-sun" after "Kim Ok-sun") when it is no ordinary word.  Every
detected surface becomes a seed; one regex of all seeds is run over every
field.  Seeds that are ordinary English words match only with the same
capitalisation, so a catch-all "Church" does not take every "church" with it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, compress
from operator import itemgetter
from typing import Protocol

from fieldkit.redaction.aliases_ko import (
    READING_KEY,
    SURNAME_TITLE_KEY,
    reading_after,
    surname_title_after,
)
from fieldkit.redaction.apposed_ko import aliases
from fieldkit.redaction.bracketed import bracketed_spellings
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.lists_ko import paired_names
from fieldkit.redaction.lists_people_ko import listed_people
from fieldkit.redaction.lists_zh import counted_people_zh
from fieldkit.redaction.name_glosses_ko import glossed_names
from fieldkit.redaction.normalize import Folded
from fieldkit.redaction.person_again_ko import person_after
from fieldkit.redaction.propagate_en import named_lower_here
from fieldkit.redaction.propagate_ko import (
    NICK_KEY,
    SURNAME_AFTER,
    SURNAME_KEY,
    enumerated_names,
    glued_after_connective,
    glued_surname,
    nickname_after,
    surname_uncertain,
)
from fieldkit.redaction.propagate_seeds import released as _released  # noqa: F401  (tests)
from fieldkit.redaction.propagate_seeds import seeds as derive_seeds
from fieldkit.redaction.propagate_words import reads_as_word
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.spaced_names_ko import SPACED_KEY, spaced_after
from fieldkit.redaction.textview import view

__all__ = ["propagate"]


class _FieldLike(Protocol):
    folded: Folded
    hits: list[Hit]
    keep: KeepSpans


def _bounded(text: str, start: int, end: int, seed: str) -> bool:
    """Whole words only: no letter or digit just outside a Latin seed; a Hangul
    seed must start a word (particles may follow it)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if "가" <= seed[0] <= "힣":
        return not "가" <= before <= "힣" or glued_after_connective(text, start, end)
    if seed[0].isascii():
        return not (before.isascii() and before.isalnum()) and not (
            after.isascii() and after.isalnum()
        )
    return True


def _occurrences(text: str, lowered: str, seed: str, insensitive: bool) -> list[int]:
    """Where ``seed`` occurs: a list, not a generator, since most seeds of a short text
    occur only where they were found (round 18, speed)."""
    haystack, needle = (lowered, seed.lower()) if insensitive else (text, seed)
    found = []
    index = haystack.find(needle)
    while index >= 0:
        found.append(index)
        index = haystack.find(needle, index + 1)
    return found


class _WordIndex:
    """Where the seeds' first words start, and where the first characters of the seeds that
    do not open with a word (Hanzi names, ``+86 ...``) occur, for long texts with many seeds:
    one pass each, not one scan of the text per seed.  The text is split into words at C
    speed and only the words some seed opens with are kept.  A Hangul seed is looked up by
    its first syllable, since a particle may follow it in the same word (허가, 순희는): it
    occurs wherever a Hangul word starts with it, as the plain search finds it."""

    def __init__(self, text: str, lowered: str, seeds: Iterable[str]) -> None:
        self.starts: dict[str, list[int]] = {}
        self.chars: dict[tuple[bool, str], list[int]] = {}
        self.syllables: dict[str, list[int]] = {}
        firsts: set[str] = set()
        syllables: set[str] = set()
        chars: set[str] = set()
        for seed in seeds:
            first = _TOKEN().match(seed.lower())
            if first is None or first.end() == 0:
                chars.update((seed[:1], seed.lower()[:1]))
            elif _is_hangul(first.group()):
                syllables.add(first.group()[0])
            else:
                firsts.add(first.group())
        parts = _TOKEN_SPLIT().split(lowered)
        tokens = parts[1::2]
        offsets = list(accumulate(map(len, parts)))[0::2]
        keep = list(map(firsts.__contains__, tokens))
        for token, start in compress(zip(tokens, offsets, strict=False), keep):
            self.starts.setdefault(token, []).append(start)
        keep = list(map(syllables.__contains__, map(itemgetter(0), tokens)))
        for token, start in compress(zip(tokens, offsets, strict=False), keep):
            self.syllables.setdefault(token[0], []).append(start)
        chars.discard("")
        if chars:
            where = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")
            for lower, haystack in ((False, text), (True, lowered)):
                for found in where.finditer(haystack):
                    self.chars.setdefault((lower, found.group()), []).append(found.start())

    def occurrences(self, text: str, lowered: str, seed: str, insensitive: bool) -> Iterator[int]:
        first = _TOKEN().match(seed.lower())
        haystack, needle = (lowered, seed.lower()) if insensitive else (text, seed)
        if first is None or first.end() == 0:
            starts = self.chars.get((insensitive, needle[:1]), ())
        elif _is_hangul(first.group()):
            starts = self.syllables.get(first.group()[0], ())
        else:
            starts = self.starts.get(first.group(), ())
        for start in starts:
            if haystack.startswith(needle, start):
                yield start


_TOKEN = lazy_pattern(r"[a-z0-9]+|[가-힣]+")
_TOKEN_SPLIT = lazy_pattern(r"([a-z0-9]+|[가-힣]+)")


def _is_hangul(token: str) -> bool:
    return "가" <= token[0] <= "힣"


_INDEX_ABOVE = 2_000_000
_MARKS = "\t" + SURNAME_KEY + READING_KEY + SURNAME_TITLE_KEY + NICK_KEY + SPACED_KEY


def propagate(fields: Sequence[_FieldLike], res: Resources, release: frozenset[str]) -> None:
    """Add a ``propagation`` hit wherever a seed occurs and nothing covers it yet."""
    for field in fields:
        _members(field.folded.text, field.hits, res)
    seeds = derive_seeds(fields, release, res)
    if not seeds:
        return
    for field in fields:
        text = field.folded.text
        lowered = text.lower()
        covered = _Coverage(field.hits)
        date_ends = frozenset(h.end for h in field.hits if h.label == "DATE")
        find: Callable[[str, str, str, bool], Iterable[int]] = _occurrences
        if len(text) * len(seeds) > _INDEX_ABOVE and len(lowered) == len(text):
            seeds_only = (key.lstrip(_MARKS) for key in seeds)
            find = _WordIndex(text, lowered, seeds_only).occurrences
        for key, source in seeds.items():
            seed = key.lstrip(_MARKS)
            insensitive = not seed.isascii() or seed.casefold() not in res.lex_en
            for start in find(text, lowered, seed, insensitive):
                end = start + len(seed)
                glued = None
                if not _bounded(text, start, end, seed):
                    glued = glued_surname(text, start, seed, source.label, res)
                    if glued is None:
                        continue
                    start = glued  # 황구슬 after 구슬: the full name
                if covered.covers(start, end):
                    continue
                if reads_as_word(text, (start, end), seed, source, date_ends, res):
                    continue  # round 14: 생각해 보아도, 초닷새 새벽에, by grace
                uncertain = source.uncertain
                if key[0] == SURNAME_KEY:
                    after = SURNAME_AFTER().match(text, end)
                    if after is None:
                        continue
                    uncertain = uncertain or surname_uncertain(text, start, after.end(), res)
                elif key[0] == NICK_KEY:
                    if not nickname_after(text, end):
                        continue
                elif key[0] == SPACED_KEY:
                    if not spaced_after(text, end):
                        continue
                elif key[0] == READING_KEY:
                    word = seed in res.lex_ko
                    if not reading_after(text, end, word):
                        continue
                    uncertain = uncertain or word
                elif key[0] == SURNAME_TITLE_KEY:
                    if not surname_title_after(text, start, end):
                        continue
                elif key != seed and glued is None and not person_after(text, end, seed):
                    continue
                if (
                    source.detector != "known"
                    and field.keep.contains(start, end)
                    and not named_lower_here(text, start, end, source)
                    and not _cued_place(source)
                ):
                    continue
                field.hits.append(
                    Hit(
                        start=start,
                        end=end,
                        label=source.label,
                        detector="propagation",
                        rule=f"from-{source.detector}",
                        uncertain=uncertain,
                        detail=source.detail,
                        key=source.key if glued is None else "",  # 김영희 is not 박영희
                    )
                )


def _members(text: str, hits: list[Hit], res: Resources) -> None:
    """Add to ``hits`` the unfound members of the text's lists and pairs, its aliases and
    glossed names.  The people of a list and a gloss are Hangul words: those two rules are
    not asked of a text without Hangul (round 32, speed: English has commas and brackets)."""
    if "," in text:  # a list needs its commas
        hits.extend(enumerated_names(text, hits, res))
    hits.extend(paired_names(text, hits, res))  # round 12
    korean = view(text).has_hangul
    if korean:
        hits.extend(listed_people(text, hits, res))  # round 14
    hits.extend(counted_people_zh(text, hits))  # round 14b
    hits.extend(aliases(text, hits, res))
    if "(" in text or "（" in text:
        hits.extend(bracketed_spellings(text, hits, res))  # round 33: Tiantian (天天)
    if korean:
        hits.extend(glossed_names(text, hits, res))  # round 14b


def _cued_place(source: Hit) -> bool:
    """Round 26: a place a cue found sure (연길 하남에: a district of the town before it) is
    that place again where the keep-list holds its spelling as a province (하남 쪽, Henan):
    the interview has said which one it means."""
    return source.label == "PLACE" and source.detector == "cue" and not source.uncertain


class _Coverage:
    """Is ``[start, end)`` inside one existing hit?  (bisect over sorted starts)"""

    def __init__(self, hits: list[Hit]) -> None:
        spans = sorted((h.start, h.end) for h in hits)
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        best = -1
        for _, end in spans:
            best = max(best, end)
            self.max_end.append(best)

    def covers(self, start: int, end: int) -> bool:
        index = bisect.bisect_right(self.starts, start) - 1
        return index >= 0 and self.max_end[index] >= end
