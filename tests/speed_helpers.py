"""Texts for the redaction speed-equivalence tests: every development passage, folded, and
seeded random texts made of pieces a rule looks for (so a fast path and the code it
replaced can be compared on many inputs, not only the corpora)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from fieldkit.redaction.normalize import fold
from fieldkit.redaction.score import parse_corpus

DATA = Path(__file__).resolve().parent / "data" / "redaction"


def passages() -> list[str]:
    """Every passage of the development corpora and the blind sets in the repository."""
    files = [*sorted(DATA.glob("corpus_*.txt")), *sorted((DATA / "blind").glob("set_*.txt"))]
    return [p.text for f in files for p in parse_corpus(f.read_text("utf-8"))]


def folded_passages() -> list[str]:
    """The same passages, folded as the rules read them."""
    return [fold(text) for text in passages()]


def made_texts(seed: int, pieces: tuple[str, ...], count: int = 3000, size: int = 10) -> list[str]:
    """``count`` texts of ``size`` pieces each, drawn with a fixed seed."""
    pick = random.Random(seed)
    return ["".join(pick.choice(pieces) for _ in range(size)) for _ in range(count)]


def found_matches(
    regex: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    """Every match's span and groups: what a rewritten pattern must reproduce exactly."""
    return [(m.span(), m.groups()) for m in regex.finditer(text)]
