"""What a forensic examiner finds on the raw disk: no key slot that ever opened survives.

Each test runs the real commands on a workspace inside a freshly made ext4 file system
(a 64 MiB image, loop-mounted), records every state of the key file the commands ever
wrote, then reads the whole image as an attacker with a disk copy would:

- no slot that ever opened under any passphrase used in the run is anywhere in the
  image (a search for pieces of every such slot's ciphertext, with a positive control
  that the same search finds the live slots before the wipe);
- no data key ever used is in the image in the clear;
- no interview canary, in UTF-8 or UTF-16, and no version-1 header text.

Needs root and ``mount -o loop`` (CI runs as root); skipped with the reason elsewhere.
The image is unmounted and its loop device detached even when a test fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from fieldkit.cli import cli
from fieldkit.crypto import open_secret
from fieldkit.store import keyfile as keyfile_module
from fieldkit.store.keyfile import (
    KEYFILE_NAME,
    SALT_BYTES,
    SLOT_BYTES,
    SLOT_COUNT,
    SLOTS_AT,
    KeyFile,
    derive_kek,
)
from fieldkit.store.keyslot import decode_payload

from helpers import DATA, PASSPHRASE, TINY

pytestmark = pytest.mark.slow

NEW = "new field passphrase 2026 river"
DURESS = "paper lantern over quiet harbour"
V1_PASSPHRASE = "두만강 건너 작은 마을의 봄바람 2019"
NEW_CANARIES = ["Zorvexa Quilliam", "Xembrok-ri", "뵹똑실카나리아"]
V1_CANARIES = ["박순옥카나리아", "회령시유선동카나리아"]  # in tests/data/v1_workspace
PIECES = (0, 12, 200, 500, SLOT_BYTES - 32)
"""Where in a slot the 32-byte search pieces start (nonce, ciphertext, tag end)."""


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """``(image, mount point)`` of a fresh 64 MiB ext4 file system."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("mounting a loop image needs root (CI runs as root)")
    if shutil.which("mkfs.ext4") is None or shutil.which("mount") is None:
        pytest.skip("mkfs.ext4 and mount are needed to make the image")
    image, mount = tmp_path / "disk.img", tmp_path / "mnt"
    mount.mkdir()
    with image.open("wb") as f:
        f.truncate(64 * 1024 * 1024)
    made = _run("mkfs.ext4", "-q", "-F", str(image))
    if made.returncode:
        pytest.skip(f"mkfs.ext4 failed: {made.stderr.strip()}")
    mounted = _run("mount", "-o", "loop", str(image), str(mount))
    if mounted.returncode:
        pytest.skip(f"cannot loop-mount an image here: {mounted.stderr.strip()}")
    try:
        yield image, mount
    finally:
        if _run("umount", str(mount)).returncode:
            _run("umount", "-l", str(mount))
        attached = _run("losetup", "-j", str(image)).stdout
        for line in attached.splitlines():
            _run("losetup", "-d", line.split(":", 1)[0])


@dataclass
class Recorder:
    """Every key-file image any command wrote during the run."""

    states: list[bytes] = field(default_factory=list)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        original = KeyFile.write

        def write(keyfile: KeyFile, *changes: object) -> None:
            original(keyfile, *changes)  # type: ignore[arg-type]
            self.states.append(keyfile.image())

        monkeypatch.setattr(KeyFile, "write", write)

    def opening_slots(self, passphrases: list[str]) -> tuple[set[bytes], set[bytes]]:
        """Every slot ciphertext that ever opened under one of ``passphrases``, and
        every data key those slots held."""
        slots: set[bytes] = set()
        keys: set[bytes] = set()
        keks: dict[tuple[bytes, str], bytes] = {}
        for state in self.states:
            salt = state[:SALT_BYTES]
            for passphrase in passphrases:
                kek = keks.setdefault((salt, passphrase), derive_kek(passphrase, salt))
                for index in range(SLOT_COUNT):
                    sealed = _slot(state, index)
                    context = keyfile_module.LABEL_SLOT + salt + bytes([index])
                    plain = open_secret(kek, sealed, context)
                    if plain is not None:
                        slots.add(sealed)
                        payload = decode_payload(plain)
                        keys.update(k for k in (payload.data_key, payload.next_key) if k)
        return slots, keys


def _slot(image: bytes, index: int) -> bytes:
    start = SLOTS_AT + index * SLOT_BYTES
    return image[start : start + SLOT_BYTES]


