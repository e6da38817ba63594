"""The unlocked key file: which slot a passphrase opened, and every change to it.

A ``Vault`` is what an unlock leaves in memory: the key-encryption key (so a
policy change needs no second Argon2id run), the slot it opened and that
slot's payload.  Every update is crash-safe within the workspace's own pair of
slots: the new payload goes into the pair's other slot (generation + 1) and is
synced, and only then is the old slot overwritten with random bytes.  A crash
in between leaves two slots that open; the next unlock keeps the newer and
overwrites the older.

The duress passphrase's decoy lives in the *other* pair.  A real workspace
keeps the decoy's key-encryption key in its payload, so that it can keep the
decoy's policy in step and remove it; the decoy knows nothing of the real
workspace, and a decoy set to destroy simply overwrites every slot outside
its own pair.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from fieldkit.crypto import same_secret
from fieldkit.errors import WorkspaceError, WrongPassphraseError
from fieldkit.store.keyfile import SLOT_COUNT, KeyFile, Producer, derive_kek, slot_pair
from fieldkit.store.keyslot import DecoyRef, SlotPayload, decode_payload, encode_payload
from fieldkit.store.policy import LockState, Policy
from fieldkit.store.shred import remove_databases, remove_named

__all__ = ["KeyNotice", "Vault", "unlock_vault", "wrong_passphrase"]

NoticeCode = Literal[
    "policy_restored", "failed_attempts", "duress_lost", "upgraded", "rotation_interrupted"
]


@dataclass(frozen=True, kw_only=True)
class KeyNotice:
    """Something the person who unlocked should know (the interfaces translate ``code``)."""

    code: NoticeCode
    count: int = 0

    @property
    def message(self) -> str:
        return {
            "policy_restored": "the lock policy stored beside the key was not the one you set "
            "(the file was edited, or the policy was changed in the practice workspace); "
            "yours is restored",
            "failed_attempts": f"{self.count} wrong passphrase(s) were typed since the last unlock",
            "duress_lost": "the duress passphrase no longer opens its practice workspace; "
            "set it again with 'fieldkit workspace duress'",
            "upgraded": "the workspace was upgraded to the key file of format 2; "
            "its old header was overwritten and removed",
            "rotation_interrupted": "re-encrypting the database under a new key was "
            "interrupted; it is still under its previous key: run "
            "'fieldkit workspace rotate-key' again",
        }[self.code]


def wrong_passphrase(remaining: int | None) -> WrongPassphraseError:
    """The one answer to every passphrase that opens nothing, wiped workspace or not."""
    error = WrongPassphraseError("wrong passphrase")
    error.remaining_tries = remaining
    if remaining is not None:
        error.hint = f"{remaining} tries left before this workspace is wiped"
    return error


def _newest(found: list[tuple[int, SlotPayload]]) -> tuple[int, SlotPayload]:
    return max(found, key=lambda item: item[1].generation)


def _in_pair(keyfile: KeyFile, kek: bytes, pair: int) -> list[tuple[int, SlotPayload]]:
    return [
        (index, decode_payload(plain))
        for index, plain in keyfile.open_slots(kek)
        if slot_pair(index)[0] == pair
    ]


def _replace(
    keyfile: KeyFile, kek: bytes, payload: SlotPayload, old: int, *extra: tuple[int, Producer]
) -> int:
    """Write ``payload`` into ``old``'s pair-mate (synced), then overwrite ``old``."""
    first, second = slot_pair(old)
    spare = second if old == first else first
    keyfile.write(keyfile.sealed_slot(spare, kek, encode_payload(payload)), *extra)
    keyfile.write(keyfile.random_slot(old))
    return spare


