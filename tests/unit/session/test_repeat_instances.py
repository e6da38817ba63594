"""Repeat instances through the session and the store: added, answered, deleted and
restored as revisions with stable UUIDs, each change stored at once; calculations kept
current; the importer takes instances."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldkit.errors import AnswerError, ImportFileError
from fieldkit.session import Workspace, create_workspace, import_interviews, unlock_workspace
from fieldkit.session.interview import Instance, InterviewSession
from fieldkit.session.repeatview import InstanceQuestion

from helpers import PASSPHRASE, REPEATS, questionnaire_from_toml, raw_db


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = create_workspace(
        tmp_path / "ws", PASSPHRASE, questionnaire=questionnaire_from_toml(REPEATS)
    )
    yield workspace
    workspace.close()


def test_instances_are_stored_at_once_with_stable_uuids(ws: Workspace, tmp_path: Path) -> None:
    s = ws.new_interview()
    s.answer("times_sold", 2)
    first = s.add_instance("sales")
    second = s.add_instance("sales")
    assert str(uuid.UUID(first.id)) == first.id
    assert [i.position for i in s.instances("sales")] == [1, 2]
    s.answer_in_instance(first.id, "sale_year", 1994)
    s.answer_in_instance(second.id, "sale_year", 1999)
    s.answer_in_instance(second.id, "price", 300)
    s.answer_in_instance(second.id, "price", 350)
    interview_id = s.id
    ws.close()
    reopened = unlock_workspace(tmp_path / "ws", PASSPHRASE)
    try:
        again = reopened.interview(interview_id)
        instances = again.instances("sales")
        assert [i.id for i in instances] == [first.id, second.id]
        assert instances[1].answers == {"sale_year": 1999, "price": 350, "price_doubled": 700}
        assert [r.value for r in again.instance_history(second.id, "price")] == [300, 350]
        assert again.answers["total_price"] == 350
    finally:
        reopened.close()


def test_delete_is_a_revision_and_restore_brings_it_back(ws: Workspace) -> None:
    s = ws.new_interview()
    s.answer("times_sold", 2)
    a, b = s.add_instance("sales"), s.add_instance("sales")
    s.answer_in_instance(b.id, "sale_year", 2001)
    s.answer_in_instance(b.id, "price", 10)
    assert s.answers["total_price"] == 10
    s.delete_instance(b.id)
    assert [i.id for i in s.instances("sales")] == [a.id]
    assert s.answers["total_price"] == 0  # sum() over no asked price, as in XPath
    rows = raw_db(ws.store).query(
        "SELECT revision, deleted FROM repeat_instances WHERE instance_id = ? ORDER BY revision",
        (b.id,),
    )
    assert [tuple(r) for r in rows] == [(1, 0), (2, 1)]
    with pytest.raises(AnswerError, match="deleted"):
        s.answer_in_instance(b.id, "sale_year", 2002)
    s.restore_instance(b.id)
    assert [i.id for i in s.instances("sales")] == [a.id, b.id]
    assert s.instances("sales")[1].answers["sale_year"] == 2001
    kinds = [e.kind for e in ws.store.events.read() if e.kind.startswith("instance_")]
    assert kinds.count("instance_deleted") == 1 and kinds.count("instance_restored") == 1


def test_instance_rows_cannot_be_changed_or_removed(ws: Workspace) -> None:
    s = ws.new_interview()
    s.answer("times_sold", 1)
    instance = s.add_instance("sales")
    s.answer_in_instance(instance.id, "sale_year", 1999)
    db = raw_db(ws.store)
    for sql in (
        "DELETE FROM repeat_instances",
        "UPDATE repeat_instances SET deleted = 1",
        "DELETE FROM instance_answers",
        "UPDATE instance_answers SET value = '1'",
    ):
        with pytest.raises(Exception, match="append-only"):
            db.execute(sql)


def test_instances_follow_the_repeat_rules(ws: Workspace) -> None:
    s = ws.new_interview()
    with pytest.raises(AnswerError, match="not asked"):
        s.add_instance("sales")  # times_sold unanswered: the repeat is not asked
    s.answer("times_sold", 1)
    s.add_instance("sales")
    with pytest.raises(AnswerError, match="the most the answers allow"):
        s.add_instance("sales")
    with pytest.raises(AnswerError, match="no such repeat"):
        s.add_instance("nothing")


def test_marking_complete_needs_the_instances_the_count_asks_for(ws: Workspace) -> None:
    s = ws.new_interview()
    s.answer("times_sold", 2)
    only = s.add_instance("sales")
    s.answer_in_instance(only.id, "sale_year", 1999)
    with pytest.raises(AnswerError, match="the answers call for 2"):
        s.mark_complete()
    second = s.add_instance("sales")
    with pytest.raises(AnswerError, match=r"sales\[2\]\.sale_year"):
        s.mark_complete()
    s.answer_in_instance(second.id, "sale_year", 2000)
    s.mark_complete()
    assert s.row.status == "complete"
    s.delete_instance(second.id)
    assert s.row.status == "in_progress"


def test_cascading_choice_and_text_entry_inside_an_instance(ws: Workspace) -> None:
    s = ws.new_interview()
    s.answer("times_sold", 1)
    instance = s.add_instance("sales")
    s.answer_text_in_instance(instance.id, "sale_province", "jilin")
    with pytest.raises(AnswerError, match="not among the choices"):
        s.answer_in_instance(instance.id, "sale_county", "dandong")
    s.answer_in_instance(instance.id, "sale_county", "yanji")
    assert s.clear_in_instance(instance.id, "sale_county") is not None
    assert "sale_county" not in s.instances("sales")[0].answers


def _a_sale_in_liaoning(
    ws: Workspace, lang: str
) -> tuple[InterviewSession, Instance, InstanceQuestion]:
    """An interview with one sale in Liaoning, and its county question as the entry screen
    shows it (one county offered: Dandong)."""
    from fieldkit.session.repeatview import instance_questions

    s = ws.new_interview()
    s.answer("times_sold", 1)
    sale = s.add_instance("sales")
    s.answer_in_instance(sale.id, "sale_year", 1994)
    s.answer_in_instance(sale.id, "sale_province", "liaoning")
    county = next(q for q in instance_questions(s, sale.id, lang) if q.id == "sale_county")
    return s, sale, county


def test_the_screens_choices_in_an_entry_follow_its_choice_filter(ws: Workspace) -> None:
    from fieldkit.session.repeatview import answer_typed, instance_questions

    s, sale, county = _a_sale_in_liaoning(ws, "en")
    assert county.choices == (("dandong", "Dandong"),)  # not Jilin's Yanji and Hunchun
    answer_typed(s, sale.id, county, "1", "en")  # by its number on screen
    county = next(q for q in instance_questions(s, sale.id, "en") if q.id == "sale_county")
    assert (county.text, county.value) == ("1", "Dandong")
    cleared = answer_typed(s, sale.id, county, "", "en")
    assert cleared.changed and cleared.cleared
    assert "sale_county" not in s.instances("sales")[0].answers


@pytest.mark.parametrize(
    ("typed", "english", "korean"),
    [
        ("2", "(1 to 1)", "보이는 보기의 번호를 입력하세요 (1부터 1까지)"),  # Jilin's, filtered out
        ("x", "(1 to 1)", "보이는 보기의 번호를 입력하세요 (1부터 1까지)"),
        ("1 1", "type one number only (1 to 1)", "번호를 하나만 입력하세요 (1부터 1까지)"),
    ],
)
def test_a_refused_choice_in_an_entry_names_the_numbers_shown(
    ws: Workspace, typed: str, english: str, korean: str
) -> None:
    """In an entry a choice is typed by its number on screen: a refusal says which numbers,
    in the interviewer's language, never the choices' internal values (it listed
    "yanji, hunchun, dandong", Jilin's too) and nothing is stored."""
    from fieldkit.session.repeatview import answer_typed

    s, sale, county = _a_sale_in_liaoning(ws, "ko")
    with pytest.raises(AnswerError) as refused:
        answer_typed(s, sale.id, county, typed, "ko")
    assert english in refused.value.localized("en")
    assert refused.value.localized("ko") == korean
    for internal in ("yanji", "hunchun", "dandong", "sale_county"):
        assert internal not in refused.value.localized("ko")
    assert "sale_county" not in s.instances("sales")[0].answers
    answer_typed(s, sale.id, county, "dandong", "ko")  # a choice's own value still goes
    assert s.instances("sales")[0].answers["sale_county"] == "dandong"


def test_the_repeat_paths_refusals_exist_in_korean(ws: Workspace) -> None:
    """What the repeat screens can meet besides a refused answer: each in Korean, without
    an internal id (the error dialog used to show FK200's generic words for them)."""
    s = ws.new_interview()
    s.answer("times_sold", 1)
    sale = s.add_instance("sales")
    s.delete_instance(sale.id)
    attempts = [
        (lambda: s.delete_instance(sale.id), "이 항목은 없거나 이미 삭제되었어요"),
        (lambda: s.add_instance("nope"), "이 질문지에는 그런 반복 항목이 없어요"),
        (
            lambda: s.answer_text_in_instance(sale.id, "nope", "1"),
            "이 질문지에는 그런 질문이 없어요",
        ),
        (
            lambda: s.answer("sale_year", 1999),
            "반복 항목마다 묻는 질문이라 항목 안에서 답해야 해요",
        ),
    ]
    for attempt, korean in attempts:
        with pytest.raises(AnswerError) as refused:
            attempt()
        assert refused.value.localized("ko") == korean
        assert refused.value.localized("en") == refused.value.message  # English as raised


def write(tmp_path: Path, interviews: list[dict[str, Any]]) -> Path:
    path = tmp_path / "import.json"
    body = {"format": "fieldkit-interviews/1", "interviews": interviews}
    path.write_text(json.dumps(body), encoding="utf-8")
    return path


def test_the_importer_takes_instances_and_computes_calculations(
    ws: Workspace, tmp_path: Path
) -> None:
    answers = {
        "times_sold": 2,
        "sales": [
            {"sale_year": 1994, "sale_province": "jilin", "sale_county": "hunchun"},
            {"sale_year": 1999, "price": 120},
        ],
        "count_check": "yes",
    }
    result = import_interviews(ws, write(tmp_path, [{"status": "complete", "answers": answers}]))
    s = ws.interview(result.interview_ids[0])
    assert [i.answers for i in s.instances("sales")] == [
        {"sale_year": 1994, "sale_province": "jilin", "sale_county": "hunchun"},
        {"sale_year": 1999, "price": 120, "price_doubled": 240},
    ]
    assert s.answers["total_price"] == 120
    assert s.row.status == "complete"


@pytest.mark.parametrize(
    ("answers", "fragment"),
    [
        ({"times_sold": 1, "sale_year": 1999}, "give it inside the 'sales' list"),
        ({"times_sold": 1, "sales": [{"sale_year": 1999, "bogus": 1}]}, "'bogus' is not a"),
        ({"times_sold": 0, "sales": [{"sale_year": 1999}]}, "would not ask it"),
        ({"times_sold": 1, "sales": {"sale_year": 1999}}, "expected a list of instances"),
        (
            {"times_sold": 2, "sales": [{"sale_year": 1999}, {"sale_year": 1980}]},
            "repeat 'sales' #2, question 'sale_year': Too early",
        ),
        (
            {"times_sold": 1, "sales": [{"sale_year": 1990, "price": 5}]},
            "would not ask it",
        ),
        ({"times_sold": 1, "total_price": 3}, "is calculated; leave it out"),
    ],
)
def test_the_importer_refuses_bad_instances_by_name(
    ws: Workspace, tmp_path: Path, answers: dict[str, Any], fragment: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        import_interviews(ws, write(tmp_path, [{"answers": answers}]))
    assert fragment in str(caught.value) + " ".join(caught.value.details or [])
    assert ws.store.interviews.all() == []


def test_an_import_marked_complete_needs_the_counted_instances(
    ws: Workspace, tmp_path: Path
) -> None:
    answers = {"times_sold": 2, "sales": [{"sale_year": 1999}]}
    with pytest.raises(ImportFileError, match="the answers call for 2"):
        import_interviews(ws, write(tmp_path, [{"status": "complete", "answers": answers}]))


def test_the_builtin_sales_repeat_is_answered_per_instance(tmp_path: Path) -> None:
    from fieldkit.questionnaire import builtin_questionnaire
    from fieldkit.report.columns import exportable

    workspace = create_workspace(tmp_path / "builtin", PASSPHRASE)
    try:
        s = workspace.new_interview()
        s.answer("consent", "yes")
        s.answer("birth_year", 1978)
        first, second = s.add_instance("sales"), s.add_instance("sales")
        s.answer_in_instance(first.id, "sale_year", 1998)
        s.answer_in_instance(first.id, "sale_price", "not_paid")
        s.answer_in_instance(second.id, "sale_year", 2001)
        s.answer_in_instance(second.id, "sale_passed_to", "brothel_or_bar")
        with pytest.raises(AnswerError, match="before she was ten"):
            s.answer_in_instance(second.id, "sale_year", 1985)
        values = [answers for _, answers in s.effective_instances("sales")]
        assert values == [
            {"sale_year": 1998, "sale_price": "not_paid"},
            {"sale_year": 2001, "sale_passed_to": "brothel_or_bar"},
        ]
        assert not any(q.startswith("sale_") for q in s.effective())  # asked once: none
        repeated = {q.id for q in builtin_questionnaire().repeats()[0].questions}
        assert repeated.isdisjoint({q.id for q in exportable(builtin_questionnaire())})
    finally:
        workspace.close()
