"""``fieldkit questionnaire import-xlsform|export-xlsform`` in the reader's language: notes,
review lines, the ``ok:``/``Wrote`` lines and every refused row in Korean with
FIELDKIT_LANG=ko, the workbook's ids, sheet names and values as written; English unchanged."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner, Result

from fieldkit.cli import cli
from xlsform_helpers import household_xlsx, write_xlsform_md

KO = {"FIELDKIT_LANG": "ko"}
HANGUL = re.compile("[가-힣]")


def run(*args: str, env: dict[str, str]) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


def test_import_notes_and_review_in_korean(tmp_path: Path) -> None:
    xlsx = household_xlsx(tmp_path)
    result = run("questionnaire", "import-xlsform", str(xlsx), env=KO)
    assert result.exit_code == 0, result.stderr
    err = result.stderr.splitlines()
    assert (
        "참고: survey 시트 11행: 'HH-Children'은(는) fieldkit에서 'hh_children'(이)라고 부릅니다"
        in err
    )
    assert (
        "검토: 질문 13개에 fieldkit::sensitivity가 없어 fieldkit이 정했습니다 "
        "(바꾸려면 그 열을 넣으세요):" in err
    )
    assert (
        "검토:   survey 시트 5행: 'respondent_name' (short_text) -> direct: "
        "'name'은(는) 신원을 드러내는 말로 보임" in err
    )
    assert "이상 없음: household_survey 2024011501: 섹션 3개, 질문 14개" in err
    assert all(HANGUL.search(line) for line in err), err
    assert not any(line.startswith(("note:", "review:", "ok:")) for line in err)
    english = run("questionnaire", "import-xlsform", str(xlsx), env={"FIELDKIT_LANG": "en"})
    assert (
        "note: survey row 11: 'HH-Children' is called 'hh_children' in fieldkit" in english.stderr
    )
    assert english.stdout == result.stdout  # the questionnaire itself is the same


def test_refused_import_in_korean(tmp_path: Path) -> None:
    xlsx = write_xlsform_md(
        tmp_path / "form.xlsx",
        """
        | survey |
        |        | type         | name | label | relevant    |
        |        | integer      | n    | N     | ${nope} = 1 |
        |        | select_one z | s    | S     |             |
        |        | image        | pic  | Pic   |             |
        """,
    )
    result = run("questionnaire", "import-xlsform", str(xlsx), env=KO)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = result.stderr.splitlines()
    assert lines[0].startswith("오류 [FK120 ")
    assert "form.xlsx: survey 시트 2행, 'relevant' 열: '${nope}'을(를) 가리키지만" in lines[0]
    assert "아무것도 쓰지 않았습니다" in lines[0]
    assert lines[1:] == [
        "오류: survey 시트 3행, 'type' 열: 없는 선택지 목록 'z' (choices 시트에 있는 목록: "
        "목록 없음) (choices 시트에 목록을 넣거나 철자를 고치세요)",
        "오류: survey 시트 4행, 'type' 열: 미디어 수집('image')은(는) fieldkit에서 쓸 수 "
        "없습니다 (fieldkit은 글만 보관하고 파일은 보관하지 않습니다. 필요한 것을 text 질문으로 "
        "묻거나 행을 지우세요)",
    ]
    assert not (tmp_path / "form.toml").exists()
    english = run("questionnaire", "import-xlsform", str(xlsx), env={"FIELDKIT_LANG": "en"})
    assert "survey row 2, column 'relevant': refers to '${nope}'" in english.stderr


def test_unreadable_workbook_and_export_in_korean(tmp_path: Path) -> None:
    bad = tmp_path / "form.xlsx"
    bad.write_text("type,name\n", "utf-8")
    result = run("questionnaire", "import-xlsform", str(bad), env=KO)
    assert result.exit_code == 2
    assert "form.xlsx: .xlsx 워크북이 아닙니다" in result.stderr
    out = tmp_path / "report.xlsx"
    exported = run("questionnaire", "export-xlsform", "--builtin", "--out", str(out), env=KO)
    assert exported.exit_code == 0, exported.stderr
    assert exported.stdout.startswith(f"{out}에 썼습니다 (")
    assert "질문" in exported.stdout
