"""The catalog: every sentence the questionnaire checker says, in English and Korean.

One entry per kind of problem, keyed (``choices.unknown_list``), with ``{name}``
parameters that ``fieldkit.questionnaire.messages`` fills in: ids, values and counts from
the file, the same in both languages.  The English is exactly what the checker said before
the catalog existed (tests, docs and scripts quote it).  ``pydantic.<type>`` entries give
the Korean of pydantic's own messages, whose English is pydantic's and is kept as it is.
Every Korean sentence is listed in docs/glossary.md, "Questionnaire checker", for a fluent
reader (``tests/unit/questionnaire/test_messages.py`` checks both).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATALOG", "NOUNS", "Sentence"]


@dataclass(frozen=True)
class Sentence:
    """One kind of problem (or one word) in both languages; ``{name}`` are parameters."""

    en: str
    ko: str

    def get(self, lang: str) -> str:
        return self.ko if lang == "ko" else self.en


_S = Sentence

NOUNS: dict[str, Sentence] = {
    "section": _S("section", "섹션"),
    "question": _S("question", "질문"),
    "choice_list": _S("choice list", "선택지 목록"),
    "choice": _S("choice", "선택지"),
    "population": _S("population", "대상 집단"),
    "table": _S("table", "표"),
}
"""The elements a place names by id (``section 'x'``) or by position (``section #2``)."""

CATALOG: dict[str, Sentence] = {
    # --- words inside other sentences ----------------------------------------------------
    "word.top_level": _S("top level", "최상위"),
    "word.none": _S("none", "없음"),
    "word.none_defined": _S("none defined", "정의된 것 없음"),
    "word.the_end": _S("the end", "식의 끝"),
    "word.List": _S("List", "목록"),
    "word.Dictionary": _S("Dictionary", "표"),
    # --- ids and texts (validate.py) ---------------------------------------------------
    "id.duplicate": _S("id is also used by {other}", "같은 id를 {other}에서도 씁니다"),
    "choice.value_twice": _S(
        "choice value '{value}' appears twice", "선택지 값 '{value}'이(가) 두 번 나옵니다"
    ),
    "languages.twice": _S("a language is listed twice", "같은 언어가 두 번 적혀 있습니다"),
    "text.missing": _S("missing text in {languages}", "다음 언어의 글이 없습니다: {languages}"),
    # --- choices and bounds --------------------------------------------------------------
    "choices.needed": _S(
        "a {type} question needs 'choices' (a choice list name)",
        "{type} 질문에는 'choices'(선택지 목록 이름)가 있어야 합니다",
    ),
    "choices.not_allowed": _S(
        "a {type} question cannot have 'choices'", "{type} 질문에는 'choices'를 쓸 수 없습니다"
    ),
    "choices.unknown_list": _S(
        "unknown choice list '{name}' (known: {known})",
        "없는 선택지 목록 '{name}' (있는 목록: {known})",
    ),
    "choice_list.unused": _S("is not used by any question", "어느 질문에서도 쓰지 않습니다"),
    "bounds.not_applicable": _S(
        "'minimum'/'maximum' do not apply to {type} questions",
        "'minimum'/'maximum'은 {type} 질문에 쓸 수 없습니다",
    ),
    "bounds.min_above_max": _S(
        "'minimum' is larger than 'maximum'", "'minimum'이 'maximum'보다 큽니다"
    ),
    "unit.not_numeric": _S(
        "'unit' is for number questions, not {type}",
        "'unit'은 숫자 질문에만 씁니다 ({type} 질문에는 쓸 수 없음)",
    ),
    "note.required": _S(
        "a note cannot be required or have constraints",
        "안내문(note)은 필수로 하거나 조건을 붙일 수 없습니다",
    ),
    # --- sensitivity ---------------------------------------------------------------------
    "sealed.not_direct": _S(
        "questions in a sealed section must have sensitivity 'direct'",
        "봉인된 섹션의 질문은 sensitivity가 'direct'여야 합니다",
    ),
    "quasi.no_generalise": _S(
        "a 'quasi' question must declare how it is generalised ('generalise')",
        "'quasi' 질문에는 일반화 방법('generalise')을 적어야 합니다",
    ),
    "generalise.not_quasi": _S(
        "'generalise' is only for questions with sensitivity 'quasi'",
        "'generalise'는 sensitivity가 'quasi'인 질문에만 씁니다",
    ),
    "generalise.not_applicable": _S(
        "generalisation '{kind}' does not apply to {type} (allowed: {allowed})",
        "일반화 '{kind}'은(는) {type} 질문에 쓸 수 없습니다 (쓸 수 있는 것: {allowed})",
    ),
    "narrative.not_text": _S(
        "only text questions can have sensitivity 'narrative'",
        "sensitivity 'narrative'는 글 질문에만 쓸 수 있습니다",
    ),
    "quasi_identifier.misplaced": _S(
        "'quasi_identifier' is for exported, structured answers (sensitivity 'quasi' or 'none')",
        "'quasi_identifier'는 내보내는 정형 답에만 씁니다 (sensitivity 'quasi' 또는 'none')",
    ),
    "redaction_seed.misplaced": _S(
        "'redaction_seed' is only for 'direct' text questions",
        "'redaction_seed'는 'direct' 글 질문에만 씁니다",
    ),
    "bins.not_ascending": _S(
        "bin 'edges' must be strictly ascending",
        "구간 'edges'는 작은 값부터 겹치지 않게 커져야 합니다",
    ),
    "bins.labels": _S(
        "bins need {n} labels, one more than 'edges'",
        "구간 이름(labels)이 {n}개 있어야 합니다 ('edges'보다 하나 더)",
    ),
    # --- expressions -----------------------------------------------------------------------
    "expr.current_outside": _S(
        "'.' (the current answer) is only allowed in constraints",
        "'.'(지금 답)는 조건(constraints)에서만 쓸 수 있습니다",
    ),
    "expr.unknown_question": _S(
        "refers to unknown question '${{{name}}}'", "없는 질문 '${{{name}}}'을(를) 가리킵니다"
    ),
    "expr.note_ref": _S(
        "refers to note '{name}', which has no answer",
        "답이 없는 안내문 '{name}'을(를) 가리킵니다",
    ),
    "selected.not_choice": _S(
        "selected() needs a choice question, not '{name}'",
        "selected()에는 선택 질문을 써야 합니다 ('{name}'은(는) 선택 질문이 아님)",
    ),
    "choice.not_a_choice": _S(
        "'{value}' is not a choice of '{question}'",
        "'{value}'은(는) '{question}'의 선택지가 아닙니다",
    ),
    "calc.cycle": _S(
        "calculations read each other in a circle: {ids}",
        "계산식이 서로를 돌아가며 읽습니다: {ids}",
    ),
    # --- consent -------------------------------------------------------------------------
    "consent.not_first": _S(
        "question '{question}' must be in the first section",
        "질문 '{question}'은(는) 첫 섹션에 있어야 합니다",
    ),
    "consent.not_single": _S(
        "question '{question}' must be a single_choice question",
        "질문 '{question}'은(는) single_choice 질문이어야 합니다",
    ),
    # --- analysis ------------------------------------------------------------------------
    "population.twice": _S("id is used twice", "같은 id를 두 번 씁니다"),
    "table.twice": _S("is listed twice", "두 번 적혀 있습니다"),
    "table.unknown_population": _S(
        "unknown population '{name}' (known: {known})",
        "없는 대상 집단 '{name}' (있는 집단: {known})",
    ),
    "population.unused": _S("is not used by any table", "어느 표에서도 쓰지 않습니다"),
    "population.never_leaves": _S(
        "'{name}' never leaves the devices, so no exported record could match",
        "'{name}'은(는) 기기 밖으로 나가지 않으므로 내보낸 기록 중 맞는 것이 있을 수 없습니다",
    ),
    # --- scope, repeats and calculations (scoping.py) ------------------------------------
    "scope.repeat_ref": _S(
        "'${{{name}}}' is a repeat: read it only as count(${{{name}}})",
        "'${{{name}}}'은(는) 반복 항목입니다: count(${{{name}}})로만 읽으세요",
    ),
    "scope.per_instance": _S(
        "'${{{name}}}' is asked once per instance of repeat '{repeat}': read it here "
        "through count(), sum(), min() or max()",
        "'${{{name}}}'은(는) 반복 항목 '{repeat}'마다 묻는 질문입니다: 여기서는 count(), "
        "sum(), min(), max()로 읽으세요",
    ),
    "scope.position_outside": _S(
        "position(..) is only allowed inside a repeat",
        "position(..)은 반복 항목 안에서만 쓸 수 있습니다",
    ),
    "scope.bare_name": _S(
        "bare name '{name}' is only allowed in a choice_filter (a question is written ${{name}})",
        "'{name}'처럼 이름만 쓰는 것은 choice_filter에서만 됩니다 (질문은 ${{name}}으로 씀)",
    ),
    "scope.unknown_attribute": _S(
        "choice list '{list}' has no attribute '{name}' (known: {known})",
        "선택지 목록 '{list}'에는 속성 '{name}'이(가) 없습니다 (있는 속성: {known})",
    ),
    "regex.not_literal": _S(
        "regex() needs its pattern as a quoted text, e.g. regex(., '^[0-9]{{4}}$')",
        "regex()의 패턴은 따옴표로 감싼 글이어야 합니다 (보기: regex(., '^[0-9]{{4}}$'))",
    ),
    "regex.too_long": _S(
        "regex() pattern is longer than {max} characters",
        "regex() 패턴이 {max}자보다 깁니다",
    ),
    "regex.unusable": _S(
        "regex() pattern {pattern} is not usable: {reason} (back references and "
        "look-around are not supported)",
        "regex() 패턴 {pattern}을(를) 쓸 수 없습니다 (패턴 문법을 확인하세요; 역참조와 "
        "전후방 탐색은 지원하지 않음)",
    ),
    "repeat.sealed": _S(
        "a sealed section cannot repeat: identity answers are kept once per interview "
        "(make the repeat a section of its own)",
        "봉인된 섹션은 반복할 수 없습니다: 신원 답은 면담마다 한 번만 둡니다 "
        "(반복할 질문은 따로 섹션을 만드세요)",
    ),
    "repeat.first_section": _S(
        "the first section holds the consent question and cannot repeat",
        "첫 섹션에는 동의 질문이 있어 반복할 수 없습니다",
    ),
    "repeat.min_above_max": _S(
        "repeat 'min' ({min}) is larger than 'max' ({max})",
        "반복의 'min'({min})이 'max'({max})보다 큽니다",
    ),
    "repeat.count_reads_own": _S(
        "reads '{name}', a question of this repeat: the number of instances must come from "
        "answers given before it",
        "이 반복 항목의 질문 '{name}'을(를) 읽습니다: 반복 횟수는 그 앞에서 받은 답으로 "
        "정해야 합니다",
    ),
    "calc.missing": _S(
        "a calculate question needs 'calculation' (the expression it stores)",
        "calculate 질문에는 'calculation'(저장할 계산식)이 있어야 합니다",
    ),
    "calc.not_calculate": _S(
        "'calculation' is for calculate questions, not {type}",
        "'calculation'은 calculate 질문에만 씁니다 ({type} 질문에는 쓸 수 없음)",
    ),
    "calc.required": _S(
        "a calculate question is never asked: it cannot be required or checked",
        "calculate 질문은 묻지 않으므로 필수로 하거나 조건을 붙일 수 없습니다",
    ),
    "choice_filter.not_choice": _S(
        "'choice_filter' is for choice questions, not {type}",
        "'choice_filter'는 선택 질문에만 씁니다 ({type} 질문에는 쓸 수 없음)",
    ),
    "sealed_only": _S(
        "{type} answers are allowed only in a sealed section (sensitivity 'direct'): a "
        "location can lead to a woman, so it never leaves the device",
        "{type} 답은 봉인된 섹션(sensitivity 'direct')에만 둘 수 있습니다: 위치로 그 여성을 "
        "찾을 수 있으므로 기기 밖으로 내보내지 않습니다",
    ),
    # --- expression syntax (expr.py) -----------------------------------------------------
    "expr.at": _S("{what} at column {column} of {source}", "{what} ({source}의 {column}번째 글자)"),
    "expr.unexpected_char": _S("unexpected character {char}", "뜻밖의 글자 {char}"),
    "expr.bad_reference": _S(
        "{text} is not a valid question reference", "{text}은(는) 올바른 질문 참조가 아닙니다"
    ),
    "expr.expected": _S(
        "expected {wanted} but found {found}", "{wanted}이(가) 와야 하는데 {found}이(가) 있습니다"
    ),
    "expr.unexpected": _S("unexpected {text}", "뜻밖의 {text}"),
    "expr.too_many_operators": _S(
        "expression has too many operators", "조건식에 연산자가 너무 많습니다"
    ),
    "expr.too_deep": _S("expression is nested too deeply", "조건식이 너무 깊게 겹쳐 있습니다"),
    "expr.expected_value": _S(
        "expected a value but found {found}", "값이 와야 하는데 {found}이(가) 있습니다"
    ),
    "expr.unknown_function": _S(
        "unknown function {name} (known: {known})", "없는 함수 {name} (있는 함수: {known})"
    ),
    "expr.needs_paren": _S("{name} must be followed by '('", "{name} 뒤에는 '('가 와야 합니다"),
    "expr.arguments": _S(
        "{name}() takes {low} argument(s), got {got}",
        "{name}()에는 인수를 {low}개 써야 하는데 {got}개를 썼습니다",
    ),
    "expr.position_arg": _S(
        "position() takes '..' (this repeat instance)",
        "position()에는 '..'(이 반복 항목)를 씁니다",
    ),
    "expr.parent_outside": _S(
        "'..' is only allowed in position(..)", "'..'는 position(..) 안에서만 쓸 수 있습니다"
    ),
    "expr.not_text": _S("an expression must be text", "조건식은 글이어야 합니다"),
    "expr.too_long": _S(
        "expression is longer than {max} characters", "조건식이 {max}자보다 깁니다"
    ),
    "expr.empty": _S("expression is empty", "조건식이 비어 있습니다"),
    # --- the file and its keys (load.py) ---------------------------------------------------
    "key.unknown": _S("unknown key '{key}'", "모르는 키 '{key}'"),
    "key.unknown_close": _S(
        "unknown key '{key}' (did you mean '{close}'?)", "모르는 키 '{key}' ('{close}'의 오타?)"
    ),
    "key.missing": _S("missing key '{key}'", "키 '{key}'이(가) 없습니다"),
    "key.id_pattern": _S(
        "must start with a lowercase letter and use only a-z, 0-9 and _ (at most 64)",
        "영문 소문자로 시작하고 a-z, 0-9, _만 써야 합니다 (64자까지)",
    ),
    "key.choices_pattern": _S(
        "must name a choice list: a lowercase letter, then a-z, 0-9 and _",
        "선택지 목록 이름이어야 합니다: 영문 소문자로 시작하고 a-z, 0-9, _만 씀",
    ),
    "key.value_pattern": _S(
        "must use only letters, digits, '_', '.' and '-' (at most 64)",
        "영문자, 숫자, '_', '.', '-'만 써야 합니다 (64자까지)",
    ),
    "format.wrong": _S(
        "must be '{format}' (found {found})", "'{format}'이어야 합니다 (지금 값: {found})"
    ),
    "file.not_found": _S("file not found", "파일이 없습니다"),
    "file.too_large": _S("file is larger than {mib} MiB", "파일이 {mib} MiB보다 큽니다"),
    "file.not_utf8": _S("not UTF-8 text (byte {byte})", "UTF-8 글이 아닙니다 ({byte}번째 바이트)"),
    "file.save_utf8": _S("save the file as UTF-8", "파일을 UTF-8로 저장하세요"),
    "file.not_toml": _S("not valid TOML: {detail}", "올바른 TOML이 아닙니다: {detail}"),
    "file.toml_at": _S("line {line}, column {column}", "{line}행 {column}열"),
    "file.not_json": _S("not valid JSON: {detail}", "올바른 JSON이 아닙니다"),
    "file.json_too_deep": _S("JSON is nested too deeply", "JSON이 너무 깊게 겹쳐 있습니다"),
    "file.unknown_type": _S("unknown file type", "모르는 파일 형식입니다"),
    "file.types": _S(
        "questionnaires are .toml or .json files", "질문지는 .toml 또는 .json 파일입니다"
    ),
    "file.not_table": _S(
        "the top level must be a table/object", "파일의 최상위는 표(table/object)여야 합니다"
    ),
    "load.more": _S(
        "{n} more problem(s); run 'fieldkit questionnaire check'",
        "다른 문제 {n}개; 'fieldkit questionnaire check'로 모두 보세요",
    ),
    # --- the check command's own lines (cli/questionnaire.py) ------------------------------
    "check.warning": _S("warning: {file}: {problem}", "경고: {file}: {problem}"),
    "check.ok": _S(
        "ok: {id} {version}: {sections} sections, {questions} questions, languages {languages}",
        "이상 없음: {id} {version}: 섹션 {sections}개, 질문 {questions}개, 언어 {languages}",
    ),
    # --- pydantic's error types: Korean for pydantic's English (which is kept as is) -----
    "pydantic.missing": _S("Field required", "값이 없습니다"),
    "pydantic.extra_forbidden": _S("Extra inputs are not permitted", "모르는 키입니다"),
    "pydantic.string_type": _S("Input should be a valid string", "글이어야 합니다"),
    "pydantic.string_too_short": _S(
        "String should have at least {min_length} character(s)", "{min_length}자 이상이어야 합니다"
    ),
    "pydantic.string_too_long": _S(
        "String should have at most {max_length} character(s)", "{max_length}자 이하여야 합니다"
    ),
    "pydantic.string_pattern_mismatch": _S(
        "String should match pattern '{pattern}'", "패턴 '{pattern}'에 맞아야 합니다"
    ),
    "pydantic.int_type": _S("Input should be a valid integer", "정수여야 합니다"),
    "pydantic.int_parsing": _S(
        "Input should be a valid integer, unable to parse string as an integer",
        "정수여야 합니다 (글을 정수로 읽을 수 없음)",
    ),
    "pydantic.int_from_float": _S(
        "Input should be a valid integer, got a number with a fractional part",
        "정수여야 합니다 (소수점 아래가 있음)",
    ),
    "pydantic.float_type": _S("Input should be a valid number", "숫자여야 합니다"),
    "pydantic.float_parsing": _S(
        "Input should be a valid number, unable to parse string as a number",
        "숫자여야 합니다 (글을 숫자로 읽을 수 없음)",
    ),
    "pydantic.finite_number": _S("Input should be a finite number", "유한한 숫자여야 합니다"),
    "pydantic.bool_type": _S("Input should be a valid boolean", "true 또는 false여야 합니다"),
    "pydantic.bool_parsing": _S(
        "Input should be a valid boolean, unable to interpret input",
        "true 또는 false여야 합니다",
    ),
    "pydantic.literal_error": _S(
        "Input should be {expected}", "다음 중 하나여야 합니다: {expected}"
    ),
    "pydantic.list_type": _S("Input should be a valid list", "목록(list/array)이어야 합니다"),
    "pydantic.dict_type": _S("Input should be a valid dictionary", "표(table/object)여야 합니다"),
    "pydantic.model_type": _S(
        "Input should be a valid dictionary or instance of {class_name}",
        "표(table/object)여야 합니다",
    ),
    "pydantic.model_attributes_type": _S(
        "Input should be a valid dictionary or object to extract fields from",
        "표(table/object)여야 합니다",
    ),
    "pydantic.too_short": _S(
        "{field_type} should have at least {min_length} item(s) after validation, "
        "not {actual_length}",
        "{field_type}에 항목이 {min_length}개 이상 있어야 합니다 (지금 {actual_length}개)",
    ),
    "pydantic.too_long": _S(
        "{field_type} should have at most {max_length} item(s) after validation, "
        "not {actual_length}",
        "{field_type}의 항목은 {max_length}개 이하여야 합니다 (지금 {actual_length}개)",
    ),
    "pydantic.greater_than_equal": _S(
        "Input should be greater than or equal to {ge}", "{ge} 이상이어야 합니다"
    ),
    "pydantic.less_than_equal": _S(
        "Input should be less than or equal to {le}", "{le} 이하여야 합니다"
    ),
    "pydantic.union_tag_invalid": _S(
        "Input tag '{tag}' found using {discriminator} does not match any of the expected "
        "tags: {expected_tags}",
        "{discriminator}의 값 '{tag}'은(는) 쓸 수 없습니다. 다음 중 하나를 쓰세요: {expected_tags}",
    ),
    "pydantic.union_tag_not_found": _S(
        "Unable to extract tag using discriminator {discriminator}",
        "종류를 나타내는 키 {discriminator}이(가) 없습니다",
    ),
}
