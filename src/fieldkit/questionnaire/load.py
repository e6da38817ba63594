"""Load a questionnaire: read the file -> parse TOML/JSON -> typed tree -> rules.

``check_questionnaire`` reports every problem with a path to the failing
element; ``load_questionnaire`` raises on the first error.  Files are read with
a size limit and must be UTF-8; syntax errors keep the parser's line and
column.
"""

from __future__ import annotations

import difflib
import json
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from fieldkit.canonical import content_hash
from fieldkit.errors import QuestionnaireError
from fieldkit.questionnaire.model import FORMAT, Questionnaire
from fieldkit.questionnaire.validate import Problem, validate

__all__ = [
    "BUILTIN_ID",
    "CheckResult",
    "builtin_questionnaire",
    "check_questionnaire",
    "check_questionnaire_text",
    "load_questionnaire",
    "parse_questionnaire",
    "practice_questionnaire",
    "questionnaire_from_json",
    "questionnaire_hash",
    "questionnaire_to_json",
]

BUILTIN_ID = "lives_for_sale"
MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass
class CheckResult:
    """The outcome of checking a questionnaire file."""

    questionnaire: Questionnaire | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if not p.warning]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.warning]


def _read(path: Path) -> dict[str, Any]:
    name = path.name
    if not path.is_file():
        raise QuestionnaireError("file not found", where=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise QuestionnaireError(
            f"file is larger than {MAX_FILE_BYTES // 1024 // 1024} MiB", where=name
        )
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise QuestionnaireError(
            f"not UTF-8 text (byte {error.start})", where=name, hint="save the file as UTF-8"
        ) from None
    return _parse_text(text, path.suffix.lower(), name)


def check_questionnaire_text(text: str, suffix: str, name: str = "questionnaire") -> CheckResult:
    """``check_questionnaire`` for text already in memory."""
    return _check_data(_parse_text(text, suffix, name))


def _parse_text(text: str, suffix: str, name: str) -> dict[str, Any]:
    if suffix == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise QuestionnaireError(f"not valid TOML: {error}", where=name) from None
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise QuestionnaireError(
                f"not valid JSON: {error.msg}", where=f"{name}:{error.lineno}:{error.colno}"
            ) from None
        except RecursionError:
            raise QuestionnaireError("JSON is nested too deeply", where=name) from None
    else:
        raise QuestionnaireError(
            "unknown file type", where=name, hint="questionnaires are .toml or .json files"
        )
    if not isinstance(data, dict):
        raise QuestionnaireError("the top level must be a table/object", where=name)
    return data


def _describe_location(data: Any, loc: tuple[int | str, ...]) -> str:
    """Turn pydantic's ``('sections', 2, 'questions', 0, 'type')`` into ids a person knows."""
    parts: list[str] = []
    node = data
    pending: str | None = None
    for key in loc:
        child = node[key] if isinstance(node, (dict, list)) and _has(node, key) else None  # type: ignore[index]
        if isinstance(key, int) and pending in ("sections", "questions", "choices"):
            ident = child.get("id", child.get("value")) if isinstance(child, dict) else None
            noun = {"sections": "section", "questions": "question"}.get(pending, "choice")
            parts[-1] = f"{noun} '{ident}'" if ident else f"{noun} #{key + 1}"
        else:
            parts.append(str(key))
        pending = str(key)
        node = child
    return " > ".join(parts) or "top level"


def _has(node: dict[Any, Any] | list[Any], key: int | str) -> bool:
    if isinstance(node, list):
        return isinstance(key, int) and 0 <= key < len(node)
    return key in node


_PATTERN_HINTS = {
    "id": "must start with a lowercase letter and use only a-z, 0-9 and _ (at most 64)",
    "question": "must start with a lowercase letter and use only a-z, 0-9 and _ (at most 64)",
    "choices": "must name a choice list: a lowercase letter, then a-z, 0-9 and _",
    "value": "must use only letters, digits, '_', '.' and '-' (at most 64)",
}


def _pydantic_problems(data: dict[str, Any], error: ValidationError) -> list[Problem]:
    items = error.errors(include_input=False, include_url=False)
    missing = {(tuple(i["loc"][:-1]), i["loc"][-1]) for i in items if i["type"] == "missing"}
    problems: list[Problem] = []
    explained: set[tuple[tuple[Any, ...], Any]] = set()
    for item in items:
        loc = tuple(item["loc"])
        parent, key = loc[:-1], loc[-1] if loc else ""
        if item["type"] == "extra_forbidden":
            wanted = [str(k) for p, k in missing if p == parent]
            close = difflib.get_close_matches(str(key), wanted, n=1)
            suffix = f" (did you mean '{close[0]}'?)" if close else ""
            explained.update((parent, c) for c in close)
            problems.append(
                Problem(_describe_location(data, parent), f"unknown key '{key}'{suffix}")
            )
        elif item["type"] == "string_pattern_mismatch" and str(key) in _PATTERN_HINTS:
            problems.append(Problem(_describe_location(data, loc), _PATTERN_HINTS[str(key)]))
        elif item["type"] != "missing":
            problems.append(Problem(_describe_location(data, loc), item["msg"]))
    for parent, key in sorted(missing - explained, key=str):
        problems.append(Problem(_describe_location(data, parent), f"missing key '{key}'"))
    return problems


def _check_data(data: dict[str, Any]) -> CheckResult:
    fmt = data.get("format")
    if fmt != FORMAT:
        return CheckResult(None, [Problem("format", f"must be '{FORMAT}' (found {fmt!r})")])
    try:
        qn = Questionnaire.model_validate(data)
    except ValidationError as error:
        return CheckResult(None, _pydantic_problems(data, error))
    return CheckResult(qn, validate(qn))


def check_questionnaire(path: Path) -> CheckResult:
    """Every problem in the file at ``path``; raises only if it cannot be read at all."""
    return _check_data(_read(path))


def _raise_first(result: CheckResult, source: str) -> Questionnaire:
    if result.errors or result.questionnaire is None:
        first = result.errors[0]
        more = len(result.errors) - 1
        hint = f"{more} more problem(s); run 'fieldkit questionnaire check'" if more else None
        raise QuestionnaireError(str(first), where=source, hint=hint)
    return result.questionnaire


def parse_questionnaire(data: dict[str, Any], source: str = "questionnaire") -> Questionnaire:
    """A checked questionnaire from already-parsed data."""
    return _raise_first(_check_data(data), source)


def load_questionnaire(path: Path) -> Questionnaire:
    """A checked questionnaire from a .toml or .json file."""
    return _raise_first(check_questionnaire(path), path.name)


def questionnaire_to_json(qn: Questionnaire) -> dict[str, Any]:
    """Plain data for storage and hashing; defaults left out so that adding an
    optional field to the format does not change existing questionnaires' hashes."""
    return qn.model_dump(mode="json", exclude_defaults=True)


def questionnaire_from_json(data: dict[str, Any]) -> Questionnaire:
    """Inverse of ``questionnaire_to_json`` (for stored copies)."""
    return parse_questionnaire(data, "stored questionnaire")


def questionnaire_hash(qn: Questionnaire) -> str:
    """SHA-256 of the canonical JSON: names one exact version of a questionnaire."""
    return content_hash(questionnaire_to_json(qn))


@cache
def builtin_questionnaire() -> Questionnaire:
    """The report's question set, shipped inside the package."""
    text = resources.files("fieldkit.questionnaire").joinpath("data/lives-for-sale.toml")
    return parse_questionnaire(tomllib.loads(text.read_text("utf-8")), "lives-for-sale.toml")


@cache
def practice_questionnaire() -> Questionnaire:
    """The short training survey a duress passphrase's decoy workspace is filled with."""
    text = resources.files("fieldkit.questionnaire").joinpath("data/practice.toml")
    return parse_questionnaire(tomllib.loads(text.read_text("utf-8")), "practice.toml")
