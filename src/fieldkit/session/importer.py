"""Import interviews from a JSON file: paper forms transcribed later, and tests.

The file is checked completely before anything is written: every answer goes
through the same ``Flow.check_answer`` the app uses, in questionnaire order,
and an answer to a question that would not be asked is refused (it usually
means a transcription slip).  Then all interviews are written in one
transaction: the import succeeds whole or leaves the workspace unchanged.

Format::

    {"format": "fieldkit-interviews/1", "questionnaire": "lives_for_sale",
     "interviews": [{"ref": "case-01", "status": "complete",
                     "answers": {"consent": "yes", "birth_year": 1974}}]}

``questionnaire`` is optional; when present it must be the id of the workspace's
questionnaire, so a file transcribed for another form is refused whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.errors import AnswerError, ImportFileError
from fieldkit.questionnaire import Flow
from fieldkit.session.workspace import Workspace
from fieldkit.store import ImportedInterview
from fieldkit.store.shred import overwrite

__all__ = [
    "FORMAT",
    "ImportResult",
    "destroy_import_file",
    "import_interviews",
    "import_interviews_from_bytes",
    "parse_import_bytes",
    "plan_interviews",
    "read_import_file",
]

FORMAT = "fieldkit-interviews/1"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_REPORTED = 25
_INTERVIEW_KEYS = {"ref", "status", "answers"}


@dataclass(frozen=True)
class ImportResult:
    interview_ids: list[str] = field(default_factory=list)


def read_import_file(path: Path) -> tuple[str | None, list[Any]]:
    """``(questionnaire id or None, interview objects)`` from ``path``, or ``ImportFileError``."""
    if not path.is_file():
        raise ImportFileError("file not found", where=str(path))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImportFileError(
            "file is larger than 64 MiB", where=path.name, hint="split it into several files"
        )
    return parse_import_bytes(path.read_bytes(), path.name)


def parse_import_bytes(raw: bytes, name: str = "import file") -> tuple[str | None, list[Any]]:
    """``(questionnaire id or None, interview objects)`` from a file's bytes."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ImportFileError(f"not UTF-8 text (byte {error.start})", where=name) from None
    except json.JSONDecodeError as error:
        raise ImportFileError(
            f"not valid JSON: {error.msg}", where=f"{name}:{error.lineno}:{error.colno}"
        ) from None
    except RecursionError:
        raise ImportFileError("JSON is nested too deeply", where=name) from None
    if isinstance(data, list):
        return None, data
    if not isinstance(data, dict) or not isinstance(data.get("interviews"), list):
        raise ImportFileError("expected an object with an 'interviews' list", where=name)
    if data.get("format", FORMAT) != FORMAT:
        raise ImportFileError(f"format must be '{FORMAT}'", where=name)
    unknown = set(data) - {"format", "questionnaire", "interviews"}
    if unknown:
        raise ImportFileError(f"unknown key '{sorted(unknown)[0]}'", where=name)
    questionnaire = data.get("questionnaire")
    if questionnaire is not None and not isinstance(questionnaire, str):
        raise ImportFileError("'questionnaire' must be a questionnaire id", where=name)
    interviews: list[Any] = data["interviews"]
    return questionnaire, interviews


def plan_interviews(flow: Flow, items: list[Any]) -> tuple[list[ImportedInterview], list[str]]:
    """Check every interview; ``(plans, problems)``: plans are only valid if no problems."""
    plans: list[ImportedInterview] = []
    problems: list[str] = []
    for index, item in enumerate(items):
        plan, found = _plan_one(flow, item, _label(index, item))
        problems += found
        if plan:
            plans.append(plan)
    return plans, problems


def _quote(text: str, limit: int = 40) -> str:
    """File content shown in a one-line message: control characters escaped, length capped."""
    shown = (
        text[:limit].encode("unicode_escape").decode("ascii")
        if not text.isprintable()
        else text[:limit]
    )
    return shown + ("..." if len(text) > limit else "")


def _label(index: int, item: Any) -> str:
    ref = item.get("ref") if isinstance(item, dict) else None
    return f"interview {index + 1}" + (f" ('{_quote(ref)}')" if isinstance(ref, str) else "")


