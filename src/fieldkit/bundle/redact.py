"""The export's use of the redaction engine, failing closed.

The engine (``fieldkit.redaction``) is built by another part of the project;
export only needs ``Redactor.default().redact_many(texts, known=, secret=,
released=)``.  Anything that goes wrong, including the engine being absent,
becomes a ``RedactionError`` naming the interview and question, never the text,
and export writes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from fieldkit.errors import RedactionError

__all__ = ["NarrativeRedaction", "Redactor", "default_redactor", "redact_interview"]

TERM_LABELS = ("person", "place", "contact", "other")


class Redactor(Protocol):
    """What export needs from the engine (``fieldkit.redaction.Redactor`` fits)."""

    def redact_many(
        self,
        texts: Mapping[str, str],
        *,
        known: list[Any],
        secret: bytes,
        released: list[str],
    ) -> Mapping[str, Any]: ...


@dataclass
class NarrativeRedaction:
    """One interview's redacted narratives and its redaction report."""

    texts: dict[str, str] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    uncertain: int = 0


def default_redactor() -> tuple[Redactor, Any, dict[str, str]]:
    """``(redactor, KnownTerm class, detector versions)`` from the real engine."""
    try:
        from fieldkit import redaction  # deferred: loading the gazetteers takes time
    except ImportError:
        redaction = None  # type: ignore[assignment]
    if redaction is None or not hasattr(redaction, "Redactor"):
        raise RedactionError(
            "the redaction engine is not available; nothing was exported",
            hint="install fieldkit completely (the redaction data files are missing)",
        )
    engine = redaction.Redactor.default()
    versions = getattr(engine, "detector_versions", None) or getattr(
        redaction.Redactor, "detector_versions", {}
    )
    return engine, redaction.KnownTerm, {str(k): str(v) for k, v in dict(versions).items()}


def redact_interview(
    redactor: Redactor,
    known_term: Any,
    texts: Mapping[str, str],
    *,
    terms: list[tuple[str, str]],
    released: list[str],
    secret: bytes,
    where: str,
) -> NarrativeRedaction:
    """Redact every narrative of one interview, or raise ``RedactionError``."""
    result = NarrativeRedaction()
    if not texts:
        return result
    known = [known_term(t, label if label in TERM_LABELS else "other") for t, label in terms]
    try:
        outcome = redactor.redact_many(texts, known=known, secret=secret, released=released)
        for qid in texts:
            redacted = outcome[qid]
            result.texts[qid] = str(redacted.text)
            result.counts.update(str(s.label) for s in redacted.spans)
            result.uncertain += len(redacted.uncertain)
    except RedactionError:
        raise
    except Exception as error:
        # The engine's message could quote the narrative: report only its type.
        raise RedactionError(
            f"the redaction engine failed ({type(error).__name__}); nothing was exported",
            where=where,
        ) from None
    return result
