"""Drafts in a real terminal: typed without Enter, then the process is killed (SIGKILL: no
chance to clean up) or terminated (SIGTERM): the text comes back in its field, marked as
not yet submitted.  The same for the story editor."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.session import create_workspace, unlock_workspace
from tmux_helpers import TMUX, Terminal

from helpers import PASSPHRASE, TINY, questionnaire_from_toml

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)"),
]


@pytest.fixture
def place(tmp_path: Path) -> Path:
    create_workspace(
        tmp_path / "ws", PASSPHRASE, questionnaire=questionnaire_from_toml(TINY)
    ).close()
    return tmp_path


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    opened: list[Terminal] = []
    yield opened
    for terminal in opened:
        terminal.close()


def start(place: Path, terminals: list[Terminal]) -> Terminal:
    env = {"FIELDKIT_HOME": str(place / "ws"), "HOME": str(place)}
    terminal = Terminal(["-m", "fieldkit"], env=env, cwd=place)
    terminals.append(terminal)
    terminal.wait_for("Unlock workspace")
    terminal.type(PASSPHRASE)
    terminal.keys("Enter")
    terminal.wait_for("Interviews")
    return terminal


def consent(terminal: Terminal) -> None:
    terminal.keys("n")
    terminal.wait_for("New interview")
    terminal.type("K-01")
    terminal.keys("Enter")
    terminal.wait_for("Do you agree to the interview?")
    terminal.keys("1")
    terminal.wait_for("saved")
    terminal.keys("Enter")
    terminal.wait_for("Question 2 of")


def open_the_interview(terminal: Terminal) -> None:
    """Enter on the only interview, once the list shows it: the list is filled after its
    title appears, and an Enter before that opens nothing."""
    terminal.wait_for("K-01")
    terminal.keys("Enter")


def drafts(place: Path) -> dict[str, str]:
    with unlock_workspace(place / "ws", PASSPHRASE) as ws:
        session = ws.interview(ws.summaries()[0].id)
        return {qid: text for qid, (text, _) in session.drafts().items()}


def test_sigkill_after_typing_without_enter_keeps_the_draft(
    place: Path, terminals: list[Terminal]
) -> None:
    terminal = start(place, terminals)
    consent(terminal)
    terminal.type("197")
    # within a second of the last key, no Enter; "draft saved" read with the text it is about
    terminal.wait_for_all("197", "draft saved")
    os.kill(terminal.pid, signal.SIGKILL)
    terminal.wait_exit()
    assert drafts(place) == {"birth_year": "197"}
    terminal = start(place, terminals)
    open_the_interview(terminal)  # resumed on the birth year
    shown = terminal.wait_for("not yet submitted")
    assert "197" in shown and "Question 2 of" in shown


def test_sigterm_stores_what_is_typed(place: Path, terminals: list[Terminal]) -> None:
    terminal = start(place, terminals)
    consent(terminal)
    terminal.type("2020")  # out of range: kept as a draft, not as the answer
    terminal.wait_for("must be at most")
    os.kill(terminal.pid, signal.SIGTERM)
    terminal.wait_exit()
    assert drafts(place) == {"birth_year": "2020"}


def test_sigkill_in_the_story_editor_keeps_the_draft(
    place: Path, terminals: list[Terminal]
) -> None:
    terminal = start(place, terminals)
    consent(terminal)
    terminal.keys("C-g")  # jump to a section
    terminal.wait_for("Jump to section")
    terminal.keys("3")  # the story
    terminal.wait_for("Life story")
    terminal.keys("Enter")  # open the editor
    terminal.wait_for("Story editor")
    terminal.type("We left at night")
    terminal.wait_for_all("We left at night", "draft saved")
    os.kill(terminal.pid, signal.SIGKILL)
    terminal.wait_exit()
    assert drafts(place) == {"narrative": "We left at night"}
    terminal = start(place, terminals)
    open_the_interview(terminal)
    terminal.wait_for("Question 2 of")
    terminal.keys("C-g")
    terminal.wait_for("Jump to section")
    terminal.keys("3")
    shown = terminal.wait_for("not yet submitted")
    assert "We left at night" in shown
