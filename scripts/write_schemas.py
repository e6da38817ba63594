"""Regenerate the committed JSON Schemas in schemas/ from the pydantic models.

Run: .venv/bin/python scripts/write_schemas.py
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.bundle.verify import record_schema
from fieldkit.questionnaire.schema import render_schema

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"


def main() -> None:
    target = SCHEMAS / "questionnaire.schema.json"
    target.write_text(render_schema(), encoding="utf-8")
    print(f"wrote {target}")
    record = SCHEMAS / "bundle-record.schema.json"
    record.write_text(record_schema(), encoding="utf-8")
    print(f"wrote {record}")


if __name__ == "__main__":
    main()
