"""Key codes people read aloud: a fingerprint in five groups, each with a check character.

A key's fingerprint (``codec.fingerprint``) is 100 bits, kept as 20 RFC 4648 base32
characters in databases and files.  People see it as a *code*: the same 100 bits in
Crockford's base32 (no I, L, O or U; ``0``/``O`` and ``1``/``I``/``L`` are read alike), in
five groups of four characters, each followed by a check character::

    7K2QX-M9D4F-...        four data characters + one check character per group

The check character of group *g* is ``k_g + sum(w_j * d_j)`` in GF(32) (``x^5 + x^2 + 1``),
with weights 2, 3, 4, 5 for the data characters and 1 for the check character itself, and a
different constant ``k_g`` for each group.  So a group with one wrong character, two
characters swapped (with each other or with the check character), or a group read in another
group's place fails its check, and the person is told *which* group to read again.  Other
mistakes pass a group's check with probability 1/32.

Old codes (fieldkit 0.1: four groups of five RFC 4648 characters, no check character) are
accepted only where a caller says so (``legacy=True``); see ``parse_code``.
"""

from __future__ import annotations

import re

from fieldkit.errors import CodeError

__all__ = ["ALPHABET", "EXAMPLE", "GROUPS", "format_code", "parse_code"]

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base32."""
_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_READ_ALIKE = str.maketrans({"O": "0", "I": "1", "L": "1"})
_LEGACY_CONFUSABLE = str.maketrans({"0": "O", "1": "I", "8": "B"})
GROUPS = 5
_DATA = 4
_WEIGHTS = (2, 3, 4, 5)
_GROUP_CONSTANTS = (1, 6, 11, 17, 26)
_SEPARATORS = re.compile(r"[\s\-]+")


def _gf_mul(a: int, b: int) -> int:
    """Multiplication in GF(32) with the polynomial x^5 + x^2 + 1."""
    product = 0
    while b:
        if b & 1:
            product ^= a
        b >>= 1
        a <<= 1
        if a & 0b100000:
            a ^= 0b100101
    return product


def _check_value(group: int, data: list[int]) -> int:
    value = _GROUP_CONSTANTS[group]
    for weight, digit in zip(_WEIGHTS, data, strict=True):
        value ^= _gf_mul(weight, digit)
    return value


def format_code(fingerprint: str) -> str:
    """The code for a stored 20-character fingerprint: ``XXXXC-XXXXC-XXXXC-XXXXC-XXXXC``."""
    values = [_RFC4648.index(c) for c in fingerprint]
    groups = []
    for g in range(GROUPS):
        data = values[g * _DATA : (g + 1) * _DATA]
        groups.append("".join(ALPHABET[v] for v in [*data, _check_value(g, data)]))
    return "-".join(groups)


def _groups_of(text: str) -> list[str]:
    """The groups as typed: split at spaces or hyphens, or every five characters."""
    parts = [p for p in _SEPARATORS.split(text.strip().upper()) if p]
    if len(parts) == 1 and len(parts[0]) in (GROUPS * 5, 4 * 5):
        return [parts[0][i : i + 5] for i in range(0, len(parts[0]), 5)]
    return parts


def _group_value(group: str, index: int) -> list[int] | None:
    """The group's four data values, or ``None`` if a character or the check is wrong."""
    symbols = group.translate(_READ_ALIKE)
    if any(c not in ALPHABET for c in symbols):
        return None
    values = [ALPHABET.index(c) for c in symbols]
    data, check = values[:_DATA], values[_DATA]
    return data if _check_value(index, data) == check else None


def _named(indexes: list[int]) -> str:
    numbers = [str(i + 1) for i in indexes]
    if len(numbers) == 1:
        return f"group {numbers[0]}"
    return "groups " + ", ".join(numbers[:-1]) + " and " + numbers[-1]


def parse_code(text: str, *, legacy: bool = False) -> str:
    """The stored fingerprint a person typed, or ``CodeError`` saying which group is wrong.

    ``legacy=True`` also accepts a code from fieldkit 0.1 (four groups of five RFC 4648
    characters without check characters).  Those cannot catch a typo, and a current code
    with one group left out has the same shape, so a caller accepts them only where a
    mistake is caught anyway (comparing with a known key) or the person asked for it."""
    groups = _groups_of(text)
    if not groups:
        raise CodeError("no code was given", problem="missing", hint=f"a code looks like {EXAMPLE}")
    if len(groups) == 4 and all(len(g) == 5 for g in groups):
        return _legacy(groups, legacy)
    if len(groups) != GROUPS:
        raise CodeError(
            f"the code has {len(groups)} groups; a code has {GROUPS} groups of five",
            problem="groups",
            hint=f"a code looks like {EXAMPLE}; read it again with the person who has it",
        )
    short = [i for i, g in enumerate(groups) if len(g) != 5]
    if short:
        raise CodeError(
            f"{_named(short)} of the code should have five characters",
            problem="length",
            group=short[0] + 1,
            hint="read that group again with the person who has the code",
        )
    values = [_group_value(g, i) for i, g in enumerate(groups)]
    wrong = [i for i, v in enumerate(values) if v is None]
    if wrong or None in values:
        raise CodeError(
            f"{_named(wrong)} of the code looks wrong (its check character does not match)",
            problem="check",
            group=wrong[0] + 1,
            hint="read that group again with the person who has the code",
        )
    return "".join(_RFC4648[v] for data in values if data is not None for v in data)


EXAMPLE = format_code("FIELDKITCODEEXAMPLE2")
"""What a code looks like in messages (the code of no key)."""


def _legacy(groups: list[str], allowed: bool) -> str:
    if not allowed:
        raise CodeError(
            "the code has 4 groups; a code has 5 groups of five",
            problem="legacy",
            hint="if it came from fieldkit 0.1 (no check characters), show the new code "
            "again with the current version; otherwise read the code again",
        )
    compact = "".join(groups).translate(_LEGACY_CONFUSABLE)
    if not re.fullmatch(r"[A-Z2-7]{20}", compact):
        raise CodeError(
            "the old-style code has a character that is never in one",
            problem="character",
            hint="read the code again with the person who has it",
        )
    return compact
