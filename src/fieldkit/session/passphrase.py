"""Passphrase policy: refuse weak passphrases with the reason, before any key is made.

Strength is estimated by ``fieldkit.passwords`` (zxcvbn, plus Korean: common phrases and
words in Hangul, typed in English mode or romanised, places, names, Hangul keyboard walks),
not with character-class rules: "Seoul2024!!" and "사랑해요엄마사랑해요" fail whatever their
symbols, and five unrelated words pass.  Every refusal is given in English and Korean; a
strong passphrase can be suggested instead (``suggest_passphrase``).
"""

from __future__ import annotations

from fieldkit.errors import PassphraseError
from fieldkit.passwords import REASONS, Suggestion, estimate, generate_passphrase

__all__ = ["MIN_LENGTH", "MIN_SCORE", "check_new_passphrase", "suggest_passphrase"]

MIN_SCORE = 4
"""zxcvbn's scale 0-4; 4 means more than 10^10 guesses as zxcvbn counts them (score 3, 10^8,
let "Seoul2024!!" and "사랑해요엄마사랑해요" through)."""
MIN_LENGTH = 10

_HINT = (
    "use five or more unrelated words, or let fieldkit suggest a passphrase "
    "('fieldkit init --generate', or Suggest in the app)",
    "서로 관련 없는 단어 다섯 개 이상을 쓰거나, fieldkit 이 제안하는 비밀번호 문구를 쓰세요 "
    "('fieldkit init --generate', 또는 앱의 '비밀번호 문구 제안')",
)


def _refused(english: str, korean: str, *, hint: bool = True) -> PassphraseError:
    return PassphraseError(
        english,
        hint=_HINT[0] if hint else None,
        translations={"ko": (korean, _HINT[1] if hint else None)},
    )


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise ``PassphraseError`` with a reason a person can act on (``localized`` for Korean)."""
    if confirmation is not None and passphrase != confirmation:
        raise _refused(
            "the two passphrases are different; nothing was created",
            "두 비밀번호 문구가 서로 다릅니다. 아무것도 만들지 않았습니다",
            hint=False,
        )
    if len(passphrase) < MIN_LENGTH:
        raise _refused(
            f"too short ({len(passphrase)} characters; at least {MIN_LENGTH})",
            f"너무 짧습니다 ({len(passphrase)}자, 최소 {MIN_LENGTH}자)",
        )
    result = estimate(passphrase)
    if result.score < MIN_SCORE:
        reasons = [REASONS[r] for r in result.reasons[:2]] or [REASONS["guessable"]]
        raise _refused(
            "too weak: " + "; ".join(en for en, _ in reasons),
            "너무 약합니다: " + "; ".join(ko for _, ko in reasons),
        )


def suggest_passphrase(lang: str = "en") -> Suggestion:
    """A random passphrase from the EFF list (English) or the BIP-39 Korean list."""
    return generate_passphrase(lang)
