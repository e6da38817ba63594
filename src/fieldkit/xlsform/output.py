"""Write an imported questionnaire as a .toml or .json questionnaire file.

The text is read back and compared by hash before it is written, so the file
on disk is exactly the questionnaire the import checked (TOML cannot hold
every value JSON can; a silent difference would be a half-working form).
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import tomli_w

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire import (
    Questionnaire,
    parse_questionnaire,
    questionnaire_hash,
    questionnaire_to_json,
)

__all__ = ["SUFFIXES", "dump_questionnaire", "write_questionnaire"]

SUFFIXES = (".toml", ".json")


def dump_questionnaire(questionnaire: Questionnaire, suffix: str = ".toml") -> str:
    """The questionnaire file text (``.toml`` or ``.json``), verified to read back equal."""
    data = questionnaire_to_json(questionnaire)
    if suffix == ".toml":
        text = tomli_w.dumps(data)
        back = tomllib.loads(text)
    elif suffix == ".json":
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        back = json.loads(text)
    else:
        raise XLSFormError(
            f"cannot write a questionnaire as '{suffix}'", hint="use a .toml or .json file name"
        )
    if questionnaire_hash(parse_questionnaire(back)) != questionnaire_hash(questionnaire):
        raise XLSFormError(f"the {suffix} text does not read back unchanged; nothing was written")
    return text


def write_questionnaire(questionnaire: Questionnaire, path: Path) -> None:
    """Write the questionnaire to ``path`` (format from the suffix), replacing it whole."""
    text = dump_questionnaire(questionnaire, path.suffix.lower())
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise XLSFormError(f"could not write: {error.strerror}", where=str(path)) from None
