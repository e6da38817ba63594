"""Messages typed without spaces: where a long Hangul run holds a word and its particle (round 36).

A woman typing fast on a phone leaves the spaces out: 금별이가그러는데, 리쥔한테돈을줬는데,
훈춘에서경신까지걸어서갔다니까요.  Every Korean rule reads a name at a word's edge, so a name
inside such a run is kept silently, right beside the particle that would have been its cue
(the development sets' silent misses beside a cue, round 35's list).

``spaced_sentences`` puts a space back after a noun's particle inside a run of six syllables
or more, and only there: after a stem of two to five syllables that is no verb stem, before
two syllables or more that are not an ending (무산출신이에요 stays whole: 이에요 is the copula).
``read_spaced`` has the engine read each sentence so spaced once more and keeps what it finds
inside the runs, where the plain reading found nothing there or only a weak guess; the text
itself is never changed, and offsets map back to it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from typing import NamedTuple

from fieldkit.redaction import dictionary_ko, korean
from fieldkit.redaction.cuewords import person_nouns
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.lazy import lazy_pattern
from fieldkit.redaction.resources import Resources
from fieldkit.redaction.things_named_ko import weak_uncertain

__all__ = ["Spaced", "read_spaced", "spaced_sentences"]

_RUN = lazy_pattern(r"[가-힣]{6,}")
_SENTENCE_END = re.compile(r"[.!?\n]")
_PARTICLES = (
    "한테서",
    "에게서",
    "한테",
    "에게",
    "에서",
    "까지",
    "부터",
    "이랑",
    "이가",
    "하고",
    "으로",
    "가",
    "는",
    "은",
    "를",
    "을",
    "이",
    "도",
)
"""A noun's particles, longest first; 의, 에 and 로 are left out (too many words hold them)."""
_ENDINGS = (
    "에요",
    "예요",
    "었",
    "였",
    "야",
    "다",
    "고",
    "지",
    "라",
    "면",
    "니",
    "네",
    "죠",
    "요",
    "서",
    "며",
    "던",
    "든",
    "래",
    "랑",
    "데",
    "거든",
    "세",
    "시",
    "기",
    "구",
    "잖",
)
"""What follows a verb stem or the copula, never a new word after a particle."""
_OPENS_PARTICLE = (
    "까지",
    "에서",
    "한테",
    "에게",
    "부터",
    "하고",
    "으로",
    "이랑",
    "처럼",
    "보다",
    "만큼",
)
"""A particle opening what follows: the syllable before it was the word's (하노이까지는)."""


class Spaced(NamedTuple):
    """One sentence with spaces put back: ``text``, where it starts in the field, the
    indexes in ``text`` of the spaces put in, and the field's spans of the runs spaced."""

    start: int
    text: str
    inserted: tuple[int, ...]
    runs: tuple[tuple[int, int], ...]

    def original(self, index: int) -> int:
        """The field offset of ``index`` in ``text`` (a start or an end)."""
        return self.start + index - bisect_left(self.inserted, index)

    def in_run(self, start: int, end: int) -> bool:
        """Whether the field's span ``start``-``end`` overlaps a run spaced."""
        return any(a < end and start < b for a, b in self.runs)


def _noun_stem(stem: str, particle: str, res: Resources) -> bool:
    """A stem a particle may follow: no verb stem; after a one-syllable particle, a noun of
    the dictionary or a word no list holds (a name)."""
    if not 2 <= len(stem) <= 5 or dictionary_ko.stem(stem) or korean.verb_stem(stem, res):
        return False
    return len(particle) > 1 or stem not in res.lex_ko or dictionary_ko.noun(stem)


def _ending_after(rest: str) -> bool:
    """What follows is an ending, or the copula's 이 and an ending (늦가을이에요)."""
    return rest.startswith(_ENDINGS) or (rest[0] == "이" and rest[1:].startswith(_ENDINGS))


