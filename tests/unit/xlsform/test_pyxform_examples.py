"""pyxform's own example workbooks (tests/data/xlsform/README.md): each one that uses only
constructs fieldkit supports imports and round-trips (fieldkit -> XLSForm -> pyxform without
warnings -> fieldkit, hash for hash); each other one is refused naming the row, the
construct and why."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from pyxform.xls2xform import convert  # type: ignore[import-untyped]

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire import questionnaire_hash
from fieldkit.xlsform import import_xlsform, write_xlsform
from xlsform_helpers import XLSFORM_DATA

EXAMPLES = XLSFORM_DATA / "pyxform"

SUPPORTED = [
    "example__extra_columns.xlsx",
    "example__extra_sheet_names.xlsx",
    "example__field-list.xlsx",
    "example__group.xlsx",
    "example__text_and_integer.xlsx",
    "example__yes_or_no_question.xlsx",
]

# file -> (where, what the first refusal says)
REFUSED = {
    "bug_example__ODKValidateWarnings.xlsx": ("choices row 2", "choice 'b' has no label"),
    "bug_example__UCL_Biomass_Plot_Form.xlsx": (
        "survey row 16, column 'type'",
        "the choices file 'ucl_regions.csv' is not beside the workbook",
    ),
    "bug_example__bad_calc.xlsx": ("survey row 2, column 'calculation'", "unexpected character"),
    "bug_example__duplicate_columns.xlsx": (None, "the survey sheet has the column 'label' twice"),
    "bug_example__xl_date_ambiguous.xlsx": (
        "survey row 5, column 'choice_filter'",
        "unexpected character ':'",
    ),
    "bug_example__xl_date_ambiguous_v1.xlsx": (
        "survey row 6, column 'default'",
        "default value is not supported",
    ),
    "example__attribute_columns_test.xlsx": ("choices row 4", "choice 'a' has no label"),
    "example__bad_calc.xlsx": ("survey row 2, column 'calculation'", "unexpected character"),
    "example__case_insensitivity.xlsx": (
        "survey row 3, column 'choice_filter'",
        "'choice_filter' is read on select rows only, not on 'select_one_external'",
    ),
    "example__choice_filter_test.xlsx": ("choices row 4", "choice value 'king' appears twice"),
    "example__flat_xlsform_test.xlsx": ("choices row 4", "choice 'a' has no label"),
    "example__include.xlsx": ("survey row 3, column 'type'", "included form ('include')"),
    "example__include_json.xlsx": ("survey row 2, column 'type'", "included form ('include')"),
    "example__loop.xlsx": ("survey row 2, column 'type'", "'or_other' is not supported"),
    "example__or_other.xlsx": ("survey row 2, column 'type'", "'or_other' is not supported"),
    "example__pull_data.xlsx": (
        "survey row 2, column 'calculation'",
        "uses the function pulldata(), which fieldkit does not have",
    ),
    "example__specify_other.xlsx": ("survey row 2, column 'type'", "'or_other' is not supported"),
    "example__survey_no_name.xlsx": (None, "the workbook has no 'survey' sheet"),
    "example__xlsform_spec_test.xlsx": ("choices row 4", "choice 'a' has no label"),
}


def test_every_example_is_classified() -> None:
    found = sorted(p.name for p in EXAMPLES.glob("*.xlsx"))
    assert found == sorted([*SUPPORTED, *REFUSED])
    assert len(found) == 25


@pytest.mark.parametrize("name", SUPPORTED)
def test_supported_examples_import_and_round_trip(name: str, tmp_path: Path) -> None:
    first = import_xlsform(EXAMPLES / name).questionnaire
    exported = tmp_path / name
    write_xlsform(first, exported)
    converted = convert(xlsform=str(exported))
    assert converted.warnings == []
    again = import_xlsform(exported).questionnaire
    assert questionnaire_hash(again) == questionnaire_hash(first)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refusals_name_the_row_the_construct_and_why(name: str) -> None:
    where, what = REFUSED[name]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # openpyxl's own warnings must not leak
        with pytest.raises(XLSFormError) as caught:
            import_xlsform(EXAMPLES / name)
    error = caught.value
    lines = [error.message, *error.details]
    assert what in lines[0]
    if where is not None:
        assert lines[0].startswith(f"{where}: ")
    for line in lines:  # every refusal: a place, and what to do (or why) in brackets
        assert re.match(r"^(survey|choices|settings|column headers|[\w.-]+\.csv) ", line) or (
            where is None
        ), line
    assert str(error).count(name) == 1  # the file is named once, not per line
