"""Identity redaction: names, places and contact details never leave the laptop.

A pure-Python, offline engine (no UI, no network code path).  Other parts of
fieldkit call it through this surface only::

    engine = Redactor.default()
    result = engine.redact(text, known=[KnownTerm("Kim Young-hee")])
    result.text, result.spans, result.uncertain

Every name here is typed; ``Span`` and ``KnownTerm`` are frozen records.  The
services reach the engine through one adapter, ``fieldkit.session.redaction``.
See docs/redaction.md for the policy and the layers.
"""

from __future__ import annotations

from fieldkit.redaction.engine import PLACEHOLDER, PlaceRegions, Redactor
from fieldkit.redaction.model import (
    LABELS,
    KnownLabel,
    KnownTerm,
    RedactionResult,
    Span,
    parse_known,
)

__all__ = [
    "LABELS",
    "PLACEHOLDER",
    "KnownLabel",
    "KnownTerm",
    "PlaceRegions",
    "RedactionResult",
    "Redactor",
    "Span",
    "parse_known",
]
