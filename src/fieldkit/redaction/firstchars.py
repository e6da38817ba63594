"""Which characters can a regular expression's match start with?

The known-term regex is large and runs on every keystroke of the live preview.
Knowing the characters its matches can start with lets a one-character-class
prefilter jump to candidate positions at C speed.  The answer comes from the
standard library's own regex parse tree (``re._parser``, private but stable
across 3.11+); when a construct is not understood the answer is "any", which
is always safe.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

__all__ = ["Follow", "Starts", "first_and_starts", "first_chars", "follow_chars", "follow_of"]

# Private modules of the standard library: importlib keeps the type checker out of them.
re_parser: Any = importlib.import_module("re._parser")
re_constants: Any = importlib.import_module("re._constants")


def first_chars(pattern: str) -> set[str] | None:
    """The characters a match of ``pattern`` can start with (None: any)."""
    return first_and_starts(pattern)[0]


def first_and_starts(pattern: str) -> tuple[set[str] | None, Starts]:
    """``first_chars`` and ``Starts`` of ``pattern`` from one parse (round 28, speed: the
    parse of a known term's patterns is most of the cost)."""
    try:
        parsed = re_parser.parse(pattern)
    except Exception:  # any parse failure: "any character"
        return None, _UNKNOWN
    found, _nullable = _first_of(list(parsed))
    if parsed.state.flags & re_constants.SRE_FLAG_IGNORECASE:
        return found, _UNKNOWN
    return found, _start_of(list(parsed))


def _first_of(items: list[tuple[object, object]]) -> tuple[set[str] | None, bool]:
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _first_item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _first_item(op: object, av: object) -> tuple[set[str] | None, bool]:
    c = re_constants
    if op is c.LITERAL:
        return {chr(av)}, False  # type: ignore[arg-type]
    if op is c.IN:
        return _chars_in(av, digits="0123456789"), False  # type: ignore[arg-type]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    if op is c.BRANCH:
        out: set[str] = set()
        nullable = False
        for seq in av[1]:  # type: ignore[index]
            chars, empty = _first_of(list(seq))
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or empty
        return out, nullable
    if op is c.SUBPATTERN:
        return _first_of(list(av[-1]))  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        repeat: tuple[int, int, Any] = av  # type: ignore[assignment]
        chars, empty = _first_of(list(repeat[2]))
        return chars, empty or repeat[0] == 0
    return None, False


class Starts:
    """What the first two characters of a match can be (round 28, speed): ``firsts`` (None:
    any), ``singles``, the characters that are a whole match alone (None: any), ``follow``,
    for each first character the characters that can come second (a value or the whole map
    None: any), and ``empty``, whether the match can be empty."""

    __slots__ = ("empty", "firsts", "follow", "singles")

    def __init__(
        self,
        firsts: set[str] | None,
        singles: set[str] | None,
        follow: dict[str, set[str] | None] | None,
        empty: bool,
    ) -> None:
        self.firsts, self.singles, self.follow, self.empty = firsts, singles, follow, empty


_UNKNOWN = Starts(None, None, None, True)
_EMPTY = Starts(set(), set(), {}, True)


Follow = tuple[dict[str, set[str] | None], set[str]]


def follow_chars(pattern: str) -> Follow | None:
    """``follow_of`` the pattern alone."""
    return follow_of([first_and_starts(pattern)[1]])


def follow_of(alternatives: list[Starts]) -> Follow | None:
    """For an alternation whose match is never empty, ``(follow, singles)``: a match can
    start at a character ``c`` only when ``c`` is in ``singles`` (a one-character match), or
    ``c`` is in ``follow`` and the next character is in ``follow[c]`` (None: any).  None
    when a parse tree holds a construct not understood here (round 28, speed: the
    known-term matcher's prefilter finds every 이 of a Korean text when a term is read
    이철호; the second character rules most of them out before the large regex is tried)."""
    out = Starts(set(), set(), {}, False)
    for alternative in alternatives:
        out = _either(out, alternative)
    if out.empty or out.follow is None or out.singles is None:
        return None
    return out.follow, out.singles


def _start_of(items: list[tuple[object, object]]) -> Starts:
    out = _EMPTY
    for op, av in items:
        if not out.empty and out.singles is not None and not out.singles:
            break  # two characters already read: the rest cannot change the answer
        out = _then(out, _start_item(op, av))
    return out


def _start_item(op: object, av: object) -> Starts:
    c = re_constants
    if op is c.LITERAL:
        return Starts({chr(av)}, {chr(av)}, {}, False)  # type: ignore[arg-type]
    if op is c.IN:
        chars = _chars_in(av)  # type: ignore[arg-type]
        return _UNKNOWN if chars is None else Starts(set(chars), set(chars), {}, False)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return _EMPTY
    if op is c.BRANCH:
        out = Starts(set(), set(), {}, False)
        for seq in av[1]:  # type: ignore[index]
            out = _either(out, _start_of(list(seq)))
        return out
    if op is c.SUBPATTERN:
        if av[1] & c.SRE_FLAG_IGNORECASE:  # type: ignore[index]
            return _UNKNOWN
        return _start_of(list(av[-1]))  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        repeat: tuple[int, int, Any] = av  # type: ignore[assignment]
        low, high = repeat[0], repeat[1]
        one = _start_of(list(repeat[2]))
        powers = {0: _EMPTY, 1: one, 2: _then(one, one)}  # two or more: as two
        counts = {min(count, 2) for count in (low, low + 1, low + 2) if count <= high}
        out = Starts(set(), set(), {}, False)
        for count in counts:
            out = _either(out, powers[count])
        return out
    return _UNKNOWN


def _chars_in(items: list[tuple[object, object]], digits: str = "") -> set[str] | None:
    """The characters of a class of literals and small ranges (None: anything else); ``\\d``
    as ``digits`` where given (the known-term filter's 0-9, as before round 28: folding makes
    fullwidth digits ASCII; other scripts' digits are not read), else unknown; ``\\s`` as every
    character ``str.isspace`` holds (round 28: was ASCII whitespace in that filter)."""
    c = re_constants
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))  # type: ignore[arg-type]
        elif op is c.RANGE and av[1] - av[0] < 512:  # type: ignore[index]
            out.update(chr(x) for x in range(av[0], av[1] + 1))  # type: ignore[index]
        elif op is c.CATEGORY and str(av) == "CATEGORY_SPACE":
            out |= _spaces()
        elif op is c.CATEGORY and str(av) == "CATEGORY_DIGIT" and digits:
            out.update(digits)
        else:
            return None
    return out


