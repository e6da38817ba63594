"""Cryptographic recipes: the only crypto API the rest of fieldkit uses.

Each function does one whole job with safe defaults (derive a workspace key,
wrap a data key, sign a manifest, seal a bundle to recipients).  Primitives live
in ``_primitives`` and are not imported anywhere else, which an import-linter
contract enforces.  Failed authentication is reported as ``None`` or ``False``,
never as a half-decrypted result; callers turn that into one opaque error per
operation.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from fieldkit.crypto import _primitives as p
from fieldkit.errors import CryptoError

__all__ = [
    "SEAL_OVERHEAD",
    "KdfParams",
    "SigningKey",
    "age_recipient_of",
    "derive_key",
    "generate_age_identity",
    "keyed_digest",
    "new_secret",
    "open_sealed",
    "open_sealed_or_stage",
    "open_secret",
    "same_secret",
    "seal",
    "seal_secret",
    "unwrap_key",
    "verify_signature",
    "wrap_key",
]


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters.

    The defaults are the key file's (docs/spec/keyfile-v2.md): 256 MiB, 3 passes,
    4 lanes, about 0.8 s per unlock on the 2-vCPU reference machine (measured
    against 128 MiB side by side in docs/performance.md).  Version-1 workspaces
    recorded their own parameters in ``workspace.json``.
    """

    memory_kib: int = 256 * 1024
    iterations: int = 3
    lanes: int = 4

    def check(self) -> None:
        """Refuse parameters too weak to be a mistake worth keeping."""
        if self.memory_kib < 8 * 1024 or self.iterations < 1 or not 1 <= self.lanes <= 16:
            raise CryptoError(
                "key derivation parameters are too weak",
                hint="memory must be at least 8 MiB, iterations at least 1, lanes 1-16",
            )


SEAL_OVERHEAD = p.NONCE_BYTES + 16
"""Bytes ``seal_secret`` adds to its plaintext: the nonce and the GCM tag."""


def new_secret(n: int = 32) -> bytes:
    """Fresh random bytes for keys, salts and ids."""
    return p.random_bytes(n)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """Argon2id(passphrase, salt) -> 32-byte key-encryption key."""
    params.check()
    return p.argon2id(
        passphrase.encode("utf-8"),
        salt,
        memory_kib=params.memory_kib,
        iterations=params.iterations,
        lanes=params.lanes,
    )


def wrap_key(kek: bytes, key: bytes, context: bytes) -> bytes:
    """Encrypt ``key`` under ``kek``, bound to ``context`` (authenticated, not secret)."""
    return p.aead_encrypt(kek, key, context)


def unwrap_key(kek: bytes, wrapped: bytes, context: bytes) -> bytes | None:
    """The wrapped key, or ``None`` when ``kek`` or ``context`` is wrong."""
    return p.aead_decrypt(kek, wrapped, context)


def seal_secret(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    """AES-256-GCM under ``key`` with a fresh random nonce, bound to ``context``:
    ``nonce || ciphertext || tag`` (12 + len(plaintext) + 16 bytes)."""
    return p.aead_encrypt(key, plaintext, context)


def open_secret(key: bytes, sealed: bytes, context: bytes) -> bytes | None:
    """Inverse of ``seal_secret``; ``None`` when the key, context or bytes are wrong."""
    return p.aead_decrypt(key, sealed, context)


def same_secret(a: bytes, b: bytes) -> bool:
    """Constant-time equality of two secrets (keys), so comparing leaks no prefix."""
    return hmac.compare_digest(a, b)


def keyed_digest(key: bytes, data: bytes) -> bytes:
    """HMAC-SHA256.  Use instead of a plain hash for anything derived from a
    person's identity: the space of Korean names is small enough to reverse a
    plain hash by dictionary."""
    return hmac.new(key, data, hashlib.sha256).digest()


@dataclass(frozen=True)
class SigningKey:
    """An Ed25519 device key.  ``private`` never leaves the encrypted database."""

    private: bytes

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(p.ed25519_generate())

    @property
    def public(self) -> bytes:
        return p.ed25519_public(self.private)

    def sign(self, message: bytes) -> bytes:
        return p.ed25519_sign(self.private, message)


def verify_signature(public: bytes, signature: bytes, message: bytes) -> bool:
    """True only for a valid Ed25519 signature by ``public``."""
    return p.ed25519_verify(public, signature, message)


def generate_age_identity() -> tuple[str, str]:
    """A new age X25519 identity and its recipient: ``(AGE-SECRET-KEY-1..., age1...)``."""
    identity = p.age_generate()
    return identity, p.age_recipient_of(identity)


def age_recipient_of(identity: str) -> str:
    """The ``age1...`` recipient for an identity string."""
    return p.age_recipient_of(identity)


def seal(plaintext: bytes, recipients: list[str]) -> bytes:
    """Encrypt to age recipients.  Encryption does not authenticate the sender:
    sign the plaintext separately."""
    return p.age_encrypt(plaintext, recipients)


def open_sealed(ciphertext: bytes, identities: list[str]) -> bytes | None:
    """Decrypt an age file, or ``None`` if it is damaged or not for these identities."""
    return p.age_decrypt(ciphertext, identities)


def open_sealed_or_stage(ciphertext: bytes, identities: list[str]) -> tuple[bytes | None, str]:
    """Like ``open_sealed``, but a failure names its stage: ``"recipient"`` (no
    identity opens the header: not for us, or a damaged header stanza) or
    ``"damaged"`` (the header opened but the header MAC or payload did not
    authenticate).  Nothing else about the failure is revealed."""
    return p.age_decrypt_why(ciphertext, identities)
