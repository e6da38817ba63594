"""The duress passphrase opens the decoy and only the decoy; with "destroy" it takes the
real workspace's keys with it; it can be changed and removed; it never equals the real one."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.errors import PassphraseError, WrongPassphraseError
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Policy, Workspace, create_workspace, unlock_workspace
from fieldkit.session.duress import PRACTICE_INTERVIEWS, duress_state, remove_duress, set_duress
from fieldkit.store.keyfile import KEYFILE_NAME

from helpers import PASSPHRASE, raw_db

DURESS = "paper lantern over quiet harbour"
SECOND = "seven winter crows above the mill"
CANARY = "Ri Sun-hui"


@pytest.fixture
def ws(tmp_path: Path, tiny: Questionnaire) -> Workspace:
    workspace = create_workspace(tmp_path / "ws", PASSPHRASE, questionnaire=tiny)
    session = workspace.new_interview("K-01")
    session.answer("consent", "yes")
    session.answer("name", CANARY)
    return workspace


def databases(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if len(p.name) == 16)


def test_the_duress_passphrase_opens_the_decoy_and_only_the_decoy(ws: Workspace) -> None:
    set_duress(ws, DURESS, destroy=False)
    assert duress_state(ws) is not None
    real_id = ws.store.workspace_id
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        assert decoy.store.workspace_id != real_id
        assert decoy.kind == "interviewer"
        assert decoy.questionnaire.id == "practice_household"
        summaries = decoy.summaries()
        assert len(summaries) == PRACTICE_INTERVIEWS
        assert [s.status for s in summaries].count("complete") == PRACTICE_INTERVIEWS - 1
        assert all(CANARY not in str(decoy.interview(s.id).answers) for s in summaries)
        assert duress_state(decoy) is None  # the decoy knows of no other passphrase
        assert decoy.notices == []
        new = decoy.new_interview("P-06")  # and it works like any workspace
        new.answer("consent", "yes")
        assert decoy.check_integrity() > 0
    with unlock_workspace(ws.directory, PASSPHRASE) as real:
        assert [s.ref for s in real.summaries()] == ["K-01"]


@pytest.mark.parametrize("attempt", range(5))
def test_the_decoys_history_is_spread_over_past_days(ws: Workspace, attempt: int) -> None:
    set_duress(ws, DURESS, destroy=False)
    today = ws.store.now()[:10]
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        times = sorted(t for s in decoy.summaries() for t in (s.created_at, s.updated_at))
        started = decoy.store.settings.get("created_at") or ""
    assert started[:10] < times[0][:10] and times[-1][:10] < today
    assert len({t[:10] for t in times}) >= PRACTICE_INTERVIEWS  # days apart, never today


def test_nothing_inside_the_decoy_is_dated_today(ws: Workspace) -> None:
    """Its migrations, its events and its file's modification time are in the past too."""
    from datetime import UTC, datetime

    set_duress(ws, DURESS, destroy=False)
    today = ws.store.now()[:10]
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        path = decoy.store.database_path
        stamps = [row[0] for row in raw_db(decoy.store).query("SELECT applied_at FROM migrations")]
        stamps += [event.at for event in decoy.store.events.read()]
        assert stamps and all(stamp[:10] < today for stamp in stamps)
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC).isoformat()
    assert modified[:10] < today


def test_the_decoy_looks_the_same_on_screen(ws: Workspace) -> None:
    from fieldkit.session.preferences import get_preference, set_preference

    set_preference(ws, "language", "ko")
    set_preference(ws, "theme", "gruvbox")
    set_duress(ws, DURESS, destroy=False)
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        assert get_preference(decoy, "language") == "ko"
        assert get_preference(decoy, "theme") == "gruvbox"


def test_with_destroy_opening_the_decoy_destroys_the_real_workspace(ws: Workspace) -> None:
    set_duress(ws, DURESS, destroy=True)
    real_db = ws.store.database_path.name
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        decoy.store.wait_background()
        decoy_db = decoy.store.database_path.name
    assert real_db not in databases(ws.directory)
    assert sorted(p.name for p in ws.directory.iterdir()) == [decoy_db, KEYFILE_NAME]
    with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$"):
        unlock_workspace(ws.directory, PASSPHRASE)
    unlock_workspace(ws.directory, DURESS).close()


