"""What the redaction rule tests ask of an engine's result, in one place: the surfaces it
redacted under one label (with whether each is uncertain), and the whole redacted text."""

from __future__ import annotations

from fieldkit.redaction import Redactor


def surfaces(engine: Redactor, text: str, label: str) -> dict[str, bool]:
    """Each redacted surface of ``label`` and whether it is uncertain."""
    return {
        text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans if s.label == label
    }


def assert_redacts(engine: Redactor, text: str, expected: str) -> None:
    assert engine.redact(text).text == expected
