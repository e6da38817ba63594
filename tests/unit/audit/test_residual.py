"""Residual identifiers: the planted leaks are found, labelled, and shown in context."""

from __future__ import annotations

from audit_helpers import World, audit_questionnaire, audit_record
from fieldkit.audit import AuditInputs, run_audit
from fieldkit.audit.records import AuditRecord
from fieldkit.audit.render_text import safe
from fieldkit.audit.residual import default_scanner, marks, record_texts, scan
from fieldkit.questionnaire import Flow


def _record(answers: dict[str, object], released: tuple[str, ...] = ()) -> AuditRecord:
    data = {
        "answers": answers,
        "redaction": {"released": [{"label": "PERSON", "term": t} for t in released]},
    }
    return audit_record(data, record_id="c" * 32)


def test_planted_leaks_are_found_and_named(world: World, inputs: AuditInputs) -> None:
    report = run_audit(inputs, [world.bundle("a2.age")])
    found = {(h.label, h.text) for h in report.residual}
    assert found == {
        ("PHONE", "138-0432-9917"),
        ("PERSON", "Pak Ok-sun"),
        ("PLACE", "Sangdong-ri"),
    }
    phone = next(h for h in report.residual if h.label == "PHONE")
    assert phone.question == "narrative" and phone.source == "a2.age"
    assert phone.before.endswith("her number ") and phone.after.startswith(" before")
    assert phone.neighbours == ("[PERSON-1]",)
    village = next(h for h in report.residual if h.label == "PLACE")
    assert village.neighbours == ("[PLACE-2]",)  # the placeholder after the hit
    assert report.texts_scanned == 6  # a narrative and a short text per record
    residual = next(v for v in report.verdicts() if v.check == "residual identifiers")
    assert residual.found == 3 and residual.exceeded


def test_clean_bundle_has_no_residual(world: World, inputs: AuditInputs) -> None:
    assert run_audit(inputs, [world.bundle("a1.age")]).residual == ()


def test_released_terms_are_shown_but_not_counted() -> None:
    flow = Flow(audit_questionnaire())
    rec = _record({"narrative": "She met Pak Ok-sun at the market."}, released=("pak ok-sun",))
    (hit,) = scan([rec], flow, default_scanner())[0]
    assert hit.released


def test_direct_and_sealed_answers_are_not_scanned() -> None:
    """They are schema problems; scanning them would print the identifier."""
    flow = Flow(audit_questionnaire())
    rec = _record({"name": "Pak Ok-sun", "work": "farm work", "narrative": "[PERSON-1] left."})
    assert [q for q, _ in record_texts(rec, flow)] == ["work", "narrative"]


def test_marks_cover_placeholders_and_hits_in_order() -> None:
    text = "[PERSON-1] called 138-0432-9917 from [PLACE-2, Jilin]."
    found = marks(text, default_scanner().scan(text, strict=True))
    assert [(m.kind, text[m.start : m.end]) for m in found] == [
        ("placeholder", "[PERSON-1]"),
        ("hit", "138-0432-9917"),
        ("placeholder", "[PLACE-2, Jilin]"),
    ]


def test_control_characters_are_shown_escaped() -> None:
    assert safe("a\x1b[2Jb\u202ec") == "a\\x1b[2Jb\\u202ec"


def test_korean_placeholders_are_marked_and_never_flagged() -> None:
    text = "[인물-1]이 138-0432-9917로 [장소-2, 북한 동북부]에서 전화했다."
    found = marks(text, default_scanner().scan(text, strict=True))
    assert [(m.kind, text[m.start : m.end]) for m in found] == [
        ("placeholder", "[인물-1]"),
        ("hit", "138-0432-9917"),
        ("placeholder", "[장소-2, 북한 동북부]"),
    ]
