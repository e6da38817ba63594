"""Regenerate the bundle test vectors (run from the repository root):

    .venv/bin/python tests/vectors/bundle/make_vectors.py

``generate.json``: fixed keys and parts -> the exact manifest, signature and body bytes
(Ed25519 is deterministic; the age envelope is not, so vectors stop at the body).
``invalid.json``: bodies and manifests every reader must reject, each with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path

from fieldkit.bundle.codec import DEVICE_KEY_LABEL, fingerprint
from fieldkit.bundle.codes import format_code
from fieldkit.bundle.export import build_body
from fieldkit.bundle.project import ProjectBody, ProjectPolicy
from fieldkit.canonical import canonical_json, content_hash, sha256_hex
from fieldkit.crypto import SigningKey

HERE = Path(__file__).parent
PRIVATE = bytes(range(32))
QUESTIONNAIRE = {"format": "fieldkit-questionnaire/1", "id": "v"}


def project() -> ProjectBody:
    return ProjectBody(
        project_id="00112233445566778899aabbccddeeff",
        name="Vectors",
        coordinator_key="A" * 42 + "E",
        recipients=["age1" + "q" * 58],
        questionnaire=QUESTIONNAIRE,
        questionnaire_hash=content_hash(QUESTIONNAIRE),
        policy=ProjectPolicy(),
    )


def generate() -> list[dict[str, object]]:
    key = SigningKey(PRIVATE)
    record = canonical_json({"answers": {"consent": "yes"}, "id": "ab" * 16, "revision": 3})
    cases = []
    for sequence, previous, records in ((1, None, []), (2, "cd" * 32, [("ab" * 16, 3, record)])):
        body, manifest = build_body(
            key,
            project=project(),
            records=records,
            bundle_id="ef" * 16,
            sequence=sequence,
            previous=previous,
            event_head=(7, "12" * 32),
            scope="incremental",
            month="2026-03",
        )
        cases.append(
            {
                "private_key": PRIVATE.hex(),
                "sequence": sequence,
                "previous": previous,
                "records": [r[2].decode() for r in records],
                "manifest": manifest.to_bytes().decode(),
                "manifest_sha256": sha256_hex(manifest.to_bytes()),
                "body_hex": body.hex(),
                "fingerprint": fingerprint(DEVICE_KEY_LABEL, key.public),
                "code": format_code(fingerprint(DEVICE_KEY_LABEL, key.public)),
            }
        )
    return cases


def invalid(valid_body: bytes) -> list[dict[str, str]]:
    _head, rest = valid_body.split(b"\n", 1)
    cases = {
        "wrong version line": b"fieldkit-bundle/v2\n" + rest,
        "CRLF line ends": valid_body.replace(b"\n", b"\r\n"),
        "length with a leading zero": valid_body.replace(b"manifest ", b"manifest 0", 1),
        "length beyond the body": valid_body.replace(b"manifest ", b"manifest 999999", 1),
        "length over the limit": valid_body.replace(b"manifest ", b"manifest 99999999", 1),
        "no end line": valid_body[: -len(b"end\n")],
        "bytes after the end line": valid_body + b"\n",
        "padded signature": valid_body.replace(b"\nrecord", b"==\nrecord", 1),
        "missing signature": valid_body.replace(b"signature ", b"signatures ", 1),
        "empty": b"",
    }
    return [{"reason": k, "body_hex": v.hex()} for k, v in cases.items() if v != valid_body]


def _record(repeats: object) -> dict[str, object]:
    return {
        "answers": {"consent": "yes"},
        "id": "ab" * 16,
        "redaction": {"counts": {}, "detectors": {}, "released": [], "uncertain": 0},
        "repeats": repeats,
        "revision": 3,
        "started": "2026-01",
        "status": "complete",
        "updated": "2026-02",
    }


def records() -> dict[str, object]:
    """Records with repeat instances: the instance key derivation, records every reader
    accepts, and records whose shape every reader must reject."""
    from fieldkit.bundle.instances import instance_key

    secret, record_id, local = bytes(range(32)), "ab" * 16, "0f6b1c1e-8f8a-4b55-9b8e-6c1d2c3b4a59"
    key = instance_key(secret, record_id, local)
    one = {"answers": {"sale_price": 3000}, "key": key, "position": 1, "revision": 4}
    bad = {
        "key not hex": {**one, "key": "Z" * 32},
        "position 0": {**one, "position": 0},
        "revision 0": {**one, "revision": 0},
        "float revision": {**one, "revision": 4.0},
        "answers not an object": {**one, "answers": [3000]},
        "unknown instance field": {**one, "local_id": local},
        "missing key": {k: v for k, v in one.items() if k != "key"},
    }
    return {
        "instance_key": {
            "secret_hex": secret.hex(),
            "record_id": record_id,
            "local_id": local,
            "key": key,
        },
        "valid": [canonical_json(_record({"sales": [one]})).decode()],
        "invalid": [
            {"reason": reason, "record": canonical_json(_record({"sales": [i]})).decode()}
            for reason, i in bad.items()
        ]
        + [{"reason": "repeats not an object", "record": canonical_json(_record([one])).decode()}],
    }


def main() -> None:
    (HERE / "records.json").write_text(json.dumps(records(), indent=1) + "\n", "utf-8")
    cases = generate()
    (HERE / "generate.json").write_text(json.dumps(cases, indent=1) + "\n", "utf-8")
    bad = invalid(bytes.fromhex(str(cases[1]["body_hex"])))
    manifest = str(cases[1]["manifest"])
    bad_manifests = [
        {"reason": "white space", "manifest": manifest.replace(",", ", ", 1)},
        {"reason": "keys out of order", "manifest": '{"records":[],' + manifest[1:]},
        {"reason": "escaped ASCII", "manifest": manifest.replace("fieldkit", "\\u0066ieldkit", 1)},
        {"reason": "unknown field", "manifest": manifest[:-1] + ',"zz":1}'},
        {
            "reason": "sequence 2 without previous",
            "manifest": manifest.replace(
                '"previous_manifest":"' + "cd" * 32 + '"', '"previous_manifest":null'
            ),
        },
        {
            "reason": "float sequence",
            "manifest": manifest.replace('"sequence":2', '"sequence":2.0'),
        },
    ]
    (HERE / "invalid.json").write_text(
        json.dumps({"bodies": bad, "manifests": bad_manifests}, indent=1) + "\n", "utf-8"
    )


if __name__ == "__main__":
    main()
