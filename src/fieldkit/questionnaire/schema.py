"""The JSON Schema of the questionnaire format, generated from the models.

``schemas/questionnaire.schema.json`` is this function's output, committed so
editors can validate files; a test fails (and prints the command to run) when
the committed copy drifts from the models.
"""

from __future__ import annotations

import json
from typing import Any

from fieldkit.questionnaire.model import Questionnaire

__all__ = ["SCHEMA_ID", "questionnaire_json_schema", "render_schema"]

SCHEMA_ID = "https://fieldkit.invalid/schemas/questionnaire.schema.json"


def questionnaire_json_schema() -> dict[str, Any]:
    schema = Questionnaire.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def render_schema() -> str:
    """The exact text committed in ``schemas/``."""
    return json.dumps(questionnaire_json_schema(), indent=2, ensure_ascii=False) + "\n"