def _plan_one(flow: Flow, item: Any, label: str) -> tuple[ImportedInterview | None, list[str]]:
    if not isinstance(item, dict) or not isinstance(item.get("answers"), dict):
        return None, [f"{label}: expected an object with an 'answers' object"]
    problems = [
        f"{label}: unknown key '{_quote(str(k))}'" for k in sorted(set(item) - _INTERVIEW_KEYS)
    ]
    ref, status = item.get("ref"), item.get("status", "in_progress")
    if ref is not None and (not isinstance(ref, str) or not 0 < len(ref) <= 100):
        problems.append(f"{label}: 'ref' must be text of 1-100 characters")
    if status not in ("in_progress", "complete"):
        problems.append(f"{label}: 'status' must be 'in_progress' or 'complete'")
    raw: dict[str, Any] = item["answers"]
    problems += [
        f"{label}, question '{_quote(q)}': not in this questionnaire"
        for q in raw
        if q not in flow.by_id
    ]
    accepted: dict[str, Any] = {}
    rejected: set[str] = set()
    for question in flow.order:
        if question.id not in raw or flow.depends_on(question.id) & rejected:
            continue  # nothing useful can be said about a question whose premise was refused
        problem = _check_answer(flow, question.id, raw[question.id], accepted)
        if problem:
            rejected.add(question.id)
            problems.append(f"{label}, question '{question.id}': {problem}")
    if not problems and status == "complete":
        missing = flow.progress(accepted).missing_required
        if missing:
            problems.append(
                f"{label}: marked complete but required question(s) unanswered: "
                + ", ".join(missing[:6])
            )
    planned = ImportedInterview(ref=ref, status=status, answers=list(accepted.items()))
    return (None if problems else planned), problems


def _check_answer(flow: Flow, qid: str, value: Any, accepted: dict[str, Any]) -> str | None:
    try:
        canonical = flow.check_answer(qid, value, accepted)
    except AnswerError as error:
        return error.message
    if not flow.is_relevant(qid, {**accepted, qid: canonical}):
        return "answered, but the questionnaire would not ask it given the answers before it"
    accepted[qid] = canonical
    return None


def import_interviews(workspace: Workspace, path: Path) -> ImportResult:
    """Check every interview in ``path``, then store them all in one transaction."""
    questionnaire_id, items = read_import_file(path)
    return _import(workspace, questionnaire_id, items, path.name)


def import_interviews_from_bytes(
    workspace: Workspace, raw: bytes, name: str = "standard input"
) -> ImportResult:
    """The same from bytes already in memory (``fieldkit interview import -``): answers
    piped in from another program never exist as a plaintext file on this disk."""
    if len(raw) > MAX_FILE_BYTES:
        raise ImportFileError(
            "input is larger than 64 MiB", where=name, hint="split it into several files"
        )
    questionnaire_id, items = parse_import_bytes(raw, name)
    return _import(workspace, questionnaire_id, items, name)


def destroy_import_file(path: Path) -> None:
    """Overwrite an imported plaintext file with random bytes in place, sync, remove it.

    Best effort, as the wipe's overwrite is: on an SSD, a copy-on-write file system or a
    backed-up disk the old blocks may survive (docs/threat-model.md); only full-disk
    encryption covers that."""
    if not path.is_file() or path.is_symlink():
        raise ImportFileError(
            "not a regular file, so it was not overwritten", where=str(path),
            hint="delete it yourself",
        )  # fmt: skip
    overwrite(path)
    try:
        path.unlink()
    except OSError as error:
        raise ImportFileError(
            f"overwritten but not removed ({error.strerror})", where=str(path),
            hint="delete it yourself",
        ) from None  # fmt: skip


def _import(
    workspace: Workspace, questionnaire_id: str | None, items: list[Any], name: str
) -> ImportResult:
    active = workspace.questionnaire.id
    if questionnaire_id is not None and questionnaire_id != active:
        raise ImportFileError(
            f"the file is for questionnaire '{_quote(questionnaire_id)}', but this workspace "
            f"uses '{active}'",
            where=name,
            hint="nothing was imported",
        )
    if not items:
        raise ImportFileError("the file holds no interviews", where=name)
    plans, problems = plan_interviews(workspace.flow(), items)
    if problems:
        shown = problems[:MAX_REPORTED]
        more = len(problems) - len(shown)
        raise ImportFileError(
            shown[0],
            where=name,
            details=shown[1:] + ([f"... and {more} more"] if more else []),
            hint="nothing was imported; fix the file and run the import again",
        )
    return ImportResult(_write(workspace, plans))


def _write(workspace: Workspace, plans: list[ImportedInterview]) -> list[str]:
    return workspace.store.interviews.import_batch(workspace.active_hash, plans)
