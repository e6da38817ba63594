"""XLSForm names -> fieldkit ids, and workbook text fit for a message.

XLSForm names may hold capitals, ``-`` and ``.``; fieldkit ids are lowercase
letters, digits and ``_`` (they end up in file names, column names and
expressions).  The mapping is deterministic, so re-importing a form gives the
same ids, and every rename is reported.
"""

from __future__ import annotations

import re

__all__ = ["identifier", "printable"]

_NOT_ID = re.compile(r"[^a-z0-9_]")


def identifier(name: str) -> str:
    """``"HH-Size"`` -> ``"hh_size"``; ``"2nd_visit"`` -> ``"q_2nd_visit"``."""
    ident = _NOT_ID.sub("_", name.strip().lower())
    if not ident[:1].isalpha() or not ident[:1].isascii():
        ident = "q_" + ident
    return ident[:64]


def printable(text: str, limit: int = 400) -> str:
    """Workbook content fit for a one-line message: control characters (a terminal
    escape sequence hidden in a cell) escaped, and the length capped."""
    if not text.isprintable():
        text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)
    return text if len(text) <= limit else text[:limit] + "..."
