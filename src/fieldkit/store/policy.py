"""The lock policy, and the small part of it the lock screen reads before any key exists.

``Policy`` is the authoritative copy, kept inside the key file's encrypted slot
payload (see ``keyslot``).  ``LockState`` is what must be known *before* an
unlock: the failure counter and the wipe threshold.  It lives in the key file's
masked lock block (see ``keyfile``), which anyone holding the file can edit; an
edit is found at the next unlock, when the authenticated copy is compared and
restored.  The counter itself cannot be authenticated (it changes when no key
is known): docs/spec/keyfile-v2.md says what that leaves open.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["MAX_COUNT", "MAX_LOCK_MINUTES", "MAX_WIPE_AFTER", "LockState", "Policy"]

MAX_LOCK_MINUTES = 1440
MAX_WIPE_AFTER = 100
MAX_COUNT = 255


class Policy(BaseModel):
    """How the workspace locks, and whether wrong passphrases destroy it."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)
    lock_after_minutes: Annotated[int, Field(ge=0, le=MAX_LOCK_MINUTES)] = 5
    """Lock the app after this many idle minutes (0: never)."""
    wipe_after_failures: Annotated[int, Field(ge=1, le=MAX_WIPE_AFTER)] | None = None
    """Destroy the key material after this many wrong passphrases in a row (None: off).
    The wipe leaves the key file in place, full of random bytes, so that every later
    passphrase is simply wrong."""
    show_remaining_tries: bool = False
    """Say how many tries are left after a wrong passphrase.  Off by default: the
    interviewer learns the policy when it is set or when she joins a project, and a
    person watching the screen learns nothing from a wrong passphrase."""

    def lock_state(self, failures: int = 0) -> LockState:
        return LockState(
            failures=failures,
            wipe_after=self.wipe_after_failures or 0,
            show_remaining=self.show_remaining_tries,
        )


@dataclass(frozen=True, kw_only=True)
class LockState:
    """The lock block's contents: readable (and editable) without the passphrase."""

    failures: int
    """Wrong passphrases since the last successful unlock (saturates at 255)."""
    wipe_after: int
    """0: never wipe; else wipe when ``failures`` reaches it."""
    show_remaining: bool

    def valid(self) -> bool:
        """In range: anything else is an edited or destroyed block."""
        if not 0 <= self.wipe_after <= MAX_WIPE_AFTER or not 0 <= self.failures <= MAX_COUNT:
            return False
        return self.wipe_after == 0 or self.failures < self.wipe_after

    def agrees_with(self, policy: Policy) -> bool:
        return (
            self.wipe_after == (policy.wipe_after_failures or 0)
            and self.show_remaining == policy.show_remaining_tries
        )

    def after_failure(self) -> LockState:
        return LockState(
            failures=min(self.failures + 1, MAX_COUNT),
            wipe_after=self.wipe_after,
            show_remaining=self.show_remaining,
        )

    @property
    def wipe_due(self) -> bool:
        return self.wipe_after > 0 and self.failures >= self.wipe_after

    def remaining(self) -> int | None:
        """Tries left before the wipe, when the policy shows them; else ``None``."""
        if not self.show_remaining or self.wipe_after == 0:
            return None
        return max(self.wipe_after - self.failures, 0)
