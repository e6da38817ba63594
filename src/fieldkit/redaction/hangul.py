"""Hangul arithmetic and romanisation, both ways, as regular expressions.

A Korean name can reach a narrative in a dozen spellings: 김영희, 김 영희,
Kim Young-hee, Gim Yeong-hui, Kim Yŏng-hŭi, Kim Yonghui.  Rather than list
spellings, each Hangul syllable becomes a small regular expression built from
the accepted spellings of its three jamo (``data/romanisation.tsv``), and a
Latin spelling is parsed back into the Hangul syllables it could stand for.
North and South Korean spellings (리/이, 림/임, 류/유, 로/노) are tried both
ways.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from fieldkit.redaction import data

__all__ = [
    "HANGUL",
    "PLAIN_OF_TENSE",
    "compose",
    "decompose",
    "dueum_variants",
    "latin_to_hangul",
    "romanised_pattern",
    "syllable_pattern",
    "tense_variants",
    "word_back_from",
    "word_from",
]

HANGUL = "가-힣"
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("-", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
_Y_VOWELS = frozenset("ㅑㅒㅕㅖㅛㅠㅣ")
_NAME_FINALS = ("-", "ㄱ", "ㄴ", "ㄹ", "ㅁ", "ㅂ", "ㅇ")
SEP = r"[-' ]?"


def word_from(text: str, start: int) -> str:
    """The Hangul word that starts at ``start`` (스스로 of "스스로 걸어"; a hit and whatever
    is glued to it): a rule that found a stem and a particle asks what the whole word is."""
    end = start
    while end < len(text) and "가" <= text[end] <= "힣":
        end += 1
    return text[start:end]


def word_back_from(text: str, end: int) -> int:
    """Where the run of Hangul syllables that ends at ``end`` starts (``word_from``'s mirror:
    a rule that found a title or a suffix asks where the word glued before it begins)."""
    start = end
    while start > 0 and "가" <= text[start - 1] <= "힣":
        start -= 1
    return start


def decompose(syllable: str) -> tuple[str, str, str]:
    """(initial, vowel, final) jamo of a Hangul syllable; final ``-`` when none.

    Any other character (a Hanzi or a Latin letter in a mixed word) has no jamo: ``("", "",
    "")``, which no jamo test matches.  Arithmetic alone would give a Hanzi some syllable's
    jamo, or fail with an IndexError beyond 힣 (a crash found by set O: a Latin name before a
    Korean kind noun)."""
    index = ord(syllable) - 0xAC00
    if not 0 <= index < 11172:
        return "", "", ""
    return INITIALS[index // 588], VOWELS[(index % 588) // 28], FINALS[index % 28]


def compose(initial: str, vowel: str, final: str) -> str:
    """The syllable made of three jamo (``-`` for no final)."""
    code = INITIALS.index(initial) * 588 + VOWELS.index(vowel) * 28 + FINALS.index(final)
    return chr(0xAC00 + code)


def dueum_variants(syllable: str) -> frozenset[str]:
    """The syllable in both North and South spelling (리/이/니, 로/노, 녀/여)."""
    if not "가" <= syllable <= "힣":
        return frozenset({syllable})
    initial, vowel, final = decompose(syllable)
    out = {syllable}
    if initial in "ㄹㄴ":
        out.add(compose("ㄴ", vowel, final))
        if vowel in _Y_VOWELS:
            out.add(compose("ㅇ", vowel, final))
    if initial == "ㅇ" and vowel in _Y_VOWELS:
        out.update({compose("ㄹ", vowel, final), compose("ㄴ", vowel, final)})
    if initial == "ㄴ":
        out.add(compose("ㄹ", vowel, final))
    return frozenset(out)


PLAIN_OF_TENSE = dict(zip("ㄲㄸㅃㅆㅉ", "ㄱㄷㅂㅅㅈ", strict=True))
"""A tense initial and its plain one (ㅆ, ㅅ): what a speaker's ear does not tell apart."""
_TOGGLED = PLAIN_OF_TENSE | {plain: tense for tense, plain in PLAIN_OF_TENSE.items()}


def tense_variants(word: str) -> frozenset[str]:
    """The word with one syllable's initial said plain or tense (매사이, 매싸이; 다롄, 따롄;
    쑤이펀허, 수이펀허): how a speaker hears a foreign place's name is no spelling rule."""
    out = set()
    for index, syllable in enumerate(word):
        initial, vowel, final = decompose(syllable)
        if initial in _TOGGLED:
            out.add(word[:index] + compose(_TOGGLED[initial], vowel, final) + word[index + 1 :])
    return frozenset(out)


def _alternation(spellings: set[str]) -> str:
    ordered = sorted(spellings, key=lambda s: (-len(s), s))
    parts = [re.escape(s).replace("'", "'?") for s in ordered if s]
    body = "|".join(parts)
    if "" in spellings:
        return f"(?:{body})?" if body else ""
    return f"(?:{body})"


