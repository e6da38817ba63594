"""The interview list on the home screen: filtering by what an interviewer types.

A filter matches the reference, the id, or the status ("complete", "in
progress", "exported", "declined"); several words must all match.  Matching is
case-insensitive so that a stressed typist still finds the interview.
"""

from __future__ import annotations

from fieldkit.session.workspace import InterviewSummary, Workspace

__all__ = ["filter_summaries", "list_interviews"]


def _haystack(summary: InterviewSummary) -> str:
    return " ".join(
        (summary.ref or "", summary.id, summary.status, summary.status.replace("_", " "))
    ).casefold()


def filter_summaries(summaries: list[InterviewSummary], text: str) -> list[InterviewSummary]:
    words = text.casefold().split()
    return [s for s in summaries if all(w in _haystack(s) for w in words)]


def list_interviews(workspace: Workspace, text: str = "") -> list[InterviewSummary]:
    """Interviews matching ``text``, most recently changed first."""
    return filter_summaries(workspace.summaries(), text)
