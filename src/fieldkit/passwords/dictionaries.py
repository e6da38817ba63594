"""The word lists an attacker would try first, registered with zxcvbn once, on first use.

Every list is ranked (the most likely entry first), as zxcvbn's own are.  Hangul entries are
registered as the keys that type them (``keyboard.keystrokes``), because the estimate runs on
keystrokes; Korean phrases and frequent words are also registered romanised.  Dictionary
names say where a match came from, which is how the estimate explains a refusal:

- ``ko_phrases``, ``ko_words``, ``places_keys``, ``names_keys``: Hangul, as keystrokes;
- ``ko_romanised``, ``places``, ``names``: Latin spellings.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from fieldkit.passwords.keyboard import keystrokes, romanise

__all__ = ["KEYSTROKE_DICTIONARIES", "register"]

KEYSTROKE_DICTIONARIES = frozenset({"ko_phrases", "ko_words", "places_keys", "names_keys"})
"""Dictionaries of Korean typed as keys: a match from one of them in a passphrase without
Hangul is Korean typed with the keyboard in English mode."""

_HANGUL = re.compile(r"[\u3131-\u318e\uac00-\ud7a3]")
ROMANISED_WORDS = 3000
"""How many of the most frequent Korean words are also tried romanised."""


def _lines(name: str) -> list[str]:
    text = files("fieldkit.passwords").joinpath("data", name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _ranked(items: list[str]) -> list[str]:
    """Lower case (zxcvbn matches case-insensitively), duplicates dropped, order kept."""
    return list(dict.fromkeys(item.lower() for item in items if item))


def _split(items: list[str]) -> tuple[list[str], list[str]]:
    """(Hangul entries as keystrokes, Latin entries)."""
    hangul = [keystrokes(i) for i in items if _HANGUL.search(i)]
    latin = [i for i in items if not _HANGUL.search(i)]
    return _ranked(hangul), _ranked(latin)


def dictionaries() -> dict[str, list[str]]:
    phrases, words = _lines("ko_phrases.txt"), _lines("ko_words.txt")
    romanised = _lines("ko_romanised.txt") + [
        r for r in map(romanise, phrases + words[:ROMANISED_WORDS]) if len(r) >= 4
    ]
    places_keys, places = _split(_lines("places.txt"))
    names_keys, names = _split(_lines("names.txt"))
    names += _ranked([romanise(n) for n in _lines("names.txt") if _HANGUL.search(n)])
    return {
        "ko_phrases": _ranked([keystrokes(p) for p in phrases]),
        "ko_words": _ranked([keystrokes(w) for w in words]),
        "ko_romanised": _ranked(romanised),
        "places_keys": places_keys,
        "places": places,
        "names_keys": names_keys,
        "names": names,
    }


@cache
def register() -> None:
    """Add the lists to zxcvbn's (a process-wide table; done once)."""
    from zxcvbn import matching

    matching.add_frequency_lists(dictionaries())
