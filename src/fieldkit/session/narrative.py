"""The narrative editor's service: what the export would show after redaction.

The preview runs the real redaction engine as export does: over all of the
interview's narratives together (so numbering such as ``[PERSON-2]`` matches),
with its identity terms (from the sealed section and the interviewer's
decisions), the workspace's redaction key and the spans released as false
positives.  When the
engine cannot be imported the preview says so and shows nothing: a fake
preview would teach the interviewer to trust text that was never checked.

Redaction can take a while on a long story, so the work is split: the app
reads ``preview_inputs`` on the thread that owns the session (fast), then runs
``run_preview`` (pure computation) in a worker thread of its own, so neither
the screen nor the answers being stored wait for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from fieldkit.errors import AnswerError, RedactionError
from fieldkit.session.interview import InterviewSession

__all__ = [
    "TERM_LABELS",
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
    "warm_up",
]

TermLabel = Literal["person", "place", "contact", "other"]
TERM_LABELS: tuple[TermLabel, ...] = ("person", "place", "contact", "other")
_KNOWN_FOR: dict[str, TermLabel] = {
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


@dataclass(frozen=True)
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


def _engine() -> Any:
    """The redaction module, or ``None`` while it is not installed/built."""
    try:
        from fieldkit import redaction
    except ImportError:
        return None
    return redaction if hasattr(redaction, "Redactor") else None


@dataclass(frozen=True)
class PreviewInputs:
    """What redaction needs from the workspace, read once on the session's thread."""

    question_id: str
    mode: Literal["redact", "sealed", "as_is"]
    """``sealed``: never exported; ``as_is``: not a narrative, exported as typed."""
    others: tuple[tuple[str, str], ...]
    """The interview's other narratives: export redacts them together (one numbering)."""
    known: tuple[tuple[str, str], ...]
    released: tuple[str, ...]
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
        question_id,
        mode,
        tuple(others.items()),
        tuple(session.identity_terms()),
        tuple(session.released_terms()),
        session.store.keys.redaction_key(),
    )


def run_preview(inputs: PreviewInputs, text: str) -> NarrativePreview:
    """Redact ``text`` exactly as export would.  Pure computation: any thread will do."""
    if inputs.mode == "sealed":
        return NarrativePreview(True, "", message=SEALED)
    if inputs.mode == "as_is":
        return NarrativePreview(True, text, message=AS_IS)
    engine = _engine()
    if engine is None:
        return NarrativePreview(False, "", message=UNAVAILABLE)
    if not text.strip():
        return NarrativePreview(True, "")
    result = _redact(engine, inputs, text)
    spans = tuple(
        PreviewSpan(
            s.start, s.end, text[s.start : s.end], s.label, s.replacement, s.detector, s.uncertain
        )
        for s in result.spans
    )
    return NarrativePreview(True, result.text, spans)


def _redact(engine: Any, inputs: PreviewInputs, text: str) -> Any:
    labels = set(TERM_LABELS)
    known = [engine.KnownTerm(t, lb if lb in labels else "other") for t, lb in inputs.known]
    texts = {**dict(inputs.others), inputs.question_id: text}
    try:
        results = engine.Redactor.default().redact_many(
            texts, known=known, secret=inputs.secret, released=list(inputs.released)
        )
    except RedactionError:
        raise
    except Exception as error:
        # The engine's message could quote the text; report its type only.
        raise RedactionError(
            f"the redaction engine failed ({type(error).__name__}); the preview is not shown",
            hint="the narrative is still saved; report this problem",
        ) from None
    return results[inputs.question_id]


def warm_up() -> bool:
    """Build the engine's tables before the first preview needs them (about 0.25 s).

    Returns whether the engine is ready.  A failure here is not reported: the
    preview reports it, with its message, when the interviewer opens the editor.
    """
    engine = _engine()
    if engine is None:
        return False
    try:
        engine.Redactor.default().redact("warm up", known=[engine.KnownTerm("Kim")])
    except Exception:
        return False
    return True


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
