"""The story editor: stored as typed, previewed through the real redaction engine,
and the interviewer's two corrections (a missed name; a false positive)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList, TextArea
from textual.widgets.text_area import Selection

from fieldkit.errors import RedactionError
from fieldkit.session import narrative
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens import narrative as narrative_screen
from tui_helpers import (
    keys,
    reopen,
    settle,
    text_of,
    typed,
    wait_for_preview,
    wait_until,
    writing_story,
)

AppFactory = Callable[..., FieldkitApp]
STORY = "Kim Young-hee was taken to Yanji. Ok-sun met her at the market in Musan."


def _engine_that_cannot_load() -> None:
    raise RedactionError(
        "the redaction engine cannot load its data (OSError); nothing was redacted"
    )


def decisions(directory: Path) -> list[tuple[str, str, str]]:
    with reopen(directory) as ws:
        session = ws.interview(ws.summaries()[0].id)
        return [(d.kind, d.term, d.decided_at) for d in session.decisions()]


async def test_preview_redacts_the_sealed_name_and_the_story_is_stored(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with writing_story(app, STORY) as pilot:
        preview = text_of(app, "#preview")
        assert "Kim Young-hee" not in preview
        assert "[PERSON-1]" in preview
        await keys(pilot, "escape")  # back: stores first
    with reopen(ws_dir) as ws:
        assert ws.interview(ws.summaries()[0].id).answers["narrative"] == STORY


async def test_story_is_stored_after_a_pause_in_typing(
    ws_dir: Path, app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(narrative_screen, "SAVE_PAUSE", 0.2)
    app = app_factory(ws_dir)
    async with writing_story(app) as pilot:
        await typed(pilot, "She was sold twice.")
        await wait_until(pilot, lambda: "saved" in text_of(app, "#story-status"))
        with reopen(ws_dir) as ws:  # while the app is still open
            assert ws.interview(ws.summaries()[0].id).answers["narrative"] == (
                "She was sold twice."
            )


async def test_a_missed_term_becomes_a_known_term(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with writing_story(app) as pilot:
        editor = app.screen.query_one("#story", TextArea)
        editor.insert("We hid in Xiaoshuicun for a week.")
        await settle(pilot)
        editor.selection = Selection((0, 10), (0, 21))  # "Xiaoshuicun"
        await keys(pilot, "ctrl+t")
        assert "Xiaoshuicun" in text_of(app, ".dialog-note")  # what is being redacted
        await keys(pilot, "2")  # a digit picks: 2. place
        await wait_for_preview(pilot)
        assert "Xiaoshuicun" not in text_of(app, "#preview")
    kinds = decisions(ws_dir)
    assert [(k, t) for k, t, _ in kinds] == [("known", "Xiaoshuicun")]


async def test_releasing_a_false_positive_is_logged_with_the_time(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with writing_story(app, STORY) as pilot:
        spans = app.screen.query_one("#spans", OptionList)
        originals = [s.original for s in app.screen._spans]
        assert "Yanji" in originals
        await keys(pilot, "f4")
        spans.highlighted = originals.index("Yanji")
        await keys(pilot, "enter")
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        options.highlighted = ids.index("release")
        await keys(pilot, "enter")  # the preview is recomputed at once, in a worker
        await settle(pilot)
        assert "Yanji" in text_of(app, "#preview")
    ((kind, term, at),) = decisions(ws_dir)
    assert (kind, term) == ("release", "Yanji")
    assert at.endswith("+00:00")


async def test_sealed_name_cannot_be_released(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with writing_story(app, STORY) as pilot:
        index = [s.original for s in app.screen._spans].index("Kim Young-hee")
        await keys(pilot, "f4")
        app.screen.query_one("#spans", OptionList).highlighted = index
        await keys(pilot, "enter")
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert "release" not in ids  # keeping it is never offered
        assert "always redacted" in text_of(app, ".dialog-note")
        await keys(pilot, "enter", "escape")
    assert decisions(ws_dir) == []


async def test_preview_says_so_when_the_engine_is_missing(
    ws_dir: Path, app_factory: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(narrative, "load_engine", _engine_that_cannot_load)
    app = app_factory(ws_dir)
    async with writing_story(app) as pilot:
        await typed(pilot, "Kim Young-hee")
        await wait_for_preview(pilot)
        preview = text_of(app, "#preview")
        assert "Redaction engine not available" in preview
        assert "Kim" not in preview


async def test_a_word_the_learned_flagger_marks_is_unsure_and_can_be_kept(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    """Round 15: the flagger's spans are listed with a ? like any unsure one; weeding (김매기,
    shaped like a name) is kept by the interviewer, 금단 stays redacted.  (Round 33: the
    retrained flagger no longer marks the kimchi season, 김장철, this test's word before.)"""
    story = "우리 애는 학교에서 금단이 옆에 앉았대요. 김매기에는 바빠요."
    app = app_factory(ws_dir)
    async with writing_story(app, story) as pilot:
        unsure = {s.original for s in app.screen._spans if s.uncertain}
        assert {"금단", "김매기"} <= unsure
        originals = [s.original for s in app.screen._spans]
        await keys(pilot, "f4")
        app.screen.query_one("#spans", OptionList).highlighted = originals.index("김매기")
        await keys(pilot, "enter")
        options = app.screen.query_one(OptionList)
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        options.highlighted = ids.index("release")
        await keys(pilot, "enter")
        await settle(pilot)
        preview = text_of(app, "#preview")
        assert "김매기에는" in preview
        assert "금단" not in preview
    assert [(k, t) for k, t, _ in decisions(ws_dir)] == [("release", "김매기")]
