"""Hangul names carrying a Korean particle inside an English sentence (issue 11, round 14c).

A bilingual writer keeps the Korean particle glued to a Korean name even in an English
sentence (we gave 별님한테 the money; two boys, 바다랑 하늘, were taken).  The particle says
what the word is, whatever the word means:

* **an animate particle** (한테, 한테서, 에게, 에게서, 께, 께서) marks a person or an animal;
  a place or a thing takes 에 or 에서.  The stem (without a closed syllable's affectionate
  이) is a person;
* **a comitative pair** (X랑 Y, X이랑 Y, X하고 Y, X와 Y, X과 Y) standing alone in an
  English clause joins two people the clause then talks about: both words are persons
  (when either is a dictionary word, only right after a plural person noun: two girls,
  X랑 Y).
  The particle must agree with the syllable before it (이랑 and 과 after a final
  consonant, 랑 and 와 after a vowel), so a word that merely ends in those syllables stays.

* **a romanised name glued to a Korean honorific** (Kim씨 from Chongjin, Park선생님):
  the honorific says "person" after a Latin name as after a Hangul one (round 20);
* **a Hangul name after an English role noun** (paid 6,000 yuan to broker 박., her
  husband 김철수 was): the role says "person" in either script (round 20).

Only in an English sentence (more Latin words than Hangul ones between the sentence's
stops), never a keep-list word, a place, a kinship or role word (엄마한테, 언니랑), a verb
form or a closed word; uncertain when the stem is a dictionary word (하늘, 바다).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fieldkit.redaction import korean
from fieldkit.redaction.cuewords import closed_words, cue_words
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["find_particle_names"]

_ANIMATE = re.compile(
    r"([가-힣](?<![가-힣].)[가-힣]{0,3}?)(?:한테서|한테|에게서|에게|께서|께)(?![가-힣])"
)
_PAIR = re.compile(
    r"([가-힣](?<![가-힣].)[가-힣]{0,3}?)(이랑|랑|하고|와|과) "
    r"([가-힣]{1,4})(?![가-힣])(?=[,;.)]| [A-Za-z])"
)
_LATIN_HONOURED = lazy_pattern(r"([A-Z](?<![A-Za-z].)[a-z]{1,11})(?=씨|님|선생|여사|동무)")
"""The capital opens the pattern, the look-behind follows it (a look-behind first is tried
at every position of a long document: round 13)."""
_PEOPLE = lazy_pattern(
    r"\b(?:girls|boys|women|men|sisters|brothers|daughters|sons|children|kids|friends|twins|"
    r"cousins|people|ladies|both of them|the two)\b,?\s*$",
    re.IGNORECASE,
)
"""A plural person noun the pair stands after (two girls, X랑 Y): where the pair's words
are also dictionary words (사과와 배 "apples and pears"), only this slot says "people"."""
_STOP = lazy_pattern(r"[.!?\n]")
_LATIN_WORD = lazy_pattern(r"[A-Za-z]{2,}")
_HANGUL_WORD = lazy_pattern(r"[가-힣]+")


def _english_sentence(folded: str, start: int, end: int) -> bool:
    """More Latin words than Hangul ones in the sentence around ``[start, end)``."""
    left = max((m.end() for m in _STOP().finditer(folded, max(0, start - 200), start)), default=0)
    stop = _STOP().search(folded, end)
    right = stop.start() if stop else len(folded)
    sentence = folded[max(left, start - 200) : min(right, end + 200)]
    return len(_LATIN_WORD().findall(sentence)) > len(_HANGUL_WORD().findall(sentence))


def _agrees(stem: str, particle: str) -> bool:
    """이랑/과 after a final consonant, 랑/와 after a vowel; 하고 after either."""
    if particle == "하고":
        return True
    closed = korean.final_consonant(stem[-1])
    return closed == (particle in ("이랑", "과"))


def _stem(word: str) -> str:
    """The name without a closed syllable's affectionate 이 (별님이한테 -> 별님)."""
    if len(word) > 2 and word[-1] == "이" and korean.final_consonant(word[-2]):
        return word[:-1]
    return word


def _person(start: int, word: str, res: Resources) -> Hit | None:
    if word in res.keep_native or word in res.gaz_hangul or word in res.gaz_marked:
        return None
    if word in closed_words("ko") or korean.verb_like(word, res):
        return None
    return person_by_cue(start, start + len(word), "particle_in_english", word in res.lex_ko)


def _animate(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _ANIMATE.finditer(folded):
        if _english_sentence(folded, match.start(), match.end()):
            hit = _person(match.start(1), _stem(match.group(1)), res)
            if hit is not None:
                out.append(hit)
    return out


def _pairs(folded: str, res: Resources) -> list[Hit]:
    out: list[Hit] = []
    for match in _PAIR.finditer(folded):
        first, particle, second = match.groups()
        if not _agrees(first, particle) or not _english_sentence(folded, *match.span()):
            continue
        one = _person(match.start(1), _stem(first), res)
        two = _person(match.start(3), _stem(second), res)
        if one is None or two is None:
            continue
        if (one.uncertain or two.uncertain) and not _PEOPLE().search(
            folded, max(0, match.start() - 30), match.start()
        ):
            continue
        out.append(one)
        out.append(two)
    return out


def find_particle_names(folded: str, res: Resources) -> list[Hit]:
    """The rules of the module docstring (the caller checks the text has Hangul)."""
    out: list[Hit] = []
    out += _animate(folded, res)
    out += _pairs(folded, res)
    for match in _LATIN_HONOURED().finditer(folded):
        out.append(person_by_cue(match.start(1), match.end(1), "latin_name_honoured", False))
    out += _after_english_roles(folded, res)
    return out


_HANGUL_AFTER = lazy_pattern(r" ([가-힣]{1,4})(?![가-힣])")


@lru_cache(maxsize=1)
def _english_roles() -> frozenset[str]:
    return frozenset(w.casefold() for w in cue_words().get("role", "en"))


def _after_english_roles(folded: str, res: Resources) -> list[Hit]:
    """broker 박, husband 김철수: an English role noun, then a Hangul word standing alone."""
    out: list[Hit] = []
    for word in _LATIN_WORD().finditer(folded):
        if word.group().casefold() not in _english_roles():
            continue
        after = _HANGUL_AFTER().match(folded, word.end())
        if after is None or not _english_sentence(folded, *after.span(1)):
            continue
        name = after.group(1)
        if len(name) == 1 and name not in res.sur_ko_hangul:
            continue
        hit = _person(after.start(1), name, res)
        if hit is not None:
            surname = len(name) == 1  # broker 박: a surname alone, whatever else 박 means
            out.append(
                hit._replace(
                    rule="hangul_after_english_role", uncertain=hit.uncertain and not surname
                )
            )
    return out
