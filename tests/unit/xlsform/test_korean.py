"""XLSForm import in Korean: one broken (or noteworthy) workbook per kind of problem, each
line said in Korean with the workbook's ids, sheet names and values unchanged and no English
word left, and in English as before.  The catalog has both languages of every kind, and
every Korean sentence is in docs/glossary.md for a fluent reader."""

from __future__ import annotations

import re
import string
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import Workbook

from fieldkit.errors import XLSFormError
from fieldkit.questionnaire import model
from fieldkit.questionnaire.expr import FUNCTIONS
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.xlsform import files, import_xlsform, texts, workbook
from fieldkit.xlsform.catalog import XLSFORM
from fieldkit.xlsform.catalog_refused import _COLUMNS_KO, _TYPES_KO
from fieldkit.xlsform.columns import (
    EXTRA_COLUMNS,
    IGNORED_COLUMNS,
    LOGIC_COLUMNS,
    METADATA_TYPES,
    PLAIN_TYPES,
    TRANSLATABLE,
    UNSUPPORTED_COLUMNS,
    UNSUPPORTED_TYPES,
)
from xlsform_helpers import write_xlsform_md

HANGUL = re.compile("[가-힣]")


def _allowed() -> set[str]:
    """Words a Korean line may keep: sheet, column and type names as a form author writes
    them, function names, the format's keys and file formats."""
    words = {"survey", "choices", "settings", "list_name", "name", "label", "type", "relevant"}
    words |= {"constraint", "required", "form_id", "form_title", "version", "default_language"}
    words |= {"begin_group", "end_group", "begin_repeat", "end_repeat", "calculate", "note"}
    words |= {"XLSForm", "XPath", "JSON", "CSV", "UTF-8", "MiB", "xlsx", "Excel", "Workbook", "GPS"}
    words |= {"fieldkit", "and", "or", "div", "mod", "yes", "no", "a-z", "docs", "md", "data"}
    words |= {"direct", "quasi", "narrative", "none", "other", "select", "en", "ko", "xx"}
    words |= {"year_band", "year_only", "top_code", "bins", "xls", "ods", "csv", "questionnaire"}
    words |= {"select_one", "select_multiple", "select_one_from_file", "select_multiple_from_file"}
    words |= set(EXTRA_COLUMNS) | {"consent"}
    words |= set(FUNCTIONS) | set(QUESTION_TYPES) | set(PLAIN_TYPES) | set(METADATA_TYPES)
    words |= set(UNSUPPORTED_TYPES) | set(UNSUPPORTED_COLUMNS) | set(LOGIC_COLUMNS)
    words |= set(IGNORED_COLUMNS) | set(TRANSLATABLE)
    for column in [*EXTRA_COLUMNS, *TRANSLATABLE]:
        words |= set(re.split(r"::|-", column))
    for cls in vars(model).values():
        if isinstance(cls, type) and hasattr(cls, "model_fields"):
            words |= set(cls.model_fields)
    return words


ALLOWED = _allowed()


def english_words(text: str) -> list[str]:
    """Words in English outside quotes (ids, values, expressions) and the allowed ones."""
    bare = re.sub(r"'[^']*'|\"[^\"]*\"|\$\{[^}]*\}|\S+\.(?:csv|txt|xlsx)\b", " ", text)
    return [
        w
        for w in re.findall(r"[A-Za-z_][A-Za-z0-9_-]+(?:::[A-Za-z0-9_-]+)*", bare)
        if w not in ALLOWED
    ]


def form(header: str, *rows: str, more: str = "") -> str:
    """A survey sheet (``header`` and ``rows`` as ``a | b | c``) and further sheets."""
    lines = ["| survey |", f"| | {header} |", *[f"| | {row} |" for row in rows]]
    return "\n".join(lines) + "\n" + more


YN = "| choices |\n| | list_name | name | label |\n| | yn | y | Yes |\n"
SETTINGS = "| settings |\n| | {} |\n| | {} |\n"
Q = "integer | n | N"