def found_pieces(raw: bytes, slots: set[bytes]) -> list[str]:
    """Which slots have any 32-byte piece anywhere in ``raw``."""
    return [
        f"slot {sealed[:6].hex()}... piece at {at}"
        for sealed in slots
        for at in PIECES
        if sealed[at : at + 32] in raw
    ]


def text_found(raw: bytes, texts: list[str]) -> list[str]:
    return [
        f"{text!r} ({encoding})"
        for text in texts
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
        if text.encode(encoding) in raw
    ]


def sync_and_read(image: Path) -> bytes:
    os.sync()
    return image.read_bytes()


class Commands:
    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace

    def __call__(
        self, *args: str, passphrase: str | None = None, input: str | None = None
    ) -> Result:
        """``fieldkit --workspace WS ARGS``; the passphrase from the environment, or typed."""
        env = {"FIELDKIT_PASSPHRASE": passphrase} if passphrase else {}
        return CliRunner().invoke(
            cli, ["--workspace", str(self.workspace), *args], env=env, input=input
        )


def _import_file(tmp_path: Path) -> Path:
    path = tmp_path / "typed-by-hand.json"  # outside the image: it is the user's plaintext
    name, village, alias = NEW_CANARIES
    answers = {
        "consent": "yes",
        "birth_year": 1981,
        "sold": "yes",
        "name": name,
        "village": village,
        "narrative": f"{name} left {village}; they called her {alias}.",
    }
    body = {"format": "fieldkit-interviews/1", "interviews": [{"ref": "c-1", "answers": answers}]}
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return path


def _init(run: Commands, tmp_path: Path) -> None:
    tiny = tmp_path / "tiny.toml"
    tiny.write_text(TINY, encoding="utf-8")
    assert run("init", "--questionnaire", str(tiny), passphrase=PASSPHRASE).exit_code == 0
    imported = run("interview", "import", str(_import_file(tmp_path)), passphrase=PASSPHRASE)
    assert imported.exit_code == 0, imported.output


