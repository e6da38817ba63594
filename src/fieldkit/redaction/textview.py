"""One view of the text a call is redacting, computed once and shared by every rule.

Korean passages are short (a sentence or two), so what a Korean call costs is mostly
the same small questions asked again by each of some twenty rules: does the text hold
Hangul, Hanzi, a digit; where are its Hangul words.  ``view(text)`` answers each once per
text (issue 11 round 9, speed).  It keeps one text: the one being redacted (the engine
drops it when its call ends, ``forget``).  The slot is read and replaced whole, so
threads that redact different texts at once only recompute, never see another's answers.
"""

from __future__ import annotations

import re

from fieldkit.redaction.lazy import lazy_pattern

__all__ = ["TextView", "current", "forget", "opens_sentence", "view"]

_HANGUL = re.compile(r"[가-힣]")
_HANZI = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")
_LATIN = re.compile("[A-Za-z]")
_HANGUL_RUN = re.compile(r"[가-힣]+")
_HANZI_RUN = lazy_pattern(r"[\u4e00-\u9fff]+")


class TextView:
    """What the rules ask of a text: the script flags at once (three searches at C speed),
    the Hangul words on first use.  Plain attributes, not ``cached_property``, whose lock
    cost more than the searches."""

    __slots__ = (
        "_hanzi_runs",
        "_latin",
        "_runs",
        "has_digit",
        "has_hangul",
        "has_hanzi",
        "memo",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        native = not text.isascii()  # known without reading the text (round 14, speed)
        self.has_hangul = native and _HANGUL.search(text) is not None
        """The text holds a Hangul syllable (``[가-힣]``)."""
        self.has_hanzi = native and _HANZI.search(text) is not None
        """The text holds a Hanzi (``[\u4e00-\u9fff]``)."""
        self.has_digit = _DIGIT.search(text) is not None
        """The text holds a digit (what ``\\d`` matches)."""
        self.memo: dict[object, object] = {}
        """What one rule computed from the text for another that asks the same (keyed
        by the function that computes it)."""
        self._runs: tuple[tuple[int, int], ...] | None = None
        self._hanzi_runs: tuple[tuple[int, int], ...] | None = None
        self._latin: bool | None = None

    @property
    def has_latin(self) -> bool:
        """The text holds an ASCII letter (``[A-Za-z]``), on first use: asked by the rules
        for a Latin name in Korean text, which a Korean answer seldom has (round 28, speed)."""
        latin = self._latin
        if latin is None:
            latin = self._latin = _LATIN.search(self.text) is not None
        return latin

    @property
    def hangul_runs(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of every run of Hangul syllables, in order (``[가-힣]+``); none, without
        a scan, in a text without Hangul (round 14, speed: English text was read for them)."""
        runs = self._runs
        if runs is None:
            found = _HANGUL_RUN.finditer(self.text) if self.has_hangul else ()
            runs = self._runs = tuple([m.span() for m in found])  # no generator (r28)
        return runs

    @property
    def hanzi_runs(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of every run of Hanzi (``[\u4e00-\u9fff]+``), in order; none, without a
        scan, in a text without Hanzi.  A pattern that opens with a Hanzi run after a
        look-behind (``(?<![\u4e00-\u9fff])[\u4e00-\u9fff]``) can only match where a run
        starts: tried there, not at every position of a long document (round 17, speed)."""
        runs = self._hanzi_runs
        if runs is None:
            found = _HANZI_RUN().finditer(self.text) if self.has_hanzi else ()
            runs = self._hanzi_runs = tuple([m.span() for m in found])
        return runs


_slot: tuple[str, TextView] | None = None


def view(text: str) -> TextView:
    """The view of ``text`` (the same object for the same text object until ``forget``)."""
    global _slot
    slot = _slot
    if slot is not None and slot[0] is text:
        return slot[1]
    made = TextView(text)
    _slot = (text, made)
    return made


def current(text: str) -> TextView | None:
    """The view of ``text`` when it is the kept one, else ``None``: for a helper that may be
    given another text, which ``view`` would put in the slot in place of the call's (round
    31, speed)."""
    slot = _slot
    return slot[1] if slot is not None and slot[0] is text else None


def forget() -> None:
    """Drop the kept text (the engine calls this when a call ends)."""
    global _slot
    _slot = None


def opens_sentence(folded: str, start: int) -> bool:
    """``start`` opens the text or a sentence, an opening quote or spaces aside (one test
    shared by the English name and organisation rules and the Korean surname rule)."""
    before = folded[max(0, start - 3) : start].rstrip(" \"'“‘")
    return not before or before[-1] in ".!?:;\n"
