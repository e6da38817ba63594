"""``store.instances`` on its own: the migration, revisions, order and the interview's
revision bump every change makes (so a bundle knows the interview changed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.errors import WorkspaceError
from fieldkit.session import Workspace, create_workspace
from fieldkit.store.migrations import MIGRATIONS

from helpers import PASSPHRASE, REPEATS, questionnaire_from_toml, raw_db


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = create_workspace(
        tmp_path / "ws", PASSPHRASE, questionnaire=questionnaire_from_toml(REPEATS)
    )
    yield workspace
    workspace.close()


def test_the_named_migration_is_applied(ws: Workspace) -> None:
    assert [name for name, _ in MIGRATIONS][-2:] == ["0005_repeat_instances", "0006_drafts"]
    names = [r[0] for r in raw_db(ws.store).query("SELECT name FROM migrations")]
    assert "0005_repeat_instances" in names


def test_every_change_is_a_revision_and_bumps_the_interview(ws: Workspace) -> None:
    store = ws.store
    interview_id = store.interviews.create(ws.active_hash)
    before = store.interviews.get(interview_id).revision
    first = store.instances.add(interview_id, "sales")
    second = store.instances.add(interview_id, "sales")
    store.instances.record_answer(interview_id, first, "sale_year", 1999)
    store.instances.record_answer(interview_id, first, "sale_year", 2000)
    store.instances.record_answer(interview_id, second, "price", 5)
    store.instances.record_answer(interview_id, second, "price", None)
    assert store.instances.delete(interview_id, first) == 2
    assert store.instances.delete(interview_id, first) == 2  # already deleted: nothing new
    assert store.interviews.get(interview_id).revision == before + 7
    rows = store.instances.all(interview_id)
    assert [(r.id, r.deleted, r.revision) for r in rows] == [(first, True, 2), (second, False, 1)]
    assert store.instances.answers(interview_id) == {first: {"sale_year": 2000}}
    history = store.instances.history(first, "sale_year")
    assert [(h.revision, h.value) for h in history] == [(1, 1999), (2, 2000)]
    assert history[1].previous_id == history[0].id


def test_events_name_the_instance_never_the_value(ws: Workspace) -> None:
    store = ws.store
    interview_id = store.interviews.create(ws.active_hash)
    instance = store.instances.add(interview_id, "sales")
    store.instances.record_answer(interview_id, instance, "sale_year", 1987)
    events = [e for e in store.events.read() if e.kind.startswith("instance_")]
    assert [e.kind for e in events] == ["instance_added", "instance_answered"]
    assert all(e.payload.get("instance") == instance for e in events)
    assert "1987" not in repr([e.payload for e in events])


def test_unknown_and_duplicate_instances_are_refused(ws: Workspace) -> None:
    store = ws.store
    interview_id = store.interviews.create(ws.active_hash)
    instance = store.instances.add(interview_id, "sales")
    with pytest.raises(WorkspaceError, match="already exists"):
        store.instances.add(interview_id, "sales", instance_id=instance)
    with pytest.raises(WorkspaceError, match="no repeat instance"):
        store.instances.delete(interview_id, "not-an-instance")