def test_after_every_kind_of_update_and_a_wipe_no_key_slot_survives_on_disk(
    disk: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image, mount = disk
    recorder = Recorder()
    recorder.install(monkeypatch)
    run = Commands(mount / "ws")
    _init(run, tmp_path)
    assert run("workspace", "policy", "--wipe-after", "5", passphrase=PASSPHRASE).exit_code == 0
    assert run("interview", "list", passphrase="a wrong guess, twice").exit_code == 2
    changed = run("workspace", "passphrase", input=f"{PASSPHRASE}\n{NEW}\n{NEW}\n")
    assert changed.exit_code == 0, changed.output
    assert run("workspace", "rotate-key", passphrase=NEW).exit_code == 0
    duress = run("workspace", "duress", input=f"{NEW}\n{DURESS}\n{DURESS}\n")
    assert duress.exit_code == 0, duress.output
    assert "P-01" in run("interview", "list", passphrase=DURESS).output
    assert "c-1" in run("interview", "list", passphrase=NEW).output

    slots, keys = recorder.opening_slots([PASSPHRASE, NEW, DURESS])
    live = {_slot(recorder.states[-1], i) for i in range(SLOT_COUNT)} & slots
    assert len(live) == 2  # the real workspace's slot and the decoy's
    before = sync_and_read(image)
    assert found_pieces(before, live), "positive control: the search finds live slots"
    assert len(slots) >= 8  # every update wrote a new slot

    assert run("workspace", "wipe", "--yes-destroy-everything").exit_code == 0
    raw = sync_and_read(image)
    assert not (mount / "ws").exists()
    assert found_pieces(raw, slots) == []
    assert [k.hex()[:8] for k in keys if k in raw] == []
    assert text_found(raw, [*NEW_CANARIES, PASSPHRASE, NEW, DURESS]) == []


def test_duress_with_destroy_leaves_nothing_that_opens_the_real_workspace(
    disk: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image, mount = disk
    recorder = Recorder()
    recorder.install(monkeypatch)
    run = Commands(mount / "ws")
    _init(run, tmp_path)
    assert run("workspace", "policy", "--lock-after", "3", passphrase=PASSPHRASE).exit_code == 0
    duress = run("workspace", "duress", "--destroy", input=f"{PASSPHRASE}\n{DURESS}\n{DURESS}\n")
    assert duress.exit_code == 0, duress.output
    real_slots, real_keys = recorder.opening_slots([PASSPHRASE])
    assert "P-01" in run("interview", "list", passphrase=DURESS).output  # destroys, then closes

    raw = sync_and_read(image)
    assert found_pieces(raw, real_slots) == []
    assert [k.hex()[:8] for k in real_keys if k in raw] == []
    assert text_found(raw, [*NEW_CANARIES, PASSPHRASE]) == []
    refused = run("interview", "list", passphrase=PASSPHRASE)
    assert refused.exit_code == 2 and "wrong passphrase" in refused.output
    assert sorted(p.name for p in (mount / "ws").iterdir())[-1] == KEYFILE_NAME
    assert len(list((mount / "ws").iterdir())) == 2  # the key file and the decoy's database


def test_a_migrated_then_wiped_v1_workspace_leaves_no_header_behind(
    disk: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    image, mount = disk
    recorder = Recorder()
    recorder.install(monkeypatch)
    shutil.copytree(DATA / "v1_workspace", mount / "ws")
    header = json.loads((mount / "ws" / "workspace.json").read_text())
    os.sync()
    assert header["wrapped_key"].encode() in image.read_bytes()  # positive control
    run = Commands(mount / "ws")
    listed = run("interview", "list", passphrase=V1_PASSPHRASE)
    assert listed.exit_code == 0 and "upgraded" in listed.output
    assert run("workspace", "wipe", "--yes-destroy-everything").exit_code == 0
    raw = sync_and_read(image)
    slots, keys = recorder.opening_slots([V1_PASSPHRASE])
    assert slots and found_pieces(raw, slots) == []
    assert header["wrapped_key"].encode() not in raw
    assert b"fieldkit-workspace/1" not in raw
    assert text_found(raw, [*V1_CANARIES, V1_PASSPHRASE]) == []
    assert [k.hex()[:8] for k in keys if k in raw] == []


def test_a_wipe_by_policy_leaves_only_random_bytes_on_disk(
    disk: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    image, mount = disk
    recorder = Recorder()
    recorder.install(monkeypatch)
    run = Commands(mount / "ws")
    _init(run, tmp_path)
    assert run("workspace", "policy", "--wipe-after", "3", passphrase=PASSPHRASE).exit_code == 0
    for _ in range(3):
        assert run("interview", "list", passphrase="a guess at the checkpoint").exit_code == 2
    slots, keys = recorder.opening_slots([PASSPHRASE])
    raw = sync_and_read(image)
    assert [p.name for p in (mount / "ws").iterdir()] == [KEYFILE_NAME]
    assert found_pieces(raw, slots) == []
    assert [k.hex()[:8] for k in keys if k in raw] == []
    refused = run("interview", "list", passphrase=PASSPHRASE)
    assert refused.exit_code == 2 and refused.output.strip() == "error: wrong passphrase"


def _import_on_disk(mount: Path, tmp_path: Path, *options: str) -> Path:
    """The interviewer's plaintext answers file on the same disk as the workspace,
    imported with ``options``; returns where it was."""
    run = Commands(mount / "ws")
    tiny = tmp_path / "tiny.toml"
    tiny.write_text(TINY, encoding="utf-8")
    assert run("init", "--questionnaire", str(tiny), passphrase=PASSPHRASE).exit_code == 0
    answers = mount / "answers.json"
    answers.write_bytes(_import_file(tmp_path).read_bytes())
    os.sync()  # the answers are on the disk, as a file typed earlier would be
    result = run("interview", "import", *options, str(answers), passphrase=PASSPHRASE)
    assert result.exit_code == 0, result.output
    return answers


def test_an_import_file_deleted_by_hand_leaves_its_answers_on_disk(
    disk: tuple[Path, Path], tmp_path: Path
) -> None:
    """The threat ``--delete-input`` answers (and the positive control for the next test):
    an ordinary delete frees the blocks and leaves the answers in them."""
    image, mount = disk
    _import_on_disk(mount, tmp_path).unlink()
    assert text_found(sync_and_read(image), NEW_CANARIES[:1])


def test_an_import_file_deleted_with_delete_input_leaves_no_answer_on_disk(
    disk: tuple[Path, Path], tmp_path: Path
) -> None:
    image, mount = disk
    answers = _import_on_disk(mount, tmp_path, "--delete-input")
    assert not answers.exists()
    assert text_found(sync_and_read(image), NEW_CANARIES) == []
