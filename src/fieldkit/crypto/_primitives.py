"""The only module that touches ``cryptography``'s hazmat layer and ``pyrage``.

Everything here is a thin call into a reviewed library: Argon2id and AES-GCM
and Ed25519 from pyca/cryptography, the age file format from pyrage (rage).
Nothing here invents a construction.  Library exceptions are translated into
``CryptoError`` (or returned as ``None`` for a failed authentication) so that
no other module needs to know which library raised what.

Round 28, speed: the libraries are imported by the functions that call them, not with
this module.  ``random_bytes`` needs only ``os``, and the redaction engine, which needs
only it and the standard library's HMAC (``keyed_digest``), no longer loads
``cryptography`` and ``pyrage`` at its start-up (some 35 ms of its 0.4 s); the first
call that encrypts, signs or derives a key loads them, once.
"""

from __future__ import annotations

import os

from fieldkit.errors import CryptoError

__all__ = [
    "aead_decrypt",
    "aead_encrypt",
    "age_decrypt",
    "age_decrypt_why",
    "age_encrypt",
    "age_generate",
    "age_recipient_of",
    "argon2id",
    "ed25519_generate",
    "ed25519_public",
    "ed25519_sign",
    "ed25519_verify",
    "random_bytes",
]

NONCE_BYTES = 12


def random_bytes(n: int) -> bytes:
    """Bytes from the operating system's CSPRNG."""
    return os.urandom(n)


def argon2id(secret: bytes, salt: bytes, *, memory_kib: int, iterations: int, lanes: int) -> bytes:
    """A 32-byte key from ``secret`` with Argon2id (RFC 9106)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib)
    return kdf.derive(secret)


def aead_encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM with a random nonce; returns ``nonce || ciphertext || tag``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = random_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def aead_decrypt(key: bytes, sealed: bytes, aad: bytes) -> bytes | None:
    """Inverse of ``aead_encrypt``; ``None`` when the key or data is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(sealed) < NONCE_BYTES + 16:
        return None
    try:
        return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], aad)
    except InvalidTag:
        return None


def ed25519_generate() -> bytes:
    """A new Ed25519 private key as its 32 raw bytes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def ed25519_public(private: bytes) -> bytes:
    """The 32 raw bytes of the public key for ``private``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = Ed25519PrivateKey.from_private_bytes(private)
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def ed25519_sign(private: bytes, message: bytes) -> bytes:
    """A 64-byte Ed25519 signature."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


def ed25519_verify(public: bytes, signature: bytes, message: bytes) -> bool:
    """True only when ``signature`` is ``public``'s signature over ``message``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def age_generate() -> str:
    """A new age X25519 identity, ``AGE-SECRET-KEY-1...``."""
    import pyrage

    return str(pyrage.x25519.Identity.generate())


def age_recipient_of(identity: str) -> str:
    """The ``age1...`` recipient of an identity string."""
    import pyrage

    try:
        return str(pyrage.x25519.Identity.from_str(identity.strip()).to_public())
    except Exception as exc:  # pyrage raises its own IdentityError subclasses
        raise CryptoError("not an age X25519 identity (AGE-SECRET-KEY-1...)") from exc


def _recipient(text: str) -> object:
    import pyrage

    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except Exception as exc:
        raise CryptoError(f"not an age X25519 recipient: {text.strip()[:12]}...") from exc


def age_encrypt(plaintext: bytes, recipients: list[str]) -> bytes:
    """Encrypt to every recipient with the age format (binary, not armored)."""
    import pyrage

    if not recipients:
        raise CryptoError("no recipients to encrypt to")
    parsed = [_recipient(r) for r in recipients]
    try:
        return bytes(pyrage.encrypt(plaintext, parsed))
    except Exception as exc:
        raise CryptoError("age encryption failed") from exc


def age_decrypt(ciphertext: bytes, identities: list[str]) -> bytes | None:
    """Decrypt an age file; ``None`` if it is not one, is damaged, or is not for us."""
    return age_decrypt_why(ciphertext, identities)[0]


def age_decrypt_why(ciphertext: bytes, identities: list[str]) -> tuple[bytes | None, str]:
    """Decrypt, and on failure say at which stage: ``"recipient"`` when no identity
    unwraps the header (rage's "No matching keys found"), else ``"damaged"``."""
    import pyrage

    try:
        parsed = [pyrage.x25519.Identity.from_str(i.strip()) for i in identities]
    except Exception as exc:
        raise CryptoError("not an age X25519 identity (AGE-SECRET-KEY-1...)") from exc
    try:
        return bytes(pyrage.decrypt(ciphertext, parsed)), "ok"
    except Exception as error:  # DecryptError and friends: one opaque failure per stage
        stage = "recipient" if "no matching keys" in str(error).lower() else "damaged"
        return None, stage
