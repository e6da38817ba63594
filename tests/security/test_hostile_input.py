"""Hostile input: whatever bytes arrive, readers raise only their documented error.

Property-based (hypothesis) counterparts of the fuzzing targets in bench/fuzz.py,
for the questionnaire loader and the interview import reader and planner.  The
expression language has its own properties in tests/unit/questionnaire/test_expr.py.
"""

from __future__ import annotations

import contextlib
import json
import tomllib
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.errors import ImportFileError, QuestionnaireError
from fieldkit.questionnaire import Flow, Questionnaire
from fieldkit.questionnaire.load import check_questionnaire_text
from fieldkit.session.importer import parse_import_bytes, plan_interviews

from helpers import TINY

TINY_DATA = tomllib.loads(TINY)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def _mutate(data: Any, path: list[Any], value: Any) -> Any:
    """A copy of ``data`` with the element at ``path`` (as far as it exists) replaced."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(data, dict) and data:
        key = list(data)[head % len(data)] if isinstance(head, int) else head
        return {**data, key: _mutate(data.get(key), rest, value)}
    if isinstance(data, list) and data:
        index = head % len(data) if isinstance(head, int) else 0
        return [*data[:index], _mutate(data[index], rest, value), *data[index + 1 :]]
    return value


@SETTINGS
@given(st.binary(max_size=400))
def test_questionnaire_loader_on_random_bytes(raw: bytes) -> None:
    for suffix in (".toml", ".json"):
        with contextlib.suppress(QuestionnaireError):
            check_questionnaire_text(raw.decode("utf-8", "replace"), suffix)


@SETTINGS
@given(st.lists(st.integers(0, 50), max_size=6), json_values)
def test_questionnaire_checker_on_mutated_forms(path: list[int], value: Any) -> None:
    """A valid form with one element replaced by anything: problems, never a crash."""
    text = json.dumps(_mutate(TINY_DATA, path, value))
    try:
        result = check_questionnaire_text(text, ".json")
    except QuestionnaireError:
        return
    if result.questionnaire is not None and not result.errors:
        Flow(result.questionnaire).relevant_ids({})


@SETTINGS
@given(st.binary(max_size=400))
def test_import_reader_on_random_bytes(raw: bytes) -> None:
    with contextlib.suppress(ImportFileError):
        parse_import_bytes(raw)


@SETTINGS
@given(
    st.lists(
        st.dictionaries(
            st.sampled_from(["ref", "status", "answers", "other\nkey"]),
            json_values
            | st.dictionaries(
                st.sampled_from(
                    ["consent", "birth_year", "crossed", "sold", "price", "means", "name", "z\nz"]
                ),
                json_values,
                max_size=8,
            ),
            max_size=4,
        ),
        max_size=4,
    )
)
def test_import_planner_on_arbitrary_interviews(items: list[Any]) -> None:
    """Any JSON shape: each problem is a line of text; nothing raises."""
    flow = Flow(_tiny())
    plans, problems = plan_interviews(flow, items)
    assert all(isinstance(p, str) and "\n" not in p for p in problems)
    if not problems:
        assert len(plans) == len(items)


_CACHE: list[Questionnaire] = []


def _tiny() -> Questionnaire:
    if not _CACHE:
        from helpers import questionnaire_from_toml

        _CACHE.append(questionnaire_from_toml(TINY))
    return _CACHE[0]


def _bundle_body(records: list[bytes]) -> bytes:
    from fieldkit.bundle.manifest import encode_body

    return encode_body(b'{"a":1}', b"s" * 64, records)


@SETTINGS
@given(st.binary(max_size=300), st.integers(0, 400), st.binary(max_size=8))
def test_bundle_reader_on_mutated_bodies(noise: bytes, cut: int, splice: bytes) -> None:
    """Framing, lengths and the manifest: only BundleError, whatever the bytes."""
    from fieldkit.bundle.manifest import decode_body, parse_manifest
    from fieldkit.errors import BundleError

    body = _bundle_body([noise])
    for candidate in (noise, body[:cut], body[:cut] + splice + body[cut + len(splice) :]):
        with contextlib.suppress(BundleError):
            parse_manifest(decode_body(candidate).manifest_bytes)


def test_bundle_reader_does_not_trust_a_lying_length() -> None:
    """A section claiming 2 GB in a 100-byte body is refused before any allocation."""
    import tracemalloc

    from fieldkit.bundle.manifest import VERSION_LINE, decode_body
    from fieldkit.errors import BundleError

    lying = VERSION_LINE + b"manifest 2000000000\n{}\n"
    tracemalloc.start()
    with contextlib.suppress(BundleError):
        decode_body(lying)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 1_000_000
