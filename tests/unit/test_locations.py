"""The interviewer's default workspace folder does not name the program, and a version-1
workspace at the old default place is moved there (renamed, not copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.locations import DEFAULT_FOLDER, default_workspace_dir, resolve_workspace


@pytest.fixture
def data_home(isolated_dirs: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("FIELDKIT_HOME")
    return isolated_dirs / "data"


def test_the_default_folder_is_neutral(data_home: Path) -> None:
    folder = default_workspace_dir()
    assert folder == data_home / DEFAULT_FOLDER
    assert "fieldkit" not in str(folder.relative_to(data_home)).lower()


def test_a_workspace_at_the_old_default_place_is_moved_once(data_home: Path) -> None:
    legacy = data_home / "fieldkit" / "workspace"
    legacy.mkdir(parents=True)
    (legacy / "workspace.json").write_text("{}")
    inode = (legacy / "workspace.json").stat().st_ino
    folder = default_workspace_dir()
    assert (folder / "workspace.json").stat().st_ino == inode
    assert not (data_home / "fieldkit").exists()
    assert default_workspace_dir() == folder


def test_the_old_place_is_left_alone_when_the_new_one_exists(data_home: Path) -> None:
    (data_home / "fieldkit" / "workspace").mkdir(parents=True)
    (data_home / DEFAULT_FOLDER).mkdir()
    default_workspace_dir()
    assert (data_home / "fieldkit" / "workspace").exists()


def test_workspace_option_wins(data_home: Path, tmp_path: Path) -> None:
    assert resolve_workspace(tmp_path / "elsewhere") == tmp_path / "elsewhere"
