"""``fieldkit questionnaire check`` in the reader's language: every row, the ``warning:``
prefix and the ``ok:`` line in Korean with FIELDKIT_LANG=ko; ``--json`` in English for
scripts, with each problem's kind."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from fieldkit.cli import cli

from helpers import TINY

KO = {"FIELDKIT_LANG": "ko"}
BROKEN = (
    TINY.replace('choices = "means"', 'choices = "meens"')
    .replace("minimum = 1930", "minimum = 2030")
    .replace("relevant = \"${sold} = 'yes'\"", "relevant = \"${sold} == 'yes'\"")
)


def check(path: Path, *flags: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["questionnaire", "check", str(path), *flags], env=env or {})


def test_problems_in_korean(tmp_path: Path) -> None:
    path = tmp_path / "form.toml"
    path.write_text(BROKEN, "utf-8")
    korean = check(path, env=KO)
    assert korean.exit_code == 2
    assert korean.stderr.splitlines() == [
        "경고: form.toml: 선택지 목록 'means': 어느 질문에서도 쓰지 않습니다",
        "오류 [FK100 질문지 오류]: form.toml: 섹션 'start' > 질문 'means': 없는 선택지 목록 "
        "'meens' (있는 목록: means, yes_no) (질문지를 만든 사람에게 파일을 고쳐 달라고 하세요.)",
        "오류: 섹션 'start' > 질문 'birth_year': 'minimum'이 'maximum'보다 큽니다",
        "오류: 섹션 'start' > 질문 'price' > relevant: 값이 와야 하는데 '='이(가) 있습니다 "
        "(\"${sold} == 'yes'\"의 10번째 글자)",
        "오류: 섹션 'start' > 질문 'drug_note' > relevant: 'drugging'은(는) 'means'의 선택지가 "
        "아닙니다",
    ]
    english = check(path, env={"FIELDKIT_LANG": "en"})
    assert english.stderr.splitlines()[:2] == [
        "warning: form.toml: choice list 'means': is not used by any question",
        "error: form.toml: section 'start' > question 'means': unknown choice list 'meens' "
        "(known: means, yes_no)",
    ]


def test_ok_line_in_korean(tmp_path: Path) -> None:
    path = tmp_path / "form.toml"
    path.write_text(TINY, "utf-8")
    korean = check(path, env=KO)
    assert korean.exit_code == 0
    assert korean.output == "이상 없음: tiny 1: 섹션 3개, 질문 10개, 언어 en, ko\n"
    english = check(path, env={"FIELDKIT_LANG": "en"})
    assert english.output == "ok: tiny 1: 3 sections, 10 questions, languages en, ko\n"


def test_json_stays_english_with_codes(tmp_path: Path) -> None:
    path = tmp_path / "form.toml"
    path.write_text(BROKEN, "utf-8")
    result = check(path, "--json", env=KO)
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert data["errors"][0] == (
        "section 'start' > question 'means': unknown choice list 'meens' (known: means, yes_no)"
    )
    assert not any(re.search("[가-힣]", e) for e in data["errors"] + data["warnings"])
    assert data["error_codes"] == [
        "choices.unknown_list",
        "bounds.min_above_max",
        "expr.expected_value",
        "choice.not_a_choice",
    ]
    assert data["warning_codes"] == ["choice_list.unused"]


def test_an_unreadable_file_in_korean(tmp_path: Path) -> None:
    path = tmp_path / "form.toml"
    path.write_bytes(b"format = \n")
    korean = check(path, env=KO)
    assert korean.exit_code == 2
    assert korean.stderr.startswith(
        "오류 [FK100 질문지 오류]: form.toml: 올바른 TOML이 아닙니다: 1행 10열"
    )
