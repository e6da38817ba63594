"""Importing XLSForms: types, languages, groups, names, logic and sensitivity decisions.

Forms are written inline as markdown tables (tests/xlsform_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.questionnaire import Questionnaire
from fieldkit.xlsform import XLSFormImport, import_xlsform
from xlsform_helpers import XLSFORM_DATA, household_xlsx, write_xlsform_md


def load(tmp_path: Path, md: str) -> XLSFormImport:
    return import_xlsform(write_xlsform_md(tmp_path / "form.xlsx", md))


def by_id(qn: Questionnaire) -> dict[str, object]:
    return {q.id: q for q in qn.questions()}


def test_household_sample_imports(tmp_path: Path) -> None:
    result = import_xlsform(household_xlsx(tmp_path))
    qn = result.questionnaire
    assert qn.id == "household_survey" and qn.version == "2024011501"
    assert qn.languages == ["en", "ko"]
    assert [s.id for s in qn.sections] == ["respondent", "household", "contact"]
    assert qn.sections[2].relevant == "${is_head} = 'yes'"
    questions = {q.id: q for q in qn.questions()}
    assert "start" not in questions and "end" not in questions
    assert questions["hh_children"].relevant == "${hh_size} > 1"
    assert questions["hh_children"].constraints[0].expr == ". < ${hh_size}"
    assert questions["hh_children"].constraints[0].message["ko"] == "가구원 수보다 적어야 합니다"
    assert questions["resp_age"].help == {"en": "In completed years", "ko": "만 나이"}
    assert questions["cattle"].relevant == "selected(${assets}, 'livestock')"
    assert questions["comments"].type == "long_text"
    assert questions["assets"].type == "multiple_choice" and questions["assets"].choices == "assets"
    assert questions["no_assets"].type == "note"
    assert qn.choice_lists["water"][2].label == {"en": "River or lake", "ko": "강 또는 호수"}
    notes = "\n".join(result.notes)
    assert "'HH-Children' is called 'hh_children'" in notes
    assert "group 'livestock' is inside group 'household'" in notes
    assert "'start' (phone metadata) on survey row(s) 2" in notes


def test_sensitivity_is_decided_and_reported_when_not_given(tmp_path: Path) -> None:
    result = import_xlsform(household_xlsx(tmp_path))
    decided = {d.question: (d.sensitivity, d.row) for d in result.decisions}
    assert decided["respondent_name"] == ("direct", 5)
    assert decided["phone"][0] == "direct"
    assert decided["comments"][0] == "none"
    assert decided["hh_size"][0] == "none"
    assert "no_assets" not in decided  # notes have no answer
    questions = {q.id: q for q in result.questionnaire.questions()}
    assert questions["respondent_name"].sensitivity == "direct"
    assert "'name' looks identifying" in str(result.decisions[0])


FORM = """
| survey |
|        | type          | name     | label             | fieldkit::sensitivity | relevant  |
|        | text          | nickname | Called what?      |                       |           |
|        | text          | story    | Tell me more      | narrative             |           |
|        | select_one yn | ok       | OK?               |                       |           |
|        | integer       | n        | How many?         | none                  | ${ok}='y' |
| choices |
|         | list_name | name | label |
|         | yn        | y    | Yes   |
|         | yn        | n    | No    |
"""


def test_ungrouped_questions_form_a_section_titled_after_the_form(tmp_path: Path) -> None:
    qn = load(tmp_path, FORM).questionnaire
    assert [s.id for s in qn.sections] == ["part_1"]
    assert qn.sections[0].title == {"en": "form"}
    assert qn.languages == ["en"]


def test_given_sensitivity_is_kept_and_only_blanks_are_decided(tmp_path: Path) -> None:
    result = load(tmp_path, FORM)
    questions = {q.id: q for q in result.questionnaire.questions()}
    assert questions["story"].sensitivity == "narrative"
    assert [(d.question, d.sensitivity) for d in result.decisions] == [
        ("nickname", "direct"),
        ("ok", "none"),
    ]


def test_expression_text_is_kept_as_written(tmp_path: Path) -> None:
    questions = {q.id: q for q in load(tmp_path, FORM).questionnaire.questions()}
    assert questions["n"].relevant == "${ok}='y'"


def test_renamed_references_are_rewritten(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type    | name     | label | relevant          | constraint        |
    |        | integer | Age-Now  | Age   |                   |                   |
    |        | integer | Kids.N   | Kids  | ${Age-Now} >= 16  | . <= ${Age-Now}div 3 |
    """
    qn = load(tmp_path, md).questionnaire
    kids = qn.questions()[1]
    assert kids.id == "kids_n"
    assert kids.relevant == "${age_now} >= 16"
    assert kids.constraints[0].expr == ". <= ${age_now} div 3"


