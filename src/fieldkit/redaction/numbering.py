"""Placeholder numbers: one per entity and label, in order of first appearance.

Split from ``engine`` (round 31, speed, which made ``_result`` longer): the engine merges,
links and replaces; this numbers each entity by its keyed digest (HMAC with the caller's
secret, never a plain hash of a name) and writes its stand-in in the field's language.
"""

from __future__ import annotations

from fieldkit.crypto import keyed_digest
from fieldkit.redaction.entities import Entity
from fieldkit.redaction.known import KnownMatcher
from fieldkit.redaction.normalize import Folded
from fieldkit.redaction.placeholders import PlaceRegions, placeholder, shown_detail

__all__ = ["Numbering"]


class Numbering:
    """Per-label placeholder numbers, in order of first appearance, keyed by HMAC."""

    def __init__(self, secret: bytes, regions: PlaceRegions) -> None:
        self.secret = secret
        self.regions = regions
        self.numbers: dict[tuple[str, str], int] = {}
        self.counts: dict[str, int] = {}
        self.digests: dict[str, str] = {}  # one call's entities only (round 12, speed)

    def assign(self, entity: Entity) -> tuple[str, int]:
        digest = self.digests.get(entity.key)
        if digest is None:
            digest = keyed_digest(self.secret, entity.key.encode("utf-8")).hex()[:16]
            self.digests[entity.key] = digest
        slot = (entity.label, digest)
        number = self.numbers.get(slot)
        if number is None:
            number = self.numbers[slot] = self.counts[entity.label] = (
                self.counts.get(entity.label, 0) + 1
            )
        return digest, number

    def placeholder(
        self, entity: Entity, number: int, lang: str, matcher: KnownMatcher | None
    ) -> str:
        """The entity's stand-in in the field's language; a detail that would spell a
        known term is not shown (none to fold it for when there are no known terms)."""
        shown = shown_detail(entity.label, entity.detail, lang=lang, regions=self.regions)
        if shown and matcher is not None and matcher.regex is not None:  # round 31, speed
            shown = "" if matcher.search(Folded(shown).text) else shown
        return placeholder(entity.label, number, shown, lang=lang)
