"""Load a questionnaire: read the file -> parse TOML/JSON -> typed tree -> rules.

``check_questionnaire`` reports every problem with a path to the failing
element; ``load_questionnaire`` raises on the first error.  Files are read with
a size limit and must be UTF-8; syntax errors keep the parser's line and
column.
"""

from __future__ import annotations

import difflib
import json
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from fieldkit.canonical import content_hash
from fieldkit.errors import QuestionnaireError
from fieldkit.questionnaire.messages import Message, Place, error_from, pydantic_message
from fieldkit.questionnaire.model import FORMAT, Questionnaire
from fieldkit.questionnaire.validate import Problem, problem, validate

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


def _failure(sentence: Message, where: str, hint: Message | None = None) -> QuestionnaireError:
    """A file that cannot be read as a questionnaire, said in English with its Korean."""
    return error_from(QuestionnaireError, sentence, where=where, hint=hint)


def _read(path: Path) -> dict[str, Any]:
    name = path.name
    if not path.is_file():
        raise _failure(Message("file.not_found"), str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _failure(Message("file.too_large", {"mib": MAX_FILE_BYTES // 1024 // 1024}), name)
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        sentence = Message("file.not_utf8", {"byte": error.start})
        raise _failure(sentence, name, Message("file.save_utf8")) from None
    return _parse_text(text, path.suffix.lower(), name)


def check_questionnaire_text(text: str, suffix: str, name: str = "questionnaire") -> CheckResult:
    """``check_questionnaire`` for text already in memory."""
    return _check_data(_parse_text(text, suffix, name))


def _parse_text(text: str, suffix: str, name: str) -> dict[str, Any]:
    if suffix == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise _failure(_toml_sentence(error), name) from None
    elif suffix == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            sentence = Message("file.not_json", {"detail": error.msg})
            raise _failure(sentence, f"{name}:{error.lineno}:{error.colno}") from None
        except RecursionError:
            raise _failure(Message("file.json_too_deep"), name) from None
    else:
        raise _failure(Message("file.unknown_type"), name, Message("file.types"))
    if not isinstance(data, dict):
        raise _failure(Message("file.not_table"), name)
    return data


_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml_sentence(error: tomllib.TOMLDecodeError) -> Message:
    """The parser's English as it is; in Korean, its line and column (the parser's reason
    has no Korean)."""
    found = _TOML_AT.search(str(error))
    at = Message("file.toml_at", {"line": found[1], "column": found[2]}) if found else "?"
    return Message("file.not_toml", {"detail": at}, english=f"not valid TOML: {error}")


def _describe_location(data: Any, loc: tuple[int | str, ...]) -> Place:
    """Turn pydantic's ``('sections', 2, 'questions', 0, 'type')`` into ids a person knows."""
    steps: list[tuple[str, str]] = []
    node = data
    pending: str | None = None
    for key in loc:
        child = node[key] if isinstance(node, (dict, list)) and _has(node, key) else None  # type: ignore[index]
        if isinstance(key, int) and pending in ("sections", "questions", "choices"):
            ident = child.get("id", child.get("value")) if isinstance(child, dict) else None
            noun = {"sections": "section", "questions": "question"}.get(pending, "choice")
            steps[-1] = (noun, str(ident)) if ident else (noun, f"#{key + 1}")
        else:
            steps.append(("", str(key)))
        pending = str(key)
        node = child
    return Place(tuple(steps))


def _has(node: dict[Any, Any] | list[Any], key: int | str) -> bool:
    if isinstance(node, list):
        return isinstance(key, int) and 0 <= key < len(node)
    return key in node


_PATTERN_HINTS = {
    "id": "key.id_pattern",
    "question": "key.id_pattern",
    "choices": "key.choices_pattern",
    "value": "key.value_pattern",
}
"""A key whose pattern a person should not have to read: the catalog says it in words."""


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
            explained.update((parent, c) for c in close)
            where = _describe_location(data, parent)
            if close:
                problems.append(problem(where, "key.unknown_close", key=str(key), close=close[0]))
            else:
                problems.append(problem(where, "key.unknown", key=str(key)))
        elif item["type"] == "string_pattern_mismatch" and str(key) in _PATTERN_HINTS:
            problems.append(problem(_describe_location(data, loc), _PATTERN_HINTS[str(key)]))
        elif item["type"] != "missing":
            problems.append(Problem(_describe_location(data, loc), pydantic_message(item)))
    for parent, key in sorted(missing - explained, key=str):
        problems.append(problem(_describe_location(data, parent), "key.missing", key=str(key)))
    return problems


def _check_data(data: dict[str, Any]) -> CheckResult:
    fmt = data.get("format")
    if fmt != FORMAT:
        wrong = problem(Place.of("format"), "format.wrong", format=FORMAT, found=repr(fmt))
        return CheckResult(None, [wrong])
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
        hint = Message("load.more", {"n": more}) if more else None
        raise error_from(QuestionnaireError, first, where=source, hint=hint)
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
