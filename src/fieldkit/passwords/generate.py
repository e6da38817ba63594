"""Passphrases of random words, drawn with ``secrets`` from a published list.

English: the EFF long list (7,776 words; five words, about 64.6 bits).  Korean: the BIP-39
Korean list (2,048 common words; six words, 66 bits).  The strength is the list's, not the
words' rarity: it holds even against an attacker who knows which list and how many words.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Literal

__all__ = ["WORDLISTS", "Suggestion", "generate_passphrase"]

Language = Literal["en", "ko"]


@dataclass(frozen=True)
class Wordlist:
    file: str
    words: int
    """How many words a suggestion has (enough for at least 64 bits)."""
    source: str


WORDLISTS: dict[str, Wordlist] = {
    "en": Wordlist("eff_large_wordlist.txt", 5, "EFF long word list (CC BY 3.0 US)"),
    "ko": Wordlist("bip39_korean.txt", 6, "BIP-39 Korean word list (MIT, python-mnemonic)"),
}


@dataclass(frozen=True, kw_only=True)
class Suggestion:
    text: str
    words: tuple[str, ...]
    bits: float
    """log2 of the number of passphrases the same list and length could give."""
    source: str


@cache
def words_of(lang: str) -> tuple[str, ...]:
    """The list's words (the EFF file's dice numbers dropped)."""
    text = files("fieldkit.passwords").joinpath("data", WORDLISTS[lang].file).read_text("utf-8")
    return tuple(line.split("\t")[-1].strip() for line in text.splitlines() if line.strip())


def generate_passphrase(
    lang: str = "en", words: int | None = None, rng: secrets.SystemRandom | None = None
) -> Suggestion:
    """A new random passphrase from ``lang``'s list (``rng`` only for tests)."""
    wordlist = WORDLISTS["ko" if lang == "ko" else "en"]
    count = max(5, words or wordlist.words)
    choose = (rng or secrets.SystemRandom()).choice
    pool = words_of("ko" if lang == "ko" else "en")
    picked = tuple(choose(pool) for _ in range(count))
    return Suggestion(
        text=" ".join(picked),
        words=picked,
        bits=count * math.log2(len(pool)),
        source=wordlist.source,
    )
