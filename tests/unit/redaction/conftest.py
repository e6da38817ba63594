"""Fixtures shared by the redaction tests."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.resources import Resources
from speed_helpers import folded_passages


@pytest.fixture(scope="session")
def engine() -> Redactor:
    """The shipped engine; built once (``Redactor.default`` caches its data)."""
    return Redactor.default()


@pytest.fixture(scope="session")
def rules() -> Redactor:
    """The rules alone, without the learned flagger: for tests of a rule's precision, where
    the flagger may add an uncertain span of its own (``test_flagger.py`` tests that)."""
    return Redactor.default(learned=False)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Every development passage, folded (the speed-equivalence tests run on them)."""
    return folded_passages()


@pytest.fixture(scope="module")
def res(engine: Redactor) -> Resources:
    """The shipped engine's resources."""
    return engine.res
