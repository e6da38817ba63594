"""``fieldkit.process``: Textual's environment hooks removed, core dumps off."""

from __future__ import annotations

import subprocess
import sys

import pytest

from fieldkit.process import DISPLAY_ONLY, scrub_textual_environment


def test_every_textual_hook_is_removed_and_display_settings_stay() -> None:
    env = {
        "TEXTUAL_SCREENSHOT": "0",
        "TEXTUAL_SCREENSHOT_LOCATION": "/tmp",
        "TEXTUAL_SCREENSHOT_FILENAME": "x.svg",
        "TEXTUAL_PRESS": "ctrl+q",
        "TEXTUAL_DRIVER": "evil:Driver",
        "TEXTUAL": "devtools,debug",
        "TEXTUAL_LOG": "log.txt",
        "TEXTUAL_DEBUG": "1",
        "TEXTUAL_DEVTOOLS_HOST": "192.0.2.1",
        "TEXTUAL_ALLOW_SIGNALS": "1",
        "TEXTUAL_SHOW_RETURN": "1",
        "textual_press": "lower case is read by nothing, but goes too",
        "TEXTUAL_THEME": "nord",
        "TEXTUAL_COLOR_SYSTEM": "256",
        "LANG": "ko_KR.UTF-8",
    }
    removed = scrub_textual_environment(env)
    assert set(env) == {"TEXTUAL_THEME", "TEXTUAL_COLOR_SYSTEM", "LANG"}
    assert "TEXTUAL_SCREENSHOT" in removed and "TEXTUAL" in removed


def test_the_kept_variables_only_change_how_the_screen_looks() -> None:
    assert all(name.startswith("TEXTUAL_") for name in DISPLAY_ONLY)
    assert not DISPLAY_ONLY & {"TEXTUAL_SCREENSHOT", "TEXTUAL_PRESS", "TEXTUAL_DRIVER"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_after_hardening_the_process_is_not_dumpable_and_has_no_core_limit() -> None:
    probe = (
        "import ctypes, resource\n"
        "resource.setrlimit(resource.RLIMIT_CORE, resource.getrlimit(resource.RLIMIT_CORE))\n"
        "libc = ctypes.CDLL(None)\n"
        "before = libc.prctl(3, 0, 0, 0, 0)\n"  # PR_GET_DUMPABLE
        "from fieldkit.process import harden_process\n"
        "harden_process()\n"
        "print(before, libc.prctl(3, 0, 0, 0, 0), *resource.getrlimit(resource.RLIMIT_CORE))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["1", "0", "0", "0"]
    assert result.stderr == ""
