"""The planted project (``audit_helpers.build_world``), built once per test module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from audit_helpers import World, build_world
from fieldkit.audit import AuditInputs, coordinator_inputs


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    built = build_world(tmp_path_factory.mktemp("audit"))
    yield built
    built.close()


@pytest.fixture(scope="module")
def inputs(world: World) -> AuditInputs:
    """Coordinator inputs; nothing is merged in this world, so only bundle files count."""
    return coordinator_inputs(world.coordinator)
