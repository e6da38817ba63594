"""A name and a place in words a quick typist ran together (round 24).

Testimony typed in haste drops its spaces: 한명자씨가돈화서전화왔는데 (한명자 씨가 돈화서
전화 왔는데), 명선이랑룡정서 같이 잡혔슴다.  The rules read a name where a word starts and a
place before its particle, and a run-on word hides both.  Two boundaries stay plain without
the space:

* the honorific 씨 and a particle after a surname and one to three syllables: a name, certain,
  as the spaced 한명자 씨가 is;
* the affectionate 이 and a particle after a listed given name (명선이랑: certain), or after
  two syllables both common in given names and no word (uncertain).

The word typed on after that particle starts where the space belonged: a listed place there
before a locative (돈화서, 룡정서) is a place, as it would be after a space (uncertain
when the spelling is also a word: 무산서).  Only runs of six
syllables or more are read: a shorter one is a name and its particle, the other rules' case.
"""

from __future__ import annotations

from fieldkit.redaction import korean
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.surnames_ko import korean_surname
from fieldkit.redaction.textview import view

__all__ = ["find_glued_phrases_ko"]

_HONORIFIC = lazy_pattern(r"씨(?:가|는|를|랑|도|한테|하고)(?=[가-힣])")
_AFFECTIONATE = lazy_pattern(r"이(?:가|랑|는|하고|한테|도)(?=[가-힣])")
_LOCATIVE = lazy_pattern(r"(?:에서|에|으로|로|서|까지|가서)")
_RUN_ON = 6


def _honoured(folded: str, start: int, end: int, res: Resources) -> tuple[Hit, int] | None:
    """한명자씨가...: the name with its 씨, and where the next word starts."""
    match = _HONORIFIC().search(folded, start, end)
    if match is None:
        return None
    stem = folded[start : match.start()]
    if not 2 <= len(stem) <= 4 or not korean_surname(stem[0], res) or stem in res.lex_ko:
        return None
    return person_by_cue(start, match.start() + 1, "glued_honorific", False), match.end()


def _called(folded: str, start: int, end: int, res: Resources) -> tuple[Hit, int] | None:
    """명선이랑...: a given name, its affectionate 이, and where the next word starts."""
    match = _AFFECTIONATE().match(folded, start + 2)
    if match is None or match.end() >= end:
        return None
    stem = folded[start : start + 2]
    if not korean.final_consonant(stem[-1]) or stem in res.lex_ko:
        return None  # 이 is affectionate only after a consonant (명선이, not 영희이)
    if stem in res.given_ko:
        uncertain = False
    elif all(syllable in korean.given_syllables() for syllable in stem):
        uncertain = True
    else:
        return None
    return person_by_cue(start, start + 3, "glued_affectionate", uncertain), match.end()


def _place_at(folded: str, at: int, res: Resources) -> Hit | None:
    """A listed place opening the typed-on word, a locative after it (돈화서, 룡정서)."""
    for size in (4, 3, 2):
        name = folded[at : at + size]
        listed = res.gaz_hangul.get(name)
        marked = res.gaz_marked.get(name)  # 무산 ("dissolved"): a word too, uncertain
        if (listed is None and marked is None) or not _LOCATIVE().match(folded, at + size):
            continue
        return Hit(
            start=at,
            end=at + size,
            label="PLACE",
            detector="gazetteer",
            rule="glued_place",
            uncertain=listed is None,
            detail=listed if listed is not None else marked[0] if marked else "",
        )
    return None


def find_glued_phrases_ko(folded: str, res: Resources) -> list[Hit]:
    """Run-on words opening with a name (see the module doc)."""
    out: list[Hit] = []
    runs = view(folded).hangul_runs
    for start, end in [run for run in runs if run[1] - run[0] >= _RUN_ON]:  # round 30, speed
        found = _honoured(folded, start, end, res) or _called(folded, start, end, res)
        if found is None:
            continue
        person, rest = found
        out.append(person)
        place = _place_at(folded, rest, res)
        if place is not None:
            out.append(place)
    return out
