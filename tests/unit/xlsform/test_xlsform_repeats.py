"""XLSForm constructs field teams rely on: repeats with repeat_count, calculate, note,
choice_filter, regex() constraints, select_one_from_file, pyxform's old spellings, geopoint
only in a sealed group, and workbooks formatted far below their last filled row."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from fieldkit.errors import XLSFormError
from fieldkit.xlsform import import_xlsform
from xlsform_helpers import XLSFORM_DATA, write_xlsform_md

REPEAT_FORM = (XLSFORM_DATA / "repeats.md").read_text(encoding="utf-8")


def test_repeats_calculations_and_cascading_choices_import(tmp_path: Path) -> None:
    qn = import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", REPEAT_FORM)).questionnaire
    sale = next(s for s in qn.sections if s.id == "sale")
    assert sale.repeat is not None and sale.repeat.repeat_count == "${times}"
    assert sale.relevant == "${times} > 0"
    assert [q.id for q in sale.questions] == ["prov", "county", "price", "code"]
    county = sale.questions[1]
    assert county.choice_filter == "province = ${prov}"
    assert [c.attributes for c in qn.choice_lists["county"]] == [
        {"province": "jilin"},
        {"province": "liaoning"},
    ]
    assert sale.questions[3].constraints[0].expr == "regex(., '^[A-Z]{2}[0-9]+$')"
    total = next(q for q in qn.questions() if q.id == "total")
    assert total.type == "calculate" and total.calculation == "sum(${price})"
    assert qn.repeat_of("price") is sale


def test_a_repeat_inside_a_group_becomes_its_own_section(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type         | name  | label | relevant   |
    |        | begin group  | life  | Life  | ${a} = 1   |
    |        | integer      | a     | A     |            |
    |        | begin repeat | kids  | Kids  |            |
    |        | integer      | age   | Age   |            |
    |        | end repeat   |       |       |            |
    |        | integer      | b     | B     |            |
    |        | end group    |       |       |            |
    """
    result = import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))
    sections = result.questionnaire.sections
    assert [(s.id, s.repeat is not None) for s in sections] == [
        ("life", False),
        ("kids", True),
        ("life_2", False),
    ]
    assert sections[1].relevant == "${a} = 1" and sections[2].relevant == "${a} = 1"
    assert any("becomes a section of its own" in n for n in result.notes)


def test_old_pyxform_spellings_are_read(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type                        | name   | label  |
    |        | select_one from yn          | ok     | OK?    |
    |        | select all that apply from yn | many | Many   |
    |        | phone number                | phone  | Phone  |
    | choices |
    |         | list_name | name | label |
    |         | yn        | y    | Yes   |
    |         | yn        | n    | No    |
    """
    qn = import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md)).questionnaire
    types = {q.id: q.type for q in qn.questions()}
    assert types == {"ok": "single_choice", "many": "multiple_choice", "phone": "short_text"}
    phone = next(q for q in qn.questions() if q.id == "phone")
    assert phone.constraints[0].expr == "regex(., '^[0-9]*$')"


def test_select_one_from_file_reads_the_csv_beside_the_workbook(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type                              | name   | label  |
    |        | select_one_from_file counties.csv | county | County |
    """
    (tmp_path / "counties.csv").write_text(
        "name,label\nyanji,Yanji\nhunchun,Hunchun\n", encoding="utf-8"
    )
    result = import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))
    qn = result.questionnaire
    assert [c.value for c in qn.choice_lists["counties_csv"]] == ["yanji", "hunchun"]
    assert qn.questions()[0].choices == "counties_csv"


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("select_one_from_file missing.csv", "the choices file 'missing.csv' is not beside"),
        ("select_one_from_file ../x.csv", "'../x.csv' is not a CSV file name"),
        ("select_one_from_file places.xml", "'places.xml' is not a CSV file name"),
    ],
)
def test_choice_files_that_cannot_be_read_are_refused_by_row(
    tmp_path: Path, cell: str, fragment: str
) -> None:
    md = f"""
    | survey |
    |        | type   | name | label |
    |        | {cell} | q    | Q     |
    """
    with pytest.raises(XLSFormError) as caught:
        import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))
    assert caught.value.message.startswith("survey row 2, column 'type': ")
    assert fragment in caught.value.message


def test_geopoint_only_in_a_sealed_group(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type     | name | label | fieldkit::sealed |
    |        | geopoint | spot | Where |                  |
    """
    with pytest.raises(XLSFormError) as caught:
        import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))
    assert caught.value.message.startswith("survey row 2 (question 'spot'): geopoint answers")
    assert "never leaves the device" in caught.value.message
    sealed = """
    | survey |
    |        | type        | name | label | fieldkit::sealed |
    |        | begin group | id   | Id    | yes              |
    |        | geopoint    | spot | Where |                  |
    |        | end group   |      |       |                  |
    """
    qn = import_xlsform(write_xlsform_md(tmp_path / "sealed.xlsx", sealed)).questionnaire
    spot = qn.questions()[0]
    assert spot.type == "geopoint" and spot.sensitivity == "direct"


def test_a_sheet_formatted_to_the_last_row_imports_its_filled_rows(tmp_path: Path) -> None:
    book = Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    for n in range(82):
        survey.append(["integer", f"q{n}", f"Question {n}"])
    survey.cell(row=1_048_576, column=1).font = Font(bold=True)  # formatting, no value
    survey.cell(row=500_000, column=3).font = Font(italic=True)
    path = tmp_path / "formatted.xlsx"
    book.save(path)
    started = time.monotonic()
    qn = import_xlsform(path).questionnaire
    assert len(qn.questions()) == 82
    assert time.monotonic() - started < 20


def test_an_unknown_language_names_the_headers_and_the_file_once(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type    | name | label::Klingon |
    |        | integer | n    | N              |
    """
    with pytest.raises(XLSFormError) as caught:
        import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))
    assert caught.value.message.startswith("column headers: the language 'Klingon'")
    assert str(caught.value).count("form.xlsx") == 1
