"""Shared fixtures: every test runs with its own home, data and config directories,
a cheap KDF (the test suite's only), and no passphrase in the environment unless it sets one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace, create_workspace
from fieldkit.store import keyfile

from helpers import FAST_KDF, PASSPHRASE, TINY, questionnaire_from_toml


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test may touch the real user's workspace, config or cache."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir(exist_ok=True)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("FIELDKIT_HOME", str(home / "workspace"))
    monkeypatch.delenv("FIELDKIT_PASSPHRASE", raising=False)
    monkeypatch.delenv("FIELDKIT_DEBUG", raising=False)
    # The language of the CLI's messages follows FIELDKIT_LANG or the locale: English unless
    # a test asks for Korean, whatever the machine's locale.
    monkeypatch.delenv("FIELDKIT_LANG", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return home


@pytest.fixture(autouse=True, scope="session")
def fast_kdf() -> Iterator[None]:
    """The key file's Argon2id at 8 MiB and one pass instead of the format's 256 MiB,
    for the whole session (module-scoped worlds included): reachable only from here
    (and tests/site/sitecustomize.py for subprocesses)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyfile, "KDF", FAST_KDF)
        yield


@pytest.fixture
def tiny() -> Questionnaire:
    return questionnaire_from_toml(TINY)


@pytest.fixture
def workspace(tmp_path: Path, tiny: Questionnaire) -> Iterator[Workspace]:
    ws = create_workspace(tmp_path / "ws", PASSPHRASE, questionnaire=tiny)
    yield ws
    ws.close()
