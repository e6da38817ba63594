"""What the interview's status line says about the field under the cursor.

A pure function of what the screen knows (the question drawn, the field's pending text,
the drafts and the last answer stored since the screen opened), kept apart from the
screen so every case is checked without a terminal: the interviewer must never read
"✓ saved" over text that is only a draft, nor "not saved" over a stored answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldkit.session.navigation import InterviewView, Saved
from fieldkit.tui.i18n import t
from fieldkit.tui.timefmt import local_time

__all__ = ["edge_notice", "field_state", "status_text"]


def field_state(
    question_id: str,
    stored: Any,
    pending: tuple[Any, bool] | None,
    drafts: Mapping[str, tuple[str, str]],
    saved: Saved | None,
    lang: str,
) -> str:
    """Typed text is a stored draft or not saved at all; otherwise the stored answer
    ("✓ saved"); an empty, unanswered field says only that the previous answer was stored.

    ``stored`` is the question's stored answer (``None``: unanswered), ``pending`` the
    field's answer given but not stored (``(value, typed)``), ``drafts`` ``{question id:
    (text, saved at)}``, ``saved`` the last answer this screen stored."""
    qid = question_id
    if pending is not None and pending[1]:
        kept = drafts.get(qid)
        if kept is not None and kept[0] == pending[0]:
            return t("q.draft_saved", lang, at=local_time(kept[1]))
        return t("q.not_saved", lang)
    if saved is not None and saved.question_id == qid:
        if not saved.changed:
            return t("q.unchanged", lang)
        return t("q.cleared" if saved.cleared else "q.saved", lang, at=local_time(saved.at))
    if stored is not None:
        return t("q.stored", lang)
    if saved is not None and saved.changed and not saved.cleared:
        return t("q.previous_saved", lang, at=local_time(saved.at))
    return ""


def status_text(notice: str | None, problem: str | None, state: str) -> tuple[str, bool]:
    """The status line's lines (a notice such as "first question", the problem with the
    typed text, the field's state) and whether it shows a problem."""
    marked = f"✗ {problem}" if problem else None
    return "\n".join(p for p in (notice, marked, state) if p), marked is not None


def edge_notice(view: InterviewView, lang: str) -> str:
    """Why a move stayed on the same question: the interview's first or last question, or
    consent refused at its question (nothing after it may be asked)."""
    if view.question.consent and view.next is None:
        return t("q.no_consent", lang)
    return t("q.first" if view.previous is None else "q.last", lang)
