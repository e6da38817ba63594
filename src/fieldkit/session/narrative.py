"""The narrative editor's service: what the export would show after redaction.

The preview redacts through the same adapter as export
(``session.redaction.redact_texts``): over all of the interview's narratives
together (so numbering such as ``[PERSON-2]`` matches), with its identity terms
(from the sealed section and the interviewer's decisions), the workspace's
redaction key and the spans released as false positives.  When the engine
cannot load its data the preview says so and shows nothing: a fake preview
would teach the interviewer to trust text that was never checked.

Redaction can take a while on a long story, so the work is split: the app
reads ``preview_inputs`` on the thread that owns the session (fast), then runs
``run_preview`` (pure computation) in a worker thread of its own, so neither
the screen nor the answers being stored wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from fieldkit.errors import AnswerError, RedactionError
from fieldkit.questionnaire import Questionnaire
from fieldkit.redaction import KnownLabel, RedactionResult
from fieldkit.session.interview import InterviewSession
from fieldkit.session.redaction import (
    TERM_LABELS,
    NarrativeRedactor,
    load_engine,
    redact_texts,
)

__all__ = [
    "NarrativePreview",
    "PreviewInputs",
    "PreviewSpan",
    "confirm_span",
    "exported_narratives",
    "mark_missed",
    "preview_inputs",
    "preview_narrative",
    "release_span",
    "run_preview",
]

_KNOWN_FOR: dict[str, KnownLabel] = {
    "PERSON": "person",
    "PLACE": "place",
    "PHONE": "contact",
    "EMAIL": "contact",
    "ONLINE_ID": "contact",
    "ID_NUMBER": "contact",
}
UNAVAILABLE = "redaction engine not available"
SEALED = "sealed: this answer never leaves the device"
AS_IS = "not a narrative: exported as written, without redaction"


@dataclass(frozen=True, kw_only=True)
class PreviewSpan:
    """One redacted stretch of the draft, as the editor lists it."""

    start: int
    end: int
    original: str
    """The redacted text itself: shown on this screen only, never stored by the preview."""
    label: str
    replacement: str
    detector: str
    uncertain: bool


@dataclass(frozen=True)
class NarrativePreview:
    available: bool
    text: str
    """The text as it would be exported ("" when the engine is unavailable)."""
    spans: tuple[PreviewSpan, ...] = ()
    message: str | None = None

    @property
    def uncertain(self) -> int:
        return sum(1 for s in self.spans if s.uncertain)


@dataclass(frozen=True, kw_only=True)
class PreviewInputs:
    """What redaction needs from the workspace, read once on the session's thread."""

    question_id: str
    mode: Literal["redact", "sealed", "as_is"]
    """``sealed``: never exported; ``as_is``: not a narrative, exported as typed."""
    others: tuple[tuple[str, str], ...]
    """The interview's other narratives: export redacts them together (one numbering)."""
    known: tuple[tuple[str, str], ...]
    released: tuple[str, ...]
    questionnaire: Questionnaire = field(repr=False)
    """Its generalisation of provinces decides the region a place placeholder shows."""
    secret: bytes = field(repr=False)


def exported_narratives(session: InterviewSession) -> dict[str, str]:
    """Answers export sends through redaction: effective, narrative, outside sealed sections."""
    flow = session.flow
    return {
        qid: value
        for qid, value in session.effective().items()
        if flow.by_id[qid].sensitivity == "narrative"
        and not flow.section_of[qid].sealed
        and isinstance(value, str)
    }


def preview_inputs(session: InterviewSession, question_id: str) -> PreviewInputs:
    """Everything ``run_preview`` needs (fast; reads only)."""
    question = session.flow.by_id[question_id]
    mode: Literal["redact", "sealed", "as_is"] = "redact"
    if session.flow.section_of[question_id].sealed:
        mode = "sealed"
    elif question.sensitivity != "narrative":
        mode = "as_is"
    others = {k: v for k, v in exported_narratives(session).items() if k != question_id}
    return PreviewInputs(
        question_id=question_id,
        mode=mode,
        others=tuple(others.items()),
        known=tuple(session.identity_terms()),
        released=tuple(session.released_terms()),
        questionnaire=session.questionnaire,
        secret=session.store.keys.redaction_key(),
    )


def run_preview(inputs: PreviewInputs, text: str) -> NarrativePreview:
    """Redact ``text`` exactly as export would.  Pure computation: any thread will do."""
    if inputs.mode == "sealed":
        return NarrativePreview(True, "", message=SEALED)
    if inputs.mode == "as_is":
        return NarrativePreview(True, text, message=AS_IS)
    try:
        engine = load_engine()
    except RedactionError:
        return NarrativePreview(False, "", message=UNAVAILABLE)
    if not text.strip():
        return NarrativePreview(True, "")
    try:
        result = _redact(engine, inputs, text)
    except RedactionError:  # e.g. a damaged model file: say so, never show unchecked text
        return NarrativePreview(False, "", message=UNAVAILABLE)
    spans = tuple(
        PreviewSpan(
            start=s.start,
            end=s.end,
            original=text[s.start : s.end],
            label=s.label,
            replacement=s.replacement,
            detector=s.detector,
            uncertain=s.uncertain,
        )
        for s in result.spans
    )
    return NarrativePreview(True, result.text, spans)


def _redact(engine: NarrativeRedactor, inputs: PreviewInputs, text: str) -> RedactionResult:
    results = redact_texts(
        {**dict(inputs.others), inputs.question_id: text},
        questionnaire=inputs.questionnaire,
        terms=inputs.known,
        released=inputs.released,
        secret=inputs.secret,
        redactor=engine,
        consequence="the preview is not shown",
        hint="the narrative is still saved; report this problem",
    )
    return results[inputs.question_id]


def preview_narrative(session: InterviewSession, question_id: str, text: str) -> NarrativePreview:
    """``run_preview(preview_inputs(...), text)``: reads the workspace, writes nothing."""
    return run_preview(preview_inputs(session, question_id), text)


def mark_missed(session: InterviewSession, term: str, label: str) -> None:
    """A name or place the engine missed: redact it from now on, everywhere."""
    if label not in TERM_LABELS:
        raise AnswerError(f"label must be one of {', '.join(TERM_LABELS)}")
    session.add_known_term(term, label)


def release_span(session: InterviewSession, span: PreviewSpan) -> None:
    """Keep a false positive in the export; the decision is logged with its time."""
    session.release_term(span.original, span.label)


def confirm_span(session: InterviewSession, span: PreviewSpan) -> None:
    """An uncertain span that is right: redact it for sure (it becomes a known term)."""
    label = _KNOWN_FOR.get(span.label, "other")
    session.add_known_term(span.original, label)
