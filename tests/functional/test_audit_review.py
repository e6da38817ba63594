"""Review mode in the app: the auditor passes and fails sampled narratives, with notes;
the decisions are read back from the coordinator's database and appear in the audit report.

Self-contained (its own event loop and waits), so it depends only on ``make_app``.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from audit_helpers import build_world
from fieldkit.audit import coordinator_inputs, current_decisions, run_audit
from fieldkit.session import unlock_workspace
from fieldkit.tui.app import FieldkitApp, make_app
from fieldkit.tui.screens.audit_review import AuditReviewScreen
from fieldkit.tui.screens.home import HomeScreen

from helpers import PASSPHRASE, raw_db


async def settle(pilot: Pilot[Any], rounds: int = 3) -> None:
    for _ in range(rounds):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def unlock(pilot: Pilot[Any]) -> None:
    await settle(pilot)
    await pilot.press(*PASSPHRASE, "enter")
    await settle(pilot)


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The planted project with laptop 1's three bundles merged; its coordinator directory."""
    world = build_world(tmp_path_factory.mktemp("review"), merge=("a1.age", "a2.age", "a3.age"))
    world.close()
    return world.root / "coordinator"


def shown(app: FieldkitApp) -> str:
    return str(app.screen.query_one("#audit-text", Static).content)


async def _review(directory: Path) -> list[str]:
    app = make_app(directory, mode="audit")
    async with app.run_test(size=(120, 36)) as pilot:
        await unlock(pilot)
        screen = app.screen
        assert isinstance(screen, AuditReviewScreen)
        items = screen.items
        assert [i.hits for i in items[:3]] == [1, 1, 1] and len(items) == 10
        text = shown(app)
        assert "⚠" in text and ("[PERSON-1]" in text or "[PLACE-2]" in text)
        await pilot.press("n", *"she can be called on it", "enter")
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        summary = str(app.screen.query_one("#audit-summary", Static).content)
        assert "2 decided" in summary
        return [items[0].record, items[1].record]


def test_auditor_decisions_are_stored_and_reported(merged: Path) -> None:
    directory = merged
    failed, passed = asyncio.run(_review(directory))
    with unlock_workspace(directory, PASSPHRASE) as coordinator:
        rows = raw_db(coordinator.store).query(
            "SELECT record_id, verdict, note FROM audit_reviews ORDER BY id"
        )
        assert rows == [(failed, "failed", "she can be called on it"), (passed, "passed", "")]
        decisions = current_decisions(coordinator)
        report = run_audit(coordinator_inputs(coordinator))
    assert decisions[failed].verdict == "failed" and decisions[passed].current
    assert [(d.record, d.verdict) for d in report.reviews] == sorted(
        [(failed, "failed"), (passed, "passed")]
    )
    assert any(v.check == "failed reviews" and v.found == 1 for v in report.exceeded)


async def _palette_route(directory: Path) -> None:
    app = make_app(directory)
    async with app.run_test(size=(120, 36)) as pilot:
        await unlock(pilot)
        assert isinstance(app.screen, HomeScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Audit review" in titles
        app.action_audit_review()
        await settle(pilot)
        assert isinstance(app.screen, AuditReviewScreen) and app.screen.items


def test_review_is_in_the_palette_of_a_coordinator_workspace(merged: Path) -> None:
    asyncio.run(_palette_route(merged))
