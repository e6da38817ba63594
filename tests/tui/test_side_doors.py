"""Side doors tried on the real ``fieldkit`` process in a real terminal (tmux).

Each test starts ``python -m fieldkit`` the way an attacker with a shell on the laptop would:
Textual's screenshot, key-press, driver, log and devtools variables set; core dumps allowed by
the shell (``ulimit -c unlimited``); a tmux that accepts the OSC 52 clipboard sequence.  What
must come out: no file, no core, no clipboard buffer, and an app that behaves as usual.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.session import create_workspace
from tmux_helpers import TMUX, Terminal

from helpers import PASSPHRASE, TINY, questionnaire_from_toml

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)"),
]

HOOKS = {
    "TEXTUAL_SCREENSHOT": "0",  # an SVG of the screen right after start, then quit
    "TEXTUAL_PRESS": "ctrl+q",  # keys typed for you
    "TEXTUAL_DRIVER": "fieldkit_no_such_module:Driver",  # another driver imported
    "TEXTUAL": "devtools,debug",  # every frame to a devtools server
    "TEXTUAL_LOG": "textual.log",  # a log file
    "TEXTUAL_ALLOW_SIGNALS": "1",  # Ctrl+\ sends SIGQUIT
}


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A working directory holding a workspace (TINY questionnaire, cheap KDF)."""
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


def start(place: Path, terminals: list[Terminal], **options: object) -> Terminal:
    env = {"FIELDKIT_HOME": str(place / "ws"), "HOME": str(place)}
    env.update(options.pop("env", {}))  # type: ignore[call-overload]
    terminal = Terminal(["-m", "fieldkit"], env=env, cwd=place, **options)  # type: ignore[arg-type]
    terminals.append(terminal)
    return terminal


def unlock_and_answer_a_year(terminal: Terminal) -> None:
    terminal.wait_for("Unlock workspace")
    terminal.type(PASSPHRASE)
    terminal.keys("Enter")
    terminal.wait_for("Interviews")
    terminal.keys("n")
    terminal.wait_for("New interview")
    terminal.type("K-01")
    terminal.keys("Enter")
    terminal.wait_for("Do you agree to the interview?")
    terminal.keys("1")
    terminal.wait_for("saved")
    terminal.keys("Enter")
    terminal.wait_for("Question 2 of")
    terminal.type("1974")


def files_in(place: Path) -> list[str]:
    return sorted(p.name for p in place.iterdir() if p.name != "ws")


def test_textual_environment_hooks_write_nothing_and_type_nothing(
    place: Path, terminals: list[Terminal]
) -> None:
    shots = place / "shots"
    shots.mkdir()
    env = {**HOOKS, "TEXTUAL_SCREENSHOT_LOCATION": str(shots)}
    terminal = start(place, terminals, env=env)
    unlock_and_answer_a_year(terminal)  # long past the screenshot timer and the typed ctrl+q
    terminal.keys("Enter")
    terminal.wait_for("✓ previous answer saved")
    assert terminal.alive()
    assert list(shots.iterdir()) == []
    assert files_in(place) == ["shots"]  # no screenshot, no log, nothing in the working dir


def test_copy_in_a_real_terminal_reaches_no_clipboard(
    place: Path, terminals: list[Terminal]
) -> None:
    """tmux with ``set-clipboard on`` keeps whatever an OSC 52 sequence sends as a buffer."""
    terminal = start(place, terminals, tmux_options=(("set-clipboard", "on"),))
    unlock_and_answer_a_year(terminal)
    terminal.keys("S-Home", "C-c", "C-x", "C-v")
    terminal.keys("Enter")
    terminal.wait_for("Question 3 of")  # the copy and the paste went through in the app
    assert terminal.tmux("list-buffers") == ""


def _core_pattern() -> str:
    return Path("/proc/sys/kernel/core_pattern").read_text().strip()


def core_limits(pid: int) -> str:
    lines = Path(f"/proc/{pid}/limits").read_text().splitlines()
    return next(" ".join(line.split()[4:6]) for line in lines if "core file size" in line)


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or _core_pattern().startswith("|")
    or "/" in _core_pattern(),
    reason="the kernel does not write cores into the working directory here (core_pattern)",
)
def test_the_running_app_leaves_no_core_dump_when_killed(
    place: Path, terminals: list[Terminal]
) -> None:
    terminal = start(place, terminals, shell_setup="ulimit -c unlimited &&")
    unlock_and_answer_a_year(terminal)  # the answer and the data key are in memory now
    assert core_limits(terminal.pid) == "0 0"  # the shell allowed unlimited; the app said no
    if os.geteuid() != 0:  # a non-dumpable process's /proc entries belong to root
        assert os.stat(f"/proc/{terminal.pid}").st_uid == 0
    os.kill(terminal.pid, signal.SIGQUIT)  # Python's default for SIGQUIT: dump core
    terminal.wait_exit()
    assert [name for name in files_in(place) if name.startswith("core")] == []


def test_a_command_waiting_for_its_passphrase_cannot_dump_core(place: Path) -> None:
    import resource

    def allow_cores() -> None:
        resource.setrlimit(resource.RLIMIT_CORE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))

    if resource.getrlimit(resource.RLIMIT_CORE)[1] != resource.RLIM_INFINITY and os.geteuid():
        pytest.skip("this user cannot raise the core limit, so the test could not fail")
    child = subprocess.Popen(
        [sys.executable, "-m", "fieldkit", "init"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=place,
        env={**os.environ, "FIELDKIT_HOME": str(place / "new")},
        preexec_fn=allow_cores,  # the child starts with cores allowed
    )
    try:
        deadline = time.monotonic() + 30
        while core_limits(child.pid) != "0 0" and time.monotonic() < deadline:
            assert child.poll() is None, "fieldkit init exited before it asked for a passphrase"
            time.sleep(0.02)
        assert core_limits(child.pid) == "0 0"
    finally:
        child.kill()
        child.wait()


def test_known_terms_typed_at_the_terminal_are_never_shown(
    place: Path, terminals: list[Terminal]
) -> None:
    """``fieldkit redact --ask-known``: the name typed at the prompt never reaches the screen
    (nor the shell's history: it is not on the command line)."""
    (place / "story.txt").write_text("Kang Myong-ok left Sodu-ri.\n", encoding="utf-8")
    terminal = Terminal(
        ["-m", "fieldkit", "redact", "--ask-known", "story.txt"],
        env={"HOME": str(place)},
        cwd=place,
        shell_setup="",
    )
    terminals.append(terminal)
    terminal.tmux("set-option", "-t", terminal.session, "remain-on-exit", "on")
    terminal.wait_for("Known term (not shown")
    terminal.type("person:Kang Myong-ok")
    terminal.keys("Enter")
    terminal.wait_for("Known term (not shown", timeout=10)
    assert "Kang" not in terminal.screen()  # typed, not echoed
    terminal.keys("Enter")  # an empty term ends the list
    shown = terminal.wait_for("[PERSON-1] left")
    assert "Kang" not in shown and "Myong" not in shown
