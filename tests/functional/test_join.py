"""Joining a project in the app: the interviewer types the file and the code her coordinator
reads out; a wrong code, a misheard group or a substituted file is refused (in her language)
with nothing stored; the right code shows the plan first, and joining shows the enrolment code."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from bundle_helpers import make_coordinator
from fieldkit.bundle.coordinator import coordinator_project, project_file_bytes
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Workspace
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.join import JoinModal
from tui_helpers import keys, reopen, settle, typed, unlock

AppFactory = Callable[..., FieldkitApp]


@pytest.fixture
def coordinator(tmp_path: Path, tiny: Questionnaire) -> Iterator[Workspace]:
    with make_coordinator(tmp_path / "coordinator", tiny) as coordinator:
        yield coordinator


@pytest.fixture
def project(tmp_path: Path, coordinator: Workspace) -> Path:
    path = tmp_path / "project.fieldkit"
    path.write_bytes(project_file_bytes(coordinator))
    return path


def shown(app: FieldkitApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).content)


async def open_join(pilot, project: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    await unlock(pilot)
    await keys(pilot, "j")
    assert isinstance(pilot.app.screen, JoinModal)
    pilot.app.screen.query_one("#join-file", Input).value = str(project)  # (pasted)
    await keys(pilot, "enter")  # on to the code
    await typed(pilot, code, "enter")


def stored_project(ws_dir: Path) -> str | None:
    with reopen(ws_dir) as ws:
        return ws.store.project.body()


async def test_a_wrong_code_is_refused_in_korean_and_nothing_is_stored(
    ws_dir: Path, app_factory: AppFactory, project: Path, tmp_path: Path, tiny: Questionnaire
) -> None:
    with make_coordinator(tmp_path / "other", tiny) as other:
        wrong = coordinator_project(other).coordinator_code
    app = app_factory(ws_dir, lang="ko")
    async with app.run_test(size=(100, 40)) as pilot:
        await open_join(pilot, project, wrong)
        assert "맞지 않습니다" in shown(app, "#join-message")
        assert shown(app, "#join-plan-text") == ""
        await keys(pilot, "enter")  # Enter again: checks again, never joins
        assert "맞지 않습니다" in shown(app, "#join-message")
    assert stored_project(ws_dir) is None


async def test_a_misheard_group_is_named(
    ws_dir: Path, app_factory: AppFactory, project: Path, coordinator: Workspace
) -> None:
    groups = coordinator_project(coordinator).coordinator_code.split("-")
    groups[1] = ("A" if groups[1][0] != "A" else "B") + groups[1][1:]
    app = app_factory(ws_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_join(pilot, project, "-".join(groups))
        assert "Group 2 looks wrong" in shown(app, "#join-message")
    assert stored_project(ws_dir) is None


async def test_a_substituted_file_is_refused(
    ws_dir: Path,
    app_factory: AppFactory,
    coordinator: Workspace,
    tmp_path: Path,
    tiny: Questionnaire,
) -> None:
    with make_coordinator(tmp_path / "attacker", tiny) as attacker:
        substitute = tmp_path / "same-name.fieldkit"
        substitute.write_bytes(project_file_bytes(attacker))
    app = app_factory(ws_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_join(pilot, substitute, coordinator_project(coordinator).coordinator_code)
        assert "does not match this project file" in shown(app, "#join-message")
    assert stored_project(ws_dir) is None


async def test_the_right_code_shows_the_plan_then_joins(
    ws_dir: Path, app_factory: AppFactory, project: Path, coordinator: Workspace
) -> None:
    code = coordinator_project(coordinator).coordinator_code
    app = app_factory(ws_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_join(pilot, project, code)
        plan = shown(app, "#join-plan-text")
        assert "The key code matches" in plan
        assert "Price paid" in plan  # leaves as typed
        assert stored_project(ws_dir) is None  # shown, not yet joined
        await keys(pilot, "enter")
        await settle(pilot)
        done = shown(app, "#join-plan-text")
        assert "Enrolment code:" in done
        enrolment = done.split("Enrolment code: ")[1].split()[0]
        assert [len(g) for g in enrolment.split("-")] == [5, 5, 5, 5, 5]
        await keys(pilot, "enter")
        assert not isinstance(app.screen, JoinModal)
    assert stored_project(ws_dir) is not None


async def test_changing_the_code_after_the_check_needs_a_new_check(
    ws_dir: Path, app_factory: AppFactory, project: Path, coordinator: Workspace
) -> None:
    code = coordinator_project(coordinator).coordinator_code
    app = app_factory(ws_dir)
    async with app.run_test(size=(100, 40)) as pilot:
        await open_join(pilot, project, code)
        assert "The key code matches" in shown(app, "#join-plan-text")
        await typed(pilot, "X")  # the code field now holds something else
        assert shown(app, "#join-plan-text") == ""
        await keys(pilot, "enter")  # checks the new code: refused, not joined
        assert app.screen.query_one("#join-code", Input).value.endswith("X")
        assert "Group 5" in shown(app, "#join-message") or "groups" in shown(app, "#join-message")
    assert stored_project(ws_dir) is None
