"""Import interviews from a JSON file: paper forms transcribed later, and tests.

The file is checked completely before anything is written: every answer goes
through the same ``Flow.check_answer`` the app uses, in questionnaire order,
and an answer to a question that would not be asked is refused (it usually
means a transcription slip).  Then all interviews are written in one
transaction: the import succeeds whole or leaves the workspace unchanged.

Format::

    {"format": "fieldkit-interviews/1", "questionnaire": "lives_for_sale",
     "interviews": [{"ref": "case-01", "status": "complete",
                     "answers": {"consent": "yes", "birth_year": 1974,
                                 "sales": [{"sale_year": 1999}, {"sale_year": 2001}]}}]}

A repeat's instances are a list under the repeat's id, each instance an object of
its answers, checked with the instance's own skip logic and constraints.
Calculations are not given: they are computed from the answers and stored.

``questionnaire`` is optional; when present it must be the id of the workspace's
questionnaire, so a file transcribed for another form is refused whole.

An interview is identified by its reference plus its answers: importing the same file twice
creates nothing the second time (``ImportResult.already_present`` counts what was skipped),
so a transcriber who is unsure whether a file went in can simply import it again.  The same
reference with different answers is another interview (a second transcription, a correction):
it is imported and counted in ``ImportResult.same_ref_different``.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.canonical import content_hash
from fieldkit.errors import AnswerError, ImportFileError
from fieldkit.questionnaire import Flow
from fieldkit.questionnaire.model import Section
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.session.workspace import Workspace
from fieldkit.store import ImportedInstance, ImportedInterview
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
    """The interviews created."""
    already_present: int = 0
    """Interviews of the file the workspace already held (same reference and answers)."""
    same_ref_different: int = 0
    """Created although an interview with the same reference is here (its answers differ)."""


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
    problems += _unknown_keys(flow, raw, label)
    accepted: dict[str, Any] = {}
    rejected: set[str] = set()
    for section in flow.questionnaire.sections:
        if section.repeat is not None:
            problems += _plan_instances(flow, section, raw.get(section.id), accepted, label)
            continue
        for question in section.questions:
            if question.id not in raw or flow.depends_on(question.id) & rejected:
                continue  # nothing useful can be said about a question whose premise was refused
            problem = _check_answer(flow, question.id, raw[question.id], accepted)
            if problem:
                rejected.add(question.id)
                problems.append(f"{label}, question '{question.id}': {problem}")
    if not problems and status == "complete":
        progress = flow.progress(accepted)
        if progress.missing_required:
            problems.append(
                f"{label}: marked complete but required question(s) unanswered: "
                + ", ".join(progress.missing_required[:6])
            )
        problems += [f"{label}: marked complete but {p}" for p in progress.repeat_problems]
    return (None if problems else _planned(flow, ref, status, accepted)), problems


def _unknown_keys(flow: Flow, raw: dict[str, Any], label: str) -> list[str]:
    problems = []
    for key in raw:
        if key in flow.repeat_sections:
            continue
        question = flow.by_id.get(key)
        home = flow.repeat_of(key)
        if question is None:
            problems.append(f"{label}, question '{_quote(key)}': not in this questionnaire")
        elif home is not None:
            problems.append(
                f"{label}, question '{key}': is asked in each instance of repeat '{home}'; "
                f"give it inside the '{home}' list"
            )
        elif QUESTION_TYPES[question.type].computed:
            problems.append(f"{label}, question '{key}': is calculated; leave it out")
    return problems


def _plan_instances(
    flow: Flow, section: Section, raw: Any, accepted: dict[str, Any], label: str
) -> list[str]:
    """Check one repeat's instances into ``accepted[section.id]`` (a list of answers)."""
    if raw is None:
        return []
    where = f"{label}, repeat '{section.id}'"
    limit = section.repeat.max if section.repeat else 0
    if not isinstance(raw, list) or not all(isinstance(i, dict) for i in raw):
        return [f"{where}: expected a list of instances, each an object of answers"]
    if len(raw) > limit:
        return [f"{where}: {len(raw)} instances, more than the {limit} the repeat allows"]
    accepted[section.id] = []
    if raw and section.id not in flow.effective_instances(accepted):
        del accepted[section.id]
        return [f"{where}: answered, but the questionnaire would not ask it given the answers"]
    problems: list[str] = []
    own = {q.id for q in section.questions}
    for index, instance in enumerate(raw):
        here = f"{where} #{index + 1}"
        problems += [
            f"{here}: '{_quote(str(k))}' is not a question of it" for k in instance if k not in own
        ]
        accepted[section.id].append({})
        for question in section.questions:
            if question.id in instance:
                problem = _check_in_instance(
                    flow, section.id, index, question.id, instance[question.id], accepted
                )
                if problem:
                    problems.append(f"{here}, question '{question.id}': {problem}")
    return problems


def _check_in_instance(
    flow: Flow, repeat_id: str, index: int, qid: str, value: Any, accepted: dict[str, Any]
) -> str | None:
    try:
        canonical = flow.check_instance_answer(repeat_id, index, qid, value, accepted)
    except AnswerError as error:
        return error.message
    answers = accepted[repeat_id][index]
    answers[qid] = canonical
    if qid not in flow.instance_effective(repeat_id, index, accepted)[1]:
        del answers[qid]
        return "answered, but the questionnaire would not ask it given the answers before it"
    return None


def _planned(
    flow: Flow, ref: str | None, status: str, accepted: dict[str, Any]
) -> ImportedInterview:
    """The plan to store, calculations computed."""
    computed = flow.calculated(accepted)
    answers = [
        (qid, value)
        for qid, value in computed.items()
        if qid not in flow.repeat_sections and value is not None
    ]
    instances = [
        ImportedInstance(
            repeat_id=repeat_id,
            answers=[(q, v) for q, v in instance.items() if v is not None],
        )
        for repeat_id in flow.repeat_sections
        if repeat_id in accepted
        for instance in computed[repeat_id]
    ]
    return ImportedInterview(ref=ref, status=status, answers=answers, instances=instances)


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
    fresh, skipped, clashes = _new_only(workspace, plans)
    return ImportResult(
        _write(workspace, fresh) if fresh else [],
        already_present=skipped,
        same_ref_different=clashes,
    )


def _identity(ref: str | None, answers: dict[str, Any]) -> str:
    """What identifies an interview across imports: its reference and its answers."""
    return content_hash({"ref": ref, "answers": answers})


def _new_only(
    workspace: Workspace, plans: list[ImportedInterview]
) -> tuple[list[ImportedInterview], int, int]:
    """``(plans not yet in the workspace, how many were, how many share only a reference)``.

    Counted as a multiset: a file that holds two identical interviews imports both once."""
    interviews = workspace.store.interviews
    rows = interviews.all()
    here = Counter(_identity(r.ref, interviews.answers(r.id)) for r in rows)
    refs = {r.ref for r in rows if r.ref is not None}
    fresh: list[ImportedInterview] = []
    clashes = 0
    for plan in plans:
        key = _identity(plan.ref, dict(plan.answers))
        if here[key] > 0:
            here[key] -= 1
            continue
        clashes += plan.ref in refs
        fresh.append(plan)
    return fresh, len(plans) - len(fresh), clashes


def _write(workspace: Workspace, plans: list[ImportedInterview]) -> list[str]:
    return workspace.store.interviews.import_batch(workspace.active_hash, plans)
