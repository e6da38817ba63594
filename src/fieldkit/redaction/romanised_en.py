"""Romanised Korean given names in English text, in any case (issue 11, round 9).

A note typed fast writes a woman's name without capitals ("met ok-hee again", "her cousin
myong-suk"), a form or a heading writes it in capitals ("KIM OK HEE"); the capitalised
rules see neither.  The class is structural: a Korean given name is two syllables, and the
syllables a romanised Korean word can be made of are a closed inventory, generated from the
Hangul syllable structure (initial, vowel, final) and the spellings ``data/romanisation.tsv``
accepts for each jamo (Revised Romanization, McCune-Reischauer with its breves and
apostrophes dropped, and the common informal spellings: hee, ee, oo).  So:

* **a lower-case hyphenated pair** (ok-hee, myong-suk, mi-suk): each part exactly one
  romanised syllable, the two parts different (no so-so, ha-ha), the word whole or joined
  no English word (e-mail, co-op), not both parts English words; a person, uncertain
  unless a cue or a surname stands beside it (her cousin myong-suk, park mi-suk,
  myong-suk kim), which also joins the span;
* **a surname in capitals and one or two syllables in capitals** (KIM OK HEE, PARK
  MI-SUK, and the given name before the surname: OK HEE KIM): a person, certain; the
  given part is never only English words (KIM SAID NO, LEE WON).

Each rule opens on its own rare characters (a hyphen between lower-case letters, a run of
capitals) and reads from there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import data, hangul
from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_romanised_names", "romanised_syllable"]

_LOWER_PAIR = lazy_pattern(r"(?<![\w'@./-])([a-z]{1,6})-([a-z]{1,6})(?![\w@-]|'\w|\.\w)")
_CAPS_RUN = lazy_pattern(r"(?<![\w'@-])([A-Z]{2,6}(?:[ \-][A-Z]{1,6}){1,3})(?![\w'@-])")
_WORD_BEFORE = lazy_pattern(r"([A-Za-z]+)(\.?),? $")
_WORD_AFTER = lazy_pattern(r",? ([A-Za-z]+)(?![\w'@-])")
_NAMING = frozenset(str.split("called named nicknamed surnamed mr mrs ms miss madam comrade"))
_PAIR_HEAD = re.compile(r"(?<![\w'@./-])[a-z]{1,6}$")
_CAPS_PAIR = re.compile(r"[A-Z][ \-][A-Z]")
_CAPS_HEAD = lazy_pattern(r"(?<![\w'@-])[A-Z]{2,6}$")
"""The anchors: a hyphen between lower-case letters (``_hyphens``), a space or hyphen
between capitals;
the word before is read back and the whole pattern matched from there."""
_FREQUENT = 3_000
_FRAME = lazy_pattern("[aeiouwy]+")


@lru_cache(maxsize=8192)
def romanised_syllable(part: str) -> bool:
    """``part`` (lower case) spells exactly one Hangul syllable by the romanisation table."""
    return 0 < len(part) <= 6 and any(len(r) == 1 for r in hangul.latin_to_hangul(part, limit=8))


@lru_cache(maxsize=1)
def _cue_before() -> frozenset[str]:
    """Role, kinship and title words after which a name follows (her cousin myong-suk)."""
    roles = cue_words().get("role", "en")
    return (
        frozenset(w.casefold() for w in roles if " " not in w)
        | _NAMING
        | frozenset(
            str.split("auntie aunty aunt uncle sister brother granny grandma officer pastor deacon")
        )
    )


@lru_cache(maxsize=1)
def _frequent_en() -> frozenset[str]:
    """The 3,000 most frequent English words of the engine's list (wordfreq): ok and no
    are among them, min, jun, hee and suk are not."""
    return frozenset(data.lexicon_ranked("en")[:_FREQUENT])


def _surname(word: str, res: Resources, short: bool = False) -> bool:
    """A Korean surname beside a romanised given name (kim, park, choi; in capitals RI, OH
    too): never a function word (an, so, do), and of three letters or more in lower case
    (oh, ha, ma are as often interjections)."""
    low = word.casefold()
    if low not in res.sur_ko_latin or low in res.function_en:
        return False
    return short or len(low) >= 3


def _english(part: str) -> bool:
    return part in _frequent_en()


def _pair_is_name(first: str, second: str, res: Resources) -> bool:
    if first == second or not (romanised_syllable(first) and romanised_syllable(second)):
        return False
    if first + second in res.lex_en or f"{first}-{second}" in res.lex_en:
        return False  # e-mail, co-op
    if _FRAME().sub("", first) == _FRAME().sub("", second):
        return False  # ping-pong, hip-hop: English reduplication with a vowel change
    return not (_english(first) and _english(second))  # no-one, to-do


def _hyphens(folded: str) -> Iterator[int]:
    """Where a hyphen stands between two lower-case letters: found with ``str.find``."""
    index = folded.find("-", 1)
    while index != -1:
        if folded[index - 1].islower() and folded[index + 1 : index + 2].islower():
            yield index - 1
        index = folded.find("-", index + 1)


def _anchored(
    folded: str, anchors: Iterator[int], head: re.Pattern[str], whole: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """``whole``'s matches, each found from an anchor (the last letter of the first word)
    and its word read back by ``head`` (the whole pattern tried at every position cost a
    fiftieth of a 2 MB text's time)."""
    after = 0
    for mark in anchors:
        if mark < after:
            continue
        start = head.search(folded, max(0, mark - 6), mark + 1)
        if start is None:
            continue
        match = whole.match(folded, start.start())
        if match is not None:
            after = match.end()
            yield match


def _lower_pairs(folded: str, res: Resources) -> Iterator[Hit]:
    for match in _anchored(folded, _hyphens(folded), _PAIR_HEAD, _LOWER_PAIR()):
        if not _pair_is_name(match.group(1), match.group(2), res):
            continue
        start, end = match.span()
        cued = False
        before = _WORD_BEFORE().search(folded, max(0, start - 16), start)
        if before is not None:
            word, dot = before.group(1), before.group(2)
            if _surname(word, res) and not dot:
                start, cued = before.start(1), True
            elif word.casefold() in _cue_before():
                cued = True
        after = _WORD_AFTER().match(folded, end)
        if after is not None and _surname(after.group(1), res):
            end, cued = after.end(1), True
        yield Hit(
            start=start,
            end=end,
            label="PERSON",
            detector="cue",
            rule="romanised_pair" if cued else "romanised_pair_uncued",
            uncertain=not cued,
        )


def _caps_runs(folded: str, res: Resources) -> Iterator[Hit]:
    marks = (m.start() for m in _CAPS_PAIR.finditer(folded))
    for match in _anchored(folded, marks, _CAPS_HEAD(), _CAPS_RUN()):
        parts = re.split(r"[ \-]", match.group(1).casefold())
        for given, offset in _caps_readings(parts):
            surname = parts[0] if offset == 0 else parts[-1]
            if _surname(surname, res, short=True) and not _caps_given_bad(given, res):
                yield _caps_hit(match, parts, given, offset)
                break


def _caps_readings(parts: list[str]) -> Iterator[tuple[list[str], int]]:
    """The surname first and two or one given syllables after it, then the surname last."""
    for size in (2, 1):
        if len(parts) > size:
            yield parts[1 : 1 + size], 0
    for size in (2, 1):
        if len(parts) == size + 1:
            yield parts[:-1], 1


def _caps_given_bad(given: list[str], res: Resources) -> bool:
    if not all(romanised_syllable(p) for p in given) or len(set(given)) < len(given):
        return True
    return all(_english(p) or p in res.function_en for p in given)


def _caps_hit(match: re.Match[str], parts: list[str], given: list[str], offset: int) -> Hit:
    """The surname and its given syllables inside the run of capitals."""
    start, end = match.span(1)
    if offset == 0:
        keep = 1 + len(given)
        end = start + len(" ".join(parts[:keep]))
    else:
        start = end - len(" ".join(parts[-1 - len(given) :]))
    return Hit(
        start=start,
        end=end,
        label="PERSON",
        detector="cue",
        rule="romanised_caps",
        uncertain=False,
    )


def find_romanised_names(folded: str, res: Resources) -> Iterator[Hit]:
    """The rules of this module (see its doc)."""
    yield from _lower_pairs(folded, res)
    yield from _caps_runs(folded, res)
