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

from fieldkit.redaction import korean
from fieldkit.redaction.aliases_ko import (
    READING_KEY,
    SURNAME_TITLE_KEY,
    hangul_surname_seed,
    reading_after,
    reading_seeds,
    surname_title_after,
)
from fieldkit.redaction.apposed_ko import aliases
from fieldkit.redaction.cuewords import closed_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.keep import KeepSpans
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.lists_ko import paired_names
from fieldkit.redaction.lists_people_ko import listed_people
from fieldkit.redaction.lists_zh import counted_people_zh
from fieldkit.redaction.name_glosses_ko import glossed_names
from fieldkit.redaction.nameparts import given_part, ordinary_given_part
from fieldkit.redaction.normalize import Folded, fold_key
from fieldkit.redaction.person_again_ko import person_after
from fieldkit.redaction.propagate_en import named_lower_here
from fieldkit.redaction.propagate_ko import (
    NICK_KEY,
    SURNAME_AFTER,
    SURNAME_KEY,
    enumerated_names,
    glued_after_connective,
    glued_surname,
    hanzi_reading_seeds,
    hanzi_sign_seeds,
    nickname_after,
    nickname_seed,
    surname_seed,
    surname_uncertain,
)
from fieldkit.redaction.propagate_words import reads_as_word
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.spaced_names_ko import SPACED_KEY, spaced_after, spaced_seed

__all__ = ["propagate"]


class _FieldLike(Protocol):
    folded: Folded
    hits: list[Hit]
    keep: KeepSpans


_NAMED_AS_NAME = ("subject_of_name", "listed_people", "denied_real_name")
"""Round 18: a word said to be a nickname or a name (해바라기는 ... 부르던 별명인데) is that
person wherever it stands as a word in the text, not only before a person's particle; round
19: so is a member of a list its count says is of people (한별이랑 단비랑 저, 이렇게 셋이 ...
단비는 아파서); round 27: so is a word said not to be a real name (참새는 진짜 이름이 아니고)."""


def _released(word: str, release: frozenset[str]) -> bool:
    """Whether the caller released ``word``: nearly every call releases nothing, and then
    the word is not folded at all (round 28, speed: ``fold_key`` is a regex and a fold)."""
    return bool(release) and fold_key(word) in release


def _seeds(fields: Sequence[_FieldLike], release: frozenset[str], res: Resources) -> dict[str, Hit]:
    """Every surface to look for; an ordinary Korean word a cue named a person (미소라고)
    is looked for only before a particle a person takes (``person_again_ko``): its key starts
    with a tab, which no surface does."""
    seeds: dict[str, Hit] = {}
    for field in fields:
        for hit in sorted(field.hits, key=lambda h: (h.uncertain, h.detector == "catchall")):
            start, end = hit.core or (hit.start, hit.end)
            surface = field.folded.text[start:end].strip()
            nick = nickname_seed(surface, hit)
            if nick is not None and not _released(surface, release):
                seeds.setdefault(nick, hit)  # '곰'이라고 불린 ... 곰이 (round 11)
            if len(surface) == 1 and hit.detector != "known":
                _alias_seeds(seeds, surface, hit, res, release)
                _called_seed(seeds, surface, hit, release)
            elif _affectionate_one(surface) and hit.detector != "known":
                _called_seed(seeds, surface[0], hit, release)  # 쏨이라는 ... 쏨 아저씨는 (r25)
            if len(surface) < 2 or surface.isdigit() or _released(surface, release):
                continue
            if hit.label == "DATE" or (len(surface) < 3 and surface.isascii()):
                continue
            ordinary = hit.rule.endswith("_ordinary") and not surface.isascii()
            if ordinary and not korean.name_shaped(surface):
                if hit.label == "PERSON":
                    named = hit.rule.startswith(_NAMED_AS_NAME)
                    seeds.setdefault(("" if named else "\t") + surface, hit)
                continue  # an ordinary word a cue flagged (친구 번호) is no name elsewhere
            seeds.setdefault(surface, hit)
            if hit.label in ("ORG", "PLACE") and not hit.uncertain:  # 华丰 ... 화풍이라 (r13)
                seeds.update((READING_KEY + r, hit) for r in hanzi_reading_seeds(surface))
            if hit.rule == "hanzi_name_before_org":  # 阳光幼儿园 ... 양광이라는게 (round 27)
                for reading in hanzi_sign_seeds(surface):
                    seeds.setdefault(READING_KEY + reading, hit)
            if hit.label != "PERSON" or hit.detector == "known":
                continue
            _alias_seeds(seeds, surface, hit, res, release)
            given = given_part(surface)
            if given and not _released(given, release):
                seeds.setdefault(given, hit)
            word = ordinary_given_part(surface)
            if word and word not in closed_words("ko") and not _released(word, release):
                seeds.setdefault("\t" + word, hit)  # 이명화 ... 명화가 조장이었고
            _korean_seeds(seeds, surface, hit, res, release)
    return seeds


