"""The redaction engine's value types: what callers pass in and get back.

Everything here is frozen: a result is a record of decisions that an auditor
may re-read later, so nothing downstream may quietly change it.  Offsets are
always into the text the caller passed in, never into a normalised copy.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Literal, cast

from fieldkit.errors import RedactionError

__all__ = [
    "DETECTORS",
    "LABELS",
    "KnownLabel",
    "KnownTerm",
    "RedactionResult",
    "Span",
    "parse_known",
]

KnownLabel = Literal["person", "place", "contact", "other"]

LABELS = (
    "PERSON",
    "PLACE",
    "ORG",
    "ADDRESS",
    "PHONE",
    "ID_NUMBER",
    "EMAIL",
    "URL",
    "ONLINE_ID",
    "DATE",
    "OTHER",
)
"""Every label a span may carry, in the order reports list them."""

DETECTORS = (
    "known",
    "pattern",
    "cue",
    "gazetteer",
    "org",
    "context",
    "name",
    "propagation",
    "catchall",
)
"""Layer names, strongest first: when spans overlap, the stronger layer names the result."""


@dataclass(frozen=True)
class KnownTerm:
    """A term the interviewer typed in the identity section.

    ``label`` says how to expand it: a ``person`` gets romanisation, Hangul,
    pinyin, given-name-alone and surname-with-title variants; a ``place`` gets
    its spellings and administrative suffixes; a ``contact`` is matched with
    any separators.  ``province`` lets a place be shown as "[PLACE-1, Jilin]".
    """

    text: str
    label: KnownLabel = "person"
    province: str | None = None


_KNOWN_LABELS = ("person", "place", "contact", "other")


def parse_known(value: str) -> KnownTerm:
    """``[label:]text[@province]`` -> KnownTerm; the CLI's ``--known`` syntax.

    The label defaults to ``person``; only a ``place`` takes ``@PROVINCE``
    (``place:Sangdong-ri@North Hamgyong``), so e-mail addresses stay whole.
    """
    label, _, rest = value.partition(":")
    if label.strip().lower() not in _KNOWN_LABELS or not rest:
        label, rest = "person", value
    label = label.strip().lower()
    province = None
    if label == "place" and "@" in rest:
        rest, _, province = rest.rpartition("@")
        province = province.strip() or None
    if not rest.strip():
        raise RedactionError(
            "a known term is empty", where="--known", hint="write --known 'person:NAME'"
        )
    return KnownTerm(rest.strip(), cast(KnownLabel, label), province)


@dataclass(frozen=True, kw_only=True)
class Span:
    """One redaction decision: where, what, which layer and rule, and the stand-in."""

    start: int
    end: int
    label: str
    detector: str
    rule: str
    replacement: str
    uncertain: bool = False
    entity: str = ""
    """Keyed digest (HMAC with the caller's secret) grouping mentions of one entity;
    never the text itself, so a decision log can be kept without the name."""

    def as_dict(self) -> dict[str, object]:
        """The JSON shape used by ``fieldkit redact --json`` and export reports."""
        return {
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "detector": self.detector,
            "rule": self.rule,
            "replacement": self.replacement,
            "uncertain": self.uncertain,
        }


@dataclass(frozen=True)
class RedactionResult:
    """The redacted text and every span behind it."""

    text: str
    spans: tuple[Span, ...]

    @property
    def uncertain(self) -> tuple[Span, ...]:
        """Spans the interviewer must review before export (redacted meanwhile)."""
        return tuple(span for span in self.spans if span.uncertain)

    def counts(self) -> dict[str, int]:
        """How many spans carry each label."""
        return dict(Counter(span.label for span in self.spans))