@dataclass
class Case:
    """A workbook (``md`` and any files beside it) whose import says ``kind``."""

    kind: str
    md: str = ""
    values: tuple[str, ...] = ()
    """Ids and cell values the line must keep as written, in both languages."""
    files: dict[str, bytes] = field(default_factory=dict)
    setup: Callable[[pytest.MonkeyPatch], None] | None = None
    book: Callable[[Path], Path] | None = None
    """Writes a workbook that ``md`` cannot describe (not a workbook at all)."""


def _limit(module: object, name: str, value: int) -> Callable[[pytest.MonkeyPatch], None]:
    return lambda mp: mp.setattr(module, name, value)


def _text_file(path: Path) -> Path:
    path.write_text("type,name\n", "utf-8")
    return path


def _junk_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("junk.txt", "not a workbook")
    return path


def _survey(path: Path, relevant: str) -> Path:
    """A survey whose second question's relevant holds what a markdown cell cannot ('|')."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    for row in (
        ["type", "name", "label", "relevant"],
        ["integer", "n", "N"],
        ["integer", "m", "M", relevant],
    ):
        sheet.append(row)
    book.save(path)
    return path


CSV_Q = "select_one_from_file places.csv | p | P"

CASES = [
    # languages, settings, the form as a whole
    Case("xls.language.no_code", form("type | name | label::Klingon", Q), ("Klingon",)),
    Case(
        "xls.default_language.no_code",
        form("type | name | label", Q, more=SETTINGS.format("default_language", "Klingon")),
        ("Klingon",),
    ),
    Case("xls.language.none", form("type | name | label", Q)),
    Case(
        "xls.text.untranslated",
        form(
            "type | name | label::English (en) | label::Korean (ko)",
            "integer | n | N | 엔",
            "integer | m | M |",
        ),
        ("'ko'",),
    ),
    Case("xls.form.no_questions", form("type | name | label", "start | st |")),
    Case("xls.form_id.missing", form("type | name | label", Q), ("'form'",)),
    Case(
        "xls.form_id.renamed",
        form("type | name | label", Q, more=SETTINGS.format("form_id", "My-Form")),
        ("My-Form", "my_form"),
    ),
    Case("xls.version.missing", form("type | name | label", Q), ("'1'",)),
    Case("xls.title.missing", form("type | name | label", Q)),
    Case(
        "xls.settings.ignored",
        form("type | name | label", Q, more=SETTINGS.format("form_id | colour", "f | red")),
        ("colour",),
    ),
    Case(
        "xls.settings.ignored_own",
        form("type | name | label", Q, more=SETTINGS.format("form_id | submission_url", "f | u")),
        ("submission_url",),
    ),
    Case(
        "xls.json.invalid",
        form("type | name | label", Q, more=SETTINGS.format("fieldkit::analysis", "{oops")),
        ("fieldkit::analysis",),
    ),
    Case("xls.more", form("type | name | label", "blob | a | A", "blob | b | B", "blob | c | C")),
    # choices
    Case(
        "xls.choices.columns_ignored",
        form(
            "type | name | label",
            "select_one yn | s | S",
            more="| choices |\n| | list_name | name | label | Bad Col |\n"
            "| | yn | y | Yes | x y |\n",
        ),
        ("bad_col",),
    ),
    Case(
        "xls.choice.no_list",
        form("type | name | label", "select_one yn | s | S", more=YN + "| | | n | No |\n"),
    ),
    Case(
        "xls.choice.no_name",
        form("type | name | label", "select_one yn | s | S", more=YN + "| | yn | | No |\n"),
        ("yn",),
    ),
    Case(
        "xls.choice.bad_name",
        form("type | name | label", "select_one yn | s | S", more=YN + "| | yn | n!o | No |\n"),
        ("n!o",),
    ),
    Case(
        "xls.choice.no_label",
        form("type | name | label", "select_one yn | s | S", more=YN + "| | yn | n | |\n"),
        ("'n'",),
    ),
    Case(
        "xls.not_whole_number",
        form(
            "type | name | label",
            "select_one yn | s | S",
            more="| choices |\n| | list_name | name | label | fieldkit_code |\n"
            "| | yn | y | Y | x1 |\n",
        ),
        ("x1", "fieldkit_code"),
    ),
    Case(
        "xls.list.clash",
        form("type | name | label", "select_one yn | s | S", more=YN + "| | YN | n | No |\n"),
        ("YN", "yn"),
    ),
    Case(
        "xls.list.renamed",
        form(
            "type | name | label",
            "select_one y.n | s | S",
            more="| choices |\n| | list_name | name | label |\n| | y.n | y | Yes |\n",
        ),
        ("y.n", "y_n"),
    ),
    # CSV choice files
    Case("xls.file.not_csv", form("type | name | label", "select_one_from_file p.txt | p | P")),
    Case("xls.file.missing", form("type | name | label", CSV_Q), ("places.csv",)),
    Case(
        "xls.file.too_large",
        form("type | name | label", CSV_Q),
        ("places.csv",),
        files={"places.csv": b"name,label\na,A\n"},
        setup=_limit(files, "MAX_CSV_BYTES", 4),
    ),
    Case(
        "xls.file.not_utf8",
        form("type | name | label", CSV_Q),
        ("places.csv",),
        files={"places.csv": b"name,label\n\xff\xfe,A\n"},
    ),
    Case(
        "xls.file.no_name_column",
        form("type | name | label", CSV_Q),
        ("places.csv",),
        files={"places.csv": b"label\nA\n"},
    ),
    Case(
        "xls.file.too_many_rows",
        form("type | name | label", CSV_Q),
        ("places.csv",),
        files={"places.csv": b"name,label\na,A\nb,B\nc,C\n"},
        setup=_limit(files, "MAX_CSV_ROWS", 2),
    ),
    # fieldkit's own columns
    Case("xls.not_yes_no", form("type | name | label | required", f"{Q} | maybe"), ("maybe",)),
    Case("xls.not_number", form("type | name | label | fieldkit::minimum", f"{Q} | abc"), ("abc",)),
    Case(
        "xls.json.invalid_paren", form("type | name | label | fieldkit::constraints", f"{Q} | [x")
    ),
    Case(
        "xls.constraints.shape", form("type | name | label | fieldkit::constraints", f"{Q} | [1]")
    ),
    Case(
        "xls.generalise.unknown",
        form("type | name | label | fieldkit::generalise", f"{Q} | blur"),
        ("blur",),
    ),
    Case(
        "xls.generalise.count",
        form("type | name | label | fieldkit::generalise", f"{Q} | top_code()"),
        ("top_code",),
    ),
    Case(
        "xls.generalise.count_range",
        form("type | name | label | fieldkit::generalise", f"{Q} | bins()"),
        ("bins",),
    ),
    Case(
        "xls.generalise.whole",
        form("type | name | label | fieldkit::generalise", f"{Q} | year_band(2.5)"),
        ("year_band",),
    ),
    Case(
        "xls.sensitivity.unknown",
        form("type | name | label | fieldkit::sensitivity", f"{Q} | secret"),
        ("secret",),
    ),
    Case(
        "xls.consent.twice",
        form("type | name | label | fieldkit::consent", f"{Q} | 1", "integer | m | M | 1"),
        ("'n'",),
    ),
    Case(
        "xls.field",
        form("type | name | label | fieldkit::generalise", f'{Q} | {{"kind": "nope"}}'),
        ("generalise", "'n'"),
    ),
    # the survey sheet's rows and structure
    Case("xls.never_closed", form("type | name | label", "begin_group | g | G", Q), ("'g'",)),
    Case("xls.row.no_type", form("type | name | label", Q, " | x | X")),
    Case("xls.row.no_name", form("type | name | label", "integer | | N")),
    Case("xls.name.taken", form("type | name | label", Q, "text | n | N2"), ("'n'",)),
    Case(
        "xls.name.taken_as",
        form("type | name | label", "integer | n-1 | N", "text | n_1 | M"),
        ("n_1", "n-1"),
    ),
    Case(
        "xls.name.renamed",
        form("type | name | label", "integer | HH-Size | N"),
        ("HH-Size", "hh_size"),
    ),
    Case(
        "xls.group.flattened",
        form(
            "type | name | label",
            "begin_group | g | G",
            "begin_group | h | H",
            Q,
            "end_group | |",
            "end_group | |",
        ),
        ("'h'", "'g'"),
    ),
    Case(
        "xls.sealed.not_top",
        form(
            "type | name | label | fieldkit::sealed",
            "begin_group | g | G |",
            "begin_group | h | H | yes",
            f"{Q} |",
            "end_group | | |",
            "end_group | | |",
        ),
    ),
    Case(
        "xls.repeat.nested",
        form(
            "type | name | label",
            "begin_repeat | r | R",
            "begin_repeat | s | S",
            Q,
            "end_repeat | |",
            "end_repeat | |",
        ),
        ("'s'", "'r'"),
    ),
    Case(
        "xls.repeat.sealed",
        form(
            "type | name | label | fieldkit::sealed",
            "begin_repeat | r | R | yes",
            f"{Q} |",
            "end_repeat | | |",
        ),
    ),
    Case(
        "xls.repeat.in_group",
        form(
            "type | name | label",
            "begin_group | g | G",
            "integer | m | M",
            "begin_repeat | r | R",
            Q,
            "end_repeat | |",
            "end_group | |",
        ),
        ("'r'", "'g'"),
    ),
    Case(
        "xls.group.no_label",
        form("type | name | label", "begin_group | g |", Q, "end_group | |"),
        ("'g'",),
    ),
    Case(
        "xls.end.without_begin",
        form("type | name | label", Q, "end_group | |"),
        ("end_group", "begin_group"),
    ),
    Case(
        "xls.end.mismatch",
        form("type | name | label", "begin_group | g | G", Q, "end_repeat | |"),
        ("end_repeat", "'g'"),
    ),
    Case(
        "xls.section.empty",
        form("type | name | label", "begin_group | g | G", "start | st |", "end_group | |", Q),
        ("'g'",),
    ),
    Case(
        "xls.or_other",
        form("type | name | label", "select_one yn or_other | s | S", more=YN),
        ("${s}",),
    ),
    Case("xls.select.no_list", form("type | name | label", "select_one | s | S")),
    Case(
        "xls.select.unknown_list", form("type | name | label", "select_one zz | s | S"), ("'zz'",)
    ),
    Case("xls.calculate.empty", form("type | name | label", Q, "calculate | c |")),
    Case(
        "xls.fieldkit_type.unknown",
        form("type | name | label | fieldkit::type", f"{Q} | weird"),
        ("weird",),
    ),
    Case(
        "xls.fieldkit_type.mismatch",
        form("type | name | label | fieldkit::type", "text | t | T | integer"),
        ("'integer'",),
    ),
    Case(
        "xls.calculate.no_label",
        form("type | name | label | calculation", f"{Q} |", "calculate | c | | 1 + 1"),
        ("'c'",),
    ),
    Case("xls.question.no_label", form("type | name | label", "integer | n |"), ("'n'",)),
    Case("xls.label.reference", form("type | name | label", Q, "integer | m | More than ${n}")),
    Case("xls.constraint.no_message", form("type | name | label | constraint", f"{Q} | . > 0")),
    # refusals
    Case("xls.type.unsupported", form("type | name | label", Q, "image | p | P"), ("'image'",)),
    Case("xls.type.unknown", form("type | name | label", Q, "blob | b | B"), ("'blob'",)),
    Case(
        "xls.column.unsupported", form("type | name | label | default", f"{Q} | 5"), ("'default'",)
    ),
    Case(
        "xls.column.wrong_row",
        form("type | name | label | calculation", f"{Q} | 1"),
        ("'calculation'",),
    ),
    Case("xls.columns.unknown", form("type | name | label | colour", f"{Q} | red"), ("colour",)),
    Case("xls.ignored", form("type | name | label", "start | st |", Q), ("'start'",)),
    Case(
        "xls.expr.metadata_ref",
        form("type | name | label | relevant", "start | st | |", f"{Q} | ${{st}} = 1"),
        ("${st}",),
    ),
    Case(
        "xls.expr.unknown_ref",
        form("type | name | label | relevant", f"{Q} | ${{zz}} = 1"),
        ("${zz}",),
    ),
    Case(
        "xls.expr.path",
        form("type | name | label | relevant", f"{Q} |", "integer | m | M | /data/n = 1"),
    ),
    Case("xls.expr.union", book=lambda path: _survey(path, "${n} | ${n} = 1")),
    Case(
        "xls.expr.predicate",
        form("type | name | label | relevant", f"{Q} |", "integer | m | M | ${n}[1] = 1"),
    ),
    Case(
        "xls.expr.function",
        form("type | name | label | constraint", f"{Q} | today() > 1"),
        ("today",),
    ),
    Case(
        "expr.expected_value",
        form("type | name | label | relevant", f"{Q} |", "integer | m | M | ${n} = = 1"),
    ),
    Case(
        "bounds.min_above_max",
        form("type | name | label | fieldkit::minimum | fieldkit::maximum", f"{Q} | 9 | 1"),
        ("'n'",),
    ),
    # workbooks that cannot be read
    Case("xls.book.not_found", book=lambda path: path),
    Case("xls.book.not_xlsx", book=_text_file),
    Case("xls.book.unreadable", book=_junk_zip),
    Case(
        "xls.book.no_survey",
        "| choices |\n| | list_name | name | label |\n| | yn | y | Y |\n",
    ),
    Case("xls.sheet.column_twice", form("type | name | name", Q), ("survey", "name")),
    Case(
        "xls.book.too_large",
        form("type | name | label", Q),
        setup=_limit(workbook, "MAX_FILE_BYTES", 10),
    ),
    Case(
        "xls.book.unpacks",
        form("type | name | label", Q),
        setup=_limit(workbook, "MAX_UNPACKED_BYTES", 10),
    ),
    Case(
        "xls.sheet.too_many_rows",
        form("type | name | label", Q, Q),
        ("survey",),
        setup=_limit(workbook, "MAX_ROWS", 1),
    ),
]

NOT_TRIGGERED = {
    "xls.book.damaged_archive": "needs a file zipfile.is_zipfile accepts but cannot open",
    "xls.form.fails_checks": "defensive: the checks' problems are reported first",
    "xls.generalise.not_object": "defensive: a cell starting with '{' is an object or not JSON",
}
"""Problem kinds no case here reaches; their sentences are still checked below."""


def lines(
    tmp_path: Path, case: Case, monkeypatch: pytest.MonkeyPatch
) -> list[tuple[str, str, str]]:
    """(kind, English, Korean) of every error line, or of every note when it imports."""
    if case.setup is not None:
        case.setup(monkeypatch)
    if case.book is not None:
        path = case.book(tmp_path / "form.xlsx")
    else:
        path = write_xlsform_md(tmp_path / "form.xlsx", case.md)
    for name, data in case.files.items():
        (tmp_path / name).write_bytes(data)
    if case.kind == "xls.more":
        monkeypatch.setattr(texts, "MAX_REPORTED", 1)
    try:
        result = import_xlsform(path)
    except XLSFormError as error:
        english = [error.message, *error.details]
        korean = [error.translations["ko"], *error.detail_translations.get("ko", [])]
        assert len(english) == len(korean) == len(error.kinds)
        if error.hint is not None:
            assert HANGUL.search(error.hint_translations["ko"])
        return list(zip(error.kinds, english, korean, strict=True))
    return [(line.code, line.text("en"), line.text("ko")) for line in result.note_lines]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.kind)
def test_each_kind_in_korean(tmp_path: Path, case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    found = [(en, ko) for kind, en, ko in lines(tmp_path, case, monkeypatch) if kind == case.kind]
    assert found, f"{case.kind} not reported"
    english, korean = found[0]
    assert HANGUL.search(korean), korean
    bare = korean
    for value in case.values:
        bare = bare.replace(value, " ")
    assert english_words(bare) == [], (english_words(bare), korean)
    assert not HANGUL.search(english), english
    for value in case.values:
        assert value in korean and value in english, (value, korean)
    for sheet in ("survey", "choices", "settings"):  # sheet names stay as written
        if f"{sheet} row" in english:
            assert f"{sheet} 시트" in korean and "행" in korean, korean


def test_every_kind_has_a_case() -> None:
    words = {k for k in XLSFORM if k.startswith(("xls.word.", "xls.place.", "xls.what."))}
    parts = {"xls.line", "xls.line.hint", "xls.nothing_written", "xls.decision", "xls.joined"}
    parts |= {
        k for k in XLSFORM if k.endswith(".hint") or k.startswith(("xls.cli.", "xls.reason."))
    }
    parts |= {k for k in XLSFORM if k.startswith(("xls.rows.", "xls.advice.", "xls.review."))}
    parts |= {f"xls.type.{t}" for t in UNSUPPORTED_TYPES} | {
        f"xls.column.{c}" for c in UNSUPPORTED_COLUMNS
    }
    parts |= {"xls.expr.supported", "xls.expr.rewrite", "xls.delete_row", "xls.fill_label"}
    parts |= {"xls.fill_name", "xls.fill_name_column"}
    kinds = set(XLSFORM) - words - parts
    covered = {case.kind for case in CASES}
    assert kinds - covered == set(NOT_TRIGGERED), (kinds - covered) ^ set(NOT_TRIGGERED)


def test_every_sentence_in_both_languages() -> None:
    formatter = string.Formatter()
    own_fields = {"xls.json.invalid", "xls.json.invalid_paren", "xls.generalise.hint"}
    for key, sentence in XLSFORM.items():
        assert sentence.en.strip() and sentence.ko.strip(), key
        en = {f for _, f, _, _ in formatter.parse(sentence.en) if f}
        ko = {f for _, f, _, _ in formatter.parse(sentence.ko) if f}
        if key not in own_fields:  # JSON's reason is English: Korean gives line and column
            assert en == ko, key
        if HANGUL.search(sentence.ko) is None:  # only places and words written as in the file
            assert sentence.ko == sentence.en, key
        assert english_words(sentence.ko.format_map(_Blank())) == [], key


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "''"


def test_korean_tables_cover_every_unsupported_type_and_column() -> None:
    assert set(_TYPES_KO) == set(UNSUPPORTED_TYPES)
    assert set(_COLUMNS_KO) == set(UNSUPPORTED_COLUMNS)


def test_the_glossary_lists_every_korean_sentence_for_review() -> None:
    glossary = (Path(__file__).parents[3] / "docs" / "glossary.md").read_text("utf-8")
    section = glossary.split("## XLSForm import", 1)[1].split("\n## ", 1)[0]
    rows = {
        line.split(" | ")[-2].strip("` "): line
        for line in section.splitlines()
        if "| `xls." in line
    }
    for key, sentence in XLSFORM.items():
        if not HANGUL.search(sentence.ko):
            continue
        assert key in rows, key
        assert sentence.ko.replace("|", "\\|") in rows[key] and rows[key].endswith("| review |"), (
            key
        )
