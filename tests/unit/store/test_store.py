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
from fieldkit.store import DB_NAME, Policy, Store, StoredQuestionnaire
from fieldkit.store.db import open_database

from helpers import FAST_KDF, PASSPHRASE, raw_db

CANARY = "Ri Sun-hui of Kyongsong"


def snapshot(directory: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.iterdir())
        if p.is_file()
    }


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.create(tmp_path / "ws", PASSPHRASE, kdf=FAST_KDF)
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
    files = [store.directory / DB_NAME, store.directory / (DB_NAME + "-wal")]
    assert all(f.exists() for f in files)
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert CANARY.encode() not in data
        assert CANARY.encode("utf-16-le") not in data
    header = (store.directory / "workspace.json").read_text()
    assert CANARY not in header and PASSPHRASE not in header
    store.close()
    assert not (store.directory / DB_NAME).read_bytes().startswith(b"SQLite format 3")


def test_database_cannot_be_opened_without_the_key(store: Store) -> None:
    store.close()
    with pytest.raises(WrongPassphraseError):
        open_database(store.directory / DB_NAME, b"\x00" * 32)
    import sqlite3

    plain = sqlite3.connect(store.directory / DB_NAME)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_wrong_passphrase_changes_nothing(store: Store) -> None:
    store.close()
    before = snapshot(store.directory)
    with pytest.raises(WrongPassphraseError, match="wrong passphrase; nothing was changed"):
        Store.open(store.directory, "not the passphrase at all")
    assert snapshot(store.directory) == before


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


def test_open_survives_a_crash_in_the_middle_of_rotation(store: Store) -> None:
    """Header holds both keys, database already re-keyed: the new key must open it."""
    from fieldkit.crypto import new_secret
    from fieldkit.store.header import read_header, write_header

    header = read_header(store.directory)
    old_key = header.data_keys(header.kek(PASSPHRASE))[0]
    new_key = new_secret(32)
    write_header(
        store.directory, header.with_key(header.kek(PASSPHRASE), old_key, next_key=new_key)
    )
    raw_db(store).rekey(new_key)
    store.close()
    with Store.open(store.directory, PASSPHRASE) as reopened:
        assert reopened.integrity_problems() == []
    assert read_header(store.directory).next_wrapped_key is None


def test_a_future_schema_is_refused_and_left_alone(store: Store) -> None:
    raw_db(store).execute("INSERT INTO migrations (name, applied_at) VALUES ('9999_future', 'x')")
    store.close()
    before = snapshot(store.directory)
    with pytest.raises(SchemaVersionError, match="newer fieldkit"):
        Store.open(store.directory, PASSPHRASE)
    assert snapshot(store.directory) == before


def test_a_database_from_another_workspace_is_refused(tmp_path: Path, store: Store) -> None:
    other = Store.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    store.close()
    (store.directory / DB_NAME).write_bytes((other.directory / DB_NAME).read_bytes())
    with pytest.raises(WorkspaceError, match=r"does not open with its key|different workspace"):
        Store.open(store.directory, PASSPHRASE)


def test_creating_over_an_existing_workspace_is_refused(store: Store) -> None:
    with pytest.raises(WorkspaceError, match="already exists"):
        Store.create(store.directory, PASSPHRASE, kdf=FAST_KDF)


def test_wipe_leaves_nothing_that_opens(store: Store) -> None:
    store.close()
    Store.wipe(store.directory)
    assert list(store.directory.iterdir()) == []
    with pytest.raises(WorkspaceError, match="no fieldkit workspace here"):
        Store.open(store.directory, PASSPHRASE)


def test_policy_wipes_after_repeated_failures(store: Store) -> None:
    store.set_policy(Policy(wipe_after_failures=3))
    store.close()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
            Store.open(store.directory, "wrong passphrase here")
    with pytest.raises(WrongPassphraseError, match="wiped by policy"):
        Store.open(store.directory, "wrong passphrase here")
    with pytest.raises(WorkspaceError):
        Store.open(store.directory, PASSPHRASE)


def test_a_right_passphrase_resets_the_failure_count(store: Store) -> None:
    store.set_policy(Policy(wipe_after_failures=2))
    store.close()
    with pytest.raises(WrongPassphraseError):
        Store.open(store.directory, "wrong passphrase here")
    Store.open(store.directory, PASSPHRASE).close()
    with pytest.raises(WrongPassphraseError, match="nothing was changed"):
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


def test_header_tampering_with_kdf_parameters_does_not_unlock(store: Store) -> None:
    store.close()
    path = store.directory / "workspace.json"
    header = json.loads(path.read_text())
    header["kdf"]["iterations"] = 2
    path.write_text(json.dumps(header))
    with pytest.raises(WrongPassphraseError):
        Store.open(store.directory, PASSPHRASE)
