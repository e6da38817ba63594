"""The interview list on the home screen: filtering by what an interviewer types.

A filter matches the reference, the id, or the status, in English ("complete", "in
progress", "exported", "declined") or in Korean as the list shows it ("동의 안 함");
several words must all match.  Matching is case-insensitive so that a stressed typist
still finds the interview.
"""

from __future__ import annotations

from fieldkit.session.workspace import InterviewSummary, Workspace

__all__ = ["STATUS_KO", "filter_summaries", "list_interviews"]


STATUS_KO = {
    "in_progress": "진행 중",
    "complete": "완료",
    "exported": "내보냄",
    "declined": "동의 안 함",
}
"""The statuses as the Korean list shows them (the app's ``status.*`` strings; a test keeps
the two equal)."""


def _haystack(summary: InterviewSummary) -> str:
    status = summary.status
    korean = STATUS_KO.get(status, "")
    words = (summary.ref or "", summary.id, status, status.replace("_", " "), korean)
    return " ".join(words).casefold()


def filter_summaries(summaries: list[InterviewSummary], text: str) -> list[InterviewSummary]:
    words = text.casefold().split()
    return [s for s in summaries if all(w in _haystack(s) for w in words)]


def list_interviews(workspace: Workspace, text: str = "") -> list[InterviewSummary]:
    """Interviews matching ``text``, most recently changed first."""
    return filter_summaries(workspace.summaries(), text)
