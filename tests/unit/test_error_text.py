"""Every fieldkit error in both languages: each class has Korean wording keyed by its code,
it renders with its format fields filled, and no English or internal id is left in Korean."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import fieldkit.errors as errors
from fieldkit.cli import cli
from fieldkit.error_text import KOREAN, fields, render
from fieldkit.errors import (
    AnswerError,
    BundleDeclinedError,
    CodeError,
    FieldkitError,
    NothingToExportError,
    PassphraseError,
    WrongPassphraseError,
    XLSFormError,
)

ALLOWED = {"fieldkit"}
"""The program's name."""

CLASSES = [
    cls for _, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, FieldkitError)
]


def english_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in ALLOWED]


def example(cls: type[FieldkitError]) -> FieldkitError:
    """An instance as raise sites make them, with every field its wording can use."""
    where, hint = "interview 3, question 'birth_year'", "fix it"
    if issubclass(cls, CodeError):
        return cls("bad group", problem="check", group=2, where=where, hint=hint)
    if issubclass(cls, BundleDeclinedError):
        return cls("declined", record="1a2b3c4d", where=where, hint=hint)
    if issubclass(cls, NothingToExportError):
        return cls("nothing", declined=2, withdrawn=1, where=where, hint=hint)
    error = cls("something failed", where=where, hint=hint)
    error.details = ["row 4: another problem", "row 9: one more"]
    if isinstance(error, WrongPassphraseError):
        error.remaining_tries = 3
    return error


def test_the_walk_finds_every_class_and_every_code_is_distinct() -> None:
    assert len(CLASSES) == len(errors.__all__)
    codes = [cls.code for cls in CLASSES]
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_error_class_renders_in_both_languages(cls: type[FieldkitError]) -> None:
    assert cls.code in KOREAN, f"{cls.__name__} ({cls.code}) has no Korean wording"
    error = example(cls)
    english = render(error, "en")
    assert (english.title, english.message, english.hint) == (cls.title, error.message, "fix it")
    assert english.where == error.where
    korean = render(error, "ko")
    for text in (korean.title, korean.message, korean.hint or ""):
        assert text and re.search("[가-힣]", text), f"{cls.code}: {text!r}"
        assert english_words(text) == [], f"{cls.code}: English left in {text!r}"
        assert "{" not in text and "}" not in text  # every format field filled
    assert korean.where is None and korean.details == []  # internal ids stay off the screen
    wording = KOREAN[cls.code]
    for name in wording.more:
        assert name in fields(error), f"{cls.code}: field {name!r} never filled"
        assert str(fields(error)[name]) in korean.message


def test_every_wording_belongs_to_a_class() -> None:
    assert set(KOREAN) == {cls.code for cls in CLASSES}


def test_the_raise_sites_own_korean_wins() -> None:
    answer = AnswerError("too early", translations={"ko": "너무 이릅니다"})
    assert render(answer, "ko").message == "너무 이릅니다"
    weak = PassphraseError("too short", hint="longer", translations={"ko": ("짧습니다", "길게")})
    assert (render(weak, "ko").message, render(weak, "ko").hint) == ("짧습니다", "길게")
    plain = AnswerError("too early")
    assert render(plain, "ko").message == KOREAN["FK200"].message


def test_tries_left_only_when_known() -> None:
    wrong = WrongPassphraseError("wrong passphrase")
    assert render(wrong, "ko").message == "비밀번호 문구가 틀렸습니다."
    wrong.remaining_tries = 2
    assert render(wrong, "ko").message == "비밀번호 문구가 틀렸습니다. 2번 남았습니다."


def test_the_cli_follows_fieldkit_lang(monkeypatch: pytest.MonkeyPatch) -> None:
    @cli.command("fail-for-test", hidden=True)
    def fail() -> None:
        raise XLSFormError("2 problems", where="form.xlsx", details=["row 3: x", "row 4: y"])

    try:
        runner = CliRunner()
        english = runner.invoke(cli, ["fail-for-test"])
        assert english.exit_code == 2
        assert english.stderr.splitlines()[0] == "error: form.xlsx: 2 problems"
        monkeypatch.setenv("FIELDKIT_LANG", "ko")
        korean = runner.invoke(cli, ["fail-for-test"])
        assert korean.exit_code == 2
        first = korean.stderr.splitlines()[0]
        assert first.startswith("오류 [FK120 엑셀 질문지를 가져오지 못함]: form.xlsx: ")
        assert "문제가 있는 행: 2개." in first
        assert "오류: row 3: x" in korean.stderr  # the rows, for the form's author
    finally:
        cli.commands.pop("fail-for-test", None)


def test_no_listed_problem_is_lost_in_korean(tmp_path: Path) -> None:
    """A check that lists problems raises the first as its message and the rest as details;
    the Korean line replaces the message with the code's wording, so the first problem must
    come back as the first detail line (``questionnaire check`` dropped it)."""
    broken = tmp_path / "broken.toml"
    broken.write_text(
        "\n".join(
            [
                'format = "fieldkit-questionnaire/1"',
                'id = "b"',
                'version = "1"',
                'title = { en = "B", ko = "비" }',
                'languages = ["en", "ko"]',
                "[[sections]]",
                'id = "s"',
                'title = { en = "S", ko = "에스" }',
                "[[sections.questions]]",
                'id = "q1"',
                'type = "integer"',
                "minimum = 10",
                "maximum = 1",
                'label = { en = "Q", ko = "질" }',
                "[[sections.questions]]",
                'id = "q1"',
                'type = "note"',
                'label = { en = "Q2", ko = "질2" }',
            ]
        ),
        encoding="utf-8",
    )
    runner = CliRunner()
    english = runner.invoke(cli, ["questionnaire", "check", str(broken)])
    korean = runner.invoke(
        cli, ["questionnaire", "check", str(broken)], env={"FIELDKIT_LANG": "ko"}
    )
    assert english.exit_code == korean.exit_code == 2
    problems = [line.split(": ", 1)[1] for line in english.stderr.splitlines()]
    problems[0] = problems[0].removeprefix("broken.toml: ")
    assert len(problems) == 2
    assert korean.stderr.splitlines()[0].startswith("오류 [FK100 질문지 오류]: broken.toml: ")
    lines = korean.stderr.splitlines()  # each problem in Korean (the checker's catalog)
    assert len(lines) == len(problems)
    assert "섹션 's' > 질문 'q1': 같은 id를 섹션 's' > 질문 'q1'에서도 씁니다" in lines[0]
    assert lines[1] == "오류: 섹션 's' > 질문 'q1': 'minimum'이 'maximum'보다 큽니다"
    shown = render(XLSFormError("row 3: x", details=["row 4: y"]), "ko", keep_where=True)
    assert shown.details == ["row 3: x", "row 4: y"]
    assert (
        render(AnswerError("late", translations={"ko": "늦음"}), "ko", keep_where=True).details
        == []
    )


def test_the_glossary_lists_every_korean_wording() -> None:
    glossary = (Path(__file__).parents[2] / "docs" / "glossary.md").read_text(encoding="utf-8")
    for code, wording in KOREAN.items():
        assert f"| {code} " in glossary and wording.message in glossary, code


def test_a_message_raised_in_korean_is_kept() -> None:
    weak = PassphraseError("너무 약합니다: 흔한 표현입니다", hint="다른 문구를 고르세요")
    shown = render(weak, "ko")
    assert (shown.message, shown.hint) == ("너무 약합니다: 흔한 표현입니다", "다른 문구를 고르세요")
