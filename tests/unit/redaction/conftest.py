"""Fixtures shared by the redaction tests."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.fixture(scope="session")
def engine() -> Redactor:
    """The shipped engine; built once (``Redactor.default`` caches its data)."""
    return Redactor.default()
