"""Continuity of each device's exports: gaps, forks, broken links, a log that stood still."""

from __future__ import annotations

from audit_helpers import World
from fieldkit.audit import AuditInputs, run_audit
from fieldkit.audit.chain import Link, check_chains


def link(
    sequence: int, manifest: str, previous: str | None, event: int, month: str = "2026-03"
) -> Link:
    return Link(
        device="DEV",
        sequence=sequence,
        manifest_hash=manifest,
        previous=previous,
        event_seq=event,
        event_hash="h" * 64,
        month=month,
        source=f"{sequence}.age",
    )


def kinds(links: list[Link], complete: bool = False) -> list[tuple[str, tuple[int, ...]]]:
    (chain,) = check_chains(links, {"DEV": "laptop"}, complete=complete)
    return [(p.kind, p.sequences) for p in chain.problems]


def test_an_unbroken_chain_has_no_problem() -> None:
    assert kinds([link(1, "a", None, 5), link(2, "b", "a", 9), link(3, "c", "b", 12)]) == []


def test_a_missing_export_is_a_gap() -> None:
    assert kinds([link(1, "a", None, 5), link(3, "c", "b", 12), link(6, "f", "e", 20)]) == [
        ("gap", (2,)),
        ("gap", (4, 5)),
    ]


def test_a_missing_start_is_a_gap_only_with_the_full_history() -> None:
    assert kinds([link(3, "c", "b", 12)], complete=True) == [("gap", (1, 2))]
    (chain,) = check_chains([link(3, "c", "b", 12)], {}, complete=False)
    (problem,) = chain.problems
    assert problem.kind == "not seen" and not problem.counted


def test_two_bundles_with_one_number_are_a_fork() -> None:
    found = kinds([link(1, "a", None, 5), link(2, "b", "a", 9), link(2, "x", "a", 9)])
    assert ("fork", (2,)) in found


def test_a_bundle_that_does_not_name_its_predecessor_is_a_broken_link() -> None:
    assert kinds([link(1, "a", None, 5), link(2, "b", "zz", 9)]) == [("broken link", (1, 2))]


def test_reordered_exports_show_in_the_event_log_and_the_month() -> None:
    found = kinds([link(1, "a", None, 9, "2026-05"), link(2, "b", "a", 4, "2026-03")])
    assert found == [("event log", (1, 2)), ("month", (1, 2))]


def test_the_same_bundle_seen_twice_is_one_bundle() -> None:
    assert kinds([link(1, "a", None, 5), link(1, "a", None, 5)]) == []


def test_planted_gap_is_found_and_named(world: World, inputs: AuditInputs) -> None:
    report = run_audit(inputs, [world.bundle("a1.age"), world.bundle("a3.age")])
    chain = next(c for c in report.chains if c.device_label == "laptop 1")
    (problem,) = chain.problems
    assert problem.kind == "gap" and problem.sequences == (2,)
    assert "bundle(s) 2 missing between 1 and 3" in problem.message
    assert any(v.check == "export sequence" and v.exceeded for v in report.verdicts())
    whole = run_audit(inputs, [world.bundle(n) for n in ("a1.age", "a2.age", "a3.age")])
    assert all(not c.problems for c in whole.chains)
