"""The real ``fieldkit`` in a tmux pane, started the way an attacker would start it: with a
chosen environment, working directory and shell limits, on a private tmux server.

(``tests/tui/test_terminal.py``, the interviewer's end-to-end runs, uses it too.)
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from helpers import SITE

TMUX = shutil.which("tmux")
KEY_GAP = 0.05
"""Seconds between keys: a person's pace, not one burst."""


class Terminal:
    """One process in a tmux pane of its own tmux server (a user's tmux is never touched)."""

    def __init__(
        self,
        arguments: list[str],
        *,
        env: dict[str, str],
        cwd: Path,
        shell_setup: str = "",
        tmux_options: tuple[tuple[str, str], ...] = (),
        width: int = 80,
        height: int = 24,
    ) -> None:
        self.socket = f"fieldkit-test-{uuid.uuid4().hex[:8]}"
        self.session = "fk"
        # PYTHONPATH: the suite's cheap KDF (tests/site/sitecustomize.py), so the program opens
        # workspaces the tests made.
        environment = {
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "PYTHONPATH": str(SITE),
            **env,
        }
        assignments = " ".join(f"{k}={shlex.quote(v)}" for k, v in environment.items())
        program = " ".join(shlex.quote(a) for a in [sys.executable, *arguments])
        script = f"{shell_setup} cd {shlex.quote(str(cwd))} && exec env {assignments} {program}"
        # The server starts with a placeholder window so options are set before the program.
        self._tmux("new-session", "-d", "-s", "idle", "-x", str(width), "-y", str(height))
        for name, value in tmux_options:
            self._tmux("set-option", "-g", name, value)
        self._tmux(
            "new-session", "-d", "-s", self.session, "-x", str(width), "-y", str(height),
            "sh", "-c", script,
        )  # fmt: skip
        self.pid = int(self._tmux("display-message", "-p", "-t", self.session, "#{pane_pid}"))

    def _tmux(self, *args: str) -> str:
        assert TMUX is not None
        result = subprocess.run(
            [TMUX, "-L", self.socket, *args], capture_output=True, text=True, check=True
        )
        return result.stdout.strip()

    def tmux(self, *args: str) -> str:
        return self._tmux(*args)

    def keys(self, *names: str) -> None:
        """tmux key names: ``Enter``, ``Escape``, ``C-c``, ``S-Home``."""
        for name in names:
            self._tmux("send-keys", "-t", self.session, name)
            time.sleep(KEY_GAP)

    def type(self, text: str) -> None:
        for character in text:
            self._tmux("send-keys", "-t", self.session, "-l", character)
            time.sleep(KEY_GAP)

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", self.session)

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen shows:\n{self.screen()}")

    def wait_for_all(self, *texts: str, timeout: float = 30.0) -> str:
        """All of ``texts`` on one screen: a status read together with the text it is about."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if all(text in shown for text in texts):
                return shown
            time.sleep(0.1)
        raise AssertionError(
            f"{texts!r} did not appear together; the screen shows:\n{self.screen()}"
        )

    def alive(self) -> bool:
        """Running, not merely unreaped: tmux sometimes leaves a dead program a zombie for a
        while after closing its pane, and a zombie has exited."""
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        try:
            stat = Path(f"/proc/{self.pid}/stat").read_text()
        except FileNotFoundError:
            return not Path("/proc/self/stat").exists()  # gone since the signal test
        except OSError:
            return True  # no /proc (not Linux): the signal test above is all there is
        return stat.rpartition(")")[2].split()[0] != "Z"

    def wait_exit(self, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while self.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        if self.alive():
            try:
                status = Path(f"/proc/{self.pid}/status").read_text()
            except OSError:
                status = "(gone)"
            raise AssertionError(f"the process did not exit:\n{status}")

    def close(self) -> None:
        subprocess.run(
            [TMUX or "tmux", "-L", self.socket, "kill-server"], capture_output=True, check=False
        )
