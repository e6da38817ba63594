"""Layout snapshots of every screen, in English and Korean, at 80x24 (and one larger).

Update the baselines with ``pytest tests/snapshots --snapshot-update`` and look at
the SVGs before committing them (``snapshot_report.html`` shows the differences).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp, make_app
from fieldkit.tui.screens import interview as interview_screen
from fieldkit.tui.screens import narrative as narrative_screen
from tui_helpers import keys, steady, typed, unlock

from helpers import PASSPHRASE, REPEATS, questionnaire_from_toml

LANGS = pytest.mark.parametrize("lang", ["en", "ko"])
Compare = Callable[..., bool]
Build = Callable[..., FieldkitApp]
STORY = "Kim Young-hee was sold in the spring.\nShe left after two years."


def script(*steps: Callable[[Pilot[Any]], Awaitable[None]]) -> Callable[..., Awaitable[None]]:
    async def run(pilot: Pilot[Any]) -> None:
        for step in steps:
            await step(pilot)
        await steady(pilot)

    return run


async def open_first(pilot: Pilot[Any]) -> None:
    await unlock(pilot)
    await keys(pilot, "down", "enter")  # K-01, listed below K-02 (changed later)


class TestUnlock:
    @LANGS
    def test_unlock(
        self, snap_compare: Compare, seeded: Path, snapshot_app: Build, lang: str
    ) -> None:
        assert snap_compare(snapshot_app(seeded, lang), run_before=script())

    @LANGS
    def test_first_run(self, snap_compare: Compare, snapshot_app: Build, lang: str) -> None:
        assert snap_compare(snapshot_app(Path("new"), lang), run_before=script())

    def test_locked(self, snap_compare: Compare, seeded: Path, snapshot_app: Build) -> None:
        async def lock(pilot: Pilot[Any]) -> None:
            await keys(pilot, "ctrl+l")

        assert snap_compare(snapshot_app(seeded), run_before=script(unlock, lock))


class TestHome:
    @LANGS
    def test_home(
        self, snap_compare: Compare, seeded: Path, snapshot_app: Build, lang: str
    ) -> None:
        assert snap_compare(snapshot_app(seeded, lang), run_before=script(unlock))


class TestQuestion:
    @LANGS
    def test_question(
        self,
        snap_compare: Compare,
        seeded: Path,
        snapshot_app: Build,
        lang: str,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        monkeypatch.setattr(interview_screen, "DRAFT_PAUSE", 600)  # "not saved", every run

        async def crossing(pilot: Pilot[Any]) -> None:
            await typed(pilot, "1960-01")  # before birth: the constraint message shows

        app = snapshot_app(seeded, lang)
        assert snap_compare(app, run_before=script(open_first, crossing))

    @LANGS
    def test_sealed(
        self, snap_compare: Compare, seeded: Path, snapshot_app: Build, lang: str
    ) -> None:
        async def identity(pilot: Pilot[Any]) -> None:
            await keys(pilot, "ctrl+g", "2")

        app = snapshot_app(seeded, lang)
        assert snap_compare(app, run_before=script(open_first, identity))

    def test_large_terminal(self, snap_compare: Compare, seeded: Path, snapshot_app: Build) -> None:
        assert snap_compare(
            snapshot_app(seeded), run_before=script(open_first), terminal_size=(120, 36)
        )


class TestNarrative:
    @LANGS
    def test_story_editor(
        self,
        snap_compare: Compare,
        seeded: Path,
        snapshot_app: Build,
        lang: str,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:
        monkeypatch.setattr(narrative_screen, "SAVE_PAUSE", 600)  # no "saved at" in the picture
        monkeypatch.setattr(narrative_screen, "DRAFT_PAUSE", 600)
        monkeypatch.setattr(narrative_screen, "PREVIEW_PAUSE", 0.01)

        async def story(pilot: Pilot[Any]) -> None:
            await keys(pilot, "ctrl+g", "3", "enter")
            pilot.app.screen.query_one("#story", TextArea).insert(STORY)
            await pilot.pause(0.2)

        app = snapshot_app(seeded, lang)
        assert snap_compare(app, run_before=script(open_first, story))


class TestReview:
    @LANGS
    def test_review(
        self, snap_compare: Compare, seeded: Path, snapshot_app: Build, lang: str
    ) -> None:
        async def review(pilot: Pilot[Any]) -> None:
            await keys(pilot, "ctrl+r")

        app = snapshot_app(seeded, lang)
        assert snap_compare(app, run_before=script(open_first, review))


def _fixed() -> datetime:
    return datetime(2024, 5, 1, 14, 2, 11, tzinfo=UTC)


@pytest.fixture
def with_sale(tmp_path: Path) -> Path:
    """K-01 sold once; its sale in Jilin, county Hunchun (the cascading choice)."""
    directory = Path("ws")
    qn = questionnaire_from_toml(REPEATS)
    with create_workspace(directory, PASSPHRASE, questionnaire=qn, clock=_fixed) as ws:
        session = ws.new_interview("K-01")
        session.answer("times_sold", 1)
        sale = session.add_instance("sales")
        for qid, value in (("sale_year", 1995), ("sale_province", "jilin")):
            session.answer_in_instance(sale.id, qid, value)
        session.answer_in_instance(sale.id, "sale_county", "hunchun")
    return directory


class TestRepeatEntry:
    @LANGS
    def test_county_of_the_province_with_the_stored_answer(
        self, snap_compare: Compare, with_sale: Path, lang: str
    ) -> None:
        """Only Jilin's counties, numbered; the field holds the stored answer's number."""
        app = make_app(
            with_sale, questionnaire=questionnaire_from_toml(REPEATS), clock=_fixed, lang=lang
        )

        async def to_county(pilot: Pilot[Any]) -> None:
            await unlock(pilot)
            await keys(pilot, "enter", "f7", "enter", "enter", "enter")

        assert snap_compare(app, run_before=script(to_county))
