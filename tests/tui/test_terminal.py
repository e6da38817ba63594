"""The real ``fieldkit`` in a real terminal (tmux): what an interviewer does, end to end.

These tests start the installed command (``python -m fieldkit``) in a detached
tmux session of 80x24, type into it with ``send-keys`` and read it with
``capture-pane``.  Each test uses its own tmux server socket, so a user's tmux
is never touched.  Answers are checked on screen and, through a fresh unlock,
in the database.

Stability: every test of tests/tui/ passed ten runs in a row on the busy shared 2-core machine
(issue 15; the command and figures are in docs/performance.md, "Real-terminal tests").
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from tmux_helpers import TMUX, Terminal
from tui_helpers import reopen

from helpers import PASSPHRASE, TINY, subprocess_env

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)"),
]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A workspace made the scripted way: ``fieldkit init`` (the suite's cheap KDF)."""
    questionnaire = tmp_path / "tiny.toml"
    questionnaire.write_text(textwrap.dedent(TINY), encoding="utf-8")
    directory = tmp_path / "ws"
    subprocess.run(
        [sys.executable, "-m", "fieldkit", "init", "--questionnaire", str(questionnaire)],
        env=subprocess_env(FIELDKIT_HOME=str(directory), FIELDKIT_PASSPHRASE=PASSPHRASE),
        check=True,
        capture_output=True,
    )
    return directory


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    opened: list[Terminal] = []
    yield opened
    for terminal in opened:
        terminal.close()


def open_app(home: Path, terminals: list[Terminal]) -> Terminal:
    terminal = Terminal(["-m", "fieldkit"], env={"FIELDKIT_HOME": str(home)}, cwd=home.parent)
    terminals.append(terminal)
    terminal.wait_for("Unlock workspace")
    terminal.type(PASSPHRASE)
    terminal.keys("Enter")
    terminal.wait_for("Interviews")
    return terminal


def first_answers(terminal: Terminal) -> None:
    """New interview K-01: consent, then the birth year, acknowledged on screen."""
    terminal.keys("n")
    terminal.wait_for("New interview")
    terminal.type("K-01")
    terminal.keys("Enter")
    terminal.wait_for("Do you agree to the interview?")
    terminal.keys("1")
    terminal.wait_for("saved")
    terminal.keys("Enter")
    terminal.wait_for("Question 2 of")  # the birth year in focus
    terminal.type("1974")
    terminal.keys("Enter")
    terminal.wait_for("Question 3 of")  # moved on only after the commit returned
    terminal.wait_for("✓ previous answer saved")  # the acknowledgement of the birth year


def stored(home: Path) -> dict[str, object]:
    with reopen(home) as ws:
        return ws.interview(ws.summaries()[0].id).answers


def test_answer_quit_reopen_and_the_answer_is_there(home: Path, terminals: list[Terminal]) -> None:
    terminal = open_app(home, terminals)
    first_answers(terminal)
    terminal.keys("C-q")
    terminal.wait_exit()
    terminal = open_app(home, terminals)
    shown = terminal.wait_for("K-01")
    assert "in progress" in shown
    terminal.keys("Enter")
    terminal.wait_for("Question 3 of")  # resumed at the first unanswered question
    terminal.keys("Escape")
    shown = terminal.wait_for("1974")  # the stored answer, back in its field
    assert "Question 2 of" in shown
    assert stored(home) == {"consent": "yes", "birth_year": 1974}


def test_sigkill_right_after_the_acknowledgement_loses_nothing(
    home: Path, terminals: list[Terminal]
) -> None:
    terminal = open_app(home, terminals)
    first_answers(terminal)  # returns as soon as "saved" is on screen
    os.kill(terminal.pid, signal.SIGKILL)
    terminal.wait_exit()
    assert stored(home) == {"consent": "yes", "birth_year": 1974}


def test_korean_at_80x24(home: Path, terminals: list[Terminal]) -> None:
    terminal = open_app(home, terminals)
    first_answers(terminal)
    terminal.keys("F2")
    shown = terminal.wait_for("언제 건너셨어요?")
    assert "질문 3/" in shown
    terminal.type("1998년 2월")
    terminal.keys("Enter")
    terminal.wait_for("팔려 가셨어요?")
    lines = terminal.screen().splitlines()
    assert len(lines) <= 24
    assert all(len(line) <= 80 for line in lines)  # wide characters did not overflow
    assert stored(home)["crossed"] == "1998-02"


def test_duress_passphrase_set_in_settings_opens_the_decoy(
    home: Path, terminals: list[Terminal]
) -> None:
    """Settings (s), the duress passphrase twice, set; lock; unlock with it: the practice
    interviews, and nothing of the real one."""
    duress = "paper lantern over quiet harbour"
    terminal = open_app(home, terminals)
    first_answers(terminal)
    terminal.keys("C-o")
    # The interview's own title shows "K-01" too: wait for a column only the list has.
    terminal.wait_for_all("Last change", "K-01")
    terminal.keys("s")
    terminal.wait_for("Duress passphrase")
    terminal.keys("Tab", "Tab", "Tab", "Tab")  # lock after, wipe after, show tries, save
    terminal.type(duress)
    terminal.keys("Tab")
    terminal.type(duress)
    terminal.keys("Tab", "Tab", "Enter")  # past "destroy" (left off) to "Set"
    terminal.wait_for("Duress passphrase set.")
    terminal.keys("C-l")
    terminal.wait_for("Locked")
    terminal.type(duress)
    terminal.keys("Enter")
    shown = terminal.wait_for("P-05")
    assert "P-01" in shown and "K-01" not in shown
    terminal.keys("C-l")
    terminal.wait_for("Locked")
    terminal.type(PASSPHRASE)
    terminal.keys("Enter")
    shown = terminal.wait_for("K-01")
    assert "P-01" not in shown
