"""Snapshot fixtures: a workspace with fixed times, the app factory at a fixed size.

Everything that would vary between runs is pinned: the clock (store times), the
time zone (times on screen), the workspace path (relative), and the cursor blink.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp, make_app

from helpers import PASSPHRASE

FIXED = datetime(2024, 5, 1, 14, 2, 11, tzinfo=UTC)


def fixed_clock() -> datetime:
    return FIXED


class TickingClock:
    """A second later at every call: seeded interviews get distinct, repeatable times
    (equal times would leave their order on the home screen to their random ids)."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> datetime:
        self.calls += 1
        return FIXED - timedelta(hours=2) + timedelta(seconds=self.calls)


@pytest.fixture(autouse=True)
def pinned(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.chdir(tmp_path)
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def seeded(tiny: Questionnaire) -> Path:
    """``ws`` (relative): K-01 in progress (consent, birth year, name) and K-02 complete.

    The app lists K-02 first (changed last); ``open_first`` opens K-01 below it."""
    directory = Path("ws")
    with create_workspace(directory, PASSPHRASE, questionnaire=tiny, clock=TickingClock()) as ws:
        first = ws.new_interview("K-01")
        for qid, value in (("consent", "yes"), ("birth_year", 1974), ("name", "Kim Young-hee")):
            first.answer(qid, value)
        done = ws.new_interview("K-02")
        for qid, value in (("consent", "yes"), ("birth_year", 1980), ("sold", "no")):
            done.answer(qid, value)
        done.mark_complete()
    return directory


@pytest.fixture
def snapshot_app(tiny: Questionnaire) -> Callable[..., FieldkitApp]:
    def build(directory: Path, lang: str = "en") -> FieldkitApp:
        return make_app(directory, questionnaire=tiny, clock=fixed_clock, lang=lang)

    return build
