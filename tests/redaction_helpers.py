"""What the redaction rule tests ask of an engine's result, in one place: the surfaces it
redacted (under one label, with whether each is uncertain), and the whole redacted text."""

from __future__ import annotations

from fieldkit.redaction import Redactor


def surfaces(engine: Redactor, text: str, label: str) -> dict[str, bool]:
    """Each redacted surface of ``label`` and whether it is uncertain."""
    return {
        text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans if s.label == label
    }


def spans(engine: Redactor, text: str, label: str | None = None) -> list[str]:
    """Every redacted surface in order, or those of ``label`` (rounds 36-39's lead tests)."""
    found = engine.redact(text).spans
    return [text[s.start : s.end] for s in found if label is None or s.label == label]


def uncertain_spans(engine: Redactor, text: str) -> list[str]:
    """The surfaces redacted and listed for the review (uncertain), in order."""
    return [text[s.start : s.end] for s in engine.redact(text).spans if s.uncertain]


def assert_redacts(engine: Redactor, text: str, expected: str) -> None:
    assert engine.redact(text).text == expected
