"""The key file (format 2) tried as an attacker would: it looks random in every state,
never moves, reports edits, treats NFC and NFD alike, and does the same work for every
passphrase.  The spec is docs/spec/keyfile-v2.md."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldkit.errors import WorkspaceError, WrongPassphraseError
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import Policy, Workspace, create_workspace, unlock_workspace
from fieldkit.session.duress import set_duress
from fieldkit.store import keyfile
from fieldkit.store.keyfile import FILE_BYTES, KEYFILE_NAME, LOCK_AT, KeyFile, longest_text_run
from fieldkit.store.policy import LockState

from helpers import PASSPHRASE

DURESS = "paper lantern over quiet harbour"
OTHER = "seven winter crows above the mill"


def chi_square(data: bytes) -> float:
    expected = len(data) / 256
    counts = [0] * 256
    for byte in data:
        counts[byte] += 1
    return sum((c - expected) ** 2 / expected for c in counts)


def looks_random(data: bytes) -> None:
    """A simple randomness check, with bounds in the far tails (p < 1e-6 either side):
    byte frequencies (chi-square, 255 degrees of freedom) and the count of one bits."""
    assert len(data) == FILE_BYTES
    assert 150 < chi_square(data) < 380
    ones = sum(bin(b).count("1") for b in data)
    assert abs(ones - 4 * FILE_BYTES) < 5 * (2 * FILE_BYTES) ** 0.5
    assert longest_text_run(data) <= 8


def key_bytes(directory: Path) -> bytes:
    return (directory / KEYFILE_NAME).read_bytes()


@pytest.fixture
def ws(tmp_path: Path, tiny: Questionnaire) -> Workspace:
    workspace = create_workspace(tmp_path / "ws", PASSPHRASE, questionnaire=tiny)
    session = workspace.new_interview("K-01")
    session.answer("consent", "yes")
    session.answer("name", "Ri Sun-hui")
    return workspace


def test_the_key_file_looks_random_in_every_state(ws: Workspace) -> None:
    directory = ws.directory
    secrets_in_it = [
        PASSPHRASE.encode(),
        DURESS.encode(),
        ws.store.workspace_id.encode(),
        ws.store.database_path.name.encode(),
        b"fieldkit",
        b"interviewer",
    ]
    states = {"created": key_bytes(directory)}
    ws.set_policy(Policy(lock_after_minutes=3, wipe_after_failures=4))
    states["policy"] = key_bytes(directory)
    set_duress(ws, DURESS, destroy=True)
    states["duress"] = key_bytes(directory)
    ws.change_passphrase(OTHER)
    states["passphrase"] = key_bytes(directory)
    ws.close()
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(directory, PASSPHRASE)
    states["failed unlock"] = key_bytes(directory)
    for _ in range(3):
        with pytest.raises(WrongPassphraseError):
            unlock_workspace(directory, PASSPHRASE)
    states["wiped by policy"] = key_bytes(directory)
    for state, data in states.items():
        looks_random(data)
        for secret in secrets_in_it:
            assert secret not in data, (state, secret)
    assert len(set(states.values())) == len(states)


def test_the_key_file_never_moves_or_changes_size(
    tmp_path: Path, tiny: Questionnaire, ws: Workspace
) -> None:
    """Every kind of update happens in place: same inode, same size, from init to wipe."""
    from bundle_helpers import make_coordinator
    from fieldkit.bundle.coordinator import project_file_bytes
    from fieldkit.bundle.device import join_project
    from fieldkit.bundle.project import verify_project
    from fieldkit.session.duress import remove_duress

    path = ws.directory / KEYFILE_NAME
    seen: dict[str, tuple[int, int]] = {}

    def record(step: str) -> None:
        seen[step] = (path.stat().st_ino, path.stat().st_size)

    record("init")
    ws.set_policy(Policy(wipe_after_failures=5))
    record("policy change")
    ws.rotate_data_key(PASSPHRASE)
    record("key rotation")
    set_duress(ws, DURESS, destroy=False)
    record("duress set")
    set_duress(ws, OTHER, destroy=True)
    record("duress changed")
    remove_duress(ws)
    record("duress removed")
    ws.change_passphrase("a new passphrase for the field")
    record("passphrase change")
    with make_coordinator(tmp_path / "coordinator", tiny) as coordinator:
        project = verify_project(project_file_bytes(coordinator))
    join_project(ws, project, code=project.coordinator_code)
    record("join")
    ws.close()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            unlock_workspace(ws.directory, PASSPHRASE)
        record("failed unlock")
    unlock_workspace(ws.directory, "a new passphrase for the field").close()
    record("unlock after failures")
    assert set(seen.values()) == {(seen["init"][0], FILE_BYTES)}, seen


def _write_lock(directory: Path, state: LockState | None) -> None:
    """What an attacker who read the spec does: rewrite the lock block (or garble it)."""
    with KeyFile.open(directory / KEYFILE_NAME) as kf:
        if state is None:
            kf.write((LOCK_AT, lambda: os.urandom(16)))
        else:
            kf.write(kf.lock_block(state))


@pytest.mark.parametrize(
    "edit",
    [
        LockState(failures=0, wipe_after=0, show_remaining=False),  # wipe switched off
        LockState(failures=0, wipe_after=50, show_remaining=True),
        None,  # garbled
    ],
)
def test_an_edited_lock_block_is_reported_and_restored(
    ws: Workspace, edit: LockState | None
) -> None:
    ws.set_policy(Policy(wipe_after_failures=5))
    ws.close()
    _write_lock(ws.directory, edit)
    with unlock_workspace(ws.directory, PASSPHRASE) as reopened:
        assert [n.code for n in reopened.notices] == ["policy_restored"]
        assert reopened.policy.wipe_after_failures == 5
    with KeyFile.open(ws.directory / KEYFILE_NAME) as kf:
        assert kf.lock_state() == LockState(failures=0, wipe_after=5, show_remaining=False)
    with unlock_workspace(ws.directory, PASSPHRASE) as again:
        assert again.notices == []


def test_out_of_range_lock_blocks_count_nothing(ws: Workspace) -> None:
    """A counter above the threshold is refused as edited: no wipe, no count."""
    ws.set_policy(Policy(wipe_after_failures=3))
    ws.close()
    _write_lock(ws.directory, LockState(failures=9, wipe_after=3, show_remaining=False))
    with KeyFile.open(ws.directory / KEYFILE_NAME) as kf:
        assert kf.lock_state() is None
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(ws.directory, "not it at all, no")
    with unlock_workspace(ws.directory, PASSPHRASE) as reopened:
        assert [n.code for n in reopened.notices] == ["policy_restored"]


@pytest.mark.parametrize("created, typed", [("NFC", "NFD"), ("NFD", "NFC")])
def test_nfc_and_nfd_passphrases_open_the_same_workspace(
    tmp_path: Path, tiny: Questionnaire, created: str, typed: str
) -> None:
    korean = "봄바람 부는 언덕 위의 작은 학교"
    as_created = unicodedata.normalize(created, korean)
    as_typed = unicodedata.normalize(typed, korean)
    assert as_created != as_typed
    create_workspace(tmp_path / "ws", as_created, questionnaire=tiny).close()
    unlock_workspace(tmp_path / "ws", as_typed).close()


def test_unlocking_does_the_same_work_for_every_passphrase(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One Argon2id derivation and all four slots tried, real, duress or wrong."""
    set_duress(ws, DURESS, destroy=False)
    ws.close()
    calls: dict[str, int] = {"derive": 0, "slot": 0, "write": 0}

    def counting(name: str, real: Callable[..., object]) -> Callable[..., object]:
        def wrapper(*args: object, **kwargs: object) -> object:
            calls[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(keyfile, "derive_key", counting("derive", keyfile.derive_key))
    monkeypatch.setattr(keyfile, "open_secret", counting("slot", keyfile.open_secret))
    monkeypatch.setattr(KeyFile, "write", counting("write", KeyFile.write))
    work = {}
    for label, passphrase in (("real", PASSPHRASE), ("duress", DURESS), ("wrong", OTHER)):
        calls.update(derive=0, slot=0, write=0)
        try:
            unlock_workspace(ws.directory, passphrase).close()
        except WrongPassphraseError:
            assert label == "wrong"
        work[label] = dict(calls)
    assert work["real"] == work["duress"] == work["wrong"] == {"derive": 1, "slot": 4, "write": 1}


def test_two_windows_cannot_overwrite_each_other(ws: Workspace) -> None:
    other = unlock_workspace(ws.directory, PASSPHRASE)
    ws.set_policy(Policy(lock_after_minutes=9))
    with pytest.raises(WorkspaceError, match="another fieldkit window"):
        other.set_policy(Policy(lock_after_minutes=1))
    other.close()
    ws.close()
    with unlock_workspace(ws.directory, PASSPHRASE) as reopened:
        assert reopened.policy.lock_after_minutes == 9


def test_an_update_cut_short_keeps_the_newer_slot(ws: Workspace) -> None:
    """Crash after the new slot was synced, before the old one was overwritten."""
    from dataclasses import replace

    from fieldkit.store.keyfile import slot_pair
    from fieldkit.store.keyslot import encode_payload

    vault = ws.store._vault
    first, second = slot_pair(vault.slot)
    spare = second if vault.slot == first else first
    newer = replace(vault.payload.next_generation(), policy=Policy(lock_after_minutes=42))
    vault.keyfile.write(vault.keyfile.sealed_slot(spare, vault.kek, encode_payload(newer)))
    ws.close()
    with KeyFile.open(ws.directory / KEYFILE_NAME) as kf:
        assert len(kf.open_slots(vault.kek)) == 2
    with unlock_workspace(ws.directory, PASSPHRASE) as reopened:
        assert reopened.policy.lock_after_minutes == 42
    with KeyFile.open(ws.directory / KEYFILE_NAME) as kf:
        assert len(kf.open_slots(vault.kek)) == 1


def test_a_new_workspace_needs_a_new_or_empty_folder(tmp_path: Path, tiny: Questionnaire) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "holiday.jpg").write_bytes(b"not ours")
    with pytest.raises(WorkspaceError, match="new or empty"):
        create_workspace(tmp_path / "busy", PASSPHRASE, questionnaire=tiny)
    assert [p.name for p in (tmp_path / "busy").iterdir()] == ["holiday.jpg"]


def test_the_folder_holds_nothing_that_names_itself(ws: Workspace) -> None:
    names = sorted(p.name for p in ws.directory.iterdir())
    database = ws.store.database_path.name
    assert names == sorted([KEYFILE_NAME, database, database + "-shm", database + "-wal"])
    assert len(database) == 16 and all(c in "0123456789abcdef" for c in database)


def test_production_cost_is_the_formats_and_no_option_lowers_it() -> None:
    """Outside the test suite's fixture the cost is 256 MiB, 3 passes, 4 lanes, and the
    old hidden options are gone."""
    code = (
        "from fieldkit.store import keyfile as f; "
        "print(f.KDF.memory_kib, f.KDF.iterations, f.KDF.lanes)"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.split() == [str(256 * 1024), "3", "4"]
    from click.testing import CliRunner

    from fieldkit.cli import cli

    result = CliRunner().invoke(cli, ["init", "--kdf-memory-mib", "8"])
    assert result.exit_code == 2 and "No such option" in result.output
