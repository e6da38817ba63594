"""Committed JSON Schemas must match what the models generate."""

from __future__ import annotations

from fieldkit.questionnaire.schema import render_schema

from helpers import TESTS

SCHEMAS = TESTS.parent / "schemas"


def test_questionnaire_schema_is_current() -> None:
    committed = (SCHEMAS / "questionnaire.schema.json").read_text(encoding="utf-8")
    assert committed == render_schema(), (
        "schemas/questionnaire.schema.json is out of date; regenerate it with: "
        ".venv/bin/python scripts/write_schemas.py"
    )


def test_schema_validates_a_questionnaire_shape() -> None:
    import json

    schema = json.loads(render_schema())
    assert schema["properties"]["format"]["const"] == "fieldkit-questionnaire/1"
    assert "Question" in schema["$defs"]
    assert schema["$defs"]["Question"]["additionalProperties"] is False


def test_bundle_record_schema_is_current() -> None:
    from fieldkit.bundle.verify import record_schema

    committed = (SCHEMAS / "bundle-record.schema.json").read_text(encoding="utf-8")
    assert committed == record_schema(), (
        "schemas/bundle-record.schema.json is out of date; regenerate it with: "
        ".venv/bin/python scripts/write_schemas.py"
    )


def test_bundle_record_schema_describes_instances() -> None:
    import json

    from fieldkit.bundle.verify import record_schema

    schema = json.loads(record_schema())
    instance = schema["$defs"]["InstanceRecord"]
    assert instance["required"] == ["key", "position", "revision", "answers"]
    assert instance["additionalProperties"] is False
    assert "repeats" in schema["properties"] and "repeats" not in schema["required"]
