"""Round 28, speed: the known-term matcher's second-character filter skips only positions
where no variant can start.

``firstchars.follow_chars`` reads a pattern's parse tree for what its matches' first two
characters can be; the matcher tries its large regex only where they fit.  A position it
skips must be one where the regex finds nothing: checked here on small random patterns
(every match of every short string) and on the known terms of the corpus over its texts.
The comma lists (``propagate_ko.enumerated_names``, ``lists_people_ko``) are looked for only
before a separator: the same matches as a scan of the whole text; ``things_en.thing_before``
reads its English patterns only when a letter stands before the word.
``bench/redaction_outputs.py`` checks the engine's outputs."""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections.abc import Callable, Iterator

import pytest

from fieldkit.redaction import KnownTerm, catchall_ko, things_en
from fieldkit.redaction.anchored import finditer_from
from fieldkit.redaction.firstchars import SPACES_BELOW, follow_chars
from fieldkit.redaction.known import KnownMatcher
from fieldkit.redaction.lists_people_ko import _RUN, _run_starts
from fieldkit.redaction.normalize import Folded
from fieldkit.redaction.propagate_ko import _LIST, _list_starts
from fieldkit.redaction.score import parse_corpus
from speed_helpers import DATA, folded_passages

_ATOMS = ("a", "b", "가", " ", "[ab]", r"\s", "(?<!a)", r"\b", "(?!b)", ".", r"\d")
_REPEATS = ("?", "*", "+", "{2}", "{0,3}", "{3,}", "??")


def _pattern(rng: random.Random, depth: int = 0) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        roll = rng.random()
        if depth > 2 or roll < 0.35:
            parts.append(rng.choice(_ATOMS))
        elif roll < 0.6:
            branches = (_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3)))
            parts.append("(?:" + "|".join(branches) + ")")
        else:
            parts.append("(?:" + _pattern(rng, depth + 1) + ")" + rng.choice(_REPEATS))
    return "".join(parts)


def _allowed(follow: tuple[dict[str, set[str] | None], set[str]], text: str, at: int) -> bool:
    seconds, singles = follow
    if text[at] in singles:
        return True
    second = seconds.get(text[at], set())
    return second is None or text[at + 1 : at + 2] in second


def test_every_match_starts_where_the_filter_allows() -> None:
    rng = random.Random(28)
    strings = ["".join(t) for n in range(5) for t in itertools.product("ab가 \u3000", repeat=n)]
    filtered = 0
    for _ in range(600):
        pattern = _pattern(rng)
        follow = follow_chars(pattern)
        if follow is None:
            continue
        filtered += 1
        regex = re.compile(pattern)
        for text in strings:
            for at in range(len(text)):
                if regex.match(text, at) is not None:
                    assert _allowed(follow, text, at), (pattern, text, at)
    assert filtered > 100


def test_whitespace_lies_below_the_bound() -> None:
    """``\\s`` is read as the ``str.isspace`` characters below ``SPACES_BELOW``."""
    above = [c for c in range(SPACES_BELOW, sys.maxunicode + 1) if chr(c).isspace()]
    assert above == []


def test_known_terms_found_as_without_the_filter() -> None:
    every = [
        p for f in sorted(DATA.glob("corpus_*.txt")) for p in parse_corpus(f.read_text("utf-8"))
    ]
    texts = [Folded(p.text).text.lower() for p in every[::3]]
    surfaces = sorted({p.text[s:e].strip() for p in every for s, e, _ in p.gold})
    terms = [
        KnownTerm("Ri Chol-ho"),
        KnownTerm("박순희"),
        KnownTerm("+86 139 4318 2275", "contact"),
    ]
    terms += [KnownTerm(s) for s in surfaces[::7] if s]
    for group in range(0, len(terms), 5):
        matcher = KnownMatcher(tuple(terms[group : group + 5]))
        assert matcher.follow is not None
        for text in texts:
            found = list(matcher._word_starts(text))
            follow, matcher.follow = matcher.follow, None
            assert list(matcher._word_starts(text)) == found
            matcher.follow = follow


_PIECES = ("가", "나다", "라마바사", "아자차카타파", ",", ", ", ",,", " ", "x", "\n", ",\u3000")


@pytest.mark.parametrize(
    ("regex", "starts", "extra"),
    [
        (_LIST(), _list_starts, ()),
        (_RUN(), _run_starts, ("·", " ・ ", "‧", " , ")),
    ],
)
def test_lists_found_as_by_a_whole_scan(
    regex: re.Pattern[str], starts: Callable[[str], Iterator[int]], extra: tuple[str, ...]
) -> None:
    """A list pattern tried only just before a separator (``propagate_ko.enumerated_names``,
    ``lists_people_ko``) finds what a scan of the whole text finds."""
    rng = random.Random(281)
    pieces = _PIECES + extra
    texts = folded_passages()
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(20000)]
    texts.append("\n\n".join(texts[:300]))
    for text in texts:
        found = [m.span() for m in finditer_from(regex, text, starts(text))]
        assert found == [m.span() for m in regex.finditer(text)]


def test_only_these_letters_match_ascii_ones_ignoring_case() -> None:
    """``things_en.thing_before`` reads its English patterns only where ``_LETTER`` finds
    a character that an ASCII letter matches under ``re.IGNORECASE``."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    every = (chr(code) for code in range(sys.maxunicode + 1))
    assert {c for c in every if letters.match(c)} == {
        c for c in map(chr, range(sys.maxunicode + 1)) if things_en._LETTER.match(c)
    }


def test_thing_before_answers_as_without_the_letter_check() -> None:
    def unchecked(folded: str, start: int) -> bool:
        before = folded[max(0, start - 16) : start]
        found = things_en._THING_BEFORE.search(before)
        if found is None:
            return things_en._VERB_AFTER_SUBJECT.search(before) is not None
        of = found.group().casefold().startswith("of")
        return not of or things_en._MEASURE_OF.search(before) is not None

    rng = random.Random(282)
    pieces = ("a ", "eat ", "EAT ", "\u212aook ", "I cook ", "of ", "lots of ", "\n", " ", "순희")
    texts = folded_passages()[::4]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    for text in texts:
        for start in range(len(text) + 1):
            assert things_en.thing_before(text, start) == unchecked(text, start)


def test_catchall_asks_context_wherever_it_is_not_empty() -> None:
    """``catchall_ko.korean_catchall`` calls ``_context`` only after a quote, before a quote
    or list mark, or after a lone surname and a space: everywhere else it answers ''."""
    lone = catchall_ko._lone_surnames()
    rng = random.Random(283)
    pieces = ("가", "나다", " ", "'", "“", ",", "·", "/", "왕 ", "김 ", "\n", "3", "a")
    texts = folded_passages()
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(5000)]
    for text in texts:
        for run in re.finditer("[가-힣]+", text):
            start, end = run.span()
            before = text[start - 1] if start else ""
            asked = (
                before in catchall_ko._QUOTE_SET
                or text[end : end + 1] in catchall_ko._MARKED_AFTER
                or (before == " " and start >= 2 and text[start - 2] in lone)
            )
            assert asked or catchall_ko._context(text, start, end) == ""
