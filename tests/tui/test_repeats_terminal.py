"""Repeats in the real ``fieldkit`` at 80x24 (tmux): add a sale, answer inside it, see it
stored (a fresh unlock), review it on the list, delete it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.session import create_workspace
from repeat_helpers import tiny_sales
from tmux_helpers import TMUX, Terminal
from tui_helpers import reopen

from helpers import PASSPHRASE

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)"),
]


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    create_workspace(tmp_path / "ws", PASSPHRASE, questionnaire=tiny_sales()).close()
    env = {"FIELDKIT_HOME": str(tmp_path / "ws"), "HOME": str(tmp_path)}
    opened = Terminal(["-m", "fieldkit"], env=env, cwd=tmp_path)
    yield opened
    opened.close()


def _instances(home: Path) -> list[dict[str, object]]:
    with reopen(home) as ws:
        (summary,) = ws.summaries()
        return [i.answers for i in ws.interview(summary.id).instances("sales")]


def test_add_answer_review_delete_a_sale(terminal: Terminal, tmp_path: Path) -> None:
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
    terminal.keys("Enter")
    terminal.wait_for("Question 3 of")
    terminal.keys("Enter")  # crossing: left empty
    terminal.wait_for("Were you sold?")
    terminal.keys("1", "Enter")  # yes: the price and the sales are asked
    shown = terminal.wait_for("Price paid")
    assert "f7 Repeats" in shown  # the footer names the key
    terminal.keys("F7")
    terminal.wait_for("+ Add one: Each sale")
    terminal.wait_for("del Delete")  # the footer names the key
    terminal.keys("Enter")
    terminal.wait_for("Year of this sale")
    terminal.type("1998")
    terminal.keys("Enter")
    terminal.wait_for("Price of this sale")
    terminal.wait_for("✓ saved")
    assert _instances(tmp_path / "ws") == [{"sale_year": 1998}]
    terminal.type("3000")
    terminal.keys("Enter")
    terminal.wait_for("Buyer's name")
    terminal.keys("Escape")
    shown = terminal.wait_for("1. 1998 · 3000")  # reviewed on the list
    assert "Each sale (1)" in shown
    assert _instances(tmp_path / "ws") == [{"sale_year": 1998, "sale_price": 3000}]
    terminal.keys("DC")  # Delete: the instance just closed is highlighted
    terminal.wait_for("deleted Each sale 1")
    assert _instances(tmp_path / "ws") == []
    terminal.keys("F2")
    terminal.wait_for("+ 하나 추가: 각 판매")  # Korean at 80x24
