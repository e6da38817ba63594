"""Residual identifiers: exported text re-scanned at the strictest settings.

Every free-text answer that left a device (narratives, and short texts whose
sensitivity is ``none``, inside repeat instances too) goes through
``Redactor.scan(text, strict=True)``,
which runs every detector, catch-all included, and ignores the placeholders
(``[PERSON-1]``) export put in.  What it finds is text redaction let through.
Each hit is shown with the exported text around it and the nearest placeholders
on either side, so the auditor can tell a missed surname from a month name.

Answers to ``direct`` or sealed questions are not scanned: if one is present the
schema check reports it by field, and scanning it would print the identifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from fieldkit.audit.model import ResidualHit
from fieldkit.audit.records import AuditRecord
from fieldkit.questionnaire import Flow
from fieldkit.redaction import PLACEHOLDER, Span
from fieldkit.session.redaction import load_engine

__all__ = [
    "CONTEXT",
    "Scanner",
    "TextMark",
    "default_scanner",
    "marks",
    "question_of",
    "record_texts",
    "scan",
]

TEXT_TYPES = frozenset({"short_text", "long_text"})
CONTEXT = 60
"""Characters of exported text shown on each side of a hit."""


class Scanner(Protocol):
    """What the audit calls on the redaction engine (``Redactor`` is the one that ships)."""

    @property
    def detector_versions(self) -> Mapping[str, str]:
        """Each detector layer's version, named in the audit report."""
        ...

    def scan(self, text: str, *, strict: bool = True) -> tuple[Span, ...]: ...


def default_scanner() -> Scanner:
    """The shipped engine (built on first use), from the services' one adapter."""
    return load_engine()


@dataclass(frozen=True)
class TextMark:
    """A stretch of exported text to highlight: a placeholder, or a residual hit."""

    start: int
    end: int
    kind: str
    """``placeholder`` or ``hit``."""
    label: str


def question_of(name: str) -> str:
    """The question id of a text's name (``sales[2]/sale_story`` -> ``sale_story``)."""
    return name.rsplit("/", 1)[-1]


def _scannable(flow: Flow, qid: str, value: object) -> bool:
    question = flow.by_id.get(qid)
    if question is None or not isinstance(value, str) or question.type not in TEXT_TYPES:
        return False
    return question.sensitivity != "direct" and not flow.section_of[qid].sealed


def record_texts(record: AuditRecord, flow: Flow) -> list[tuple[str, str]]:
    """``(name, text)`` for each exported free text of a record: the question id, or
    ``repeat[position]/question id`` for a text inside a repeat instance."""
    texts = [(qid, v) for qid, v in record.answers.items() if _scannable(flow, qid, v)]
    for repeat_id, position, answers in record.instances:
        texts += [
            (f"{repeat_id}[{position}]/{qid}", v)
            for qid, v in answers.items()
            if _scannable(flow, qid, v)
        ]
    return texts


def _single_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    before = text[max(0, start - CONTEXT) : start]
    after = text[end : end + CONTEXT]
    if start > CONTEXT:
        before = "…" + before.split(" ", 1)[-1] if " " in before else "…" + before
    if end + CONTEXT < len(text):
        after = after.rsplit(" ", 1)[0] + "…" if " " in after else after + "…"
    return _single_line(before), _single_line(after)


def _neighbours(text: str, start: int, end: int) -> tuple[str, ...]:
    found = list(PLACEHOLDER.finditer(text))
    before = [m.group() for m in found if m.end() <= start][-1:]
    after = [m.group() for m in found if m.start() >= end][:1]
    return (*before, *after)


def _released(surface: str, released: Sequence[str]) -> bool:
    folded = surface.casefold()
    return any(folded == term.casefold() for term in released)


def scan(
    records: Iterable[AuditRecord], flow: Flow, scanner: Scanner
) -> tuple[list[ResidualHit], int]:
    """Every hit in every exported text of ``records``; and how many texts were scanned."""
    hits: list[ResidualHit] = []
    scanned = 0
    for record in records:
        for qid, text in record_texts(record, flow):
            scanned += 1
            for span in scanner.scan(text, strict=True):
                before, after = _context(text, span.start, span.end)
                hits.append(
                    ResidualHit(
                        record=record.id,
                        revision=record.revision,
                        source=record.source,
                        question=qid,
                        label=span.label,
                        detector=span.detector,
                        rule=span.rule,
                        uncertain=span.uncertain,
                        released=_released(text[span.start : span.end], record.released),
                        before=before,
                        text=_single_line(text[span.start : span.end]),
                        after=after,
                        neighbours=_neighbours(text, span.start, span.end),
                    )
                )
    return hits, scanned


def marks(text: str, spans: Iterable[Span]) -> list[TextMark]:
    """Placeholders and hits of one text, in order, for a reviewer's screen."""
    found = [
        TextMark(m.start(), m.end(), "placeholder", m.group()) for m in PLACEHOLDER.finditer(text)
    ]
    found += [TextMark(s.start, s.end, "hit", s.label) for s in spans]
    return sorted(found, key=lambda m: (m.start, m.end))
