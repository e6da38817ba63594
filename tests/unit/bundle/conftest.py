"""Fixtures for the bundle tests: a coordinator (tiny questionnaire) and one enrolled device."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bundle_helpers import make_coordinator, make_device
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace


@pytest.fixture
def coordinator(tmp_path: Path, tiny: Questionnaire) -> Iterator[Workspace]:
    ws = make_coordinator(tmp_path / "coordinator", tiny)
    yield ws
    ws.close()


@pytest.fixture
def device(tmp_path: Path, coordinator: Workspace, tiny: Questionnaire) -> Iterator[Workspace]:
    ws = make_device(tmp_path / "device", coordinator, tiny, "laptop 1")
    yield ws
    ws.close()
