"""Errors in the interviewer's language: on a Korean screen a fieldkit error shows its Korean
title, message and hint (``fieldkit.error_text``), never English or an internal id.  A wrong
passphrase, an invalid answer and a refused close, the way each reaches her."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Static

from fieldkit.errors import AnswerError, WrongPassphraseError
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.errors import ErrorModal
from fieldkit.tui.screens.review import ReviewScreen
from tui_helpers import (
    interviewing,
    keys,
    reopen,
    settle,
    status,
    text_of,
    typed,
    unlock,
)

AppFactory = Callable[..., FieldkitApp]

ALLOWED = {"Enter", "Esc", "fieldkit"}


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED]


def dialog_text(app: FieldkitApp) -> str:
    assert isinstance(app.screen, ErrorModal)
    return "\n".join(str(s.content) for s in app.screen.query(Static))


async def test_a_wrong_passphrase_in_korean(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir, lang="ko")
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot, "not the passphrase")
        assert text_of(app, "#unlock-message") == "비밀번호 문구가 틀렸습니다."
        # The same error reaching a dialog (any worker's failure goes through report_error):
        wrong = WrongPassphraseError("wrong passphrase; nothing was changed", hint="try again")
        wrong.remaining_tries = 2
        app.report_error(wrong)
        await settle(pilot)
        shown = dialog_text(app)
        assert "비밀번호 문구가 틀림" in shown
        assert "비밀번호 문구가 틀렸습니다. 2번 남았습니다." in shown
        assert english_words(shown) == [], shown
        await keys(pilot, "enter")
        assert not isinstance(app.screen, ErrorModal)


async def test_an_invalid_answer_in_korean(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir, lang="ko")
    async with interviewing(app) as pilot:
        await typed(pilot, "1900", "enter")
        line = status(app)
        assert "✗" in line and english_words(line) == [], line
        # An answer error without a Korean text of its own (e.g. an unknown question id)
        # reaching the error dialog: the code's Korean wording, no id, no English.
        app.report_error(AnswerError("no such question", where="question 'birth_year'"))
        await settle(pilot)
        shown = dialog_text(app)
        assert "답을 받을 수 없음" in shown and "birth_year" not in shown
        assert english_words(shown) == [], shown
    with reopen(ws_dir) as ws:
        assert "birth_year" not in ws.interview(ws.summaries()[0].id).answers  # not stored


async def test_a_refused_close_in_korean(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir, lang="ko")
    async with interviewing(app, size=(100, 30), consent=False) as pilot:
        await keys(pilot, "1", "enter", "ctrl+r")
        assert isinstance(app.screen, ReviewScreen)
        await keys(pilot, "ctrl+k")
        shown = dialog_text(app)
        assert "완료로 표시하지 않았습니다" in shown and "출생 연도" in shown
        assert "birth_year" not in shown and "K-01" not in shown  # no ids, no English place
        assert "→ 답하거나 고친 뒤 다시 완료로 표시하세요." in shown  # the hint, in Korean too
        assert english_words(shown) == [], shown
    with reopen(ws_dir) as ws:
        assert ws.summaries()[0].status == "in_progress"


async def test_a_refused_close_in_english_keeps_the_raise_site_text(
    ws_dir: Path, app_factory: AppFactory
) -> None:
    app = app_factory(ws_dir)
    async with interviewing(app, size=(100, 30), consent=False) as pilot:
        await keys(pilot, "1", "enter", "ctrl+r", "ctrl+k")
        shown = dialog_text(app)
        assert "Not marked complete" in shown and "'Year of birth'" in shown
        assert "→ answer or correct them, then mark complete again" in shown
