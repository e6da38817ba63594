"""``fieldkit init``: a suggested passphrase (``--generate``), and weak ones refused with the
reason in the user's language.  (At a real terminal: tests/tui/test_passphrase_terminal.py.)"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fieldkit.cli import cli
from fieldkit.passwords import generate_passphrase
from fieldkit.passwords.generate import words_of
from fieldkit.session import unlock_workspace

SEED = 7


def init(home: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> Result:
    environment = {"FIELDKIT_HOME": str(home), **(env or {})}
    return CliRunner().invoke(cli, ["init", *args], env=environment, input=stdin)


@pytest.fixture
def seeded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suggestion drawn from a seeded generator, so the test knows it."""
    monkeypatch.setattr(
        "fieldkit.passwords.generate.secrets.SystemRandom", lambda: random.Random(SEED)
    )


def expected(lang: str) -> str:
    return generate_passphrase(lang, rng=random.Random(SEED)).text  # type: ignore[arg-type]


def test_generate_shows_the_words_and_creates_once_they_are_typed_back(
    tmp_path: Path, seeded: None
) -> None:
    words = expected("en")
    result = init(tmp_path / "ws", "--generate", "--wordlist", "en", stdin=words + "\n")
    assert result.exit_code == 0, result.stderr
    assert words in result.stderr and words not in result.stdout
    assert "5 random words from the EFF long word list, 65 bits" in result.stderr
    unlock_workspace(tmp_path / "ws", words).close()


def test_generate_with_korean_words(tmp_path: Path, seeded: None) -> None:
    words = expected("ko")
    result = init(tmp_path / "ws", "--generate", stdin=words + "\n", env={"FIELDKIT_LANG": "ko"})
    assert result.exit_code == 0, result.stderr
    assert set(words.split()) <= set(words_of("ko")) and len(words.split()) == 6
    assert "무작위로 고른 단어 6개" in result.stderr
    unlock_workspace(tmp_path / "ws", words).close()


def test_generate_refuses_when_the_words_are_not_typed_back(tmp_path: Path, seeded: None) -> None:
    result = init(tmp_path / "ws", "--generate", stdin="something else\n")
    assert result.exit_code == 2
    assert "not the suggested passphrase; nothing was created" in result.stderr
    assert not (tmp_path / "ws").exists()


def test_generate_and_a_scripted_passphrase_do_not_mix(tmp_path: Path) -> None:
    result = init(
        tmp_path / "ws", "--generate", env={"FIELDKIT_PASSPHRASE": "kimchi tumen river lantern"}
    )
    assert result.exit_code == 2 and "cannot be used together" in result.stderr


def test_a_weak_korean_passphrase_is_refused_in_korean(tmp_path: Path) -> None:
    result = init(
        tmp_path / "ws",
        env={"FIELDKIT_PASSPHRASE": "사랑해요엄마사랑해요", "FIELDKIT_LANG": "ko"},
    )
    assert result.exit_code == 2
    assert "너무 약합니다: 흔히 쓰는 한국어 인사말이나 표현입니다" in result.stderr
    assert "fieldkit init --generate" in result.stderr
    assert not (tmp_path / "ws").exists()