def test_without_destroy_the_real_workspace_stays(ws: Workspace) -> None:
    set_duress(ws, DURESS, destroy=False)
    ws.close()
    unlock_workspace(ws.directory, DURESS).close()
    with unlock_workspace(ws.directory, PASSPHRASE) as real:
        assert real.summaries()[0].ref == "K-01"


def test_changing_and_removing_the_duress_passphrase(ws: Workspace) -> None:
    set_duress(ws, DURESS, destroy=False)
    set_duress(ws, SECOND, destroy=True)
    assert len(databases(ws.directory)) == 2  # the real one and the new decoy only
    state = duress_state(ws)
    assert state is not None and state.destroys
    ws.close()
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(ws.directory, DURESS)
    with unlock_workspace(ws.directory, PASSPHRASE) as real:
        remove_duress(real)
        assert duress_state(real) is None
        assert databases(real.directory) == [real.store.database_path.name]
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(ws.directory, SECOND)


def test_the_duress_passphrase_is_never_the_real_one(ws: Workspace) -> None:
    with pytest.raises(PassphraseError, match="must differ"):
        set_duress(ws, PASSPHRASE, destroy=False)
    with pytest.raises(PassphraseError, match="too short"):
        set_duress(ws, "short", destroy=False)
    with pytest.raises(PassphraseError, match="different"):
        set_duress(ws, DURESS, SECOND, destroy=False)
    set_duress(ws, DURESS, destroy=False)
    with pytest.raises(PassphraseError, match="duress passphrase"):
        ws.change_passphrase(DURESS)
    assert duress_state(ws) is not None


def test_the_decoy_follows_the_real_policy(ws: Workspace) -> None:
    set_duress(ws, DURESS, destroy=False)
    ws.set_policy(Policy(lock_after_minutes=3, wipe_after_failures=4, show_remaining_tries=True))
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        assert decoy.policy == Policy(
            lock_after_minutes=3, wipe_after_failures=4, show_remaining_tries=True
        )
        assert decoy.notices == []


def test_a_policy_changed_inside_the_decoy_is_restored_by_the_real_one(ws: Workspace) -> None:
    set_duress(ws, DURESS, destroy=False)
    ws.set_policy(Policy(wipe_after_failures=4))
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        decoy.set_policy(Policy())  # someone holding the duress passphrase turns the wipe off
    with unlock_workspace(ws.directory, PASSPHRASE) as real:
        assert [n.code for n in real.notices] == ["policy_restored"]
        assert real.policy.wipe_after_failures == 4
    with unlock_workspace(ws.directory, DURESS) as decoy:
        assert decoy.notices == [] and decoy.policy.wipe_after_failures == 4


def test_setting_a_duress_passphrase_inside_the_decoy_takes_the_real_slots(
    ws: Workspace,
) -> None:
    """The decoy does not know the real workspace exists; like any workspace it puts a new
    decoy in the other pair of slots, which overwrites the real keys."""
    set_duress(ws, DURESS, destroy=False)
    ws.close()
    with unlock_workspace(ws.directory, DURESS) as decoy:
        set_duress(decoy, SECOND, destroy=False)
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(ws.directory, PASSPHRASE)
    unlock_workspace(ws.directory, SECOND).close()
    unlock_workspace(ws.directory, DURESS).close()


def test_a_wrong_passphrase_counts_against_real_and_decoy_alike(ws: Workspace) -> None:
    set_duress(ws, DURESS, destroy=False)
    ws.set_policy(Policy(wipe_after_failures=2))
    ws.close()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            unlock_workspace(ws.directory, "neither of the two passphrases")
    for passphrase in (PASSPHRASE, DURESS):
        with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$"):
            unlock_workspace(ws.directory, passphrase)
    assert [p.name for p in ws.directory.iterdir()] == [KEYFILE_NAME]
