"""The redaction engine's wide internal records are built with keywords only."""

from __future__ import annotations

import re
from typing import Any

import pytest

from fieldkit.redaction.entities import Mention
from fieldkit.redaction.hits import Hit
from fieldkit.redaction.patterns import Rule
from fieldkit.redaction.resources import Resources


@pytest.mark.parametrize(
    ("record", "args"),
    [
        (Hit, (0, 3, "PERSON", "name", "rule")),
        (Mention, ("PERSON", "name", False, None, "Kim")),
        (Rule, ("phone", "PHONE", re.compile("1"))),
        (Resources, (frozenset(),)),
    ],
)
def test_positional_construction_is_refused(record: Any, args: tuple[Any, ...]) -> None:
    with pytest.raises(TypeError):
        record(*args)


def test_a_hit_is_still_a_cheap_tuple() -> None:
    hit = Hit.at((2, 5), label="PLACE", detector="gazetteer", rule="hangul")
    assert hit == Hit(start=2, end=5, label="PLACE", detector="gazetteer", rule="hangul")
    assert hit._replace(end=7).end == 7
    assert isinstance(hit, tuple)
