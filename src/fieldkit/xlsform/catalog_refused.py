"""The XLSForm import's refusals in English and Korean: what fieldkit cannot run.

Unsupported types and columns (their English is the ``columns.py`` tables, so the
words a form author reads and the docs built from them stay one text), what is
ignored, expressions fieldkit's language lacks, CSV choice files and workbooks that
cannot be read.  Part of ``fieldkit.xlsform.catalog`` (kept apart for length).
"""

from __future__ import annotations

from fieldkit.questionnaire.catalog import Sentence
from fieldkit.xlsform.columns import UNSUPPORTED_COLUMNS, UNSUPPORTED_TYPES

__all__ = ["REFUSED", "SUPPORTED_TYPES"]

_S = Sentence

SUPPORTED_TYPES = (
    "select_one, select_multiple, select_one_from_file, integer, decimal, text, date, note, "
    "calculate, geopoint (sealed groups only), begin_group, end_group, begin_repeat, end_repeat"
)

_MEDIA = (
    "미디어 수집",
    "fieldkit은 글만 보관하고 파일은 보관하지 않습니다. 필요한 것을 text 질문으로 묻거나 "
    "행을 지우세요",
)
_PLACE = (
    "GPS 위치",
    "좌표는 사람을 드러냅니다. 장소는 지역 선택(quasi)이나 글(direct)로 물으세요",
)
_EXTERNAL = (
    "외부 자료의 선택지",
    "선택지를 choices 시트에 옮기거나, 워크북 옆의 CSV로 select_one_from_file을 쓰세요",
)
_LOOP = ("선택지 목록에 따른 반복", "대신 경우마다 항목이 하나인 반복(begin_repeat)을 쓰세요")
_ACKNOWLEDGE = ("확인 버튼", "yes/no select_one 질문을 쓰세요")
_EXTERNAL_DATA = ("외부 자료", "행을 지우세요")

_TYPES_KO: dict[str, tuple[str, str]] = {
    "geotrace": _PLACE,
    "geoshape": _PLACE,
    "osm": _PLACE,
    "image": _MEDIA,
    "audio": _MEDIA,
    "video": _MEDIA,
    "file": _MEDIA,
    "background-audio": _MEDIA,
    "barcode": _MEDIA,
    "time": ("시각", "text 질문을 쓰거나, 날짜라면 date 질문을 쓰세요"),
    "datetime": ("날짜와 시각", "date 질문을 쓰세요"),
    "range": ("범위 슬라이더", "fieldkit::minimum/maximum을 둔 integer 질문을 쓰세요"),
    "rank": ("순위 매기기", "select_multiple을 쓰거나, 순위마다 select_one을 하나씩 두세요"),
    "acknowledge": _ACKNOWLEDGE,
    "trigger": _ACKNOWLEDGE,
    "hidden": ("숨은 값", "행을 지우세요. fieldkit에는 숨은 칸이 없습니다"),
    "xml-external": _EXTERNAL_DATA,
    "csv-external": _EXTERNAL_DATA,
    "select_one_external": _EXTERNAL,
    "select_multiple_external": _EXTERNAL,
    "begin_loop": _LOOP,
    "end_loop": _LOOP,
    "include": ("포함된 양식", "포함된 양식의 행을 이 survey 시트에 옮겨 적으세요"),
}
"""XLSForm type -> (what it is, what to do instead) in Korean; the English is
``columns.UNSUPPORTED_TYPES`` (a test checks both have the same types)."""

_COLUMNS_KO: dict[str, tuple[str, str]] = {
    "trigger": ("trigger", "지우세요. fieldkit은 답이 바뀔 때마다 모든 계산을 다시 합니다"),
    "default": ("기본값", "지우세요. fieldkit은 답을 미리 채우지 않습니다"),
    "read_only": ("읽기 전용 질문", "note로 바꾸세요"),
}
"""Survey column -> (what it is, what to do instead) in Korean (English:
``columns.UNSUPPORTED_COLUMNS``)."""


def _tables() -> dict[str, Sentence]:
    rows: dict[str, Sentence] = {}
    for prefix, english, korean in (
        ("xls.type", UNSUPPORTED_TYPES, _TYPES_KO),
        ("xls.column", UNSUPPORTED_COLUMNS, _COLUMNS_KO),
    ):
        for name, (what, advice) in english.items():
            ko_what, ko_advice = korean.get(name, (what, advice))
            rows[f"{prefix}.{name}"] = _S(what, ko_what)
            rows[f"{prefix}.{name}.hint"] = _S(advice, ko_advice)
    return rows


