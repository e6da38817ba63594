"""Version-1 workspaces keep opening, and their first unlock retires ``workspace.json``.

The fixture in tests/data/v1_workspace was made by the version-1 code itself
(tests/data/make_v1_workspace.py, commit 8812822): a Korean passphrase typed in
NFC, policy lock 7 min / wipe after 5, one interview with two canaries.
"""

from __future__ import annotations

import json
import os
import shutil
import unicodedata
from pathlib import Path

import pytest

from fieldkit.errors import WrongPassphraseError
from fieldkit.session import unlock_workspace
from fieldkit.store import files as store_files
from fieldkit.store.keyfile import FILE_BYTES, KEYFILE_NAME

from helpers import DATA

V1_PASSPHRASE = "두만강 건너 작은 마을의 봄바람 2019"
CANARIES = {"name": "박순옥카나리아", "village": "회령시유선동카나리아"}


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    target = tmp_path / "v1"
    shutil.copytree(DATA / "v1_workspace", target)
    return target


def names(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def assert_migrated(directory: Path) -> None:
    listing = names(directory)
    assert "workspace.json" not in listing and "fieldkit.db" not in listing
    assert KEYFILE_NAME in listing
    assert (directory / KEYFILE_NAME).stat().st_size == FILE_BYTES


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_a_v1_workspace_opens_and_is_upgraded(v1: Path, form: str) -> None:
    with unlock_workspace(v1, unicodedata.normalize(form, V1_PASSPHRASE)) as ws:
        assert [n.code for n in ws.notices] == ["upgraded"]
        answers = ws.interview(ws.summaries()[0].id).answers
        assert {k: answers[k] for k in CANARIES} == CANARIES
        assert ws.policy.lock_after_minutes == 7
        assert ws.policy.wipe_after_failures == 5
        assert ws.check_integrity() > 0
    assert_migrated(v1)
    with unlock_workspace(v1, V1_PASSPHRASE) as again:  # now through the key file
        assert again.notices == []
        assert again.interview(again.summaries()[0].id).answers["name"] == CANARIES["name"]


def test_a_wrong_passphrase_on_v1_is_counted_in_place(v1: Path) -> None:
    header = v1 / "workspace.json"
    inode = header.stat().st_ino
    with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$"):
        unlock_workspace(v1, "certainly not the right words")
    assert header.stat().st_ino == inode  # rewritten in place, not replaced by a rename
    assert json.loads(header.read_bytes())["failed_unlocks"] == 1
    unlock_workspace(v1, V1_PASSPHRASE).close()
    assert_migrated(v1)


def test_a_v1_wipe_by_policy_leaves_only_a_random_key_file(v1: Path) -> None:
    for _ in range(5):
        with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$"):
            unlock_workspace(v1, "certainly not the right words")
    assert names(v1) == [KEYFILE_NAME]
    with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$"):
        unlock_workspace(v1, V1_PASSPHRASE)


def test_a_v1_header_with_weakened_kdf_parameters_does_not_unlock(v1: Path) -> None:
    path = v1 / "workspace.json"
    header = json.loads(path.read_text())
    header["kdf"]["memory_kib"] = 16 * 1024
    path.write_text(json.dumps(header))
    with pytest.raises(WrongPassphraseError):
        unlock_workspace(v1, V1_PASSPHRASE)


def test_an_upgrade_cut_before_the_rename_is_done_again(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*args: object) -> None:
        raise OSError("power cut")

    with monkeypatch.context() as patch, pytest.raises(OSError, match="power cut"):
        patch.setattr(store_files.os, "rename", crash)
        unlock_workspace(v1, V1_PASSPHRASE)
    assert {"workspace.json", "fieldkit.db", KEYFILE_NAME} <= set(names(v1))
    with unlock_workspace(v1, V1_PASSPHRASE) as ws:
        assert ws.interview(ws.summaries()[0].id).answers["name"] == CANARIES["name"]
    assert_migrated(v1)


def test_an_upgrade_cut_after_the_rename_finishes_on_the_next_unlock(
    v1: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(directory: Path) -> None:
        raise OSError("power cut")

    with monkeypatch.context() as patch, pytest.raises(OSError, match="power cut"):
        patch.setattr(store_files, "_retire_header", crash)
        unlock_workspace(v1, V1_PASSPHRASE)
    assert "workspace.json" in names(v1) and "fieldkit.db" not in names(v1)
    with unlock_workspace(v1, V1_PASSPHRASE) as ws:
        assert [n.code for n in ws.notices] == ["upgraded"]
    assert_migrated(v1)
    assert not os.path.exists(v1 / "workspace.json")