def _inside_word(run: str, at: int, end: int, res: Resources) -> bool:
    """The particle's syllables belong to a word across the cut: 엘리베이터, 김지도원, 가정법원
    (a word of three to five syllables holding the syllable before and the one after), or,
    for a one-syllable particle, a common word of it and the next syllable (가정)."""
    if end - at == 1 and run[at : end + 1] in res.lex_ko_common:
        return True
    for size in (3, 4, 5):
        for first in range(max(0, end + 1 - size), at):
            word = run[first : first + size]
            if first + size > end and (word in res.lex_ko or word in person_nouns("ko")):
                return True  # person_nouns: titles the word list may lack (지도원)
    return False


def _cuts(run: str, res: Resources) -> Iterator[int]:
    """Where spaces go inside ``run``: after each particle found (module docstring)."""
    start, at = 0, 2
    while at <= len(run) - 3:
        for particle in _PARTICLES:
            end = at + len(particle)
            rest = run[end:]
            if not run.startswith(particle, at) or len(rest) < 2 or _ending_after(rest):
                continue
            if rest.startswith(_OPENS_PARTICLE) or _inside_word(run, at, end, res):
                continue
            if _noun_stem(run[start:at], particle, res):
                yield end
                start, at = end, end + 2
                break
        else:
            at += 1


def spaced_sentences(text: str, res: Resources) -> list[Spaced]:
    """Every sentence of ``text`` holding a run to space, spaced (empty: nothing to do).
    Sentence ends are found once, in one pass, only when a long run is there at all."""
    runs = list(_RUN().finditer(text))
    if not runs:
        return []
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for run in runs:
        by_sentence.setdefault(bisect_left(ends, run.start()), []).append(run)
    out: list[Spaced] = []
    for index, found in by_sentence.items():
        start = ends[index - 1] + 1 if index else 0
        end = ends[index] if index < len(ends) else len(text)
        spaced = _spaced(text, start, end, found, res)
        if spaced is not None:
            out.append(spaced)
    return out


def _spaced(
    text: str, start: int, end: int, runs: list[re.Match[str]], res: Resources
) -> Spaced | None:
    pieces: list[str] = []
    inserted: list[int] = []
    cut_runs: list[tuple[int, int]] = []
    last = start
    for found in runs:
        for cut in _cuts(found.group(), res):
            pieces.append(text[last : found.start() + cut])
            inserted.append(found.start() + cut - start + len(inserted))  # the space's index
            last = found.start() + cut
            if not cut_runs or cut_runs[-1] != found.span():
                cut_runs.append(found.span())
    if not inserted:
        return None
    pieces.append(text[last:end])
    return Spaced(start, " ".join(pieces), tuple(inserted), tuple(cut_runs))


_LABELS = frozenset(("PERSON", "PLACE", "ORG"))


def read_spaced(
    folded: str, hits: list[Hit], res: Resources, detect: Callable[[str], list[Hit]]
) -> list[Hit]:
    """``hits`` and the names inside runs typed without spaces: each sentence holding one is
    read once more (``detect``, the engine's detection without this step) with its spaces put
    back.  A name, place or organisation found inside a run is kept, mapped back, where the
    plain reading found nothing there or only a weak guess (the catch-all's
    아버지가무산출신), which it replaces."""
    spaced = spaced_sentences(folded, res)
    found: list[Hit] = []
    for sentence in spaced:
        for hit in detect(sentence.text):
            start, end = sentence.original(hit.start), sentence.original(hit.end)
            if hit.label in _LABELS and sentence.in_run(start, end):
                found.append(hit._replace(start=start, end=end))
    if not found:
        return hits
    bounds = [(s.start, s.original(len(s.text))) for s in spaced]  # disjoint, in order
    firsts = [first for first, _ in bounds]

    def near(hit: Hit) -> bool:
        """Inside a spaced sentence (a 2 MB document holds some 50,000 hits: round 36)."""
        at = bisect_right(firsts, hit.end - 1) - 1
        return at >= 0 and bounds[at][1] > hit.start

    close = [h for h in hits if near(h)]
    if not close:
        return hits + found
    weak = [h for h in close if weak_uncertain(h) and _overlaps(h, found)]
    kept = [h for h in hits if h not in weak] if weak else hits
    stays = [h for h in close if h not in weak]
    return kept + [h for h in found if not _overlaps(h, stays)]


def _overlaps(hit: Hit, others: list[Hit]) -> bool:
    return any(o.start < hit.end and hit.start < o.end for o in others)
