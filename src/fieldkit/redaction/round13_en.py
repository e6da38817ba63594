"""English and mixed-text constructions of round 13 (issue 11, lane EN-ZH).

* **a place with its lower-case unit word** (Helong county, Xita district, Tumen city,
  Musan gun): English writers often leave the administrative noun in lower case; it is
  still part of the name on a map (``Helong county`` is the county, ``Helong`` may be the
  town), so the span takes it.  The word before must be a gazetteer place or a word no
  English dictionary holds (``the old town``, ``the Western district`` stay alone).  The
  hit's core is the name, so ``Helong`` elsewhere links to the same place.
* **Lao / Xiao / Da / Old / Little / Big + a Chinese surname** (a man she called Lao Zhang):
  the prefix is how Chinese address someone by surname (老张, 小李), so prefix and surname
  are one person.  After an English prefix a surname that is also an English word (Tan,
  Song, Long) counts only where it stands alone as a name mid-sentence (round 14c: the
  cook, Old Song, fed us; ``the Old Park``, ``Old Tan Hotel`` stay); ``Old Man`` (no
  surname) stays alone.
* **"Han" as the ethnic group** (a Han man, the Han from the next village, Han Chinese,
  ethnic Han): a determiner before "Han" and a person noun or "from" after, or "Han
  Chinese" / "ethnic Han", is the majority people of China, not the Korean surname 한 (``the
  Han family``, ``Mr Han`` stay names).
* **an event is no place** (because of the Olympics, during the Asian Games): the
  catch-all's place guess after "of/during the" on a word of the closed class of event
  nouns is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from fieldkit.redaction.anchored import literal_test, matches_near, positions
from fieldkit.redaction.hits import Hit, person_by_cue
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources

__all__ = ["ethnic_or_event", "find_round13_en"]

_UNIT_WORDS = frozenset(
    str.split("county district city township town village prefecture banner gun ri si myon eup")
)
_UNIT = re.compile(
    r"(?<![\w-])([A-Z][a-z]+(?:-[A-Za-z][a-z]+)?) "
    r"(county|district|city|township|town|village|prefecture|banner|gun|ri|si|myon|eup)\b"
)


def _place_name(name: str, res: Resources) -> bool:
    if res.gaz_latin.get(name):
        return True
    parts = name.casefold().split("-")
    return all(p not in res.lex_en and p not in res.function_en for p in parts)


def _place_units(folded: str, res: Resources) -> Iterator[Hit]:
    anchors = positions(folded, tuple(f" {w}" for w in _UNIT_WORDS))
    for match in matches_near(folded, anchors, _UNIT, 40, 12):
        name = match.group(1)
        if _place_name(name, res):
            start, end = match.span(1)
            yield Hit.at(
                (start, match.end()),
                label="PLACE",
                detector="cue",
                rule="place_lower_unit",
                core=(start, end),
            )


_PREFIXES = ("Lao ", "Xiao ", "Da ", "Old ", "Little ", "Big ")
_HAS_PREFIX = literal_test(_PREFIXES)
_PREFIXED = lazy_pattern(r"(?<![\w-])(Lao|Xiao|Da|Old|Little|Big) ([A-Z][a-z]{0,5})\b")


def _prefixed_surnames(folded: str, res: Resources) -> Iterator[Hit]:
    for match in matches_near(folded, positions(folded, _PREFIXES), _PREFIXED(), 0, 14):
        surname = match.group(2).casefold()
        if surname not in res.sur_zh_latin:
            continue
        english = match.group(1) in ("Old", "Little", "Big") and surname in res.lex_en
        if english and not _addressed(folded, match, res):
            continue  # Old Man, the Old Park, Big Fan Hotel: English words
        yield person_by_cue(*match.span(), "chinese_prefix_surname", english)


_NOT_BEFORE_PREFIX = lazy_pattern(
    r"(?:^|\W)(?:the|a|an|this|that|my|his|her|our|their|your|its|at|in|into|near|to|from|"
    r"on|of|by)\s$",
    re.IGNORECASE,
)
_OPENS = lazy_pattern(r"(?:^|[.!?:;\"“]\s*)$")


def _addressed(folded: str, match: re.Match[str], res: Resources) -> bool:
    """Round 14c: Old Tan, Little Song, where the surname is also an English word: still a
    person when it stands alone as a name, mid-sentence (both words capitalised where no
    sentence opens), with no determiner, possessive or place preposition before it (the
    Old Park, at Old Song) and no capitalised word after it (Old Tan Hotel)."""
    if match.group(2).casefold() in res.function_en:
        return False  # Old He, Little You
    before = folded[max(0, match.start() - 12) : match.start()]
    if _OPENS().search(before) or _NOT_BEFORE_PREFIX().search(before):
        return False
    after = folded[match.end() : match.end() + 2]
    return not (after[:1] == " " and after[1:2].isupper())


def find_round13_en(folded: str, res: Resources, words: frozenset[str]) -> Iterator[Hit]:
    """The rules of this module, each only when the text holds its anchor."""
    if words & _UNIT_WORDS:
        yield from _place_units(folded, res)
    if _HAS_PREFIX(folded):
        yield from _prefixed_surnames(folded, res)


# --- drops ------------------------------------------------------------------------------------

_DETERMINER = lazy_pattern(
    r"(?:^|(?<=\W))(?:a|an|the|one|two|three|some|many|other|ethnic|local)\s+$", re.IGNORECASE
)
_PERSON_NOUN = lazy_pattern(
    r" (?:man|woman|men|women|people|person|farmer|farmers|husband|wife|boy|girl|guy|buyer|"
    r"neighbou?rs?|villagers?|workers?|customers?|driver|broker|owner|majority|from|who)\b"
)
_EVENTS = frozenset(
    str.split(
        "olympics paralympics olympiad games expo festival cup championship championships "
        "christmas easter chuseok seollal thanksgiving ramadan"
    )
)


def _ethnic_han(text: str, hit: Hit) -> bool:
    if text[hit.start : hit.end] != "Han":
        return False
    if text.startswith(" Chinese", hit.end):
        return True
    before = text[max(0, hit.start - 10) : hit.start]
    if before.casefold().endswith("ethnic "):
        return True
    return _DETERMINER().search(before) is not None and bool(_PERSON_NOUN().match(text, hit.end))


def _event(text: str, hit: Hit, res: Resources) -> bool:
    words = text[hit.start : hit.end].casefold().split()
    if not words or words[-1] not in _EVENTS:
        return False
    return all(w in res.lex_en for w in words[:-1])


def ethnic_or_event(text: str, hit: Hit, res: Resources) -> bool:
    """The catch-all's guess is the ethnic group Han (a person guess) or an event (a place
    guess): never a name."""
    if hit.label == "PERSON":
        return _ethnic_han(text, hit)
    return hit.label == "PLACE" and _event(text, hit, res)
