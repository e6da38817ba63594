"""The smaller items of issue 15, each checked on stored state or on screen: exclusive
choices, the last question's saved story, the header's count, the plural of the idle
lock, a letter typed into a number field, F2 keeping the problem, the outline's entries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import check_value
from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.widgets.outline import distinct_labels
from tui_helpers import interviewing, keys, reopen, status, text_of, typed

from helpers import PASSPHRASE, TINY, questionnaire_from_toml

AppFactory = Callable[..., FieldkitApp]

WITH_NONE = TINY.replace(
    '{ value = "force", label = { en = "Force", ko = "강제" } },',
    '{ value = "force", label = { en = "Force", ko = "강제" } },\n'
    '  { value = "none", label = { en = "None of these", ko = "없음" }, exclusive = true },',
)


def test_an_exclusive_choice_is_refused_with_another() -> None:
    questionnaire = questionnaire_from_toml(WITH_NONE)
    means = next(q for q in questionnaire.questions() if q.id == "means")
    assert check_value(questionnaire, means, ["none"]) == ["none"]
    with pytest.raises(AnswerError) as refused:
        check_value(questionnaire, means, ["force", "none"])
    assert "없음" in refused.value.localized("ko")


async def test_choosing_none_clears_the_others_and_the_reverse(
    tmp_path: Path, app_factory: AppFactory
) -> None:
    questionnaire = questionnaire_from_toml(WITH_NONE)
    directory = tmp_path / "ws"
    create_workspace(directory, PASSPHRASE, questionnaire=questionnaire).close()
    app = app_factory(directory, questionnaire=questionnaire)
    async with interviewing(app) as pilot:
        await typed(pilot, "1974", "enter")
        await typed(pilot, "", "enter")
        await keys(pilot, "2", "enter")  # sold: no
        await keys(pilot, "1", "3")  # deception, force
        await keys(pilot, "4")  # none of these: alone
        with reopen(directory) as ws:
            assert ws.interview(ws.summaries()[0].id).answers["means"] == ["none"]
        await keys(pilot, "2")  # drugging: "none" goes
    with reopen(directory) as ws:
        assert ws.interview(ws.summaries()[0].id).answers["means"] == ["drugging"]


async def test_letters_in_a_number_field_say_why_and_f2_keeps_the_problem(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app) as pilot:
        await typed(pilot, "19x")
        assert "digits only" in status(app)
        await typed(pilot, "2")
        await typed(pilot, "0")
        await typed(pilot, "0", "backspace", "9")
        await typed(pilot, "", "backspace", "backspace", "backspace", "backspace")
        await typed(pilot, "2020")
        assert "✗" in status(app)
        await keys(pilot, "f2")
        assert "✗" in status(app)  # the problem stays, now in Korean
        assert "2010" in status(app)


async def test_the_header_counts_answers_and_says_so(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app):
        assert "Question 2 of" in text_of(app, "#q-meta")
        assert "answered 1 of" in app.screen.sub_title


def test_outline_entries_that_would_read_the_same_are_told_apart() -> None:
    labels = [
        "How many of your children stayed behind in North Korea?",
        "How many of your children did you bring with you to China?",
    ]
    first, second = distinct_labels(labels, 22)
    assert first != second
    assert first.startswith("How many") and second.endswith("China?")


async def test_the_last_question_shows_its_saved_story(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await keys(pilot, "1", "enter", "ctrl+g", "3", "enter")  # the story: last question
        await typed(pilot, "We left at night.")
        await keys(pilot, "ctrl+s")  # done: stored, back on the last question
        shown = text_of(app, "#answer")
        assert "We left at night." in shown and "nothing written yet" not in shown


async def test_the_wipe_dialog_hides_the_sealed_section(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await keys(pilot, "1", "enter", "ctrl+g", "2")  # the sealed section
        await keys(pilot, "f9")
        assert app.screen.styles.background.a == 1  # opaque: nothing shows through
