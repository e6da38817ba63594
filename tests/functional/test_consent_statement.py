"""Consent is explained before it is asked: the statement to read aloud sits above the
consent question on a new interview, in the interface's language, the other one on F6; a
declined consent can be closed (marked complete) and nothing else is asked."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable

from fieldkit.questionnaire import Questionnaire
from fieldkit.session import create_workspace
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.interview import InterviewScreen
from fieldkit.tui.screens.review import ReviewScreen
from tui_helpers import interviewing, keys, reopen, text_of

from helpers import PASSPHRASE, TINY, questionnaire_from_toml

AppFactory = Callable[..., FieldkitApp]

_NOTE = """
[[sections.questions]]
id = "consent_script"
type = "note"
label.en = "Read aloud: you may stop at any time."
label.ko = "읽어 주세요: 언제든지 그만하셔도 돼요."

[[sections.questions]]
id = "consent"
"""
WITH_STATEMENT = TINY.replace('\n[[sections.questions]]\nid = "consent"\n', _NOTE, 1)


def _workspace(tmp_path: Path) -> tuple[Path, Questionnaire]:
    questionnaire = questionnaire_from_toml(WITH_STATEMENT)
    directory = tmp_path / "ws"
    create_workspace(directory, PASSPHRASE, questionnaire=questionnaire).close()
    return directory, questionnaire


async def test_the_statement_is_shown_before_any_answer_and_f6_switches_it(
    tmp_path: Path, app_factory: AppFactory
) -> None:
    directory, questionnaire = _workspace(tmp_path)
    app = app_factory(directory, questionnaire=questionnaire)
    async with interviewing(app, consent=False) as pilot:
        assert isinstance(app.screen, InterviewScreen)
        assert app.screen.view is not None and app.screen.view.question.id == "consent"
        statement = text_of(app, "#q-statement")
        assert "you may stop at any time" in statement
        assert app.screen.query_one("#q-statement").display
        await keys(pilot, "f6")
        assert "언제든지 그만하셔도 돼요" in text_of(app, "#q-statement")
        assert "Read this to her" in text_of(app, "#q-statement")  # the interface stays
        await keys(pilot, "f6")
        assert "you may stop at any time" in text_of(app, "#q-statement")
        await keys(pilot, "1", "enter")  # yes: the next question has no statement
        assert not app.screen.query_one("#q-statement").display
    with reopen(directory) as ws:
        assert ws.interview(ws.summaries()[0].id).answers == {"consent": "yes"}


async def test_korean_interface_shows_the_korean_statement_first(
    tmp_path: Path, app_factory: AppFactory
) -> None:
    directory, questionnaire = _workspace(tmp_path)
    app = app_factory(directory, questionnaire=questionnaire, lang="ko")
    async with interviewing(app, consent=False):
        assert "언제든지 그만하셔도 돼요" in text_of(app, "#q-statement")


async def test_a_declined_consent_can_be_closed(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, consent=False) as pilot:
        await keys(pilot, "2")  # no
        await keys(pilot, "ctrl+r")
        assert isinstance(app.screen, ReviewScreen)
        await keys(pilot, "ctrl+k")
        told = [n.message for n in app._notifications]
        assert "Closed as declined. It stays on this laptop and is never exported." in told
    with reopen(ws_dir) as ws:
        (summary,) = ws.summaries()
        assert summary.status == "declined"
        assert ws.interview(summary.id).row.status == "complete"  # closed
        assert ws.interview(summary.id).answers == {"consent": "no"}


async def test_a_declined_interview_reads_declined_in_the_korean_list(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir, lang="ko")
    async with interviewing(app, ref="K-02", consent=False) as pilot:
        await keys(pilot, "2", "ctrl+r", "ctrl+k")
        told = [n.message for n in app._notifications]
        assert "동의하지 않은 면담으로 닫았습니다. 이 노트북에만 남고 내보내지 않습니다." in told
        assert "동의 안 함" in app.screen.sub_title  # the review page's status
        await keys(pilot, "escape", "ctrl+o")  # back to the question, then the list
        table = app.screen.query_one("#interviews", DataTable)
        assert "동의 안 함" in [str(cell) for cell in table.get_row_at(0)]
    with reopen(ws_dir) as ws:
        assert [s.status for s in ws.summaries()] == ["declined"]