@lru_cache(maxsize=4096)
def syllable_pattern(syllable: str) -> str:
    """A regex (case-insensitive use) for every Latin spelling of ``syllable``."""
    table = data.romanisation()
    inits: set[str] = set()
    vowels: set[str] = set()
    finals: set[str] = set()
    by_vowel: dict[str, tuple[set[str], set[str]]] = {}
    for variant in dueum_variants(syllable):
        initial, vowel, final = decompose(variant)
        pair = by_vowel.setdefault(vowel, (set(), set()))
        pair[0].update(table[("initial", initial)])
        pair[1].update(table[("final", final)])
        inits.update(table[("initial", initial)])
        vowels.update(table[("vowel", vowel)])
        finals.update(table[("final", final)])
    return _alternation(inits) + _alternation(vowels) + _alternation(finals)


def romanised_pattern(hangul: str) -> str:
    """A regex for ``hangul`` written in Latin letters, syllables optionally separated."""
    return SEP.join(syllable_pattern(s) for s in hangul if "가" <= s <= "힣")


@lru_cache(maxsize=1)
def _inverse() -> tuple[
    dict[str, frozenset[str]], dict[str, frozenset[str]], dict[str, frozenset[str]]
]:
    """Latin spelling -> the jamo it may stand for, for initials, vowels and finals."""
    table = data.romanisation()
    maps: tuple[dict[str, set[str]], ...] = ({}, {}, {})
    for (part, jamo), spellings in table.items():
        target = maps[("initial", "vowel", "final").index(part)]
        for spelling in spellings:
            target.setdefault(spelling.replace("'", ""), set()).add(jamo)
    return tuple({k: frozenset(v) for k, v in m.items()} for m in maps)  # type: ignore[return-value]


def _parse(word: str) -> list[list[tuple[str, ...]]]:
    """Every way to read ``word`` (lower-case letters) as Korean syllables, fewest first."""
    inits, vowels, finals = _inverse()

    @cache
    def from_pos(pos: int) -> tuple[tuple[tuple[str, ...], ...], ...]:
        if pos == len(word):
            return ((),)
        found: list[tuple[tuple[str, ...], ...]] = []
        for a, b, c in _splits(word, pos, inits, vowels, finals):
            syllables = _syllables(inits[word[pos:a]], vowels[word[a:b]], finals[word[b:c]])
            if syllables:
                found.extend((syllables, *rest) for rest in from_pos(c))
            if len(found) > 64:
                break
        return tuple(found)

    parses = from_pos(0)
    if not parses:
        return []
    fewest = min(len(p) for p in parses)
    return [list(p) for p in parses if len(p) == fewest]


def _splits(
    word: str,
    pos: int,
    inits: dict[str, frozenset[str]],
    vowels: dict[str, frozenset[str]],
    finals: dict[str, frozenset[str]],
) -> list[tuple[int, int, int]]:
    out: list[tuple[int, int, int]] = []
    for a in range(pos, min(pos + 3, len(word)) + 1):
        if word[pos:a] not in inits:
            continue
        for b in range(a + 1, min(a + 3, len(word)) + 1):
            if word[a:b] not in vowels:
                continue
            out.extend(
                (a, b, c) for c in range(b, min(b + 2, len(word)) + 1) if word[b:c] in finals
            )
    return out


def _syllables(
    inits: frozenset[str], vowels: frozenset[str], finals: frozenset[str]
) -> tuple[str, ...]:
    """The syllables a spelling's three parts may make, in code-point order: never a set's
    order, which changes with the hash seed and would make ``latin_to_hangul``'s cut at
    ``limit`` keep different readings from one run to the next."""
    return tuple(
        sorted(
            {
                compose(i, v, f)
                for i, v, f in itertools.product(inits, vowels, finals)
                if f in _NAME_FINALS
            }
        )
    )


def latin_to_hangul(word: str, limit: int = 48) -> list[str]:
    """Hangul strings a romanised word may stand for (``Younghee`` -> 영희, 융희, ...).

    Hyphens and spaces are syllable boundaries the writer chose, so each part is
    parsed on its own.  At most ``limit`` strings, to keep the variant set small.
    """
    parts = [p for p in re.split(r"[-' ]+", word.lower()) if p]
    options: list[list[str]] = []
    for part in parts:
        if not part.isascii() or not part.isalpha():
            return []
        readings = _parse(part)
        if not readings:
            return []
        strings: list[str] = []
        for reading in readings:
            strings.extend("".join(p) for p in itertools.islice(itertools.product(*reading), limit))
        options.append(list(dict.fromkeys(strings))[:limit])
    out: list[str] = [
        "".join(combo) for combo in itertools.islice(itertools.product(*options), limit)
    ]
    return out
