"""A question opens at its top, its wording in view, however long its field and wherever the
previous question was scrolled to: found when a slow machine scrolled a long Korean choice
list into view and pushed the question itself off an 80x24 screen."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll

from fieldkit.questionnaire import Questionnaire, builtin_questionnaire
from fieldkit.questionnaire.model import Section
from fieldkit.session import create_workspace
from fieldkit.tui.app import make_app
from tui_helpers import keys, settle, start_interview, text_of, unlocked

from helpers import PASSPHRASE

BUILTIN = builtin_questionnaire()


def two_long_lists() -> Questionnaire:
    """Two copies of the built-in multiple-choice question with the most choices."""
    longest = max(
        (q for q in BUILTIN.questions() if q.type == "multiple_choice"),
        key=lambda q: len(BUILTIN.choice_lists[q.choices or ""]),
    )
    plain = {"relevant": None, "constraints": [], "required": False}
    first = longest.model_copy(update={**plain, "id": "first"})
    second = longest.model_copy(update={**plain, "id": "second"})
    return BUILTIN.model_copy(
        update={
            "consent": None,
            "analysis": None,
            "choice_lists": {longest.choices: BUILTIN.choice_lists[longest.choices]},
            "sections": [Section(id="s", title=longest.label, questions=[first, second])],
        }
    )


async def test_the_next_question_opens_at_its_top(tmp_path: Path) -> None:
    directory = tmp_path / "ws"
    create_workspace(directory, PASSPHRASE, questionnaire=two_long_lists()).close()
    app = make_app(directory, lang="ko")
    async with unlocked(app, size=(80, 24)) as pilot:
        await start_interview(pilot)
        question = app.screen.query_one("#question", VerticalScroll)
        assert question.max_scroll_y > 0  # the list is longer than the screen
        question.scroll_end(animate=False)  # she read down to the last choice
        await settle(pilot)
        assert question.scroll_y > 0
        await keys(pilot, "enter")  # nothing chosen, not required: on to the next
        assert "2/2" in text_of(app, "#q-meta")
        for _ in range(5):  # and it stays there after later layouts
            await pilot.pause()
        assert question.scroll_y == 0
