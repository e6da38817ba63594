"""What fieldkit cannot run is refused with a row-numbered message naming the
construct and what to do; malformed workbooks get one clear error; nothing is
ever half imported."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from fieldkit.errors import QuestionnaireError, XLSFormError
from fieldkit.xlsform import import_xlsform
from xlsform_helpers import write_xlsform_md


def refused(tmp_path: Path, md: str) -> list[str]:
    """Every error line (the first and the details) of importing ``md``."""
    with pytest.raises(XLSFormError) as caught:
        import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))
    error = caught.value
    assert error.code == "FK120" and isinstance(error, QuestionnaireError)
    assert error.where == "form.xlsx"
    assert error.hint is not None and "nothing was written" in error.hint
    return [error.message, *error.details]


def one_row(type_: str, extra_header: str = "", extra_cell: str = "") -> str:
    return f"""
    | survey |
    |        | type    | name | label | {extra_header} |
    |        | integer | n    | N     |                |
    |        | {type_} | x    | X     | {extra_cell}   |
    """


# (type cell, words the message must contain)
UNSUPPORTED_TYPES = [
    ("begin loop over yn", "loop over a choice list ('begin_loop')"),
    ("include other_form", "included form ('include')"),
    ("osm", "GPS location ('osm')"),
    ("geotrace", "GPS location ('geotrace')"),
    ("geoshape", "GPS location ('geoshape')"),
    ("image", "media capture ('image')"),
    ("audio", "media capture ('audio')"),
    ("video", "media capture ('video')"),
    ("file", "media capture ('file')"),
    ("barcode", "media capture ('barcode')"),
    ("time", "time of day ('time')"),
    ("datetime", "date and time ('datetime')"),
    ("range", "range slider ('range')"),
    ("rank yn", "ranking ('rank')"),
    ("acknowledge", "acknowledge ('acknowledge')"),
    ("hidden", "hidden value ('hidden')"),
    ("select_one_external places", "choices from an external data set ('select_one_external')"),
    ("xml-external", "external data ('xml-external')"),
]


@pytest.mark.parametrize(("type_", "construct"), UNSUPPORTED_TYPES)
def test_unsupported_types_are_named_by_row(tmp_path: Path, type_: str, construct: str) -> None:
    first = refused(tmp_path, one_row(type_))[0]
    assert first.startswith("survey row 3, column 'type': ")
    assert f"{construct} is not supported by fieldkit" in first
    assert "(" in first.split("fieldkit", 1)[1]  # followed by what to do instead


@pytest.mark.parametrize(
    ("column", "cell", "construct"),
    [
        ("calculation", "${n} * 2", "'calculation' is read on calculate rows only, not on 'text'"),
        ("choice_filter", "region = ${n}", "'choice_filter' is read on select rows only"),
        ("repeat_count", "${n}", "'repeat_count' is read on begin_repeat rows only"),
        ("default", "5", "default value is not supported"),
        ("read_only", "yes", "read-only question is not supported"),
    ],
)
def test_unsupported_columns_are_named_by_row(
    tmp_path: Path, column: str, cell: str, construct: str
) -> None:
    first = refused(tmp_path, one_row("text", column, cell))[0]
    assert first.startswith(f"survey row 3, column '{column}': {construct}")


def test_or_other_says_how_to_rewrite(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type                   | name | label |
    |        | select_one yn or_other | q    | Q     |
    | choices |
    |         | list_name | name | label |
    |         | yn        | y    | Yes   |
    """
    first = refused(tmp_path, md)[0]
    assert "survey row 2, column 'type': 'or_other' is not supported" in first
    assert "selected(${q}, 'other')" in first