def test_bare_labels_are_the_default_language_and_gaps_are_filled(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type | name | label     | label::Korean (ko) | hint     |
    |        | text | a    | Alpha     | 알파               | A hint   |
    |        | text | b    | Beta      |                    |          |
    | settings |
    |          | default_language | form_title |
    |          | English (en)     | Letters    |
    """
    result = load(tmp_path, md)
    qn = result.questionnaire
    assert qn.languages == ["en", "ko"]
    a, b = qn.questions()
    assert a.label == {"en": "Alpha", "ko": "알파"}
    assert a.help == {"en": "A hint", "ko": "A hint"}
    assert b.label == {"en": "Beta", "ko": "Beta"}
    assert any("have no 'ko' translation" in n and "survey row 3 label" in n for n in result.notes)


def test_default_language_orders_the_languages(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type | name | label::English (en) | label::Korean (ko) | label::Chinese (zh) |
    |        | text | a    | A                   | 가                 | 甲                  |
    | settings |
    |          | default_language |
    |          | Korean (ko)      |
    """
    assert load(tmp_path, md).questionnaire.languages == ["ko", "en", "zh"]


@pytest.mark.parametrize(
    ("type_", "appearance", "fieldkit_type", "expected"),
    [
        ("integer", "", "", "integer"),
        ("int", "", "", "integer"),
        ("decimal", "", "", "decimal"),
        ("text", "", "", "short_text"),
        ("text", "multiline", "", "long_text"),
        ("date", "", "", "date"),
        ("date", "month-year", "", "year_month"),
        ("date", "year", "", "year"),
        ("integer", "", "year", "year"),
        ("decimal", "", "money", "money"),
        ("text", "", "year_month", "year_month"),
        ("note", "", "", "note"),
    ],
)
def test_type_mapping(
    tmp_path: Path, type_: str, appearance: str, fieldkit_type: str, expected: str
) -> None:
    md = f"""
    | survey |
    |        | type    | name | label | appearance   | fieldkit::type   |
    |        | {type_} | q    | Q     | {appearance} | {fieldkit_type}  |
    """
    assert load(tmp_path, md).questionnaire.questions()[0].type == expected


def test_spellings_of_group_and_select_types(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type            | name | label |
    |        | begin group     | g    | G     |
    |        | select one yn   | a    | A     |
    |        | select_multiple yn | b | B    |
    |        | end group       |      |       |
    | choices |
    |         | list name | name | label |
    |         | yn        | y    | Yes   |
    """
    qn = load(tmp_path, md).questionnaire
    assert [q.type for q in qn.questions()] == ["single_choice", "multiple_choice"]


def test_fieldkit_columns_are_read(tmp_path: Path) -> None:
    md = (XLSFORM_DATA / "fieldkit_columns.md").read_text(encoding="utf-8")
    qn = load(tmp_path, md).questionnaire
    _, born, paid = qn.questions()
    assert qn.consent is not None and qn.consent.question == "ok" and qn.consent.value == "y"
    assert born.generalise is not None and born.generalise.kind == "year_band"
    assert (born.minimum, born.maximum) == (1930, 2010)
    assert paid.currencies == ["CNY", "KRW"]
    assert paid.generalise is not None and paid.generalise.model_dump()["edges"] == [100, 2000.5]
    assert [c.code for c in qn.choice_lists["yn"]] == [1, 0]


def test_constraint_without_message_gets_a_generic_one(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type    | name | label::English (en) | label::Korean (ko) | constraint |
    |        | integer | n    | N                   | 엔                 | . > 0      |
    """
    result = load(tmp_path, md)
    message = result.questionnaire.questions()[0].constraints[0].message
    assert message == {"en": "Check this answer", "ko": "답변을 확인하세요"}
    assert any("generic" in note for note in result.notes)


def test_unknown_columns_and_ignored_settings_are_noted(tmp_path: Path) -> None:
    md = """
    | survey |
    |        | type | name | label | comments for team | parameters |
    |        | text | a    | A     | check wording     | rows=3     |
    | settings |
    |          | form_id | instance_name | public_key |
    |          | f       | concat('x')   | abc        |
    """
    notes = "\n".join(load(tmp_path, md).notes)
    assert "columns fieldkit does not read were ignored: comments for team" in notes
    assert "ignored column 'parameters' on survey row(s) 2" in notes
    assert "ignored instance_name, public_key" in notes
