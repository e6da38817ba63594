"""Hostile workbooks: whatever the cells say, the import raises only XLSFormError
(or succeeds with a checked questionnaire), and messages stay on one line."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire.validate import validate
from fieldkit.xlsform import import_xlsform
from fieldkit.xlsform.expressions import Untranslatable, translate
from fieldkit.xlsform.generalise import parse_generalise
from fieldkit.xlsform.names import printable

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TYPES = [
    "text",
    "integer",
    "select_one yn",
    "select_multiple yn",
    "begin_group",
    "end_group",
    "note",
    "date",
    "calculate",
    "begin_repeat",
    "start",
    "",
]
# Text openpyxl can store: it refuses the C0 control characters but tab, newline and CR.
ILLEGAL = "".join(chr(c) for c in (*range(9), 11, 12, *range(14, 32)))
cell_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters=ILLEGAL), max_size=12
) | st.sampled_from(["${a}", "${b} = 'y'", ". > 1", "yes", "quasi", "year_band(5)", "\x7f\x9b2J"])
rows = st.lists(
    st.tuples(
        st.sampled_from(TYPES), st.sampled_from(["a", "b", "c", "", "A-b"]), cell_text, cell_text
    ),
    max_size=8,
)


def _write(path: Path, survey: list[tuple[str, str, str, str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(["type", "name", "label", "relevant"])
    for row in survey:
        sheet.append(list(row))
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    choices.append(["yn", "y", "Yes"])
    book.save(path)
    return path


@SETTINGS
@given(survey=rows)
def test_random_surveys_import_or_fail_cleanly(
    tmp_path_factory: object, survey: list[tuple[str, str, str, str]]
) -> None:
    path = _write(tmp_path_factory.mktemp("h") / "f.xlsx", survey)  # type: ignore[attr-defined]
    try:
        qn = import_xlsform(path).questionnaire
    except XLSFormError as error:
        for line in [str(error), *error.details]:
            assert line.isprintable()
        return
    assert [p for p in validate(qn) if not p.warning] == []


@SETTINGS
@given(source=st.text(max_size=60))
def test_translate_raises_only_untranslatable(source: str) -> None:
    with contextlib.suppress(Untranslatable):
        translate(source, {"a": "a", "B": "b"}, frozenset({"start"}))


@SETTINGS
@given(cell=st.text(max_size=40))
def test_parse_generalise_raises_only_value_error(cell: str) -> None:
    with contextlib.suppress(ValueError):
        parse_generalise(cell)


def test_printable_escapes_and_caps() -> None:
    assert printable("a\x1b[2Jb\nc") == "a\\x1b[2Jb\\nc"
    assert printable("x" * 500, 10) == "x" * 10 + "..."


def _open_files() -> set[str]:
    """The paths this process holds open (``/proc/self/fd``)."""
    fds = Path("/proc/self/fd")
    return {str(Path(fd).resolve()) for fd in fds.iterdir() if Path(fd).exists()}


def test_a_refused_sheet_leaves_no_file_open(tmp_path: Path) -> None:
    """A refusal raised while a sheet is being read (a column twice) closes the sheet's reader:
    the workbook is not held open until the garbage collector finds it (it was, and a later
    test failed on the ResourceWarning)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(["type", "name", "label", "label"])
    sheet.append(["text", "a", "A", "A"])
    path = tmp_path / "twice.xlsx"
    book.save(path)
    refusal = None
    try:
        import_xlsform(path)
    except XLSFormError as error:
        refusal = error  # kept alive on purpose, as a caller showing it would
    assert refusal is not None and "twice" in str(refusal)
    assert str(path.resolve()) not in _open_files()
