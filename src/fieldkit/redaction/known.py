"""The known-term matcher: one compiled regex over every variant of every known term.

``variants`` expands each term into its spellings; this compiles them once per
set of terms (``lru_cache``: the live preview calls the engine on every
keystroke with the same terms) and finds them in folded text fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from fieldkit.redaction.firstchars import Starts, first_and_starts, follow_of
from fieldkit.redaction.model import KnownTerm
from fieldkit.redaction.normalize import fold
from fieldkit.redaction.variants import alternation, term_patterns

__all__ = ["INNER_MIN_WIDTH", "KnownMatcher", "compile_known"]

INNER_MIN_WIDTH = 6
"""Latin spellings at least this long are also matched glued to other letters; shorter
ones ("Ri", "Ok-sun") only as words of their own, or they would eat ordinary words."""


def _glued_forms(term: KnownTerm) -> set[str]:
    """Latin spellings of ``term`` long enough to find inside other letters: the whole text
    (as written, without spaces, without hyphens) and each of its words."""
    text = fold(term.text).strip().lower()
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", text)
    forms = {
        text,
        text.replace(" ", ""),
        text.replace("-", ""),
        text.replace(" ", "").replace("-", ""),
    }
    for word in words:
        forms |= {word, word.replace("-", "")}
    return {f for f in forms if re.fullmatch(r"[a-z][a-z '-]*", f) and len(f) >= INNER_MIN_WIDTH}


class KnownMatcher:
    """One compiled regex over every variant of every known term.

    The regex runs on lower-cased folded text without ``re.IGNORECASE`` so that
    a tiny prefilter (the characters any variant can start with) can jump to
    candidate positions at C speed; the big regex is only tried there.
    """

    def __init__(self, terms: tuple[KnownTerm, ...]) -> None:
        self.terms = terms
        self._roots: tuple[int, ...] | None = None
        groups, inner = [], []
        firsts: set[str] = set()
        starts: list[Starts] = []
        for index, term in enumerate(terms):
            parts = [p.lower() for p in term_patterns(term)]
            if parts:
                groups.append(f"(?P<k{index}>{alternation(parts)})")
                chars, start = first_and_starts("|".join(parts))
                firsts |= chars or {""}
                starts.append(start)
            glued = _glued_forms(term)
            if glued:
                inner.append(f"(?P<k{index}>{alternation(re.escape(g) for g in glued)})")
        self.regex = re.compile("|".join(groups)) if groups else None
        self.follow = follow_of(starts) if groups else None
        # Long spellings are also found glued to other letters ("fromHoeryong", "Hoeryongcity"):
        # hurried typing drops spaces, and a known term must never survive.
        self.inner = re.compile("|".join(inner)) if inner else None
        any_start = "" in firsts or not firsts
        letters = "".join(sorted(c for c in firsts if c.isascii() and c.isalpha()))
        others = "".join(sorted(c for c in firsts if c and not (c.isascii() and c.isalpha())))
        prefilter = "|".join(
            ([f"(?<![a-z])[{re.escape(letters)}]"] if letters else [])
            + ([f"[{re.escape(others)}]"] if others else [])
        )
        self.prefilter = re.compile("(?s)." if any_start or not prefilter else prefilter)

    def finditer(self, folded: str) -> Iterable[tuple[int, int, int]]:
        """``(start, end, term index)`` for every variant found in folded text."""
        if self.regex is None:
            return
        text = folded.lower()
        if len(text) != len(folded):
            text = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
        seen = set()
        for start, end, index in self._word_starts(text):
            seen.add(start)
            yield start, end, index
        if self.inner is not None:
            for found in self.inner.finditer(text):
                if found.lastgroup and found.start() not in seen:
                    yield found.start(), found.end(), int(found.lastgroup[1:])

    def _word_starts(self, text: str) -> Iterable[tuple[int, int, int]]:
        assert self.regex is not None  # noqa: S101 - checked by the caller
        position, search, match = 0, self.prefilter.search, self.regex.match
        filtered = self.follow is not None
        follow, singles = self.follow or ({}, set())
        while True:
            candidate = search(text, position)
            if candidate is None:
                return
            at = candidate.start()
            if filtered and text[at] not in singles:
                seconds = follow.get(text[at], set())
                if seconds is not None and text[at + 1 : at + 2] not in seconds:
                    position = at + 1  # no variant starts with these two characters
                    continue
            found = match(text, at)
            if found and found.end() > found.start() and found.lastgroup:
                yield found.start(), found.end(), int(found.lastgroup[1:])
                position = found.end()
            else:
                position = candidate.start() + 1

    @property
    def roots(self) -> tuple[int, ...]:
        """For each term, the first earlier term of its label of which its text is a variant
        ("Lee Cheol-ho" after "Ri Chol-ho"), else itself.  (Other pairs, such as "영희"
        before "김영희", are joined by ``entities``, which parses the names.)"""
        if self._roots is None:
            roots = list(range(len(self.terms)))
            for j, term in enumerate(self.terms):
                text = fold(term.text).strip().lower()
                found = self.regex.fullmatch(text) if self.regex is not None else None
                if found is not None and found.lastgroup:
                    i = int(found.lastgroup[1:])
                    if i < j and self.terms[i].label == term.label:
                        roots[j] = roots[i]
            self._roots = tuple(roots)
        return self._roots

    def search(self, folded: str) -> bool:
        """True when any variant occurs in folded text."""
        return next(iter(self.finditer(folded)), None) is not None


@lru_cache(maxsize=64)
def compile_known(terms: tuple[KnownTerm, ...]) -> KnownMatcher:
    """The matcher for ``terms``, cached: the preview reuses one set many times."""
    return KnownMatcher(terms)
