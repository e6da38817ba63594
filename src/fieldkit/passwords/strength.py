"""How many guesses a passphrase would take, with the reasons a person can act on.

zxcvbn knows English words, names, keyboard walks, years and repeats, but no Korean:
"안녕하세요반갑습니다", "사랑해요엄마사랑해요" and "Seoul2024!!" pass it.  Here the passphrase
is estimated as it is typed: Hangul becomes its 2-beolsik keystrokes (``keyboard``), so one
set of dictionaries (``dictionaries``) catches Korean typed in either input mode, romanised
Korean, Korean and Chinese places and Korean names, and a Hangul keyboard walk is the QWERTY
walk it is.  Reasons come from the matches zxcvbn used, in English and Korean.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from fieldkit.passwords.dictionaries import KEYSTROKE_DICTIONARIES, register
from fieldkit.passwords.keyboard import keystrokes

__all__ = ["MAX_ESTIMATED", "REASONS", "Estimate", "estimate"]

MAX_ESTIMATED = 72
"""zxcvbn's limit; longer passphrases are estimated on their first 72 keystrokes (what
follows can only add guesses)."""

REASONS: dict[str, tuple[str, str]] = {
    "korean_phrase": (
        "it is a common Korean phrase or greeting",
        "흔히 쓰는 한국어 인사말이나 표현입니다",
    ),
    "korean_words": ("it is made of common Korean words", "흔한 한국어 단어로 되어 있습니다"),
    "english_mode": (
        "it is Korean typed with the keyboard in English mode (dkssud is 안녕)",
        "한글을 영문 자판 상태로 친 것입니다 (dkssud 는 안녕)",
    ),
    "romanised": (
        "it is Korean written in Latin letters (saranghae)",
        "한국어를 로마자로 쓴 것입니다 (saranghae)",
    ),
    "place": ("it is built on a place name", "지명이 들어 있습니다"),
    "name": ("it is built on a name", "사람 이름이 들어 있습니다"),
    "keyboard": (
        "it is a pattern of keys on the keyboard (qwerty, ㅂㅈㄷㄱ)",
        "자판의 글쇠를 차례로 누른 것입니다 (qwerty, ㅂㅈㄷㄱ)",
    ),
    "repeat": ("it repeats itself", "같은 것을 되풀이합니다"),
    "sequence": ("it is a sequence (abc, 123)", "차례로 이어지는 글자나 숫자입니다 (abc, 123)"),
    "date": ("it contains a year or a date", "연도나 날짜가 들어 있습니다"),
    "common": ("it is a commonly used password", "흔히 쓰는 비밀번호입니다"),
    "words": ("it is made of common words", "흔한 단어로 되어 있습니다"),
    "guessable": ("it is too easy to guess", "추측하기 쉽습니다"),
}
"""Why a passphrase is guessable, in English and Korean (keys are stable for tests)."""

_DICTIONARY_REASONS = {
    "ko_phrases": "korean_phrase",
    "ko_words": "korean_words",
    "ko_romanised": "romanised",
    "places": "place",
    "places_keys": "place",
    "names": "name",
    "names_keys": "name",
    "surnames": "name",
    "male_names": "name",
    "female_names": "name",
    "passwords": "common",
}
_PATTERN_REASONS = {
    "spatial": "keyboard",
    "repeat": "repeat",
    "sequence": "sequence",
    "regex": "date",
    "date": "date",
}


@dataclass(frozen=True, kw_only=True)
class Estimate:
    score: int
    """zxcvbn's scale: 0 (guessed at once) to 4 (over 10^10 guesses)."""
    guesses_log10: float
    reasons: tuple[str, ...]
    """Keys of ``REASONS`` for what made it guessable, the weightiest first."""


def _keyboard_walk(token: str) -> bool:
    """A common password that is also a walk along the keys (qwerty): say the walk."""
    from zxcvbn import matching

    return any(m["i"] == 0 and m["j"] == len(token) - 1 for m in matching.spatial_match(token))


def _reason(match: dict[str, Any], typed_hangul: bool) -> str | None:
    pattern = match["pattern"]
    if pattern == "bruteforce":
        return None
    if pattern != "dictionary":
        return _PATTERN_REASONS.get(pattern, "guessable")
    name = match["dictionary_name"]
    if name == "passwords" and _keyboard_walk(match["token"]):
        return "keyboard"
    if name in KEYSTROKE_DICTIONARIES and not typed_hangul:
        return "english_mode"
    return _DICTIONARY_REASONS.get(name, "words")


def _reasons(sequence: list[dict[str, Any]], typed_hangul: bool) -> tuple[str, ...]:
    """Distinct reasons, ordered by how much of the passphrase each explains."""
    covered: dict[str, int] = {}
    for match in sequence:
        reason = _reason(match, typed_hangul)
        if reason is not None:
            covered[reason] = covered.get(reason, 0) + len(match["token"])
    return tuple(sorted(covered, key=lambda r: -covered[r]))


def estimate(passphrase: str) -> Estimate:
    """Guesses for ``passphrase`` (NFC-normalised, then as keystrokes)."""
    from zxcvbn import zxcvbn  # deferred: zxcvbn's own lists take a moment to load

    register()
    text = unicodedata.normalize("NFC", passphrase)
    typed = keystrokes(text)
    result = zxcvbn(typed[:MAX_ESTIMATED])
    return Estimate(
        score=int(result["score"]),
        guesses_log10=float(result["guesses_log10"]),
        reasons=_reasons(result["sequence"], typed != text),
    )
