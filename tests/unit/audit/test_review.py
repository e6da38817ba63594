"""Review mode's service: the sample, stored decisions, and decisions in the report."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from audit_helpers import World, build_world
from bundle_helpers import FakeRedactor
from fieldkit.audit import coordinator_inputs, current_decisions, decide, review_sample, run_audit
from fieldkit.bundle import merge_bundle
from fieldkit.bundle.export import export_bundle
from fieldkit.errors import AuditError, StorageError

from helpers import raw_db


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = build_world(tmp_path_factory.mktemp("review"), merge=("a1.age", "a2.age", "a3.age"))
    yield world
    world.close()


def test_flagged_records_come_first_and_the_sample_is_stable(merged: World) -> None:
    sample = review_sample(merged.coordinator, size=5)
    assert [i.hits for i in sample[:3]] == [1, 1, 1] and len(sample) == 5
    assert all(i.hits == 0 for i in sample[3:])
    assert [i.record for i in review_sample(merged.coordinator, size=5)] == [
        i.record for i in sample
    ]
    leak = sample[0]
    assert leak.device == "laptop 1"
    narrative = next(t for t in leak.texts if t.question == "narrative")
    assert narrative.label == "Life story"
    assert {m.kind for m in narrative.marks} == {"placeholder", "hit"}


def test_decisions_are_stored_logged_and_reported(merged: World) -> None:
    coordinator = merged.coordinator
    first, second = review_sample(coordinator, size=2)[:2]
    decide(coordinator, first.record, "failed", "  the phone number is hers  ")
    decide(coordinator, second.record, "passed")
    decisions = current_decisions(coordinator)
    assert decisions[first.record].verdict == "failed"
    assert decisions[first.record].note == "the phone number is hers"
    assert decisions[second.record].current
    events = coordinator.store.events.read("audit_review")
    assert [e.subject for e in events[-2:]] == [first.record, second.record]
    assert "phone" not in str(events[-2].payload)  # the note stays out of the log
    report = run_audit(coordinator_inputs(coordinator))
    assert {(d.record, d.verdict) for d in report.reviews} >= {
        (first.record, "failed"),
        (second.record, "passed"),
    }
    assert any(v.check == "failed reviews" and v.exceeded for v in report.verdicts())


def test_decisions_are_append_only(merged: World) -> None:
    with pytest.raises(StorageError):
        raw_db(merged.coordinator.store).execute("UPDATE audit_reviews SET verdict = 'passed'")


def test_bad_decisions_are_refused(merged: World) -> None:
    with pytest.raises(AuditError):
        decide(merged.coordinator, "0" * 32, "passed")
    record = review_sample(merged.coordinator, size=1)[0].record
    with pytest.raises(AuditError):
        decide(merged.coordinator, record, "maybe")


def test_a_decision_on_an_older_revision_is_marked(merged: World) -> None:
    coordinator = merged.coordinator
    item = next(i for i in review_sample(coordinator, size=20) if not i.hits)
    decide(coordinator, item.record, "passed", "fine")
    laptop = merged.laptop1
    row = raw_db(laptop.store).one(
        "SELECT interview_id FROM record_ids WHERE record_id = ?", (item.record,)
    )
    assert row is not None
    laptop.interview(row[0]).answer("work", "factory work")
    export_bundle(laptop, merged.bundle("a4.age"), redactor=FakeRedactor())
    merge_bundle(coordinator, merged.bundle("a4.age").read_bytes())
    decisions = current_decisions(coordinator)
    assert not decisions[item.record].current
