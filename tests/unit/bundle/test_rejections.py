"""The rejection matrix: every damaged, foreign or stale bundle leaves the coordinator's
database exactly as it was (its content hash is compared before and after)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from bundle_helpers import (
    FakeRedactor,
    add_interview,
    db_digest,
    make_coordinator,
    make_device,
)
from fieldkit.bundle import (
    join_project,
    merge_bundle,
    project_file_bytes,
    verify_project,
)
from fieldkit.bundle.codec import b64encode
from fieldkit.bundle.export import build_body, export_bundle
from fieldkit.crypto import SigningKey, seal
from fieldkit.errors import (
    BundleError,
    BundleIntegrityError,
    BundleOriginError,
    BundleRecipientError,
    BundleReplayError,
    BundleRevisionError,
    NotABundleError,
)
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace, create_workspace

from helpers import PASSPHRASE

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Workspace, Workspace, bytes, Path]]:
    """One coordinator with one merged bundle, one device, and a second, unmerged bundle."""
    from helpers import TINY, questionnaire_from_toml

    tmp = tmp_path_factory.mktemp("matrix")
    tiny = questionnaire_from_toml(TINY)
    coordinator = make_coordinator(tmp / "c", tiny)
    device = make_device(tmp / "d", coordinator, tiny, "laptop")
    first = add_interview(device)
    export_bundle(device, tmp / "1.age", redactor=FakeRedactor())
    merge_bundle(coordinator, (tmp / "1.age").read_bytes())
    device.interview(first).answer("price", 4100)
    add_interview(device, "Pak Ok-sun")
    export_bundle(device, tmp / "2.age", redactor=FakeRedactor())
    yield coordinator, device, (tmp / "2.age").read_bytes(), tmp
    device.close()
    coordinator.close()


def _rejected(coordinator: Workspace, data: bytes, kind: type[BundleError] = BundleError) -> None:
    before = db_digest(coordinator)
    with pytest.raises(kind):
        merge_bundle(coordinator, data)
    assert db_digest(coordinator) == before


def _positions(data: bytes) -> list[int]:
    """>= 200 positions: every header byte region, the body, and the final tag."""
    header_end = data.index(b"\n--- ") + 48
    rng = random.Random(5)
    header = rng.sample(range(header_end), 80)
    body = rng.sample(range(header_end, len(data) - 16), 104)
    tag = list(range(len(data) - 16, len(data)))
    return sorted(header + body + tag)


def test_every_flipped_byte_is_rejected(world) -> None:  # type: ignore[no-untyped-def]
    coordinator, _, data, _ = world
    positions = _positions(data)
    assert len(positions) >= 200
    for position in positions:
        for mask in (0x01, 0x80):
            mutated = bytearray(data)
            mutated[position] ^= mask
            _rejected(coordinator, bytes(mutated))


def test_every_truncation_is_rejected(world) -> None:  # type: ignore[no-untyped-def]
    coordinator, _, data, _ = world
    points = [*sorted(random.Random(7).sample(range(len(data)), 49)), len(data) - 1]
    for point in points:
        _rejected(coordinator, data[:point])


def test_not_a_bundle(world) -> None:  # type: ignore[no-untyped-def]
    coordinator, *_ = world
    _rejected(coordinator, b"PK\x03\x04 a zip file", NotABundleError)
    _rejected(coordinator, b"", NotABundleError)


def test_unenrolled_device(world, tiny: Questionnaire) -> None:  # type: ignore[no-untyped-def]
    coordinator, _, _, tmp = world
    with create_workspace(tmp / "stranger", PASSPHRASE, questionnaire=tiny) as ws:
        project = verify_project(project_file_bytes(coordinator))
        join_project(ws, project, code=project.coordinator_code)  # joined, never enrolled
        add_interview(ws)
        export_bundle(ws, tmp / "stranger.age", redactor=FakeRedactor())
    _rejected(coordinator, (tmp / "stranger.age").read_bytes(), BundleOriginError)


def test_other_project(world, tiny: Questionnaire) -> None:  # type: ignore[no-untyped-def]
    coordinator, device, _, tmp = world
    other = make_coordinator(tmp / "other-c", tiny)
    other_device = make_device(tmp / "other-d", other, tiny, "theirs")
    add_interview(other_device)
    export_bundle(other_device, tmp / "other.age", redactor=FakeRedactor())
    _rejected(coordinator, (tmp / "other.age").read_bytes(), BundleRecipientError)
    # Signed by an enrolled device for the other project, but sealed to this coordinator:
    project = verify_project(project_file_bytes(other))
    key = SigningKey(device.store.keys.device_signing_key())
    body, _ = build_body(
        key,
        project=project,
        records=[],
        bundle_id="ab" * 16,
        sequence=9,
        previous="00" * 32,
        event_head=(1, "00" * 32),
        scope="all",
        month="2026-01",
    )
    mine = verify_project(project_file_bytes(coordinator))
    _rejected(coordinator, seal(body, list(mine.recipients)), BundleOriginError)
    other_device.close()
    other.close()


def test_replay(world) -> None:  # type: ignore[no-untyped-def]
    coordinator, _, _, tmp = world
    _rejected(coordinator, (tmp / "1.age").read_bytes(), BundleReplayError)


def test_replayed_sequence_with_other_contents(world) -> None:  # type: ignore[no-untyped-def]
    coordinator, device, _, _ = world
    project = verify_project(project_file_bytes(coordinator))
    key = SigningKey(device.store.keys.device_signing_key())
    body, _ = build_body(
        key,
        project=project,
        records=[],
        bundle_id="cd" * 16,
        sequence=1,
        previous=None,
        event_head=(1, "00" * 32),
        scope="all",
        month="2026-01",
    )
    _rejected(coordinator, seal(body, list(project.recipients)), BundleReplayError)


def test_forged_record_under_a_valid_signature_is_rejected(world) -> None:  # type: ignore[no-untyped-def]
    """A signature by the right key over a manifest that does not list the records."""
    coordinator, device, _, _ = world
    project = verify_project(project_file_bytes(coordinator))
    key = SigningKey(device.store.keys.device_signing_key())
    record = b'{"answers":{},"id":"' + b"ef" * 16 + b'","revision":1}'
    body, _ = build_body(
        key,
        project=project,
        records=[("ef" * 16, 1, record)],
        bundle_id="ef" * 16,
        sequence=50,
        previous="00" * 32,
        event_head=(1, "00" * 32),
        scope="all",
        month="2026-01",
    )
    tampered = body.replace(b'"revision":1}', b'"revision":2}')
    _rejected(coordinator, seal(tampered, list(project.recipients)), BundleIntegrityError)
    _rejected(coordinator, seal(body, list(project.recipients)))  # malformed record
    assert b64encode(key.public)  # the key is the enrolled one: only content was at fault


def test_older_revision(world) -> None:  # type: ignore[no-untyped-def]
    """Bundle 3 (newer revisions) is merged before bundle 2 arrives: 2 must not win."""
    coordinator, device, data, tmp = world
    first = device.store.interviews.all()[0].id
    device.interview(first).answer("price", 4200)
    export_bundle(device, tmp / "3.age", everything=True, redactor=FakeRedactor())
    merge_bundle(coordinator, (tmp / "3.age").read_bytes())
    _rejected(coordinator, data, BundleRevisionError)
