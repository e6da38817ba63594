"""Export's redaction of one interview, and the report each record carries of it.

The engine is called through the services' one adapter
(``session.redaction.redact_texts``, which the narrative preview uses too), so
export redacts exactly as the preview showed.  Any failure of the engine
becomes a ``RedactionError`` naming the interview, never the text, and export
writes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from fieldkit.questionnaire import Questionnaire
from fieldkit.session.redaction import NarrativeRedactor, redact_texts

__all__ = ["NarrativeRedaction", "redact_interview"]


@dataclass
class NarrativeRedaction:
    """One interview's redacted narratives and its redaction report."""

    texts: dict[str, str] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)
    uncertain: int = 0


def redact_interview(
    redactor: NarrativeRedactor,
    texts: Mapping[str, str],
    *,
    questionnaire: Questionnaire,
    terms: list[tuple[str, str]],
    released: list[str],
    secret: bytes,
    where: str,
) -> NarrativeRedaction:
    """Redact every narrative of one interview, or raise ``RedactionError``; a place
    placeholder shows no finer region than ``questionnaire`` exports for a province."""
    summary = NarrativeRedaction()
    if not texts:
        return summary
    results = redact_texts(
        texts,
        questionnaire=questionnaire,
        terms=terms,
        released=released,
        secret=secret,
        redactor=redactor,
        consequence="nothing was exported",
        where=where,
    )
    for qid in texts:
        result = results[qid]
        summary.texts[qid] = result.text
        summary.counts.update(span.label for span in result.spans)
        summary.uncertain += len(result.uncertain)
    return summary
