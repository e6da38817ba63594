"""Strict encodings, project files, and generalisation round trips (codes: test_codes.py)."""

from __future__ import annotations

import pytest

from fieldkit.bundle import project_file_bytes, verify_project
from fieldkit.bundle.anonymise import check_exported, export_value, representative
from fieldkit.bundle.codec import (
    CanonicalError,
    b64decode,
    b64encode,
    parse_canonical,
)
from fieldkit.errors import ProjectError
from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.session import Workspace


@pytest.mark.parametrize("text", ["AA==", "AB", "A?", "QQ=", "QR"])
def test_base64_rejects_non_canonical(text: str) -> None:
    with pytest.raises(CanonicalError):
        b64decode(text)


def test_base64_round_trip() -> None:
    for n in range(70):
        data = bytes(range(n))
        assert b64decode(b64encode(data)) == data


@pytest.mark.parametrize(
    "raw",
    [
        b'{"a":1, "b":2}',
        b'{"b":1,"a":2}',
        b'{"a":1,"a":1}',
        b'{"a":1,"a":2}',
        b'{"answers":[],"a":{"b":1,"b":2}}',
        b'{"a":"\\u0041"}',
        b"1e999",
        b'{"a":NaN}',
        b"\xff",
    ],
)
def test_non_canonical_json_is_refused(raw: bytes) -> None:
    with pytest.raises(CanonicalError):
        parse_canonical(raw)


def test_project_file_round_trip_and_tamper(coordinator: Workspace) -> None:
    raw = project_file_bytes(coordinator)
    assert project_file_bytes(coordinator) == raw  # deterministic
    body = verify_project(raw)
    assert body.recipients[0].startswith("age1")
    with pytest.raises(ProjectError, match="signature"):
        verify_project(
            raw.replace(b'"refuse"', b'"redact"')
            .replace(b'"redact"', b'"refuse"', 0)
            .replace(b"Test project", b"Evil project")
        )
    with pytest.raises(ProjectError):
        verify_project(raw.replace(b'{"body"', b'{ "body"'))


@pytest.mark.parametrize(
    ("qid", "value", "exported", "member"),
    [
        ("birth_year", 1977, "1975-1979", 1975),
        ("years_at_residence", 1, "<2", 1),
        ("years_at_residence", 3, "2-3", 2),
        ("years_at_residence", 12, ">9", 10),
        ("children_born_in_china", 2, 2, 2),
        ("children_born_in_china", 5, ">=3", 3),
        (
            "price_amount",
            {"amount": 4500, "currency": "CNY"},
            "2001-5000",
            {"amount": 2001, "currency": "CNY"},
        ),
        ("crossing_month", "1998-03", 1998, 1998),
        ("current_province", "jilin", "jilin", "jilin"),
        ("current_province", "beijing", "north", "north"),
    ],
)
def test_generalise_and_back(qid: str, value: object, exported: object, member: object) -> None:
    qn = builtin_questionnaire()
    question = next(q for q in qn.questions() if q.id == qid)
    assert export_value(question, value) == exported
    assert check_exported(qn, question, exported) is None
    assert representative(question, exported) == member


def test_direct_never_leaves_and_raw_quasi_is_refused() -> None:
    qn = builtin_questionnaire()
    by_id = {q.id: q for q in qn.questions()}
    assert check_exported(qn, by_id["name"], "Kim") is not None
    assert check_exported(qn, by_id["birth_year"], 1977) is not None  # not generalised
    assert check_exported(qn, by_id["children_born_in_china"], 4) is not None  # not top-coded
