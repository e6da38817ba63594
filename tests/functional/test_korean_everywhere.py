"""Korean throughout: no English word left in the app's Korean strings, the palette, the
footer or a refusal; one word for "interview" (면담) in the UI and the questionnaire; the
passphrase is 비밀번호 문구 (never 암호문, "ciphertext"); questions named by title."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from fieldkit.questionnaire import builtin_questionnaire
from fieldkit.session.review import _REFUSAL
from fieldkit.tui import i18n
from fieldkit.tui.app import FieldkitApp
from fieldkit.tui.screens.errors import ErrorModal
from fieldkit.tui.screens.review import ReviewScreen
from tui_helpers import keys, settle, start_interview, unlock

AppFactory = Callable[..., FieldkitApp]

ALLOWED = {
    "Enter",
    "Esc",
    "Del",
    "English",
    "YYYY",
    "MM",
    "DD",
    "fieldkit",
    "ctrl",
    "shift",
    "esc",
    "tab",
}
"""Key names, the language switch's own label, a date format and the program's name."""


def english_words(text: str) -> list[str]:
    text = re.sub(r"\{[^}]*\}", "", text)
    words = re.findall(r"[A-Za-z]{2,}", text)
    return [w for w in words if w not in ALLOWED and not re.fullmatch(r"[Ff]\d+", w)]


def leftovers(texts: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    return {name: found for name, text in texts if (found := english_words(text))}


def test_the_korean_strings_have_no_english_left() -> None:
    assert leftovers((key, ko) for key, (_, ko) in i18n._STRINGS.items()) == {}
    assert leftovers(("refusal", text) for text in _REFUSAL["ko"]) == {}
    assert english_words("Search for commands… 명령") == ["Search", "for", "commands"]  # bites


def test_every_key_the_screens_ask_for_has_words() -> None:
    """``t`` shows a missing key as itself in both languages: the repeat entry's notice at a
    lock read "dirty.discarded" until this test."""
    source = Path(i18n.__file__).parent
    asked = {
        (path.name, key)
        for path in source.rglob("*.py")
        for key in re.findall(r'\bt\(\s*"([A-Za-z0-9_.]+)"', path.read_text("utf-8"))
    }
    assert len(asked) > 100  # the pattern finds the calls
    assert sorted((name, key) for name, key in asked if not i18n.has(key)) == []


def test_one_word_for_interview_and_for_passphrase() -> None:
    korean = [ko for _, ko in i18n._STRINGS.values()]
    questionnaire = builtin_questionnaire().model_dump_json()
    for text in [*korean, questionnaire]:
        assert "면접" not in text  # 면접 is a job interview: the word is 면담
        assert "암호문" not in text  # "ciphertext": the passphrase is 비밀번호 문구
    assert i18n.t("unlock.passphrase", "ko") == "비밀번호 문구"


async def test_palette_footer_and_refusal_in_korean(ws_dir: Path, app_factory: AppFactory) -> None:
    app = app_factory(ws_dir, lang="ko")
    async with app.run_test(size=(100, 30)) as pilot:
        await unlock(pilot)
        home = [b.binding for b in app.active_bindings.values() if b.binding.show]
        assert "종료" in [b.description for b in home]  # Ctrl+Q is in the list's footer
        await start_interview(pilot)
        await keys(pilot, "1", "enter")
        commands = [(c.title, f"{c.title} {c.help}") for c in app.get_system_commands(app.screen)]
        assert leftovers(commands) == {}
        shown = [active.binding for active in app.active_bindings.values()]
        footer = [(b.action, b.description) for b in shown if b.show or b.key == "ctrl+p"]
        assert leftovers(footer) == {}
        await keys(pilot, "ctrl+p")
        placeholder = app.screen.query_one("CommandInput").placeholder  # type: ignore[attr-defined]
        assert placeholder == "명령 찾기…"
        await keys(pilot, "escape", "ctrl+r")
        assert isinstance(app.screen, ReviewScreen)
        await keys(pilot, "ctrl+k")
        await settle(pilot)
        assert isinstance(app.screen, ErrorModal)
        message = app.screen._message
        assert "출생 연도" in message and "birth_year" not in message
        assert leftovers([("refusal", message)]) == {}
