"""Pilot fixtures: a closed workspace on disk, the app built by ``make_app``, helpers
that wait for the store thread, and a fresh unlock to read what was really stored."""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp, make_app
from tui_helpers import IdleClock

from helpers import PASSPHRASE


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def`` tests in a fresh event loop (Pilot needs one; no plugin required)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Times on screen are local: pin the zone so assertions do not depend on the machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def ws_dir(tmp_path: Path, tiny: Questionnaire) -> Path:
    """A workspace (TINY questionnaire, cheap KDF), closed again: the app opens it."""
    directory = tmp_path / "ws"
    create_workspace(directory, PASSPHRASE, questionnaire=tiny).close()
    return directory


@pytest.fixture
def idle_clock() -> IdleClock:
    return IdleClock()


@pytest.fixture
def app_factory(tiny: Questionnaire, idle_clock: IdleClock) -> Callable[..., FieldkitApp]:
    def build(directory: Path, **options: object) -> FieldkitApp:
        options.setdefault("questionnaire", tiny)
        options.setdefault("idle_clock", idle_clock)
        return make_app(directory, **options)  # type: ignore[arg-type]

    return build
