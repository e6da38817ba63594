"""Bundle test vectors as data (``generate.json``, ``invalid.json``); regenerate with
``.venv/bin/python tests/vectors/bundle/make_vectors.py`` only when the format changes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldkit.bundle.codec import DEVICE_KEY_LABEL, fingerprint
from fieldkit.bundle.codes import format_code, parse_code
from fieldkit.bundle.manifest import decode_body, manifest_message, parse_manifest
from fieldkit.crypto import SigningKey, verify_signature
from fieldkit.errors import BundleIntegrityError

HERE = Path(__file__).parent


def load(name: str) -> Any:
    return json.loads((HERE / name).read_text("utf-8"))


GENERATE = load("generate.json")
INVALID = load("invalid.json")


@pytest.mark.parametrize("case", GENERATE, ids=lambda c: f"sequence-{c['sequence']}")
def test_generate(case: dict[str, Any]) -> None:
    import importlib.util

    from fieldkit.bundle.export import build_body

    spec = importlib.util.spec_from_file_location("make_vectors", HERE / "make_vectors.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    project = module.project

    key = SigningKey(bytes.fromhex(case["private_key"]))
    records = [
        (json.loads(r)["id"], json.loads(r)["revision"], r.encode()) for r in case["records"]
    ]
    body, manifest = build_body(
        key,
        project=project(),
        records=records,
        bundle_id="ef" * 16,
        sequence=case["sequence"],
        previous=case["previous"],
        event_head=(7, "12" * 32),
        scope="incremental",
        month="2026-03",
    )
    assert manifest.to_bytes().decode() == case["manifest"]
    assert body.hex() == case["body_hex"]
    decoded = decode_body(body)
    assert verify_signature(key.public, decoded.signature, manifest_message(decoded.manifest_bytes))
    assert fingerprint(DEVICE_KEY_LABEL, key.public) == case["fingerprint"]
    assert format_code(case["fingerprint"]) == case["code"]
    assert parse_code(case["code"]) == case["fingerprint"]


@pytest.mark.parametrize("case", INVALID["bodies"], ids=lambda c: c["reason"])
def test_invalid_bodies(case: dict[str, str]) -> None:
    with pytest.raises(BundleIntegrityError):
        body = decode_body(bytes.fromhex(case["body_hex"]))
        parse_manifest(body.manifest_bytes)


@pytest.mark.parametrize("case", INVALID["manifests"], ids=lambda c: c["reason"])
def test_invalid_manifests(case: dict[str, str]) -> None:
    with pytest.raises(BundleIntegrityError):
        parse_manifest(case["manifest"].encode())


RECORDS = load("records.json")


def test_record_vectors_are_current() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_vectors", HERE / "make_vectors.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert json.loads(json.dumps(module.records())) == RECORDS


def test_instance_key_vector() -> None:
    from fieldkit.bundle.instances import instance_key

    case = RECORDS["instance_key"]
    secret = bytes.fromhex(case["secret_hex"])
    assert instance_key(secret, case["record_id"], case["local_id"]) == case["key"]


@pytest.mark.parametrize("record", RECORDS["valid"], ids=["one-instance"])
def test_valid_records(record: str) -> None:
    from fieldkit.bundle.codec import parse_canonical
    from fieldkit.bundle.verify import Record

    parsed = Record.model_validate(parse_canonical(record.encode()))
    assert parsed.repeats["sales"][0].position == 1


@pytest.mark.parametrize("case", RECORDS["invalid"], ids=lambda c: c["reason"])
def test_invalid_records(case: dict[str, str]) -> None:
    from pydantic import ValidationError

    from fieldkit.bundle.codec import parse_canonical
    from fieldkit.bundle.verify import Record

    with pytest.raises(ValidationError):
        Record.model_validate(parse_canonical(case["record"].encode()))
