"""``fieldkit init`` at a real terminal (tmux): a weak passphrase is refused with its reason,
a suggestion is offered, and the person types the suggested words back to create."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.session import unlock_workspace
from tmux_helpers import TMUX, Terminal

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)"),
]


@pytest.fixture
def terminals() -> Iterator[list[Terminal]]:
    opened: list[Terminal] = []
    yield opened
    for terminal in opened:
        terminal.close()


def test_a_weak_passphrase_is_refused_and_a_suggestion_taken_instead(
    tmp_path: Path, terminals: list[Terminal]
) -> None:
    home = tmp_path / "ws"
    terminal = Terminal(
        ["-m", "fieldkit", "init"],
        env={"FIELDKIT_HOME": str(home), "HOME": str(tmp_path), "FIELDKIT_LANG": "ko"},
        cwd=tmp_path,
        width=120,
    )
    terminals.append(terminal)
    terminal.tmux("set-option", "-t", terminal.session, "remain-on-exit", "on")
    for prompt in ("New passphrase", "Repeat it"):
        terminal.wait_for(prompt)
        terminal.type("Seoul2024!!")
        terminal.keys("Enter")
    shown = terminal.wait_for("제안하는 비밀번호 문구를 대신 쓸까요?")
    assert "너무 약합니다: 지명이 들어 있습니다" in shown
    assert "Seoul2024" not in shown  # typed without echo
    terminal.keys("Enter")  # yes (the default)
    shown = terminal.wait_for("한 번 입력하세요")
    lines = shown.splitlines()
    words = next(line.strip() for line in lines if line.startswith("    ") and line.strip())
    assert len(words.split()) == 6  # Korean words: six
    terminal.type(words)
    terminal.keys("Enter")
    terminal.wait_for("Created workspace", timeout=60)
    unlock_workspace(home, words).close()
