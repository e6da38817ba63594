"""The one adapter between fieldkit's services and the redaction engine.

Export (``bundle.export``) and the narrative editor's preview
(``session.narrative``) both redact an interview's narratives through
``redact_texts``, so the preview shows exactly what export sends: the same
engine, the interview's identity terms mapped to the engine's labels the same
way, its narratives redacted together (one numbering, propagation across
them), the workspace's redaction key, the spans released as false positives,
and the questionnaire's generalisation of places: a place placeholder shows the
region the export shows for her origin (``PlaceRegions.from_questionnaire``),
never a finer one, so the preview and the export name the same region.
Both fail closed the same way: any failure of the engine becomes a
``RedactionError`` naming the interview and question, never the text (the
engine's own message could quote it).  The audit's strict re-scan takes its
engine from ``load_engine`` too.

The engine is an ordinary dependency: ``fieldkit.redaction.Redactor``, typed,
always shipped.  ``NarrativeRedactor`` is the part of it these services call,
so that tests can pass a stand-in with the same types.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from typing import Protocol

from fieldkit.errors import RedactionError
from fieldkit.questionnaire import Questionnaire
from fieldkit.redaction import KnownLabel, KnownTerm, PlaceRegions, RedactionResult, Redactor

__all__ = [
    "TERM_LABELS",
    "NarrativeRedactor",
    "known_terms",
    "load_engine",
    "place_regions",
    "redact_texts",
    "warm_up",
]

TERM_LABELS: tuple[KnownLabel, ...] = ("person", "place", "contact", "other")
"""How an identity term is labelled (the engine expands each label differently)."""

_LABELS: dict[str, KnownLabel] = {label: label for label in TERM_LABELS}


class NarrativeRedactor(Protocol):
    """What the services call on the engine: ``Redactor`` is the one that ships."""

    @property
    def detector_versions(self) -> Mapping[str, str]:
        """Each detector layer's version, recorded in every exported record."""
        ...

    def redact_many(
        self,
        texts: Mapping[str, str],
        *,
        known: Iterable[KnownTerm],
        secret: bytes,
        released: Collection[str],
        regions: PlaceRegions,
    ) -> Mapping[str, RedactionResult]:
        """Redact an interview's texts together (see ``Redactor.redact_many``)."""
        ...


def load_engine() -> Redactor:
    """The engine over the shipped data, built once (about 0.25 s) and shared.

    ``RedactionError`` when its data cannot be loaded (an incomplete install):
    nothing can be redacted then, so nothing may be exported or previewed.
    """
    try:
        return Redactor.default()
    except RedactionError:
        raise
    except Exception as error:
        raise RedactionError(
            f"the redaction engine cannot load its data ({type(error).__name__}); "
            "nothing was redacted",
            hint="install fieldkit completely (the redaction data files are missing or damaged)",
        ) from None


def known_terms(terms: Iterable[tuple[str, str]]) -> list[KnownTerm]:
    """``(term, label)`` pairs as the engine's known terms (an unknown label: ``other``)."""
    return [KnownTerm(text, _LABELS.get(label, "other")) for text, label in terms]


def place_regions(questionnaire: Questionnaire) -> PlaceRegions:
    """What a place placeholder may show for each province: the region the questionnaire's
    province questions generalise it to (about 0.3 ms for the built-in set)."""
    return PlaceRegions.from_questionnaire(questionnaire)


def redact_texts(
    texts: Mapping[str, str],
    *,
    questionnaire: Questionnaire,
    terms: Iterable[tuple[str, str]],
    released: Collection[str],
    secret: bytes,
    redactor: NarrativeRedactor,
    consequence: str,
    where: str | None = None,
    hint: str | None = None,
) -> Mapping[str, RedactionResult]:
    """Redact one interview's ``texts`` together with its identity ``terms``, place
    placeholders generalised as ``questionnaire`` generalises provinces.

    Any failure of the engine raises ``RedactionError`` that says what did not
    happen (``consequence``, e.g. "nothing was exported") and ``where``, never
    the text.
    """
    try:
        return redactor.redact_many(
            texts,
            known=known_terms(terms),
            secret=secret,
            released=released,
            regions=place_regions(questionnaire),
        )
    except RedactionError:
        raise
    except Exception as error:
        raise RedactionError(
            f"the redaction engine failed ({type(error).__name__}); {consequence}",
            where=where,
            hint=hint,
        ) from None


def warm_up() -> bool:
    """Build the engine's tables before the first preview needs them (about 0.25 s).

    Returns whether the engine is ready.  A failure here is not reported: the
    preview reports it, with its message, when the interviewer opens the editor.
    """
    try:
        load_engine().redact("warm up", known=[KnownTerm("Kim")])
    except Exception:
        return False
    return True
