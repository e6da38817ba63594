"""The internal record a detector emits before spans are merged and numbered."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Hit", "person_by_cue"]


class _HitFields(NamedTuple):
    start: int
    end: int
    label: str
    detector: str
    rule: str
    uncertain: bool
    detail: str
    key: str
    core: tuple[int, int] | None


class Hit(_HitFields):
    """A candidate span in folded-text offsets.

    ``detail`` carries what the placeholder may show (a province, a kept year);
    ``key`` groups mentions of one entity (empty: derive it from the text);
    ``core`` is the name inside a titled span ("Lee" in "Ms. Lee"), which is
    what propagation looks for elsewhere.

    Built with keywords only (nine fields, three of them strings: a swapped pair
    would pass every type check); a tuple underneath, so that the thousands a
    long text makes stay cheap and ``_replace`` works.
    """

    __slots__ = ()

    def __new__(
        cls,
        *,
        start: int,
        end: int,
        label: str,
        detector: str,
        rule: str,
        uncertain: bool = False,
        detail: str = "",
        key: str = "",
        core: tuple[int, int] | None = None,
    ) -> Hit:
        return tuple.__new__(cls, (start, end, label, detector, rule, uncertain, detail, key, core))

    @classmethod
    def at(
        cls,
        span: tuple[int, int],
        *,
        label: str,
        detector: str,
        rule: str,
        uncertain: bool = False,
        detail: str = "",
        key: str = "",
        core: tuple[int, int] | None = None,
    ) -> Hit:
        """A hit over ``span`` (a regex match's ``span()``)."""
        start, end = span
        return cls(
            start=start,
            end=end,
            label=label,
            detector=detector,
            rule=rule,
            uncertain=uncertain,
            detail=detail,
            key=key,
            core=core,
        )


def person_by_cue(start: int, end: int, rule: str, uncertain: bool, core: int | None = None) -> Hit:
    """A person a cue found (a title, a naming verb, a slot the grammar keeps for a name).
    An ordinary word in that slot is still redacted, but uncertain, and its rule says so
    (``_ordinary``) for the review list; ``core`` ends the name inside a titled span."""
    return Hit(
        start=start,
        end=end,
        label="PERSON",
        detector="cue",
        rule=rule + ("_ordinary" if uncertain else ""),
        uncertain=uncertain,
        core=(start, core) if core is not None else None,
    )