@pytest.mark.parametrize(
    ("relevant", "expected"),
    [
        ("once(${n}) > 1", "uses the function once()"),
        ("jr:choice-name(${n}, '${n}') = 'x'", "uses the function jr:choice-name()"),
        ("today() > 5", "uses the function today()"),
        ("indexed-repeat(${n}, ${n}, 1) > 1", "uses the function indexed-repeat()"),
        ("/data/n > 1", "uses an XPath path"),
        ("../n > 1", "uses an XPath path"),
        ("${missing} = 'x'", "refers to '${missing}', which is not a question of this form"),
        ("${start} != ''", "refers to '${start}', a phone metadata field"),
        ("${n} >", "expected a value but found the end"),
        ("${n}[. > 1] = 1", "uses XPath predicate"),
    ],
)
def test_untranslatable_expressions_are_named_by_row(
    tmp_path: Path, relevant: str, expected: str
) -> None:
    md = f"""
    | survey |
    |        | type    | name  | label | relevant   |
    |        | start   | start |       |            |
    |        | integer | n     | N     |            |
    |        | text    | t     | T     | {relevant} |
    """
    first = refused(tmp_path, md)[0]
    assert first.startswith("survey row 4, column 'relevant': ")
    assert expected in first


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type          | name  | label | constraint  |
    |        | begin_repeat  | kids  | Kids  |             |
    |        | begin_repeat  | inner | Inner |             |
    |        | calculate     | sum   |       |             |
    |        | integer       | n     | N     | if(. > 1)   |
    |        | geotrace      | gps   | GPS   |             |
    |        | end_repeat    |       |       |             |
    |        | end_group     |       |       |             |
    |        | select_one zz | z     | Z     | ${zz} = 1   |
    """
    lines = refused(tmp_path, md)
    assert [line.split(":")[0] for line in lines] == [
        "survey row 3, column 'type'",
        "survey row 4",
        "survey row 5, column 'constraint'",
        "survey row 6, column 'type'",
        "survey row 8, column 'type'",
        "survey row 9, column 'type'",
        "survey row 9, column 'constraint'",
    ]
    assert "repeat 'inner' is inside repeat 'kids'" in lines[0]
    assert "a calculate row has no calculation" in lines[1]
    assert "end_group closes repeat 'kids' (survey row 2)" in lines[4]
    assert "unknown choice list 'zz' (the choices sheet has: no lists)" in lines[-2]


# (what is wrong, form, expected fragment of one of the error lines)
MALFORMED = [
    (
        "duplicate names",
        """
        | survey |
        |        | type | name | label |
        |        | text | a    | A     |
        |        | text | a    | B     |
        """,
        "survey row 3: the name 'a' is already used on survey row 2",
    ),
    (
        "names equal after normalising",
        """
        | survey |
        |        | type | name  | label |
        |        | text | Age   | A     |
        |        | text | age   | B     |
        """,
        "survey row 3: the name 'age' is already used on survey row 2 (as 'Age')",
    ),
    (
        "missing name column",
        """
        | survey |
        |        | type | label |
        |        | text | A     |
        """,
        "survey row 2: a text row has no name (fill in 'name')",
    ),
    (
        "unknown list",
        """
        | survey |
        |        | type            | name | label |
        |        | select_one yess | a    | A     |
        | choices |
        |         | list_name | name | label |
        |         | yes_no    | y    | Yes   |
        """,
        "survey row 2, column 'type': unknown choice list 'yess' (the choices sheet has: yes_no)",
    ),
    (
        "bad expression",
        """
        | survey |
        |        | type    | name | label | constraint |
        |        | integer | a    | A     | . >> 3     |
        """,
        "survey row 2, column 'constraint': expected a value but found '>'",
    ),
    (
        "unknown reference to a group",
        """
        | survey |
        |        | type        | name | label | relevant  |
        |        | begin_group | g    | G     |           |
        |        | integer     | a    | A     | ${g} > 1  |
        |        | end_group   |      |       |           |
        """,
        "survey row 3 (question 'a'): refers to unknown question '${g}'",
    ),
    (
        "unknown type",
        """
        | survey |
        |        | type    | name | label |
        |        | integr  | a    | A     |
        """,
        "survey row 2, column 'type': unknown type 'integr'",
    ),
    (
        "no label",
        """
        | survey |
        |        | type | name | label |
        |        | text | a    |       |
        """,
        "survey row 2: question 'a' has no label",
    ),
    (
        "no type",
        """
        | survey |
        |        | type | name | label |
        |        |      | a    | A     |
        """,
        "survey row 2: the row has no type",
    ),
    (
        "end_group without begin",
        """
        | survey |
        |        | type      | name | label |
        |        | text      | a    | A     |
        |        | end_group |      |       |
        """,
        "survey row 3: end_group without a begin_group",
    ),
    (
        "group never closed",
        """
        | survey |
        |        | type        | name | label |
        |        | begin_group | g    | G     |
        |        | text        | a    | A     |
        """,
        "survey row 2: group 'g' is never closed",
    ),
    (
        "bad sensitivity",
        """
        | survey |
        |        | type | name | label | fieldkit::sensitivity |
        |        | text | a    | A     | secret                |
        """,
        "survey row 2, column 'fieldkit::sensitivity': 'secret' is not a sensitivity",
    ),
    (
        "quasi without generalisation",
        """
        | survey |
        |        | type    | name | label | fieldkit::sensitivity |
        |        | integer | a    | A     | quasi                 |
        """,
        "survey row 2 (question 'a'): a 'quasi' question must declare how it is generalised",
    ),
    (
        "bad generalisation",
        """
        | survey |
        |        | type    | name | label | fieldkit::sensitivity | fieldkit::generalise |
        |        | integer | a    | A     | quasi                 | round(10)            |
        """,
        "survey row 2, column 'fieldkit::generalise': 'round(10)' is not a generalisation",
    ),
    (
        "generalisation that does not fit the type",
        """
        | survey |
        |        | type | name | label | fieldkit::sensitivity | fieldkit::generalise |
        |        | date | a    | A     | quasi                 | top_code(3)          |
        """,
        "survey row 2 (question 'a'): generalisation 'top_code' does not apply to date",
    ),
    (
        "fieldkit::type that does not fit",
        """
        | survey |
        |        | type | name | label | fieldkit::type |
        |        | text | a    | A     | money          |
        """,
        "fieldkit::type 'money' needs the XLSForm type 'decimal', not 'text'",
    ),
    (
        "conditional required",
        """
        | survey |
        |        | type    | name | label | required    |
        |        | integer | a    | A     | ${a} > 1    |
        """,
        "survey row 2, column 'required': '${a} > 1' is not yes or no",
    ),
    (
        "bad choice value",
        """
        | survey |
        |        | type          | name | label |
        |        | select_one yn | a    | A     |
        | choices |
        |         | list_name | name   | label |
        |         | yn        | yes no | Yes   |
        """,
        "choices row 2, column 'name': choice name 'yes no' is not a valid value",
    ),
    (
        "duplicate choice",
        """
        | survey |
        |        | type          | name | label |
        |        | select_one yn | a    | A     |
        | choices |
        |         | list_name | name | label |
        |         | yn        | y    | Yes   |
        |         | yn        | y    | Yeah  |
        """,
        "choices row 2: choice value 'y' appears twice",
    ),
    (
        "language without a code",
        """
        | survey |
        |        | type | name | label::Klingon |
        |        | text | a    | A              |
        """,
        "the language 'Klingon' in a column header has no language code",
    ),
    (
        "no questions at all",
        """
        | survey |
        |        | type | name | label |
        """,
        "survey sheet: the form has no questions",
    ),
    (
        "two consent questions",
        """
        | survey |
        |        | type          | name | label | fieldkit::consent |
        |        | select_one yn | a    | A     | y                 |
        |        | select_one yn | b    | B     | y                 |
        | choices |
        |         | list_name | name | label |
        |         | yn        | y    | Yes   |
        """,
        "survey row 3, column 'fieldkit::consent': a second consent question",
    ),
]


@pytest.mark.parametrize(
    ("form", "expected"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_malformed_forms_get_located_errors(tmp_path: Path, form: str, expected: str) -> None:
    lines = refused(tmp_path, form)
    assert any(expected in line for line in lines), lines


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    path.write_text("type,name,label\ntext,a,A\n", encoding="utf-8")
    with pytest.raises(XLSFormError, match=r"not an \.xlsx workbook") as caught:
        import_xlsform(path)
    assert caught.value.hint is not None and "Excel Workbook (.xlsx)" in caught.value.hint


def test_a_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "form.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hello")
    with pytest.raises(XLSFormError, match="could not be read"):
        import_xlsform(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(XLSFormError, match="file not found"):
        import_xlsform(tmp_path / "nope.xlsx")


def test_missing_survey_sheet(tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "questions"  # type: ignore[union-attr]
    book.save(tmp_path / "form.xlsx")
    with pytest.raises(XLSFormError, match="no 'survey' sheet") as caught:
        import_xlsform(tmp_path / "form.xlsx")
    assert caught.value.hint is not None and "sheets found: questions" in caught.value.hint


def test_duplicate_column(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type | name | label::English (en) | Label :: English (en) |
    |        | text | a    | A                   | B                     |
    """
    with pytest.raises(XLSFormError, match="the survey sheet has the column"):
        import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))


def test_sheet_names_are_case_insensitive(tmp_path: Path) -> None:
    md = """
    | Survey |
    |        | Type | Name | Label |
    |        | text | a    | A     |
    """
    qn = import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md)).questionnaire
    assert qn.questions()[0].id == "a"


def test_an_unbounded_unpacked_size_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from fieldkit.xlsform import workbook

    monkeypatch.setattr(workbook, "MAX_UNPACKED_BYTES", 1000)
    path = write_xlsform_md(tmp_path / "form.xlsx", one_row("text"))
    with pytest.raises(XLSFormError, match="unpacks to more than"):
        import_xlsform(path)


def test_a_group_left_empty_is_left_out_with_a_note(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type        | name     | label |
    |        | begin_group | meta     | Meta  |
    |        | start       | start    |       |
    |        | deviceid    | deviceid |       |
    |        | end_group   |          |       |
    |        | text        | a        | A     |
    """
    result = import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))
    assert [s.id for s in result.questionnaire.sections] == ["part_1"]
    assert "survey row 2: group 'meta' has no questions fieldkit keeps, so it is left out" in (
        result.notes
    )