class Vault:
    """An unlocked key file; see the module docstring."""

    def __init__(
        self, keyfile: KeyFile, kek: bytes, slot: int, payload: SlotPayload, *, owner: bool = True
    ) -> None:
        self.keyfile = keyfile
        self.kek = kek
        self.slot = slot
        self.payload = payload
        self._owner = owner
        self._destroying: threading.Thread | None = None

    @property
    def directory(self) -> Path:
        return self.keyfile.path.parent

    @property
    def database(self) -> Path:
        return self.directory / self.payload.db_name

    @property
    def other_pair(self) -> int:
        return slot_pair(self.slot)[0] ^ 2

    def close(self) -> None:
        self.wait()
        if self._owner:
            self.keyfile.close()

    def wait(self) -> None:
        """Until the background destruction (if one was started) has finished."""
        if self._destroying is not None:
            self._destroying.join()

    # --- updates of this workspace's own slot ----------------------------------------

    def update(
        self, payload: SlotPayload, *, kek: bytes | None = None, lock: LockState | None = None
    ) -> None:
        """Replace this workspace's payload (crash-safe); ``kek`` for a new passphrase."""
        keyfile = self.keyfile
        with keyfile.locked():
            found = _in_pair(keyfile, self.kek, slot_pair(self.slot)[0])
            if not found or _newest(found)[1].generation != self.payload.generation:
                raise WorkspaceError(
                    "the workspace's key file was changed by another fieldkit window",
                    hint="close the other window, then lock and unlock this one; "
                    "nothing was changed",
                )
            new = replace(payload, generation=self.payload.generation + 1)
            extra = [keyfile.lock_block(lock)] if lock is not None else []
            self.slot = _replace(keyfile, kek or self.kek, new, _newest(found)[0], *extra)
            self.payload, self.kek = new, kek or self.kek

    def set_policy(self, policy: Policy) -> None:
        """The authenticated policy and the lock block together (and the decoy's copy)."""
        current = self.keyfile.lock_state()
        failures = current.failures if current and current.agrees_with(policy) else 0
        self.update(replace(self.payload, policy=policy), lock=policy.lock_state(failures))
        self._sync_decoy()

    def is_passphrase(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is this workspace's (one Argon2id derivation)."""
        return same_secret(derive_kek(passphrase, self.keyfile.salt()), self.kek)

    # --- the decoy in the other pair ---------------------------------------------------

    def decoy(self) -> tuple[int, SlotPayload] | None:
        """The decoy's current slot and payload, if this workspace has one that opens."""
        ref = self.payload.decoy
        if ref is None:
            return None
        found = _in_pair(self.keyfile, ref.kek, self.other_pair)
        return _newest(found) if found else None

    def install_decoy(self, kek: bytes, payload: SlotPayload) -> None:
        """Make ``payload`` (under ``kek``) the decoy: first the reference in this
        workspace's payload, then the decoy's slot; an older decoy is removed."""
        old = self.payload.decoy
        self.update(replace(self.payload, decoy=DecoyRef(kek=kek, db_name=payload.db_name)))
        first = self.other_pair
        with self.keyfile.locked():
            self.keyfile.write(
                self.keyfile.sealed_slot(first, kek, encode_payload(payload)),
                self.keyfile.random_slot(first + 1),
            )
        if old is not None and old.db_name != payload.db_name:
            remove_named(self.directory, old.db_name)

    def remove_decoy(self) -> None:
        """Forget the decoy, overwrite its slots, then remove its database."""
        old = self.payload.decoy
        if old is None:
            return
        self.update(replace(self.payload, decoy=None))
        first = self.other_pair
        with self.keyfile.locked():
            self.keyfile.write(self.keyfile.random_slot(first), self.keyfile.random_slot(first + 1))
        remove_named(self.directory, old.db_name)

    def _sync_decoy(self) -> None:
        """The decoy follows this workspace's policy, so both look the same when opened."""
        ref, found = self.payload.decoy, self.decoy()
        if ref is None or found is None or found[1].policy == self.payload.policy:
            return
        slot, payload = found
        with self.keyfile.locked():
            _replace(
                self.keyfile, ref.kek, payload.next_generation(policy=self.payload.policy), slot
            )

    def start_destroying_others(self) -> None:
        """``destroy_others`` on a thread of its own, so that opening the decoy takes
        no longer than opening any workspace (``close`` waits for it)."""
        self._destroying = threading.Thread(
            target=self.destroy_others, name="fieldkit-keys", daemon=False
        )
        self._destroying.start()

    def destroy_others(self) -> None:
        """Overwrite every slot outside this workspace's pair, then remove every other
        database: what a decoy set to destroy does when it is opened."""
        own = slot_pair(self.slot)
        with self.keyfile.locked():
            self.keyfile.write(
                *(self.keyfile.random_slot(i) for i in range(SLOT_COUNT) if i not in own)
            )
        remove_databases(self.directory, keep=[self.payload.db_name])


def unlock_vault(keyfile: KeyFile, passphrase: str) -> tuple[Vault, list[KeyNotice]]:
    """One Argon2id derivation, then every slot tried; ``WrongPassphraseError`` (after
    counting the failure, and wiping if the policy says so) when none opens."""
    kek = derive_kek(passphrase, keyfile.salt())
    with keyfile.locked():
        opened = [(i, decode_payload(p)) for i, p in keyfile.open_slots(kek)]
        lock = keyfile.lock_state()
        if not opened:
            raise _count_failure(keyfile, lock)
        slot, payload = _newest(opened)
        stale = [i for i, _ in opened if i != slot and slot_pair(i) == slot_pair(slot)]
        keyfile.write(
            *(keyfile.random_slot(i) for i in stale),
            keyfile.lock_block(payload.policy.lock_state()),
        )
    vault = Vault(keyfile, kek, slot, payload)
    notices = []
    if lock is not None and lock.failures:
        notices.append(KeyNotice(code="failed_attempts", count=lock.failures))
    if lock is None or not lock.agrees_with(payload.policy):
        notices.append(KeyNotice(code="policy_restored"))
        if payload.decoy is not None:  # perhaps changed in the decoy: bring it back in step
            if vault.decoy() is None:
                notices.append(KeyNotice(code="duress_lost"))
            vault._sync_decoy()
    return vault, notices


def _count_failure(keyfile: KeyFile, lock: LockState | None) -> WrongPassphraseError:
    """Count a wrong passphrase; at the policy's limit, destroy quietly: every slot and
    the salt become random, the lock block starts again, the databases go."""
    if lock is None:
        return wrong_passphrase(None)
    state = lock.after_failure()
    if state.wipe_due:
        keyfile.scrub()
        state = LockState(
            failures=0, wipe_after=lock.wipe_after, show_remaining=lock.show_remaining
        )
        keyfile.write(keyfile.lock_block(state))
        remove_databases(keyfile.path.parent)
    else:
        keyfile.write(keyfile.lock_block(state))
    return wrong_passphrase(state.remaining())
