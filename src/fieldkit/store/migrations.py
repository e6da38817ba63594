"""Ordered, named schema migrations, each applied once in its own transaction.

Never edit a migration that has shipped: add a new one at the end.  The
``migrations`` table records what has been applied; a database that records a
migration this version of fieldkit does not know was written by a newer
fieldkit and is refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from fieldkit.errors import SchemaVersionError
from fieldkit.store.db import Database

__all__ = ["MIGRATIONS", "apply_migrations", "pending_migrations"]

Migration = Callable[[Database], None]


def _0001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE secrets (name TEXT PRIMARY KEY, value BLOB NOT NULL);
        CREATE TABLE questionnaires (
            hash TEXT PRIMARY KEY,
            questionnaire_id TEXT NOT NULL,
            version TEXT NOT NULL,
            body TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE interviews (
            id TEXT PRIMARY KEY,
            questionnaire_hash TEXT NOT NULL REFERENCES questionnaires(hash),
            ref TEXT,
            status TEXT NOT NULL DEFAULT 'in_progress'
                CHECK (status IN ('in_progress', 'complete')),
            revision INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            question_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            value TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            previous_id INTEGER REFERENCES answers(id),
            UNIQUE (interview_id, question_id, revision)
        );
        CREATE INDEX answers_by_interview ON answers (interview_id, question_id, revision);
        CREATE TABLE redaction_decisions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            kind TEXT NOT NULL CHECK (kind IN ('known', 'release')),
            term TEXT NOT NULL,
            label TEXT NOT NULL,
            decided_at TEXT NOT NULL
        );
        CREATE TABLE events (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            subject TEXT,
            payload TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE TRIGGER answers_append_only_u BEFORE UPDATE ON answers
            BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
        CREATE TRIGGER answers_append_only_d BEFORE DELETE ON answers
            BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
        CREATE TRIGGER events_append_only_u BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
        CREATE TRIGGER events_append_only_d BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
        """
    )


def _0002_bundles(db: Database) -> None:
    """Exports on an interviewer's device; enrolled devices and merged records on a
    coordinator's (both kinds get every table: one schema, one migration path)."""
    db.executescript(
        """
        CREATE TABLE record_ids (
            interview_id TEXT PRIMARY KEY REFERENCES interviews(id),
            record_id TEXT NOT NULL UNIQUE
        );
        CREATE TABLE bundles_out (
            sequence INTEGER PRIMARY KEY,
            bundle_id TEXT NOT NULL UNIQUE,
            manifest_hash TEXT NOT NULL,
            scope TEXT NOT NULL,
            records INTEGER NOT NULL,
            event_seq INTEGER NOT NULL,
            event_hash TEXT NOT NULL,
            written_at TEXT NOT NULL
        );
        CREATE TABLE exported_records (
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            revision INTEGER NOT NULL,
            sequence INTEGER NOT NULL REFERENCES bundles_out(sequence),
            PRIMARY KEY (interview_id, sequence)
        );
        CREATE TABLE devices (
            fingerprint TEXT PRIMARY KEY,
            label TEXT NOT NULL UNIQUE,
            public_key TEXT,
            enrolled_at TEXT NOT NULL,
            revoked_at TEXT
        );
        CREATE TABLE bundles_in (
            bundle_id TEXT PRIMARY KEY,
            device TEXT NOT NULL REFERENCES devices(fingerprint),
            sequence INTEGER NOT NULL,
            manifest_hash TEXT NOT NULL,
            previous_manifest TEXT,
            event_seq INTEGER NOT NULL,
            event_hash TEXT NOT NULL,
            scope TEXT NOT NULL,
            month TEXT NOT NULL,
            records INTEGER NOT NULL,
            changed INTEGER NOT NULL,
            merged_at TEXT NOT NULL,
            UNIQUE (device, sequence)
        );
        CREATE TABLE merged_records (
            record_id TEXT PRIMARY KEY,
            device TEXT NOT NULL REFERENCES devices(fingerprint),
            revision INTEGER NOT NULL,
            sequence INTEGER NOT NULL,
            record_hash TEXT NOT NULL,
            status TEXT NOT NULL,
            body TEXT NOT NULL,
            bundle_id TEXT NOT NULL REFERENCES bundles_in(bundle_id)
        );
        CREATE INDEX merged_records_by_device ON merged_records (device);
        """
    )


