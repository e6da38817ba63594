"""The encrypted store: nothing readable at rest, wrong keys change nothing,
answers keep every revision, and the event log detects tampering."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from fieldkit.errors import (
    EventLogError,
    SchemaVersionError,
    StorageError,
    WorkspaceError,
    WrongPassphraseError,
)
from fieldkit.store import Policy, Store, StoredQuestionnaire
from fieldkit.store.db import open_database
from fieldkit.store.keyfile import KEYFILE_NAME

from helpers import PASSPHRASE, raw_db

CANARY = "Ri Sun-hui of Kyongsong"


def snapshot(directory: Path) -> dict[str, str]:
    """Every file's hash; the key file's lock block (the failure counter, rewritten by
    every unlock attempt) left out."""

    def content(path: Path) -> bytes:
        data = path.read_bytes()
        return data[:32] + data[48:] if path.name == KEYFILE_NAME else data

    return {
        p.name: hashlib.sha256(content(p)).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.create(tmp_path / "ws", PASSPHRASE)
    s.questionnaires.add(
        StoredQuestionnaire(
            hash="q" * 64, questionnaire_id="tiny", version="1", body={"id": "tiny"}
        )
    )
    return s


def test_files_at_rest_are_not_sqlite_and_hold_no_plaintext(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "name", CANARY)
    # While open, the answer sits in the WAL: both files must be ciphertext.
    database = store.database_path
    files = [database, database.with_name(database.name + "-wal")]
    assert all(f.exists() for f in files)
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert CANARY.encode() not in data
        assert CANARY.encode("utf-16-le") not in data
    key = (store.directory / KEYFILE_NAME).read_bytes()
    assert CANARY.encode() not in key and PASSPHRASE.encode() not in key
    store.close()
    assert not database.read_bytes().startswith(b"SQLite format 3")


def test_database_cannot_be_opened_without_the_key(store: Store) -> None:
    store.close()
    with pytest.raises(WrongPassphraseError):
        open_database(store.database_path, b"\x00" * 32)
    import sqlite3

    plain = sqlite3.connect(store.database_path)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_wrong_passphrase_changes_nothing_but_the_failure_counter(store: Store) -> None:
    """The database and every key slot stay byte-identical; only the lock block's
    counter moves (it is what a wipe policy counts, and what the next unlock reports)."""
    store.close()
    before = snapshot(store.directory)
    with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$"):
        Store.open(store.directory, "not the passphrase at all")
    assert snapshot(store.directory) == before
    with Store.open(store.directory, PASSPHRASE) as reopened:
        assert [(n.code, n.count) for n in reopened.notices] == [("failed_attempts", 1)]


def test_an_answer_edited_three_times_keeps_all_revisions(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    for value in (1974, 1975, 1976, 1977):
        store.interviews.record_answer(interview, "birth_year", value)
    history = store.interviews.history(interview, "birth_year")
    assert [r.value for r in history] == [1974, 1975, 1976, 1977]
    assert [r.revision for r in history] == [1, 2, 3, 4]
    assert history[0].previous_id is None
    assert [r.previous_id for r in history[1:]] == [r.id for r in history[:-1]]
    assert store.interviews.answers(interview) == {"birth_year": 1977}


def test_answers_cannot_be_overwritten_even_with_sql(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "birth_year", 1974)
    with pytest.raises(StorageError, match="append-only"):
        raw_db(store).execute("UPDATE answers SET value = '1999'")
    with pytest.raises(StorageError, match="append-only"):
        raw_db(store).execute("DELETE FROM answers")


def test_cleared_answer_is_a_revision(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "sold", "yes")
    store.interviews.record_answer(interview, "sold", None)
    assert store.interviews.answers(interview) == {}
    assert [r.value for r in store.interviews.history(interview, "sold")] == ["yes", None]


def test_acknowledged_answers_survive_reopen(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "sold", "yes")
    store.close()
    with Store.open(store.directory, PASSPHRASE) as reopened:
        assert reopened.interviews.answers(interview) == {"sold": "yes"}
        assert reopened.integrity_problems() == []


def _tamper(store: Store, sql: str, params: tuple[object, ...] = ()) -> None:
    """An attacker with the key can bypass the triggers; the chain must still tell."""
    raw_db(store).execute("DROP TRIGGER events_append_only_u")
    raw_db(store).execute("DROP TRIGGER events_append_only_d")
    raw_db(store).execute(sql, params)


def test_event_log_verifies(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "sold", "yes")
    assert store.events.verify() == 4  # created, questionnaire, interview, answered


def test_event_log_detects_a_removed_entry(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "sold", "yes")
    _tamper(store, "DELETE FROM events WHERE seq = 2")
    with pytest.raises(EventLogError, match="entry 2 is missing"):
        store.events.verify()


def test_event_log_detects_an_altered_entry(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "sold", "yes")
    _tamper(store, "UPDATE events SET payload = ? WHERE seq = 3", (json.dumps({"x": 1}),))
    with pytest.raises(EventLogError, match="entry 3: has been altered"):
        store.events.verify()


def test_event_log_detects_a_cut_tail(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "sold", "yes")
    last = store.events.head()[0]
    _tamper(store, "DELETE FROM events WHERE seq = ?", (last,))
    with pytest.raises(EventLogError, match="its head says"):
        store.events.verify()


def test_change_passphrase_and_rotate_key(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "sold", "yes")
    store.change_passphrase("a new passphrase for the field")
    store.rotate_data_key("a new passphrase for the field")
    store.close()
    with pytest.raises(WrongPassphraseError):
        Store.open(store.directory, PASSPHRASE)
    with Store.open(store.directory, "a new passphrase for the field") as reopened:
        assert reopened.interviews.answers(interview) == {"sold": "yes"}
        kinds = [e.kind for e in reopened.events.read()]
        assert kinds[-2:] == ["passphrase_changed", "data_key_rotated"]


@pytest.mark.parametrize("rekeyed", [True, False])
def test_open_survives_a_crash_in_the_middle_of_rotation(store: Store, rekeyed: bool) -> None:
    """The slot holds both keys; whichever the database is under opens it, and the
    slot is left with that key alone."""
    from fieldkit.crypto import new_secret

    vault = store._vault
    old_key, new_key = vault.payload.data_key, new_secret(32)
    vault.update(vault.payload.next_generation(next_key=new_key))
    if rekeyed:
        raw_db(store).rekey(new_key)
    store.close()
    with Store.open(store.directory, PASSPHRASE) as reopened:
        assert reopened.integrity_problems() == []
        payload = reopened._vault.payload
        assert payload.next_key is None
        assert payload.data_key == (new_key if rekeyed else old_key)
        interrupted = [n.code for n in reopened.notices] == ["rotation_interrupted"]
        assert interrupted is not rekeyed


def test_a_future_schema_is_refused_and_left_alone(store: Store) -> None:
    raw_db(store).execute("INSERT INTO migrations (name, applied_at) VALUES ('9999_future', 'x')")
    store.close()
    before = snapshot(store.directory)
    with pytest.raises(SchemaVersionError, match="newer fieldkit"):
        Store.open(store.directory, PASSPHRASE)
    assert snapshot(store.directory) == before


def test_a_database_from_another_workspace_is_refused(tmp_path: Path, store: Store) -> None:
    other = Store.create(tmp_path / "other", PASSPHRASE)
    other.close()
    store.close()
    store.database_path.write_bytes(other.database_path.read_bytes())
    with pytest.raises(WorkspaceError, match=r"does not open with its key|different workspace"):
        Store.open(store.directory, PASSPHRASE)


def test_creating_over_an_existing_workspace_is_refused(store: Store) -> None:
    with pytest.raises(WorkspaceError, match="already exists"):
        Store.create(store.directory, PASSPHRASE)


def test_panic_wipe_leaves_nothing_at_all(store: Store) -> None:
    store.close()
    Store.wipe(store.directory)
    assert not store.directory.exists()
    with pytest.raises(WorkspaceError, match="no workspace here"):
        Store.open(store.directory, PASSPHRASE)


def test_panic_wipe_of_an_open_store_destroys_before_it_closes(store: Store) -> None:
    interview = store.interviews.create("q" * 64)
    store.interviews.record_answer(interview, "name", CANARY)
    Store.wipe(store.directory)  # the connection is still open, its WAL not checkpointed
    assert not store.directory.exists()
    store.close()
    assert not store.directory.exists()


def test_policy_wipes_after_repeated_failures_and_says_nothing(store: Store) -> None:
    store.set_policy(Policy(wipe_after_failures=3))
    store.close()
    key = store.directory / KEYFILE_NAME
    inode = key.stat().st_ino
    for _ in range(3):
        with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$") as caught:
            Store.open(store.directory, "wrong passphrase here")
        assert caught.value.remaining_tries is None
    assert [p.name for p in store.directory.iterdir()] == [KEYFILE_NAME]
    assert (key.stat().st_ino, key.stat().st_size) == (inode, 4096)
    with pytest.raises(WrongPassphraseError, match=r"^wrong passphrase$"):
        Store.open(store.directory, PASSPHRASE)


def test_remaining_tries_are_shown_only_when_the_policy_says_so(store: Store) -> None:
    store.set_policy(Policy(wipe_after_failures=3, show_remaining_tries=True))
    store.close()
    remaining = []
    for _ in range(4):
        with pytest.raises(WrongPassphraseError) as caught:
            Store.open(store.directory, "wrong passphrase here")
        remaining.append(caught.value.remaining_tries)
    assert remaining == [2, 1, 3, 2]  # the third wiped it; the count starts again


def test_a_right_passphrase_resets_the_failure_count(store: Store) -> None:
    store.set_policy(Policy(wipe_after_failures=2))
    store.close()
    with pytest.raises(WrongPassphraseError):
        Store.open(store.directory, "wrong passphrase here")
    Store.open(store.directory, PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        Store.open(store.directory, "wrong passphrase here")
    Store.open(store.directory, PASSPHRASE).close()


def test_nested_atomic_rolls_back_only_the_inner_part(store: Store) -> None:
    with raw_db(store).atomic():
        store.settings.set("outer", "1")
        with pytest.raises(RuntimeError), raw_db(store).atomic():
            store.settings.set("inner", "1")
            raise RuntimeError
    assert store.settings.get("outer") == "1"
    assert store.settings.get("inner") is None
