"""Settings in the app: the lock policy, and a duress passphrase that opens the decoy.

Set the duress passphrase, lock, unlock with it: the interview list shows the practice
interviews and nothing of the real ones, and the screens are the same screens.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import Checkbox, DataTable, Input

from fieldkit.session import unlock_workspace
from fieldkit.session.duress import PRACTICE_INTERVIEWS
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.home import HomeScreen
from fieldkit.tui.screens.settings import SettingsScreen
from fieldkit.tui.screens.unlock import UnlockScreen
from tui_helpers import interviewing, keys, reopen, settle, text_of, unlock, unlocked

AppFactory = Callable[..., FieldkitApp]
DURESS = "paper lantern over quiet harbour"


def rows(app: FieldkitApp) -> list[str]:
    table = app.screen.query_one("#interviews", DataTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def open_settings(pilot: object, app: FieldkitApp) -> None:
    """From wherever the interviewer is: the interview list, then ``s``."""
    if not isinstance(app.screen, HomeScreen):
        await keys(pilot, "ctrl+o")  # type: ignore[arg-type]
    await keys(pilot, "s")  # type: ignore[arg-type]
    assert isinstance(app.screen, SettingsScreen)


async def set_duress_in_app(pilot: object, app: FieldkitApp, *, destroy: bool) -> None:
    screen = app.screen
    screen.query_one("#duress", Input).value = DURESS
    screen.query_one("#duress-repeat", Input).value = DURESS
    screen.query_one("#duress-destroy", Checkbox).value = destroy
    screen.query_one("#duress-set").press()  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]


async def test_set_duress_lock_and_unlock_with_it_shows_the_decoy(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, ref="K-07") as pilot:
        await open_settings(pilot, app)
        assert "No duress passphrase" in text_of(app, "#duress-status")
        await set_duress_in_app(pilot, app, destroy=False)
        assert "Duress passphrase set" in text_of(app, "#duress-message")
        assert "leaves this workspace as it is" in text_of(app, "#duress-status")
        assert app.screen.query_one("#duress", Input).value == ""
        await keys(pilot, "ctrl+l")
        assert isinstance(app.screen, UnlockScreen)
        await unlock(pilot, DURESS)
        assert isinstance(app.screen, HomeScreen)
        shown = rows(app)
        assert len(shown) == PRACTICE_INTERVIEWS
        assert all(ref.startswith("P-") for ref in shown) and "K-07" not in shown
        await keys(pilot, "s")
        assert "No duress passphrase" in text_of(app, "#duress-status")  # the decoy knows none
        await keys(pilot, "ctrl+l")
        await unlock(pilot)
        assert rows(app) == ["K-07"]
    with reopen(ws_dir) as ws:
        assert [s.ref for s in ws.summaries()] == ["K-07"]


async def test_duress_with_destroy_leaves_only_the_decoy(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        await open_settings(pilot, app)
        await set_duress_in_app(pilot, app, destroy=True)
        assert "destroys this workspace" in text_of(app, "#duress-status")
        await keys(pilot, "ctrl+l")
        await unlock(pilot, DURESS)
        assert len(rows(app)) == PRACTICE_INTERVIEWS
        await app.services.call(app.workspace.store.wait_background)  # type: ignore[union-attr]
        await keys(pilot, "ctrl+l")
        await unlock(pilot)  # the real passphrase: its key is gone
        assert isinstance(app.screen, UnlockScreen)
        assert text_of(app, "#unlock-message") == "Wrong passphrase."
    with unlock_workspace(ws_dir, DURESS) as decoy:
        assert len(decoy.summaries()) == PRACTICE_INTERVIEWS


async def test_a_weak_duress_passphrase_is_refused_inline(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        await open_settings(pilot, app)
        screen = app.screen
        for field in ("#duress", "#duress-repeat"):
            screen.query_one(field, Input).value = "short"
        screen.query_one("#duress-set").press()  # type: ignore[attr-defined]
        await settle(pilot)
        assert "too short" in text_of(app, "#duress-message")
        assert "No duress passphrase" in text_of(app, "#duress-status")


async def test_the_lock_policy_is_set_in_settings_in_korean(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir, lang="ko")
    async with unlocked(app) as pilot:
        await open_settings(pilot, app)
        assert "아무 표시 없이" in text_of(app, "#wipe-explained")
        screen = app.screen
        screen.query_one("#lock-after", Input).value = "3"
        screen.query_one("#wipe-after", Input).value = "6"
        screen.query_one("#show-tries", Checkbox).value = True
        screen.query_one("#save-policy").press()  # type: ignore[attr-defined]
        await settle(pilot)
        assert text_of(app, "#policy-message") == "잠금 설정을 저장했습니다."
    with reopen(ws_dir) as ws:
        policy = ws.policy
    assert (policy.lock_after_minutes, policy.wipe_after_failures) == (3, 6)
    assert policy.show_remaining_tries


async def test_an_edited_lock_block_is_reported_after_unlock(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    from fieldkit.store.keyfile import KEYFILE_NAME, LOCK_AT, KeyFile

    with KeyFile.open(ws_dir / KEYFILE_NAME) as kf:
        kf.write((LOCK_AT, lambda: bytes(16)))
    app = app_factory(ws_dir)
    async with unlocked(app) as pilot:
        await settle(pilot)
        shown = [str(n.message) for n in app._notifications]
        assert any("lock settings stored on disk had been changed" in m for m in shown)
        assert isinstance(app.screen, HomeScreen)
