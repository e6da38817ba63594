"""Passphrase policy: refuse weak passphrases with the reason, before any key is made.

Strength is estimated with zxcvbn (pattern- and dictionary-aware), not with
character-class rules: repeated or common passwords fail whatever their symbols,
and four unrelated words pass.
"""

from __future__ import annotations

from zxcvbn import zxcvbn

from fieldkit.errors import PassphraseError

__all__ = ["MIN_LENGTH", "MIN_SCORE", "check_new_passphrase"]

MIN_SCORE = 3
"""zxcvbn score 0-4; 3 means "safely unguessable: moderate protection from offline attacks"
before the Argon2id cost is even counted."""
MIN_LENGTH = 10


def check_new_passphrase(passphrase: str, confirmation: str | None = None) -> None:
    """Raise ``PassphraseError`` with a reason a person can act on."""
    if confirmation is not None and passphrase != confirmation:
        raise PassphraseError("the two passphrases are different; nothing was created")
    if len(passphrase) < MIN_LENGTH:
        raise PassphraseError(
            f"too short ({len(passphrase)} characters; at least {MIN_LENGTH})",
            hint="use four or more unrelated words",
        )
    result = zxcvbn(passphrase[:100])
    if result["score"] < MIN_SCORE:
        feedback = result.get("feedback", {})
        reason = feedback.get("warning") or "too easy to guess"
        suggestions = " ".join(feedback.get("suggestions") or []) or (
            "use four or more unrelated words"
        )
        raise PassphraseError(f"too weak: {reason.rstrip('.')}", hint=suggestions)
