"""The internal record a detector emits before spans are merged and numbered."""

from __future__ import annotations

from typing import NamedTuple

__all__ = ["Hit"]


class Hit(NamedTuple):
    """A candidate span in folded-text offsets.

    ``detail`` carries what the placeholder may show (a province, a kept year);
    ``key`` groups mentions of one entity (empty: derive it from the text);
    ``core`` is the name inside a titled span ("Lee" in "Ms. Lee"), which is
    what propagation looks for elsewhere.
    """

    start: int
    end: int
    label: str
    detector: str
    rule: str
    uncertain: bool = False
    detail: str = ""
    key: str = ""
    core: tuple[int, int] | None = None
