"""The cue lists (``data/cues.tsv``) and the gazetteer's one door, shared by the cue rules.

Split out of ``cues.py`` so that each cue module (Korean roles and honorifics, Korean naming
and places, English titles and naming, the spoken rules of ``cues_ko.py``) reads the same
lists without importing the others.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from fieldkit.redaction import data, ordinary_ko
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.normalize import fold_key
from fieldkit.redaction.phrases import longest_first
from fieldkit.redaction.resources import Resources

__all__ = [
    "FELLOW_BELIEVERS",
    "CueWords",
    "alternation",
    "closed_words",
    "cue_words",
    "gazetteer_entry",
    "gazetteer_place",
    "person_nouns",
]


FELLOW_BELIEVERS = frozenset(("자매", "형제", "성도", "성도님"))
"""A church's way of naming its own (기쁨 자매, 요셉 형제; round 19): titles after a name,
never glued to a surname (친자매, 의형제 are words)."""


@dataclass(frozen=True)
class CueWords:
    """The rows of ``data/cues.tsv``: ``words[(kind, lang)]``."""

    words: dict[tuple[str, str], tuple[str, ...]]

    def get(self, kind: str, lang: str) -> tuple[str, ...]:
        """The words of one row, longest first."""
        return self.words.get((kind, lang), ())


@lru_cache(maxsize=1)
def cue_words() -> CueWords:
    """The cue lists (loaded once).  The ranks and offices of ``offices_ko.tsv`` (round 6,
    from the statutes named there) join the Korean titles, and are also kept apart as
    ``office``: a word that is never a name itself."""
    out: dict[tuple[str, str], list[str]] = {}
    for kind, lang, words in data.rows("cues.tsv"):
        out.setdefault((kind, lang), []).extend(w for w in words.split("|") if w)
    for kind, lang, words in data.rows("offices_ko.tsv"):
        keys = ((kind, lang),) if kind == "rank_word" else ((kind, lang), ("office", lang))
        for key in keys:  # rank_word: also an ordinary word (상사 "boss"), see ranks_ko.py
            out.setdefault(key, []).extend(w for w in words.split("|") if w)
    ordered = {k: tuple(sorted(set(v), key=lambda w: (-len(w), w))) for k, v in out.items()}
    return CueWords(ordered)


def gazetteer_entry(spelling: str, res: Resources) -> tuple[str, bool] | None:
    """``(province, ambiguous)`` when ``spelling`` is a gazetteer place, else None.

    The one door from the cue rules into the gazetteer (whose data live in ``data.py`` and
    ``resources.py``, its matching in ``gazetteer.py``): the province is "" when the places
    so spelled lie in different provinces; ``ambiguous`` says the spelling is marked as
    also an ordinary word or a given name (``*`` or ``**`` in ``gazetteer.tsv``)."""
    key = spelling if not spelling.isascii() else fold_key(spelling)
    marked = res.gaz_marked.get(key)
    if marked is not None:
        return marked[0], True
    province = res.gaz_hangul.get(spelling)
    if province is None:
        province = res.gaz_hanzi.get(spelling)
    if province is None and spelling.isascii():
        province = res.gaz_latin.get(spelling)
    return None if province is None else (province, False)


def gazetteer_place(
    span: tuple[int, int], rule: str, entry: tuple[str, bool], *, uncertain: bool
) -> Hit:
    """A cue rule's place hit for a gazetteer spelling (``gazetteer_entry``'s answer): its
    province goes in ``detail`` for the placeholder's region."""
    return Hit(
        start=span[0],
        end=span[1],
        label="PLACE",
        detector="cue",
        rule=rule,
        uncertain=uncertain,
        detail=entry[0],
    )


def alternation(words: tuple[str, ...] | list[str] | frozenset[str]) -> str:
    return longest_first(words)


@lru_cache(maxsize=4)
def closed_words(lang: str) -> frozenset[str]:
    """Words that are never a name after a cue: closed classes, roles and honorifics
    (less surnames: "Son" is a role and a surname); in Korean also the kinship terms, papers
    and units of ``data/ordinary_ko.tsv``."""
    c = cue_words()
    words = c.get("not_name", lang) + c.get("role", lang) + c.get("honorific", lang)
    words += c.get("office", lang)
    titles = data.titles()
    words += titles.get(("suffix", lang), ()) + titles.get(("prefix", lang), ())
    surnames = {s.casefold() for r in (*data.surnames_ko(), *data.surnames_zh()) for s in r.latin}
    own = ordinary_ko.closed() if lang == "ko" else frozenset()  # kinship, papers (round 7)
    return own | frozenset(words) | (frozenset(w.casefold() for w in words) - surnames)


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """The Korean offices of ``cues.tsv`` (목사, 부장, 반장, 계장 ...) as a set, built once: the
    surname rules, the role rules and the surname 이 before an office ask it."""
    return frozenset(cue_words().get("office", "ko"))


@lru_cache(maxsize=4)
def person_nouns(lang: str) -> frozenset[str]:
    """Role, title and kinship nouns (브로커, 언니, 아주머니): the words a sentence uses for a
    person in place of a name, so never the name a slot is asking for."""
    c = cue_words()
    return frozenset((*c.get("role", lang), *c.get("title", lang), *c.get("kinship", lang)))
