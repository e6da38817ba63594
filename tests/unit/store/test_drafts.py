"""``store.drafts`` and the session's drafts: one per question, replaced in place, gone
when the answer is stored, gone with a wipe, and stored inside the encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.errors import AnswerError
from fieldkit.questionnaire import Questionnaire
from fieldkit.session import create_workspace, unlock_workspace
from fieldkit.session.navigation import build_view, save_draft, save_text

from helpers import PASSPHRASE


def test_a_draft_is_replaced_kept_across_an_unlock_and_removed_by_its_answer(
    tmp_path: Path, tiny: Questionnaire
) -> None:
    directory = tmp_path / "ws"
    ws = create_workspace(directory, PASSPHRASE, questionnaire=tiny)
    session = ws.new_interview("K-01")
    session.answer("consent", "yes")
    assert save_draft(session, "birth_year", "19") is not None
    assert save_draft(session, "birth_year", "197") is not None
    interview_id = session.id
    ws.close()
    ws = unlock_workspace(directory, PASSPHRASE)
    session = ws.interview(interview_id)
    assert {q: text for q, (text, _) in session.drafts().items()} == {"birth_year": "197"}
    view = build_view(session, "birth_year", "en")
    assert view.question.draft == "197" and view.question.text == ""
    save_text(session, "birth_year", "1974", "en")
    assert session.drafts() == {}
    assert build_view(session, "birth_year", "en").question.draft is None
    ws.close()


def test_text_equal_to_the_answer_is_not_a_draft(tmp_path: Path, tiny: Questionnaire) -> None:
    ws = create_workspace(tmp_path / "ws", PASSPHRASE, questionnaire=tiny)
    session = ws.new_interview()
    session.answer("consent", "yes")
    session.answer("birth_year", 1974)
    assert save_draft(session, "birth_year", "19745") is not None
    assert save_draft(session, "birth_year", "1974") is None  # back to the stored answer
    assert session.drafts() == {}
    save_draft(session, "birth_year", "1974 ")
    save_text(session, "birth_year", "1974 ", "en")  # same answer: nothing new stored
    assert session.drafts() == {}
    with pytest.raises(AnswerError):
        save_draft(session, "no_such_question", "x")
    ws.close()


def test_drafts_are_inside_the_encrypted_database(tmp_path: Path, tiny: Questionnaire) -> None:
    directory = tmp_path / "ws"
    ws = create_workspace(directory, PASSPHRASE, questionnaire=tiny)
    session = ws.new_interview()
    session.answer("consent", "yes")
    session.save_draft("crossed", "PLAINCANARY draft text")
    ws.close()
    for path in directory.rglob("*"):
        if path.is_file():
            assert b"PLAINCANARY" not in path.read_bytes(), path
