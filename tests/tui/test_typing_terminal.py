"""No key lost in a real terminal: each answer is typed at 50 ms a key, starting the moment
its question's number appears (before the field may have focus), in English and Korean."""

from __future__ import annotations

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

RUN = [  # (what is typed, then Enter)
    "1",  # consent: yes
    "1974",
    "CROSSED",
    "1",  # sold: yes
    "3000",
    "2",  # means: drugging (toggled; Enter moves on)
    "sleeping pills",
]
EXPECTED = {
    "consent": "yes",
    "birth_year": 1974,
    "sold": "yes",
    "price": {"amount": 3000, "currency": "CNY"},
    "means": ["drugging"],
    "drug_note": "sleeping pills",
}


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


@pytest.mark.parametrize(
    ("lang", "number", "crossed"),
    [("en", "Question {n} of", "1998-02"), ("ko", "질문 {n}/", "1998년 2월")],
)
def test_a_run_of_answers_typed_at_once_loses_no_key(
    place: Path, terminals: list[Terminal], lang: str, number: str, crossed: str
) -> None:
    env = {"FIELDKIT_HOME": str(place / "ws"), "HOME": str(place), "FIELDKIT_LANG": lang}
    terminal = Terminal(["-m", "fieldkit"], env=env, cwd=place)
    terminals.append(terminal)
    terminal.wait_for("Unlock" if lang == "en" else "열기")
    terminal.type(PASSPHRASE)
    terminal.keys("Enter")
    terminal.wait_for("Interviews" if lang == "en" else "면담 목록")
    terminal.keys("n")
    terminal.wait_for("New interview" if lang == "en" else "새 면담")
    terminal.type("K-01")
    terminal.keys("Enter")
    for n, text in enumerate(RUN, 1):
        terminal.wait_for(number.format(n=n))
        terminal.type(crossed if text == "CROSSED" else text)
        terminal.keys("Enter")
    terminal.wait_for(number.format(n=len(RUN) + 1))
    with unlock_workspace(place / "ws", PASSPHRASE) as ws:
        answers = ws.interview(ws.summaries()[0].id).answers
    assert answers == {**EXPECTED, "crossed": "1998-02"}
