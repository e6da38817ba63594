"""``interview import``: every kind of bad file gets a specific error naming the
interview and question, and a failed import leaves the workspace unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldkit.errors import ImportFileError
from fieldkit.session import Workspace, import_interviews

GOOD: dict[str, Any] = {
    "consent": "yes",
    "birth_year": 1974,
    "crossed": "1998-02",
    "sold": "yes",
    "price": {"amount": 3000, "currency": "CNY"},
    "means": ["deception", "drugging"],
    "drug_note": "Something in the water",
    "name": "Ms. Baek",
    "village": "a village",
    "narrative": "My mother was the sole bread winner.",
}


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "import.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def wrap(*interviews: dict[str, Any]) -> dict[str, Any]:
    return {"format": "fieldkit-interviews/1", "interviews": list(interviews)}


def test_good_file_imports_everything(workspace: Workspace, tmp_path: Path) -> None:
    result = import_interviews(
        workspace,
        write(
            tmp_path,
            wrap(
                {"ref": "case-01", "status": "complete", "answers": GOOD},
                {"answers": {"consent": "yes", "sold": "no"}},
            ),
        ),
    )
    assert len(result.interview_ids) == 2
    first = workspace.interview(result.interview_ids[0])
    assert first.answers == GOOD
    assert first.row.status == "complete" and first.row.ref == "case-01"
    assert workspace.interview(result.interview_ids[1]).row.status == "in_progress"
    assert [e.kind for e in workspace.store.events.read("interview_imported")] == [
        "interview_imported"
    ] * 2


BROKEN: list[tuple[str, Any, str]] = [
    (
        "unknown question",
        wrap({"answers": {**GOOD, "brith_year": 1974}}),
        "interview 1, question 'brith_year': not in this questionnaire",
    ),
    (
        "wrong type",
        wrap({"ref": "c7", "answers": {**GOOD, "birth_year": "nineteen"}}),
        "interview 1 ('c7'), question 'birth_year': expected a four-digit year",
    ),
    (
        "out of bounds",
        wrap({"answers": {**GOOD, "birth_year": 1850}}),
        "question 'birth_year': must be at least 1930",
    ),
    (
        "not a choice",
        wrap({"answers": {**GOOD, "sold": "perhaps"}}),
        "question 'sold': expected one of: yes, no",
    ),
    (
        "constraint broken",
        wrap({"answers": {**GOOD, "crossed": "1960-01"}}),
        "question 'crossed': Crossing before birth",
    ),
    (
        "answer that would not be asked",
        wrap({"answers": {**GOOD, "sold": "no"}}),
        "question 'price': answered, but the questionnaire would not ask it",
    ),
    (
        "no consent",
        wrap({"answers": {k: v for k, v in GOOD.items() if k != "consent"}}),
        "question 'birth_year': consent has not been recorded",
    ),
    (
        "complete but missing required",
        wrap({"status": "complete", "answers": {"consent": "yes", "birth_year": 1970}}),
        "interview 1: marked complete but required question(s) unanswered: sold",
    ),
    (
        "bad status",
        wrap({"status": "done", "answers": GOOD}),
        "interview 1: 'status' must be 'in_progress' or 'complete'",
    ),
    (
        "unknown interview key",
        wrap({"answer": GOOD}),
        "interview 1: expected an object with an 'answers' object",
    ),
    (
        "interviews not a list",
        {"format": "fieldkit-interviews/1", "interviews": {}},
        "expected an object with an 'interviews' list",
    ),
    ("wrong format", {"format": "csv", "interviews": []}, "format must be 'fieldkit-interviews/1'"),
    ("empty", wrap(), "the file holds no interviews"),
    (
        "another questionnaire",
        {**wrap({"answers": GOOD}), "questionnaire": "household"},
        "the file is for questionnaire 'household', but this workspace uses 'tiny'",
    ),
    (
        "bad money",
        wrap({"answers": {**GOOD, "price": {"amount": "3000"}}}),
        "question 'price': expected an amount",
    ),
    (
        "second interview bad",
        wrap({"answers": GOOD}, {"answers": {"consent": "maybe"}}),
        "interview 2, question 'consent': expected one of: yes, no",
    ),
]


@pytest.mark.parametrize(("data", "fragment"), [b[1:] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_each_breakage_names_interview_and_question_and_imports_nothing(
    workspace: Workspace, tmp_path: Path, data: Any, fragment: str
) -> None:
    events_before = workspace.store.events.head()
    with pytest.raises(ImportFileError) as info:
        import_interviews(workspace, write(tmp_path, data))
    assert fragment in str(info.value)
    assert "\n" not in str(info.value)
    assert workspace.store.interviews.all() == []
    assert workspace.store.events.head() == events_before


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"{", "import.json:1:2: not valid JSON"),
        (b"\xff\xfe", "not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'"just a string"', "expected an object with an 'interviews' list"),
    ],
)
def test_unreadable_files(
    workspace: Workspace, tmp_path: Path, content: bytes, fragment: str
) -> None:
    path = tmp_path / "import.json"
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        import_interviews(workspace, path)
    assert fragment in str(info.value)


def test_errors_never_quote_answer_values(workspace: Workspace, tmp_path: Path) -> None:
    data = wrap({"answers": {**GOOD, "birth_year": "Kim Ok-sun"}})
    with pytest.raises(ImportFileError) as info:
        import_interviews(workspace, write(tmp_path, data))
    assert "Kim" not in str(info.value)


def test_all_problems_are_listed(workspace: Workspace, tmp_path: Path) -> None:
    data = wrap({"answers": {**GOOD, "sold": "perhaps"}}, {"answers": {"consent": "maybe"}})
    with pytest.raises(ImportFileError) as info:
        import_interviews(workspace, write(tmp_path, data))
    assert len(info.value.details) == 1
    assert "interview 2" in info.value.details[0]
