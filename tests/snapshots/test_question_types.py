"""Every question type at 80x24 with the longest labels of the built-in questionnaire, in
English and Korean: the question and every choice can be read whole (choices wrap, the
question wraps, nothing is cut mid-word with no way to read the rest).

Update the baselines with ``pytest tests/snapshots --snapshot-update`` and look at them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from fieldkit.questionnaire import Questionnaire, builtin_questionnaire
from fieldkit.questionnaire.model import Question, Section
from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens import interview as interview_screen
from tui_helpers import start_interview, steady, unlock

from helpers import PASSPHRASE

BUILTIN = builtin_questionnaire()
TYPES = sorted({q.type for q in BUILTIN.questions()})
Compare = Callable[..., bool]


def _length(question: Question, lang: str) -> int:
    """The label's length, plus its choices' for a choice question (what must fit)."""
    choices = BUILTIN.choice_lists.get(question.choices or "", [])
    return len(question.label.get(lang, "")) + sum(len(c.label.get(lang, "")) for c in choices)


def longest(kind: str, lang: str) -> Questionnaire:
    """A one-question questionnaire: the built-in question of ``kind`` with the most text."""
    sections = {q.id: s for s in BUILTIN.sections for q in s.questions}
    question = max(
        (q for q in BUILTIN.questions() if q.type == kind), key=lambda q: _length(q, lang)
    )
    alone = question.model_copy(update={"relevant": None, "constraints": [], "required": False})
    section = sections[question.id]
    lists = {question.choices: BUILTIN.choice_lists[question.choices]} if question.choices else {}
    return BUILTIN.model_copy(
        update={
            "consent": None,
            "analysis": None,
            "choice_lists": lists,
            "sections": [
                Section(id="s", title=section.title, sealed=section.sealed, questions=[alone])
            ],
        }
    )


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("kind", TYPES)
def test_question_type_at_80x24(
    snap_compare: Compare,
    snapshot_app: Callable[..., FieldkitApp],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    lang: str,
) -> None:
    monkeypatch.setattr(interview_screen, "DRAFT_PAUSE", 600)
    directory = Path("ws")
    create_workspace(directory, PASSPHRASE, questionnaire=longest(kind, lang)).close()

    async def open_it(pilot: Pilot[Any]) -> None:
        await unlock(pilot)
        await start_interview(pilot)
        await steady(pilot)

    assert snap_compare(snapshot_app(directory, lang), run_before=open_it, terminal_size=(80, 24))
