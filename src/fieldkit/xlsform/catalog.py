"""Every sentence the XLSForm import says, in English and Korean, and its message type.

The import's problems and notes are built as a key and parameters (``XMessage``, the
questionnaire checker's ``Message`` looking keys up here first), never as finished
English, so a Korean coordinator reads them in Korean (``FIELDKIT_LANG=ko`` or the
locale).  Parameters are ids, sheet names, column names and cell values from the
workbook: the same in both languages.  The English is exactly what the import said
before (tests, docs and scripts quote it).  The refusals' sentences (unsupported types
and columns, expressions, unreadable files) are in ``catalog_refused.py``.  Every Korean
sentence is listed in docs/glossary.md, "XLSForm import", for a fluent reader
(``tests/unit/xlsform/test_korean.py`` checks both).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from fieldkit.questionnaire.catalog import CATALOG, Sentence
from fieldkit.questionnaire.messages import Message, Param
from fieldkit.xlsform.catalog_refused import REFUSED

__all__ = ["XLSFORM", "XMessage", "x"]

_S = Sentence

_OWN: dict[str, Sentence] = {
    # --- places -------------------------------------------------------------------------
    "xls.place.row": _S("{sheet} row {row}", "{sheet} 시트 {row}행"),
    "xls.place.sheet": _S("{sheet} sheet", "{sheet} 시트"),
    "xls.place.file_row": _S("{file} row {row}", "{file} {row}행"),
    "xls.place.headers": _S("column headers", "열 제목"),
    "xls.place.settings": _S("settings", "settings 시트"),
    "xls.place.column": _S("{place}, column '{column}'", "{place}, '{column}' 열"),
    "xls.place.element": _S("{place} ({noun} '{id}')", "{place} ({noun} '{id}')"),
    "xls.place.text": _S("{place} {column}", "{place} {column}"),
    "xls.line": _S("{place}: {what}", "{place}: {what}"),
    "xls.line.hint": _S("{place}: {what} ({hint})", "{place}: {what} ({hint})"),
    "xls.word.question": _S("question", "질문"),
    "xls.word.group": _S("group", "그룹"),
    "xls.word.repeat": _S("repeat", "반복"),
    "xls.word.no_lists": _S("no lists", "목록 없음"),
    "xls.word.and_more": _S("{shown} and {more} more", "{shown} 외 {more}개"),
    "xls.more": _S("... and {more} more", "... 외 {more}개 더"),
    "xls.nothing_written": _S(
        "nothing was written; fix the workbook and import it again",
        "아무것도 쓰지 않았습니다. 워크북을 고친 뒤 다시 가져오세요",
    ),
    # --- languages and settings (texts.py, reader.py) ------------------------------------
    "xls.language.no_code": _S(
        "the language '{label}' in a column header has no language code",
        "열 제목의 언어 '{label}'에 언어 코드가 없습니다",
    ),
    "xls.language.no_code.hint": _S(
        "write it as '{label} (xx)' with its two-letter code, e.g. 'Korean (ko)'",
        "'{label} (xx)'처럼 두 글자 언어 코드를 붙여 쓰세요 (예: 'Korean (ko)')",
    ),
    "xls.default_language.no_code": _S(
        "default_language '{name}' has no language code",
        "default_language '{name}'에 언어 코드가 없습니다",
    ),
    "xls.default_language.no_code.hint": _S(
        "write it as e.g. 'English (en)'", "'English (en)'처럼 쓰세요"
    ),
    "xls.language.none": _S(
        "no language given: texts are taken as English (en)",
        "언어가 적혀 있지 않아 글을 영어(en)로 읽었습니다",
    ),
    "xls.text.untranslated": _S(
        "{count} text(s) have no '{code}' translation; the {default} text is used instead "
        "({shown})",
        "글 {count}개에 '{code}' 번역이 없어 {default} 글을 대신 씁니다 ({shown})",
    ),
    "xls.form.no_questions": _S("the form has no questions", "양식에 질문이 없습니다"),
    "xls.form.fails_checks": _S(
        "the form does not pass fieldkit's checks", "양식이 fieldkit 검사를 통과하지 못했습니다"
    ),
    "xls.form_id.missing": _S(
        "no form_id: the questionnaire id is '{id}' (from the file name)",
        "form_id가 없어 질문지 id를 파일 이름에서 따온 '{id}'(으)로 정했습니다",
    ),
    "xls.form_id.renamed": _S(
        "form_id '{form_id}' is '{id}' in fieldkit",
        "form_id '{form_id}'은(는) fieldkit에서 '{id}'입니다",
    ),
    "xls.version.missing": _S(
        "no version: the questionnaire version is '1'",
        "version이 없어 질문지 버전을 '1'로 정했습니다",
    ),
    "xls.title.missing": _S(
        "no form_title: the form id is used as the title",
        "form_title이 없어 양식 id를 제목으로 씁니다",
    ),
    "xls.settings.ignored": _S("ignored {columns}", "읽지 않은 열: {columns}"),
    "xls.settings.ignored_own": _S(
        "ignored {columns} (fieldkit encrypts and stores interviews itself)",
        "읽지 않은 열: {columns} (fieldkit이 면접을 직접 암호화해 보관합니다)",
    ),
    "xls.field": _S("{field}: {what}", "{field}: {what}"),
    # --- choices (choices.py) ------------------------------------------------------------
    "xls.choices.columns_ignored": _S(
        "column(s) {columns} ignored: a choice_filter reads only columns named in a-z, 0-9 "
        "and _ whose values are codes",
        "열 {columns}은(는) 읽지 않았습니다: choice_filter는 이름이 a-z, 0-9, _로만 되어 "
        "있고 값이 코드인 열만 읽습니다",
    ),
    "xls.choice.no_list": _S("choice has no list_name", "선택지에 list_name이 없습니다"),
    "xls.choice.no_list.hint": _S(
        "fill in the list it belongs to", "선택지가 속한 목록 이름을 적으세요"
    ),
    "xls.choice.no_name": _S(
        "a choice of list '{list}' has no name", "목록 '{list}'의 선택지에 name이 없습니다"
    ),
    "xls.fill_name_column": _S("fill in the 'name' column", "'name' 열을 채우세요"),
    "xls.choice.bad_name": _S(
        "choice name '{value}' is not a valid value",
        "선택지 이름 '{value}'은(는) 값으로 쓸 수 없습니다",
    ),
    "xls.choice.bad_name.hint": _S(
        "use letters, digits, '_', '.' and '-' only, starting with a letter or digit",
        "영문자, 숫자, '_', '.', '-'만 쓰고 영문자나 숫자로 시작하세요",
    ),
    "xls.choice.no_label": _S(
        "choice '{value}' has no label", "선택지 '{value}'에 label이 없습니다"
    ),
    "xls.fill_label": _S("fill in its label column(s)", "label 열을 채우세요"),
    "xls.list.clash": _S(
        "list_name '{written}' and '{clash}' both become '{id}'",
        "list_name '{written}'과(와) '{clash}'이(가) 둘 다 '{id}'이(가) 됩니다",
    ),
    "xls.list.clash.hint": _S(
        "give the lists names that differ in more than case or punctuation",
        "대소문자나 문장 부호만 다르지 않게 목록 이름을 정하세요",
    ),
    "xls.list.renamed": _S(
        "list '{written}' is called '{id}' in fieldkit",
        "목록 '{written}'은(는) fieldkit에서 '{id}'(이)라고 부릅니다",
    ),
    # --- cells of fieldkit's own columns (extras.py, survey.py) ---------------------------
    "xls.not_whole_number": _S(
        "'{value}' is not a whole number", "'{value}'은(는) 정수가 아닙니다"
    ),
    "xls.not_number": _S("'{value}' is not a number", "'{value}'은(는) 숫자가 아닙니다"),
    "xls.not_yes_no": _S("'{value}' is not yes or no", "'{value}'은(는) yes나 no가 아닙니다"),
    "xls.json.invalid": _S(
        "not valid JSON: {reason}", "올바른 JSON이 아닙니다 ({line}행 {column}번째 글자)"
    ),
    "xls.json.invalid_paren": _S(
        "not valid JSON ({reason})", "올바른 JSON이 아닙니다 ({line}행 {column}번째 글자)"
    ),
    "xls.constraints.shape": _S(
        'expected a list of {{"expr": "...", "message": {{"en": "..."}}}} objects',
        '{{"expr": "...", "message": {{"en": "..."}}}} 객체의 목록이어야 합니다',
    ),
    "xls.generalise.not_object": _S("the JSON must be an object", "JSON은 객체여야 합니다"),
    "xls.generalise.unknown": _S(
        "'{text}' is not a generalisation", "'{text}'은(는) 일반화 방법이 아닙니다"
    ),
    "xls.generalise.count": _S(
        "{kind} takes {count} number(s), got {got}",
        "{kind}에는 숫자가 {count}개 필요합니다 (지금 {got}개)",
    ),
    "xls.generalise.count_range": _S(
        "{kind} takes {low} to {high} number(s), got {got}",
        "{kind}에는 숫자가 {low}~{high}개 필요합니다 (지금 {got}개)",
    ),
    "xls.generalise.whole": _S("{kind} takes a whole number", "{kind}에는 정수를 써야 합니다"),
    "xls.generalise.hint": _S(
        "write {syntax}",
        "year_band(5), year_only, top_code(6), bins(2000, 5000) 또는 JSON 객체로 쓰세요",
    ),
    "xls.sensitivity.unknown": _S(
        "'{value}' is not a sensitivity", "'{value}'은(는) sensitivity 값이 아닙니다"
    ),
    "xls.sensitivity.unknown.hint": _S(
        "use direct, quasi, narrative or none", "direct, quasi, narrative, none 중 하나를 쓰세요"
    ),
    "xls.consent.twice": _S(
        "a second consent question (the first is '{first}')",
        "두 번째 consent 질문입니다 (첫 번째는 '{first}')",
    ),
    "xls.consent.twice.hint": _S(
        "keep fieldkit::consent on one question only", "fieldkit::consent는 한 질문에만 두세요"
    ),
    # --- the survey sheet's rows and structure (survey.py, question_rows.py) -------------
    "xls.never_closed": _S(
        "{kind} '{id}' is never closed", "{kind} '{id}'이(가) 닫히지 않았습니다"
    ),
    "xls.never_closed.hint": _S(
        "add an {end} row after its last question", "마지막 질문 뒤에 {end} 행을 넣으세요"
    ),
    "xls.row.no_type": _S("the row has no type", "행에 type이 없습니다"),
    "xls.row.no_type.hint": _S(
        "fill in 'type', or delete the row", "'type'을 채우거나 행을 지우세요"
    ),
    "xls.row.no_name": _S("a {type} row has no name", "{type} 행에 name이 없습니다"),
    "xls.fill_name": _S("fill in 'name'", "'name'을 채우세요"),
    "xls.name.taken": _S(
        "the name '{name}' is already used on survey row {row}",
        "이름 '{name}'은(는) 이미 survey 시트 {row}행에서 씁니다",
    ),
    "xls.name.taken_as": _S(
        "the name '{name}' is already used on survey row {row} (as '{clash}')",
        "이름 '{name}'은(는) 이미 survey 시트 {row}행에서 씁니다 ('{clash}'(으)로)",
    ),
    "xls.name.taken.hint": _S(
        "every question and group needs its own name", "질문과 그룹마다 이름이 달라야 합니다"
    ),
    "xls.name.renamed": _S(
        "'{name}' is called '{id}' in fieldkit",
        "'{name}'은(는) fieldkit에서 '{id}'(이)라고 부릅니다",
    ),
    "xls.group.flattened": _S(
        "group '{id}' is inside {kind} '{outer}': fieldkit has one level of sections, so its "
        "questions join that section (its relevant is added to each)",
        "그룹 '{id}'이(가) {kind} '{outer}' 안에 있습니다: fieldkit의 섹션은 한 단계뿐이라 그 "
        "질문들은 바깥 섹션에 들어갑니다 (그룹의 relevant는 각 질문에 더해짐)",
    ),
    "xls.sealed.not_top": _S(
        "only a top-level group can be sealed", "맨 바깥 그룹만 봉인할 수 있습니다"
    ),
    "xls.repeat.nested": _S(
        "repeat '{id}' is inside repeat '{outer}': fieldkit keeps one level of repeats",
        "반복 '{id}'이(가) 반복 '{outer}' 안에 있습니다: fieldkit의 반복은 한 단계뿐입니다",
    ),
    "xls.repeat.nested.hint": _S(
        "make it a repeat of its own after '{outer}' ends, with a question in it that names "
        "the {outer} instance it belongs to",
        "'{outer}'이(가) 끝난 뒤에 따로 반복을 만들고, 어느 {outer} 항목에 속하는지 적는 "
        "질문을 그 안에 두세요",
    ),
    "xls.repeat.sealed": _S(
        "a repeat cannot be sealed: identity answers are kept once per interview",
        "반복은 봉인할 수 없습니다: 신원 답변은 면접마다 한 번만 보관합니다",
    ),
    "xls.repeat.in_group": _S(
        "repeat '{id}' is inside group '{group}': it becomes a section of its own (the "
        "group's relevant added to it), and the group's questions after it a section of their "
        "own",
        "반복 '{id}'이(가) 그룹 '{group}' 안에 있습니다: 반복은 따로 섹션이 되고 (그룹의 "
        "relevant가 더해짐), 그 뒤의 그룹 질문들도 따로 섹션이 됩니다",
    ),
    "xls.group.no_label": _S(
        "group '{id}' has no label; its name is used as the title",
        "그룹 '{id}'에 label이 없어 이름을 제목으로 씁니다",
    ),
    "xls.end.without_begin": _S("{end} without a {begin}", "{begin} 없이 {end}이(가) 있습니다"),
    "xls.delete_row": _S("delete the row", "행을 지우세요"),
    "xls.end.mismatch": _S(
        "{end} closes {kind} '{id}' (survey row {row})",
        "{end}이(가) {kind} '{id}'(survey 시트 {row}행)을(를) 닫습니다",
    ),
    "xls.end.mismatch.hint": _S("write {wanted}", "{wanted}(으)로 쓰세요"),
    "xls.section.empty": _S(
        "{kind} '{id}' has no questions fieldkit keeps, so it is left out",
        "{kind} '{id}'에 fieldkit이 남기는 질문이 없어 뺐습니다",
    ),
    "xls.or_other": _S("'or_other' is not supported", "'or_other'는 쓸 수 없습니다"),
    "xls.or_other.hint": _S(
        "add an 'other' choice to the list and a text question with relevant "
        "selected(${{{name}}}, 'other')",
        "목록에 'other' 선택지를 넣고, relevant가 selected(${{{name}}}, 'other')인 text "
        "질문을 더하세요",
    ),
    "xls.select.no_list": _S("{type} needs a list name", "{type}에는 목록 이름이 있어야 합니다"),
    "xls.select.unknown_list": _S(
        "unknown choice list '{name}' (the choices sheet has: {known})",
        "없는 선택지 목록 '{name}' (choices 시트에 있는 목록: {known})",
    ),
    "xls.select.unknown_list.hint": _S(
        "add the list to the choices sheet, or fix the spelling",
        "choices 시트에 목록을 넣거나 철자를 고치세요",
    ),
    "xls.calculate.empty": _S(
        "a calculate row has no calculation", "calculate 행에 calculation이 없습니다"
    ),
    "xls.calculate.empty.hint": _S("fill in 'calculation'", "'calculation'을 채우세요"),
    "xls.fieldkit_type.unknown": _S(
        "unknown fieldkit::type '{type}' (known: {known})",
        "모르는 fieldkit::type '{type}' (있는 type: {known})",
    ),
    "xls.fieldkit_type.mismatch": _S(
        "fieldkit::type '{type}' needs the XLSForm type '{needs}', not '{xls}'",
        "fieldkit::type '{type}'에는 XLSForm type '{xls}'이(가) 아니라 '{needs}'이(가) 필요합니다",
    ),
    "xls.calculate.no_label": _S(
        "calculate '{id}' has no label; its name is used",
        "calculate '{id}'에 label이 없어 이름을 씁니다",
    ),
    "xls.question.no_label": _S("question '{id}' has no label", "질문 '{id}'에 label이 없습니다"),
    "xls.question.no_label.hint": _S(
        "fill in its label column(s); fieldkit shows every question to the interviewer",
        "label 열을 채우세요. fieldkit은 모든 질문을 면접자에게 보여 줍니다",
    ),
    "xls.label.reference": _S(
        "the label uses ${{...}}; fieldkit shows labels as written",
        "label에 ${{...}}가 있습니다: fieldkit은 label을 적힌 그대로 보여 줍니다",
    ),
    "xls.constraint.no_message": _S(
        "the constraint has no constraint_message; a generic one is used",
        "constraint에 constraint_message가 없어 일반 문구를 씁니다",
    ),
    # --- sensitivity decisions and the command's own lines (sensitivity.py, cli) ----------
    "xls.decision": _S(
        "survey row {row}: '{question}' ({type}) -> {sensitivity}: {reason}",
        "survey 시트 {row}행: '{question}' ({type}) -> {sensitivity}: {reason}",
    ),
    "xls.reason.not_free_text": _S("not free text", "자유 글이 아님"),
    "xls.reason.identifying": _S(
        "'{word}' looks identifying", "'{word}'은(는) 신원을 드러내는 말로 보임"
    ),
    "xls.reason.free_text": _S(
        "free text exported as typed; consider 'narrative' (redacted) or 'direct'",
        "자유 글이 적힌 그대로 내보내짐. 'narrative'(가림 처리)나 'direct'를 고려하세요",
    ),
    "xls.review.plain": _S(
        "none (not free text): {questions}", "none (자유 글이 아님): {questions}"
    ),
    "xls.cli.note": _S("note: {line}", "참고: {line}"),
    "xls.cli.review": _S(
        "review: {count} question(s) had no fieldkit::sensitivity; fieldkit decided (add the "
        "column to change this):",
        "검토: 질문 {count}개에 fieldkit::sensitivity가 없어 fieldkit이 정했습니다 (바꾸려면 "
        "그 열을 넣으세요):",
    ),
    "xls.cli.review_line": _S("review:   {line}", "검토:   {line}"),
    "xls.cli.summary": _S(
        "{id} {version}: {sections} sections, {questions} questions",
        "{id} {version}: 섹션 {sections}개, 질문 {questions}개",
    ),
    "xls.cli.ok": _S("ok: {summary}", "이상 없음: {summary}"),
    "xls.cli.wrote": _S(
        "Wrote {out} ({summary}, languages {languages}).",
        "{out}에 썼습니다 ({summary}, 언어 {languages}).",
    ),
    "xls.cli.exported": _S(
        "Wrote {out} ({id} {version}, {questions} questions).",
        "{out}에 썼습니다 ({id} {version}, 질문 {questions}개).",
    ),
}

XLSFORM: dict[str, Sentence] = {**_OWN, **REFUSED}
"""The import's own sentences (``xls.*``)."""


@dataclass(frozen=True)
class XMessage(Message):
    """A catalog message of the XLSForm import: its keys, then the checker's."""

    catalog: ClassVar[Mapping[str, Sentence]] = {**CATALOG, **XLSFORM}


def x(key: str, **params: Param) -> XMessage:
    """``x("xls.not_number", value="abc")``: one sentence of the import, to be rendered."""
    return XMessage(key, params)
