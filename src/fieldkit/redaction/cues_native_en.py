"""English cues before a name in Korean or Chinese script (detector ``cue``).

A mixed testimony names a person in Hangul or Hanzi right after an English cue: a naming
cue (called, named, her name, surnamed, "saved her as", Mr.) or a role noun (my daughter
보람, the broker 王强) before the word; and a Hangul name beside its romanisation (차태현,
Cha Tae-hyun).  Split out of ``cues_en`` (round 30, review), which asks
``find_native_names`` when the text holds Hangul or Hanzi and one of ``native_cue_words``;
the patterns are unchanged (``test_redaction_speed_r28_startup`` names them by their old
module).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.anchored import starts_word
from fieldkit.redaction.cues import closed_words, cue_words
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.phrases import trie_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_native_names", "native_cue_words"]

_NATIVE_CUE_WORDS = frozenset(
    str.split(
        "called named nicknamed known name was surnamed surname saved mr mrs ms miss madam pastor"
    )
)
_DISPLAYED = (
    *(f"name {v} as" for v in ("shown", "showed", "displayed", "appears", "appeared", "saved")),
    *(f"{k} name" for k in ("display", "screen", "profile")),
    "saved her as",
    "saved him as",
)
"""Round 14c: the name an app shows for an account (name shown as X, saved her as X) is
what she is called there, as after "called"."""
_TITLES_BEFORE_NATIVE = ("Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Madam", "Pastor")
"""English titles before a Korean or Chinese name (Mr. 최 from the church: round 16)."""
_NATIVE_CUES = frozenset(
    {
        *(f"called {w}" for w in ("her", "him", "herself", "himself")),
        *(f"{p} name{v}" for p in ("her", "his", "my") for v in ("", " was", " is")),
        "called",
        "named",
        "nicknamed",
        "was",
        "known as",
        "name is",
        "name was",
        "name's",
        "surnamed",
        "surname",
        "family name",
        "surname was",
        "surname is",
        "wrote her name",
        "wrote his name",
        *_DISPLAYED,
        *_TITLES_BEFORE_NATIVE,
    }
)
_NATIVE_AFTER_CUE = lazy_pattern(
    rf"(?:{trie_pattern(_NATIVE_CUES)})\s[\"“'‘]?([가-힣]{{1,4}}|[\u4e00-\u9fff]{{1,3}})"
    r"(?![가-힣\u4e00-\u9fff])"
)
_LATIN_THEN_NATIVE = lazy_pattern("[A-Za-z,] [가-힣\u4e00-\u9fff]")
"""Where a Hangul or Hanzi word follows an English one: the only places a role noun's
name in another script can be (the role regex alone was tried at every position)."""
_BESIDE_ROMAN = lazy_pattern(
    r"([가-힣]{2,4}),?\s\(?([A-Z][a-z]{0,4})[\s\-]([A-Z]?[a-z]{1,6}(?:-[a-z]{1,6})?)"
)


@lru_cache(maxsize=1)
def _role_native_rx() -> re.Pattern[str]:
    """An English role or kinship noun right before a Hangul or Hanzi word (my daughter
    보람, the broker 王强): the word is the name, as after "called"."""
    roles = set(cue_words().get("role", "en"))
    return re.compile(
        rf"(?:{trie_pattern({v for w in roles for v in (w, w.capitalize())})}),?\s"
        r"([가-힣]{2,4}|[\u4e00-\u9fff]{2,3})(?![가-힣\u4e00-\u9fff])"
    )


def _native_matches(folded: str, words: frozenset[str]) -> Iterator[re.Match[str]]:
    if words & _NATIVE_CUE_WORDS:
        yield from _NATIVE_AFTER_CUE().finditer(folded)
    if words & _role_words():
        rx = _role_native_rx()
        for island in _LATIN_THEN_NATIVE().finditer(folded):
            match = rx.search(folded, max(0, island.start() - 22), island.end() + 4)
            if match is not None and match.start(1) == island.end() - 1:
                yield match


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    return frozenset(w for w in cue_words().get("role", "en") if " " not in w)


@lru_cache(maxsize=1)
def native_cue_words() -> frozenset[str]:
    """Once, not a union per text (round 28, speed)."""
    return _NATIVE_CUE_WORDS | _role_words()


def find_native_names(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    for match in _native_matches(folded, words):
        if not starts_word(folded, match.start()):
            continue
        word = match.group(1)
        if word in res.keep_native or word in res.gaz_hangul or word in res.gaz_hanzi:
            continue
        if len(word) == 1 and not (
            word in res.sur_zh_hanzi or word in res.sur_ko_hangul or "name" in match.group()
        ):
            continue  # one character: a surname, or after "name is" (솔, Sol)
        if any(c in res.function_zh for c in word):
            continue  # "They called 他们的 people": pronouns and particles are no name
        if (word in closed_words("zh") or word in closed_words("ko")) and (
            word not in korean.COUNTED_NAMES or "name" not in match.group()
        ):
            continue  # round 14c: the broker 人贩子 (a role noun glossed) is no name
        ordinary = word in res.lex_ko or word in res.lex_zh or korean.ordinary(word, res)
        yield Hit.at(
            match.span(1),
            label="PERSON",
            detector="cue",
            rule="native_after_cue",
            uncertain=ordinary,
        )
    for match in _BESIDE_ROMAN().finditer(folded):
        word, surname = match.group(1), match.group(2).casefold()
        if word[0] in res.sur_ko_hangul and surname in res.sur_ko_latin:
            ordinary = word in res.lex_ko
            yield Hit.at(
                match.span(1),
                label="PERSON",
                detector="cue",
                rule="native_beside_romanised",
                uncertain=ordinary,
            )