@lru_cache(maxsize=1)
def _spaces() -> frozenset[str]:
    """What ``\\s`` matches in a ``str`` pattern: ``str.isspace`` (the regex engine asks the
    same Unicode table), every such character at or below U+3000 (a test checks the rest)."""
    return frozenset(chr(code) for code in range(SPACES_BELOW) if chr(code).isspace())


SPACES_BELOW = 0x3001


def _union(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    return None if a is None or b is None else a | b


def _merge(
    a: dict[str, set[str] | None] | None, b: dict[str, set[str] | None] | None
) -> dict[str, set[str] | None] | None:
    if a is None or b is None:
        return None
    out = dict(a)
    for char, seconds in b.items():
        out[char] = _union(out[char], seconds) if char in out else seconds
    return out


def _either(a: Starts, b: Starts) -> Starts:
    return Starts(
        _union(a.firsts, b.firsts),
        _union(a.singles, b.singles),
        _merge(a.follow, b.follow),
        a.empty or b.empty,
    )


def _then(a: Starts, b: Starts) -> Starts:
    """``a`` then ``b``: pairs within ``a``, a one-character ``a`` then ``b``'s first, and
    ``b``'s own when ``a`` can be empty."""
    firsts = _union(a.firsts, b.firsts) if a.empty else a.firsts
    singles = _union(a.singles if b.empty else set(), b.singles if a.empty else set())
    across = None if a.singles is None else {char: b.firsts for char in a.singles}
    follow = _merge(a.follow, across)
    if a.empty:
        follow = _merge(follow, b.follow)
    return Starts(firsts, singles, follow, a.empty and b.empty)