_SUPPORTED = _S(
    "fieldkit understands ${{name}}, ., comparisons, + - * div mod, and, or, and the "
    "functions listed in docs/questionnaire.md",
    "fieldkit이 아는 것: ${{name}}, ., 비교, + - * div mod, 'and', 'or', "
    "docs/questionnaire.md에 적힌 함수",
)

REFUSED: dict[str, Sentence] = {
    **_tables(),
    # --- rows fieldkit does not run (refusals.py) ----------------------------------------
    "xls.type.unsupported": _S(
        "{what} ('{type}') is not supported by fieldkit",
        "{what}('{type}')은(는) fieldkit에서 쓸 수 없습니다",
    ),
    "xls.type.unknown": _S("unknown type '{type}'", "모르는 type '{type}'"),
    "xls.type.unknown.hint": _S(
        "fieldkit reads " + SUPPORTED_TYPES,
        "fieldkit이 읽는 type: " + SUPPORTED_TYPES.replace("(sealed groups only)", "(봉인 그룹만)"),
    ),
    "xls.column.unsupported": _S("{what} is not supported", "{what}은(는) 쓸 수 없습니다"),
    "xls.column.wrong_row": _S(
        "'{column}' is read on {rows} only, not on '{type}'",
        "'{column}'은(는) {rows}에서만 읽습니다 ('{type}' 행에서는 읽지 않음)",
    ),
    "xls.column.wrong_row.hint": _S(
        "move it to the right row, or clear the cell", "맞는 행으로 옮기거나 칸을 비우세요"
    ),
    "xls.rows.calculate": _S("calculate rows", "calculate 행"),
    "xls.rows.select": _S("select rows", "select 행"),
    "xls.rows.begin_repeat": _S("begin_repeat rows", "begin_repeat 행"),
    "xls.columns.unknown": _S(
        "columns fieldkit does not read were ignored: {columns}",
        "fieldkit이 읽지 않는 열은 건너뛰었습니다: {columns}",
    ),
    "xls.ignored": _S(
        "ignored {what} on survey row(s) {rows}",
        "survey 시트 {rows}행의 {what}은(는) 건너뛰었습니다",
    ),
    "xls.what.appearance": _S("appearance '{word}'", "appearance '{word}'"),
    "xls.what.media": _S("{column} (media)", "{column} (미디어)"),
    "xls.what.metadata": _S("'{type}' (phone metadata)", "'{type}' (휴대폰 메타데이터)"),
    "xls.what.column": _S("column '{column}'", "'{column}' 열"),
    # --- expressions (expressions.py) ----------------------------------------------------
    "xls.expr.supported": _SUPPORTED,
    "xls.expr.rewrite": _S("{supported}; rewrite the expression", "{supported}. 식을 고쳐 쓰세요"),
    "xls.expr.metadata_ref": _S(
        "refers to '${{{name}}}', a phone metadata field that fieldkit does not keep",
        "'${{{name}}}'을(를) 가리킵니다: fieldkit이 보관하지 않는 휴대폰 메타데이터입니다",
    ),
    "xls.expr.metadata_ref.hint": _S(
        "remove the condition, or replace it by a question", "조건을 지우거나 질문으로 바꾸세요"
    ),
    "xls.expr.unknown_ref": _S(
        "refers to '${{{name}}}', which is not a question of this form",
        "'${{{name}}}'을(를) 가리키지만 이 양식에 그런 질문이 없습니다",
    ),
    "xls.expr.unknown_ref.hint": _S(
        "check the spelling against the 'name' column", "'name' 열과 철자를 맞춰 보세요"
    ),
    "xls.expr.path": _S(
        "uses an XPath path ('/data/...' or '../...')",
        "XPath 경로('/data/...' 또는 '../...')를 씁니다",
    ),
    "xls.expr.path.hint": _S(
        "refer to questions as ${{name}}", "질문은 ${{name}}(으)로 가리키세요"
    ),
    "xls.expr.union": _S("uses node-set union '|'", "노드 집합의 합집합 '|'을(를) 씁니다"),
    "xls.expr.predicate": _S("uses XPath predicate '[...]'", "XPath 조건식 '[...]'을(를) 씁니다"),
    "xls.expr.function": _S(
        "uses the function {name}(), which fieldkit does not have",
        "fieldkit에 없는 함수 {name}()을(를) 씁니다",
    ),
    "xls.advice.choice_name": _S(
        "compare the choice value instead, e.g. ${{q}} = 'yes'",
        "대신 선택지 값을 비교하세요 (예: ${{q}} = 'yes')",
    ),
    "xls.advice.today": _S(
        "fieldkit records the interview date itself; compare with a fixed year",
        "fieldkit이 면접 날짜를 직접 기록합니다. 정해진 연도와 비교하세요",
    ),
    "xls.advice.indexed_repeat": _S(
        "inside a repeat, ${{q}} is this instance's answer; outside it, use count(), sum(), "
        "min() or max() over the repeat's question",
        "반복 안에서 ${{q}}는 그 항목의 답입니다. 반복 밖에서는 반복의 질문에 count(), "
        "sum(), min(), max()를 쓰세요",
    ),
    # --- CSV choice files (files.py) -----------------------------------------------------
    "xls.file.not_csv": _S(
        "'{name}' is not a CSV file name", "'{name}'은(는) CSV 파일 이름이 아닙니다"
    ),
    "xls.file.not_csv.hint": _S(
        "name a .csv file in the same folder as the workbook (no folders)",
        "워크북과 같은 폴더에 있는 .csv 파일 이름을 적으세요 (폴더 없이)",
    ),
    "xls.file.missing": _S(
        "the choices file '{name}' is not beside the workbook",
        "선택지 파일 '{name}'이(가) 워크북과 같은 폴더에 없습니다",
    ),
    "xls.file.missing.hint": _S(
        "put the CSV in the same folder as the workbook", "CSV 파일을 워크북과 같은 폴더에 두세요"
    ),
    "xls.file.too_large": _S(
        "'{name}' is larger than {mib} MiB", "'{name}'이(가) {mib} MiB보다 큽니다"
    ),
    "xls.file.too_large.hint": _S("split the list", "목록을 나누세요"),
    "xls.file.not_utf8": _S(
        "not UTF-8 text (byte {byte})", "UTF-8 글이 아닙니다 ({byte}번째 바이트)"
    ),
    "xls.file.not_utf8.hint": _S("save it as UTF-8", "UTF-8로 저장하세요"),
    "xls.file.no_name_column": _S("the CSV has no 'name' column", "CSV에 'name' 열이 없습니다"),
    "xls.file.no_name_column.hint": _S(
        "add name and label columns", "name 열과 label 열을 넣으세요"
    ),
    "xls.file.too_many_rows": _S("more than {max} rows", "{max}행이 넘습니다"),
    # --- workbooks that cannot be read (workbook.py) -------------------------------------
    "xls.book.unreadable": _S(
        "the workbook could not be read (damaged, or not an Excel workbook)",
        "워크북을 읽을 수 없습니다 (손상되었거나 Excel 워크북이 아님)",
    ),
    "xls.book.unreadable.hint": _S(
        "open it in a spreadsheet program and save it again as .xlsx",
        "스프레드시트 프로그램에서 열어 .xlsx로 다시 저장하세요",
    ),
    "xls.book.no_survey": _S(
        "the workbook has no 'survey' sheet", "워크북에 'survey' 시트가 없습니다"
    ),
    "xls.book.no_survey.hint": _S(
        "sheets found: {sheets}; an XLSForm needs one named 'survey'",
        "있는 시트: {sheets}. XLSForm에는 'survey'라는 시트가 있어야 합니다",
    ),
    "xls.book.not_found": _S("file not found", "파일이 없습니다"),
    "xls.book.too_large": _S("file is larger than {mib} MiB", "파일이 {mib} MiB보다 큽니다"),
    "xls.book.not_xlsx": _S("not an .xlsx workbook", ".xlsx 워크북이 아닙니다"),
    "xls.book.not_xlsx.hint": _S(
        "fieldkit reads XLSForms saved as .xlsx; save .xls, .ods or .csv files as 'Excel "
        "Workbook (.xlsx)' first",
        "fieldkit은 .xlsx로 저장한 XLSForm을 읽습니다. .xls, .ods, .csv 파일은 먼저 'Excel "
        "Workbook (.xlsx)'로 저장하세요",
    ),
    "xls.book.damaged_archive": _S(
        "not an .xlsx workbook (damaged archive)", ".xlsx 워크북이 아닙니다 (압축 파일이 손상됨)"
    ),
    "xls.book.unpacks": _S(
        "the workbook unpacks to more than {mib} MiB",
        "워크북의 압축을 풀면 {mib} MiB가 넘습니다",
    ),
    "xls.sheet.too_many_rows": _S(
        "the {sheet} sheet has more than {max} filled rows",
        "{sheet} 시트에 채워진 행이 {max}개가 넘습니다",
    ),
    "xls.sheet.column_twice": _S(
        "the {sheet} sheet has the column '{header}' twice (also as '{other}')",
        "{sheet} 시트에 '{header}' 열이 두 번 있습니다 ('{other}'(으)로도)",
    ),
    "xls.sheet.column_twice.hint": _S(
        "delete or rename one of them", "하나를 지우거나 이름을 바꾸세요"
    ),
}
"""The refusals' sentences (``xls.*``), merged into ``catalog.XLSFORM``."""
