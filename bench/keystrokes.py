"""The built-in interview answered by keyboard: how many keys beyond the answers, how long.

    .venv/bin/python bench/keystrokes.py            # the whole built-in interview, once
    .venv/bin/python bench/keystrokes.py --runs 3   # three interviews, wall time of each

The real app (``make_app``, Pilot, 100x30) on a new workspace with the built-in
questionnaire.  Every question asked is answered the way an interviewer would: a
choice by its number (the digit is the answer's own key), a multiple choice by one
number, a number or date typed, a short text typed, the story typed in the editor
and closed with Ctrl+S, a note passed with Enter; then Enter moves on.  Typed text
is a value the questionnaire accepts (``check_draft`` picks the first of a few
candidates), so skip logic follows a plausible interview.

Reported: the keys pressed, the answers' own characters (digits of a choice, the
typed text), the keystrokes beyond them (Enter, Ctrl+S, ...) per question, and the
wall time from the first question to the last answer stored (the store's commits
included; unlocking is not).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.session import create_workspace
from fieldkit.session.navigation import QuestionView, check_draft
from fieldkit.tui.app import FieldkitApp, make_app
from fieldkit.tui.screens.interview import InterviewScreen
from fieldkit.tui.screens.narrative import NarrativeScreen

PASSPHRASE = "orbit velvet canyon mosaic thunder lantern"  # noqa: S105 (a throw-away workspace)
CANDIDATES: dict[str, list[str]] = {
    "integer": ["1", "2", "3", "0", "10", "20"],
    "decimal": ["1", "2.5", "0"],
    "year": ["1975", "1980", "1990", "2000", "2005"],
    "year_month": ["1998-02", "2000-06", "2003-01", "2005-09"],
    "date": ["2005-03-01", "2000-01-01"],
    "money": ["3000", "500", "10000"],
    "short_text": ["a few words"],
}
STORY = "We crossed the river at night and walked until morning."


@dataclass
class Tally:
    keys: int = 0
    own: int = 0
    questions: int = 0
    by_type: dict[str, int] = field(default_factory=dict)


async def _press(app: FieldkitApp, pilot: object, tally: Tally, *names: str, own: int = 0) -> None:
    for name in names:
        await pilot.press(name)  # type: ignore[attr-defined]
        tally.keys += 1
    tally.own += own
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()  # type: ignore[attr-defined]


def _text_for(app: FieldkitApp, screen: InterviewScreen, question: QuestionView) -> str:
    for text in CANDIDATES.get(question.type, ["1"]):
        problem = app.services.call_blocking(
            lambda t=text: check_draft(screen.session, question.id, t, "en")
        )
        if problem is None:
            return text
    return ""  # nothing fits: left unanswered (Enter moves on when it is not required)


async def _answer(app: FieldkitApp, pilot: object, tally: Tally, question: QuestionView) -> None:
    screen = app.screen
    assert isinstance(screen, InterviewScreen)
    kind = question.type
    if kind in ("single_choice", "multiple_choice"):
        digit = "1" if len(question.choices) < 10 else "2"  # one digit, never ambiguous
        await _press(app, pilot, tally, digit, "enter", own=1)
    elif kind == "note":
        await _press(app, pilot, tally, "enter")
    elif kind == "long_text":
        await _press(app, pilot, tally, "enter")
        if isinstance(app.screen, NarrativeScreen):
            await _press(app, pilot, tally, *STORY, own=len(STORY))
            await _press(app, pilot, tally, "ctrl+s")
    else:
        text = _text_for(app, screen, question)
        keys = [{" ": "space", "-": "minus", ".": "full_stop"}.get(c, c) for c in text]
        await _press(app, pilot, tally, *keys, "enter", own=len(text))
    tally.questions += 1
    tally.by_type[kind] = tally.by_type.get(kind, 0) + 1


async def one_interview(directory: Path) -> tuple[Tally, float]:
    app = make_app(directory)
    tally = Tally()
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press(*PASSPHRASE, "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("enter")  # no reference
        for _ in range(5):
            await app.workers.wait_for_complete()
            await pilot.pause()
        started = time.perf_counter()
        seen: set[str] = set()
        while isinstance(app.screen, InterviewScreen) and app.screen.view is not None:
            question = app.screen.view.question
            if question.id in seen:
                break  # the last question: Enter stayed
            seen.add(question.id)
            await _answer(app, pilot, tally, question)
        elapsed = time.perf_counter() - started
    return tally, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fieldkit-keys-") as place:
        for run in range(options.runs):
            directory = Path(place) / f"ws{run}"
            create_workspace(directory, PASSPHRASE).close()
            tally, elapsed = asyncio.run(one_interview(directory))
            beyond = tally.keys - tally.own
            print(
                f"run {run + 1}: {tally.questions} questions asked, {tally.keys} keys, "
                f"{tally.own} the answers' own, {beyond} beyond them "
                f"({beyond / max(tally.questions, 1):.2f} per question), {elapsed:.1f} s"
            )
            print("  by type:", ", ".join(f"{k} {v}" for k, v in sorted(tally.by_type.items())))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
