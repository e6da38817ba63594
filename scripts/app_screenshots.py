"""Regenerate the interview app screenshots in docs/img/ (SVG, from Textual itself).

    .venv/bin/python scripts/app_screenshots.py

Drives the real app with Pilot at 80x24 over a throw-away workspace that uses the
built-in question set, with invented answers ("Kim Young-hee" is the project's
stock example, not a person), a fixed clock and UTC, so that the pictures only
change when the app does.  The app writes no screenshot itself (``save_screenshot`` is
disabled, see ``fieldkit.tui.app``); this script asks Textual for the SVG as a string
(``export_screenshot``) and writes it under docs/img/.  ``tests/unit/test_docs.py`` checks
that every image the docs link to exists.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp, make_app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "img"
PASSPHRASE = "kimchi tumen river lantern"  # noqa: S105 - a throw-away demo workspace
SIZE = (80, 24)
STORY = (
    "In 1998 a woman from our town, Ok-sun, said there was work in China. "
    "Kim Young-hee went with her across the river at night.\n"
    "In Yanji a man paid 3000 yuan for her."
)


def clock() -> datetime:
    return datetime(2024, 5, 1, 14, 2, 11, tzinfo=UTC)


async def settle(pilot: Pilot[Any]) -> None:
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def press(pilot: Pilot[Any], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def type_text(pilot: Pilot[Any], text: str) -> None:
    await pilot.press(*text)
    await settle(pilot)


async def shoot(pilot: Pilot[Any], name: str) -> None:
    for widget in pilot.app.screen.query("Input, TextArea"):
        if isinstance(widget, (Input, TextArea)):
            widget.cursor_blink = False
    await settle(pilot)
    # The app's own screenshot writers (save_screenshot, the key, the environment hook) are
    # disabled for good: a screenshot is a plain-text copy of an interview.  This script
    # renders the demo workspace's screen to a string and writes it itself, here only.
    svg = pilot.app.export_screenshot(title=name)
    (OUT / f"{name}.svg").write_text(svg, encoding="utf-8")
    print(f"docs/img/{name}.svg")


Step = Callable[[Pilot[Any]], Awaitable[None]]


async def run(app: FieldkitApp, steps: Step) -> None:
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await steps(pilot)


async def first_run(pilot: Pilot[Any]) -> None:
    await type_text(pilot, "password1")
    await press(pilot, "enter")
    await type_text(pilot, "password1")
    await press(pilot, "enter")
    await shoot(pilot, "app-first-run")


async def unlock(pilot: Pilot[Any], shot: str | None = None) -> None:
    if shot:
        await shoot(pilot, shot)
    await type_text(pilot, PASSPHRASE)
    await press(pilot, "enter")


async def interview_tour(pilot: Pilot[Any]) -> None:
    await unlock(pilot, "app-unlock")
    await press(pilot, "n")
    await type_text(pilot, "K-07")
    await press(pilot, "enter")
    await shoot(pilot, "app-consent")
    await press(pilot, "1", "enter")  # consent: yes
    await press(pilot, "ctrl+g", "2")  # about this interview: the month first
    await type_text(pilot, "2031-13")
    await shoot(pilot, "app-check-as-you-type")
    for _ in range(7):
        await press(pilot, "backspace")
    await type_text(pilot, "2024-04")
    await press(pilot, "enter", "ctrl+g", "3")
    await type_text(pilot, "Kim Young-hee")
    await press(pilot, "enter")
    await shoot(pilot, "app-sealed")
    await press(pilot, "ctrl+g")
    await type_text(pilot, "15")
    await press(pilot, "enter")
    pilot.app.screen.query_one("#story", TextArea).insert(STORY)
    await pilot.pause(0.8)
    await shoot(pilot, "app-story-editor")
    await press(pilot, "escape", "ctrl+r")
    await shoot(pilot, "app-review")
    await press(pilot, "escape", "ctrl+o")
    await shoot(pilot, "app-home")
    await press(pilot, "ctrl+l")
    await shoot(pilot, "app-locked")


async def korean(pilot: Pilot[Any]) -> None:
    await unlock(pilot)
    await press(pilot, "enter", "ctrl+g", "2")
    await shoot(pilot, "app-korean")
    await press(pilot, "f9")
    await shoot(pilot, "app-panic-wipe")


def main() -> None:
    os.environ["TZ"] = "UTC"
    time.tzset()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        asyncio.run(run(make_app(Path("new-workspace"), clock=clock), first_run))
        directory = Path("workspace")
        create_workspace(directory, PASSPHRASE, clock=clock).close()
        asyncio.run(run(make_app(directory, clock=clock), interview_tour))
        asyncio.run(run(make_app(directory, clock=clock, lang="ko"), korean))
    sys.exit(0)


if __name__ == "__main__":
    main()