def _affectionate_one(surface: str) -> bool:
    """A one-syllable name with the affectionate 이 or the copula's 이 left on it (쏨이라는:
    쏨 + 이라는, or 쏨이 + 라는): the syllable alone is that person again before a title or
    a person's ending (쏨 아저씨는: round 25)."""
    return len(surface) == 2 and surface[1] == "이" and korean.final_consonant(surface[0])


def _called_seed(seeds: dict[str, Hit], surface: str, hit: Hit, release: frozenset[str]) -> None:
    """Round 19: a one-syllable given name a rule found (봄 of 봄이 엄마가, 해 of 별이랑 해는
    자매였는데) is that person again where a person's ending follows it (봄이 소식을, 해한테서:
    ``person_again_ko.person_after``); the bare syllable is no seed (봄에 is spring).  Round
    26: so is one found with its affectionate 이 (별이는 ... 별이가 문을 두드리는)."""
    if hit.label != "PERSON" or hit.detector == "catchall":
        return
    if hit.core is not None and not hit.rule.startswith("affectionate_i"):
        return
    if "surname" in hit.rule or not "가" <= surface <= "힣":
        return  # a surname under its title (장 사장) is no given name
    if not _released(surface, release):
        seeds.setdefault("\t" + surface, hit)


def _korean_seeds(
    seeds: dict[str, Hit], surface: str, hit: Hit, res: Resources, release: frozenset[str]
) -> None:
    """Round 6: a Hanzi name's Korean readings (刘德福 -> 류덕복) and a full Korean name's
    lone surname (허명철 -> 허가, only before a particle: ``propagate_ko``); round 14b: the
    full name with a space after its surname (박 준호)."""
    for reading in hanzi_reading_seeds(surface):
        if reading in release:
            continue
        # round 11: a given name alone (平安) read as a word (평안) needs a particle after it
        alone = surface[0] not in res.sur_zh_hanzi and reading in res.lex_ko
        seeds.setdefault(READING_KEY + reading if alone else reading, hit)
    key = surname_seed(surface, hit, res)
    if key is not None:
        seeds.setdefault(key, hit)
    if _full_korean_name(surface, res):
        seeds.setdefault(surface[0] + " " + surface[1:], hit)  # round 14b: 박준호 ... 박 준호
    spaced = spaced_seed(surface, hit)
    if spaced is not None and not _released(surface, release):
        seeds.setdefault(spaced, hit)  # round 26: 향숙이는 ... 향 숙이랑


def _full_korean_name(surface: str, res: Resources) -> bool:
    """A surname and a two-syllable given name, written solid: the same person when a
    speaker spells it out with a space after the surname."""
    hangul_only = all("가" <= c <= "힣" for c in surface)
    return len(surface) == 3 and hangul_only and surface[0] in res.sur_ko_hangul


def _alias_seeds(
    seeds: dict[str, Hit], surface: str, hit: Hit, res: Resources, release: frozenset[str]
) -> None:
    """Round 11: the other readings of a Hanzi name and a surname as a title
    (``aliases_ko``)."""
    keys = list(reading_seeds(surface, hit, res))
    title = hangul_surname_seed(surface, hit, res)
    if title is not None:
        keys.append(title)
    for key in keys:
        if key[1:] not in release:
            seeds.setdefault(key, hit)


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
        if "," in field.folded.text:  # a list needs its commas
            field.hits.extend(enumerated_names(field.folded.text, field.hits, res))
        field.hits.extend(paired_names(field.folded.text, field.hits, res))  # round 12
        field.hits.extend(listed_people(field.folded.text, field.hits, res))  # round 14
        field.hits.extend(counted_people_zh(field.folded.text, field.hits))  # round 14b
        field.hits.extend(aliases(field.folded.text, field.hits, res))
        field.hits.extend(glossed_names(field.folded.text, field.hits, res))  # round 14b
    seeds = _seeds(fields, release, res)
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
