"""Interop with the reference ``age`` tool: bundles are plain age files, and an age
file with a forged manifest is rejected (encryption does not authenticate the sender)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bundle_helpers import FakeRedactor, add_interview, db_digest
from fieldkit.bundle import coordinator_identities, merge_bundle
from fieldkit.bundle.coordinator import coordinator_project
from fieldkit.bundle.export import export_bundle
from fieldkit.bundle.manifest import decode_body, encode_body
from fieldkit.errors import BundleIntegrityError, BundleOriginError
from fieldkit.session import Workspace

AGE = shutil.which("age")
pytestmark = pytest.mark.skipif(
    AGE is None, reason="the reference 'age' tool is not installed (CI installs it with apt)"
)


def _identity_file(tmp_path: Path, coordinator: Workspace) -> Path:
    path = tmp_path / "identity.txt"
    path.write_text(coordinator_identities(coordinator)[0] + "\n")
    path.chmod(0o600)
    return path


def _age(*args: str, data: bytes) -> bytes:
    result = subprocess.run([str(AGE), *args], input=data, capture_output=True, check=True)
    return result.stdout


def _bundle(tmp_path: Path, device: Workspace) -> Path:
    add_interview(device)
    add_interview(device, "Pak Ok-sun")
    export_bundle(device, tmp_path / "b.age", redactor=FakeRedactor())
    return tmp_path / "b.age"


def test_age_decrypts_every_bundle(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    path = _bundle(tmp_path, device)
    identity = _identity_file(tmp_path, coordinator)
    body = _age("-d", "-i", str(identity), data=path.read_bytes())
    decoded = decode_body(body)
    assert body.startswith(b"fieldkit-bundle/v1\n") and len(decoded.records) == 2


def test_age_encrypted_forged_manifest_is_rejected(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    path = _bundle(tmp_path, device)
    body = decode_body(
        _age("-d", "-i", str(_identity_file(tmp_path, coordinator)), data=path.read_bytes())
    )
    forged_manifest = body.manifest_bytes.replace(b'"scope":"incremental"', b'"scope":"all"')
    assert forged_manifest != body.manifest_bytes
    forged = encode_body(forged_manifest, body.signature, body.records)
    recipient = coordinator_project(coordinator).recipients[0]
    sealed = _age("-r", recipient, data=forged)
    before = db_digest(coordinator)
    with pytest.raises(BundleIntegrityError, match="signature"):
        merge_bundle(coordinator, sealed)
    # A record swapped under the original (valid) signature fails the digests instead:
    swapped = encode_body(body.manifest_bytes, body.signature, body.records[::-1])
    with pytest.raises(BundleIntegrityError):
        merge_bundle(coordinator, _age("-r", recipient, data=swapped))
    with pytest.raises(BundleIntegrityError):
        merge_bundle(coordinator, _age("-r", recipient, data=b"hello, coordinator\n"))
    assert db_digest(coordinator) == before
    # The untouched file still merges: rejection was about the forgery, not the device.
    merge_bundle(coordinator, path.read_bytes())


def test_age_bundle_with_a_stranger_key(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    """A manifest re-signed by a key nobody enrolled is refused before its records are read."""
    from fieldkit.bundle.codec import b64encode
    from fieldkit.bundle.manifest import manifest_message
    from fieldkit.crypto import SigningKey

    path = _bundle(tmp_path, device)
    body = decode_body(
        _age("-d", "-i", str(_identity_file(tmp_path, coordinator)), data=path.read_bytes())
    )
    stranger = SigningKey.generate()
    original_key = body.manifest_bytes.split(b'"device_key":"')[1][:43]
    manifest = body.manifest_bytes.replace(original_key, b64encode(stranger.public).encode())
    forged = encode_body(manifest, stranger.sign(manifest_message(manifest)), body.records)
    recipient = coordinator_project(coordinator).recipients[0]
    with pytest.raises(BundleOriginError, match="not enrolled"):
        merge_bundle(coordinator, _age("-r", recipient, data=forged))


def test_a_bundle_armored_by_age_merges(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    """A bundle that travelled as text (`age -a`, the armored form) is read like the binary
    one: same signed body, same merge (issue 16)."""
    path = _bundle(tmp_path, device)
    body = _age("-d", "-i", str(_identity_file(tmp_path, coordinator)), data=path.read_bytes())
    recipient = coordinator_project(coordinator).recipients[0]
    armored = _age("-a", "-r", recipient, data=body)
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    summary = merge_bundle(coordinator, b"\n" + armored)  # as pasted, with a blank line first
    assert summary.records == 2
    # the crypto layer itself opens the reference tool's armored output
    from fieldkit.crypto import open_sealed

    assert open_sealed(armored, coordinator_identities(coordinator)) == body


def test_a_truncated_armored_bundle_says_what_is_missing(
    tmp_path: Path, coordinator: Workspace, device: Workspace
) -> None:
    path = _bundle(tmp_path, device)
    body = _age("-d", "-i", str(_identity_file(tmp_path, coordinator)), data=path.read_bytes())
    armored = _age("-a", "-r", coordinator_project(coordinator).recipients[0], data=body)
    before = db_digest(coordinator)
    with pytest.raises(BundleIntegrityError, match="no END line"):
        merge_bundle(coordinator, armored[: len(armored) // 2])
    damaged = armored.replace(b"\n", b"\nAAAA", 3)
    with pytest.raises(BundleIntegrityError):
        merge_bundle(coordinator, damaged)
    assert db_digest(coordinator) == before
