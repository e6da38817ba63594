"""Driving the interview app with Pilot: wait for the store thread, unlock, type, read.

Shared by the functional and snapshot tests.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, Static, TextArea
from textual.worker import WorkerCancelled

from fieldkit.errors import StorageError
from fieldkit.session import Workspace, unlock_workspace
from fieldkit.tui.app import FieldkitApp

from helpers import PASSPHRASE

__all__ = [
    "IdleClock",
    "disk_full",
    "interviewing",
    "keys",
    "open_story",
    "reopen",
    "settle",
    "start_interview",
    "status",
    "text_of",
    "type_text",
    "typed",
    "unlock",
    "unlocked",
    "wait_for_preview",
    "wait_until",
    "writing_story",
]


async def settle(pilot: Pilot[Any], rounds: int = 3) -> None:
    """Until no worker runs and the screen has caught up (store calls chain workers)."""
    for _ in range(rounds):
        await _workers_done(pilot)
        await pilot.pause()
    await _workers_done(pilot)


async def _workers_done(pilot: Pilot[Any]) -> None:
    """Every worker finished.  An exclusive worker (the interview's answer check) that a
    newer one replaced ends cancelled, and ``wait_for_complete`` raises for it: that is the
    app working as meant, so wait again for the rest (the manager drops a finished worker
    as its task ends).  CI run 11 caught the race on a busy machine."""
    for _ in range(100):
        try:
            await pilot.app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            await pilot.pause()
    raise AssertionError("workers kept being cancelled: no answer check ever finished")


async def steady(pilot: Pilot[Any]) -> None:
    """No blinking cursor, no pending work: the same picture every run (a snapshot taken
    while a cursor blinks shows it or not by the moment, more often so on a busy machine)."""
    await settle(pilot)
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, (Input, TextArea)):
            widget.cursor_blink = False
    await pilot.pause()


async def type_text(pilot: Pilot[Any], text: str) -> None:
    await pilot.press(*text)


async def unlock(pilot: Pilot[Any], passphrase: str = PASSPHRASE) -> None:
    await settle(pilot)
    await type_text(pilot, passphrase)
    await pilot.press("enter")
    await settle(pilot)


async def start_interview(pilot: Pilot[Any], ref: str = "K-01") -> None:
    """From the interview list: a new interview with reference ``ref``."""
    await pilot.press("n")
    await settle(pilot)
    await type_text(pilot, ref)
    await pilot.press("enter")
    await settle(pilot)


@asynccontextmanager
async def unlocked(
    app: FieldkitApp, *, size: tuple[int, int] = (80, 24)
) -> AsyncIterator[Pilot[Any]]:
    """``app`` running at ``size`` and unlocked with the tests' passphrase, on the interview
    list: the first step of nearly every Pilot test."""
    async with app.run_test(size=size) as pilot:
        await unlock(pilot)
        yield pilot


@asynccontextmanager
async def interviewing(
    app: FieldkitApp,
    *,
    size: tuple[int, int] = (80, 24),
    ref: str = "K-01",
    consent: bool = True,
) -> AsyncIterator[Pilot[Any]]:
    """``app`` running, unlocked, on a new interview ``ref`` with consent given (``consent``;
    the consent question is the first of the tests' questionnaires, "1" is yes): the set-up
    most Pilot tests of the interview share."""
    async with unlocked(app, size=size) as pilot:
        await start_interview(pilot, ref)
        if consent:
            await keys(pilot, "1", "enter")
        yield pilot


async def keys(pilot: Pilot[Any], *names: str) -> None:
    """Press each key (``"1"``, ``"enter"``, ``"shift+tab"``), waiting for the store after each."""
    for name in names:
        await pilot.press(name)
        await settle(pilot, 1)
    await settle(pilot)


async def typed(pilot: Pilot[Any], text: str, *then: str) -> None:
    """Type ``text`` character by character, then press ``then`` keys."""
    await type_text(pilot, text)
    await settle(pilot, 1)
    await keys(pilot, *then)


def text_of(app: FieldkitApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


async def wait_until(
    pilot: Pilot[Any], condition: Callable[[], bool], timeout: float = 10.0
) -> None:
    """Until ``condition()`` holds (a timer fired, a worker finished), at most ``timeout``."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the condition did not become true in time")
        await pilot.pause(0.05)
    await settle(pilot, 1)


def status(app: FieldkitApp) -> str:
    return text_of(app, "#q-status")


def reopen(directory: Path) -> Workspace:
    """What is on disk, seen by a fresh unlock (not the app's own connection)."""
    return unlock_workspace(directory, PASSPHRASE)


class IdleClock:
    """A monotonic clock the test moves forward by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def open_story(pilot: Pilot[Any], name: str = "Kim Young-hee") -> None:
    """From the interview list (TINY's sections): a new interview, consent, ``name`` in the
    sealed section, then the story editor."""
    await start_interview(pilot)
    await keys(pilot, "1", "enter", "ctrl+g", "2")
    await typed(pilot, name, "enter")
    await keys(pilot, "ctrl+g", "3", "enter")


async def wait_for_preview(pilot: Pilot[Any]) -> None:
    """Until the story editor's preview shows what the editor holds (it follows a pause in
    typing), instead of sleeping past the pause."""
    screen = pilot.app.screen
    editor = screen.query_one("#story", TextArea)
    await wait_until(pilot, lambda: getattr(screen, "previewed", None) == editor.text)


@asynccontextmanager
async def writing_story(
    app: FieldkitApp, story: str | None = None, *, name: str = "Kim Young-hee"
) -> AsyncIterator[Pilot[Any]]:
    """``app`` running at 80x24, unlocked, in the story editor of a new interview whose
    sealed name is ``name``; with ``story`` inserted and previewed: the set-up the story
    editor's Pilot tests share."""
    async with unlocked(app) as pilot:
        await open_story(pilot, name)
        if story is not None:
            pilot.app.screen.query_one("#story", TextArea).insert(story)
            await wait_for_preview(pilot)
        yield pilot


def disk_full(*args: object) -> None:
    """Stands in for a service call when the disk is full (monkeypatched over it)."""
    raise StorageError("the disk is full; the last answer was NOT saved")