def _0003_audit_reviews(db: Database) -> None:
    """An auditor's pass/fail decisions on merged records (review mode), append-only:
    a changed mind is a new row, so the report can show what was decided, and when."""
    db.executescript(
        """
        CREATE TABLE audit_reviews (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            record_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            record_hash TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('passed', 'failed')),
            note TEXT NOT NULL,
            decided_at TEXT NOT NULL
        );
        CREATE INDEX audit_reviews_by_record ON audit_reviews (record_id, id);
        CREATE TRIGGER audit_reviews_append_only_u BEFORE UPDATE ON audit_reviews
            BEGIN SELECT RAISE(ABORT, 'audit reviews are append-only'); END;
        CREATE TRIGGER audit_reviews_append_only_d BEFORE DELETE ON audit_reviews
            BEGIN SELECT RAISE(ABORT, 'audit reviews are append-only'); END;
        """
    )


def _0004_drop_duplicate_answer_index(db: Database) -> None:
    """0001 created ``answers_by_interview`` on the same columns as the UNIQUE constraint's
    own index: every answer paid for two index pages.  One is enough."""
    db.execute("DROP INDEX IF EXISTS answers_by_interview")


def _0005_repeat_instances(db: Database) -> None:
    """Repeat instances (one per sale, per child) and their answers.  Both tables are
    append-only like ``answers``: adding, deleting and restoring an instance are
    revisions of it, and an answer inside an instance is revisioned like any other."""
    db.executescript(
        """
        CREATE TABLE repeat_instances (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            instance_id TEXT NOT NULL,
            repeat_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            deleted INTEGER NOT NULL CHECK (deleted IN (0, 1)),
            changed_at TEXT NOT NULL,
            previous_id INTEGER REFERENCES repeat_instances(id),
            UNIQUE (instance_id, revision)
        );
        CREATE INDEX repeat_instances_by_interview ON repeat_instances (interview_id, id);
        CREATE TABLE instance_answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            instance_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            revision INTEGER NOT NULL,
            value TEXT NOT NULL,
            answered_at TEXT NOT NULL,
            previous_id INTEGER REFERENCES instance_answers(id),
            UNIQUE (instance_id, question_id, revision)
        );
        CREATE INDEX instance_answers_by_interview ON instance_answers (interview_id);
        CREATE TRIGGER repeat_instances_append_only_u BEFORE UPDATE ON repeat_instances
            BEGIN SELECT RAISE(ABORT, 'repeat instances are append-only'); END;
        CREATE TRIGGER repeat_instances_append_only_d BEFORE DELETE ON repeat_instances
            BEGIN SELECT RAISE(ABORT, 'repeat instances are append-only'); END;
        CREATE TRIGGER instance_answers_append_only_u BEFORE UPDATE ON instance_answers
            BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
        CREATE TRIGGER instance_answers_append_only_d BEFORE DELETE ON instance_answers
            BEGIN SELECT RAISE(ABORT, 'answers are append-only'); END;
        """
    )


def _0006_drafts(db: Database) -> None:
    """Text typed but not yet submitted (``store.drafts``): one row per question, replaced
    in place; the answer's own revision removes it."""
    db.executescript(
        """
        CREATE TABLE drafts (
            interview_id TEXT NOT NULL REFERENCES interviews(id),
            question_id TEXT NOT NULL,
            text TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            PRIMARY KEY (interview_id, question_id)
        );
        """
    )


MIGRATIONS: list[tuple[str, Migration]] = [
    ("0001_initial", _0001_initial),
    ("0002_bundles", _0002_bundles),
    ("0003_audit_reviews", _0003_audit_reviews),
    ("0004_drop_duplicate_answer_index", _0004_drop_duplicate_answer_index),
    ("0005_repeat_instances", _0005_repeat_instances),
    ("0006_drafts", _0006_drafts),
]


def _applied(db: Database) -> list[str]:
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in db.query("SELECT name FROM migrations ORDER BY name")]


def pending_migrations(db: Database) -> list[str]:
    """Names of migrations not yet applied; refuses databases from the future."""
    applied = _applied(db)
    known = [name for name, _ in MIGRATIONS]
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise SchemaVersionError(
            f"the workspace was written by a newer fieldkit (schema {unknown[-1]})",
            hint="install the newer fieldkit version to open it; nothing was changed",
        )
    return [name for name in known if name not in applied]


def apply_migrations(db: Database, now: str | None = None) -> list[str]:
    """Apply every pending migration in order; returns their names.  ``now`` dates them
    (a duress decoy's history is dated in the past, its migrations included)."""
    pending = pending_migrations(db)
    steps = dict(MIGRATIONS)
    for name in pending:
        with db.atomic():
            steps[name](db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, now or datetime.now(UTC).isoformat(timespec="seconds")),
            )
    return pending
