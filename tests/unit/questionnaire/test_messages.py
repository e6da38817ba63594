"""The questionnaire checker in Korean: one broken questionnaire per kind of problem, each
said in Korean with the ids and values of the file unchanged and no English word left, and
in English exactly as before.  The catalog has both languages of every kind."""

from __future__ import annotations

import copy
import json
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from fieldkit.errors import QuestionnaireError
from fieldkit.questionnaire import check_questionnaire, load_questionnaire, model
from fieldkit.questionnaire.catalog import CATALOG, NOUNS
from fieldkit.questionnaire.expr import FUNCTIONS, MAX_LENGTH, parse
from fieldkit.questionnaire.load import check_questionnaire_text
from fieldkit.questionnaire.messages import ExpressionSyntaxError, Listed, Message, sentence_of
from fieldkit.questionnaire.pattern import MAX_PATTERN
from fieldkit.questionnaire.types import QUESTION_TYPES
from fieldkit.questionnaire.validate import Problem

from helpers import TINY

Data = dict[str, Any]
Mutation = Callable[[Data], None]

HANGUL = re.compile("[가-힣]")


def _format_words() -> set[str]:
    """Words a Korean sentence may keep: the format's keys and values as written in a
    file, question types, function names, file formats."""
    words: set[str] = set(QUESTION_TYPES) | set(FUNCTIONS) | {"TOML", "JSON", "UTF-8", "MiB", "a-z"}
    words |= {"table", "object", "list", "array", "true", "false", "note", "regex", "fieldkit"}
    words |= {"questionnaire", "check", "direct", "quasi", "narrative", "none", "analysis"}
    for cls in vars(model).values():
        if isinstance(cls, type) and issubclass(cls, BaseModel):
            words |= set(cls.model_fields)
    return words


ALLOWED = _format_words()


def english_words(text: str) -> list[str]:
    """Words in English outside quotes (ids, values, expressions) and the format's keys."""
    bare = re.sub(r"'[^']*'|\"[^\"]*\"|\$\{[^}]*\}|\[[0-9]+\]", " ", text)
    return [w for w in re.findall(r"[A-Za-z_][A-Za-z0-9_-]+", bare) if w not in ALLOWED]


def q(data: Data, qid: str) -> Data:
    return next(x for s in data["sections"] for x in s["questions"] if x["id"] == qid)


def sec(data: Data, sid: str) -> Data:
    return next(s for s in data["sections"] if s["id"] == sid)


def text(en: str, ko: str = "글") -> dict[str, str]:
    return {"en": en, "ko": ko}


def add(data: Data, section: str, **question: Any) -> None:
    sec(data, section)["questions"].append({"label": text("Added"), **question})


def kids(data: Data, **repeat: Any) -> None:
    """A repeat section "kids" with one question "kid_age"."""
    data["sections"].append(
        {
            "id": "kids",
            "title": text("Children"),
            "repeat": repeat,
            "questions": [{"id": "kid_age", "type": "integer", "label": text("Age")}],
        }
    )


def relevant(expression: str) -> Mutation:
    return lambda d: q(d, "price").update(relevant=expression)


def analysis(**parts: Any) -> Mutation:
    return lambda d: d.update(analysis=parts)


POP = {"id": "all", "label": text("All")}

# kind -> a change to TINY that makes the checker report that kind
CASES: dict[str, Mutation] = {
    "id.duplicate": lambda d: q(d, "village").update(id="name"),
    "choice.value_twice": lambda d: d["choice_lists"]["means"][1].update(value="force"),
    "languages.twice": lambda d: d.update(languages=["en", "ko", "en"]),
    "text.missing": lambda d: q(d, "narrative")["label"].pop("ko"),
    "choices.needed": lambda d: q(d, "means").pop("choices"),
    "choices.not_allowed": lambda d: q(d, "narrative").update(choices="means"),
    "choices.unknown_list": lambda d: q(d, "means").update(choices="meens"),
    "choice_list.unused": lambda d: d["choice_lists"].update(
        spare=[{"value": "a", "label": text("A")}]
    ),
    "bounds.not_applicable": lambda d: q(d, "narrative").update(minimum=1),
    "bounds.min_above_max": lambda d: q(d, "birth_year").update(minimum=2030),
    "unit.not_numeric": lambda d: q(d, "narrative").update(unit="hours"),
    "note.required": lambda d: add(d, "story", id="intro", type="note", required=True),
    "sealed.not_direct": lambda d: q(d, "village").update(sensitivity="none"),
    "quasi.no_generalise": lambda d: q(d, "birth_year").pop("generalise"),
    "generalise.not_quasi": lambda d: q(d, "birth_year").update(sensitivity="none"),
    "generalise.not_applicable": lambda d: q(d, "birth_year").update(
        generalise={"kind": "map", "mapping": {}}
    ),
    "narrative.not_text": lambda d: q(d, "price").update(sensitivity="narrative"),
    "quasi_identifier.misplaced": lambda d: q(d, "narrative").update(quasi_identifier=True),
    "redaction_seed.misplaced": lambda d: q(d, "narrative").update(redaction_seed="person"),
    "bins.not_ascending": lambda d: q(d, "price").update(
        sensitivity="quasi", generalise={"kind": "bins", "edges": [500, 100]}
    ),
    "bins.labels": lambda d: q(d, "price").update(
        sensitivity="quasi", generalise={"kind": "bins", "edges": [100], "labels": ["low"]}
    ),
    "expr.current_outside": relevant(". = 1"),
    "expr.unknown_question": relevant("${solde} = 'yes'"),
    "expr.note_ref": lambda d: (
        add(d, "start", id="intro", type="note"),
        q(d, "price").update(relevant="${intro} = 'x'"),
    ),
    "selected.not_choice": relevant("selected(${narrative}, 'x')"),
    "choice.not_a_choice": relevant("selected(${means}, 'druging')"),
    "calc.cycle": lambda d: (
        add(d, "story", id="calc_a", type="calculate", calculation="${calc_b} + 1"),
        add(d, "story", id="calc_b", type="calculate", calculation="${calc_a} + 1"),
    ),
    "consent.not_first": lambda d: d["consent"].update(question="narrative"),
    "consent.not_single": lambda d: d["consent"].update(question="birth_year"),
    "population.twice": analysis(populations=[POP, POP]),
    "table.twice": analysis(populations=[POP], tables=[{"id": "t", "population": "all"}] * 2),
    "table.unknown_population": analysis(tables=[{"id": "t", "population": "everyone"}]),
    "population.unused": analysis(
        populations=[POP, {**POP, "id": "some"}], tables=[{"id": "t", "population": "all"}]
    ),
    "population.never_leaves": analysis(populations=[{**POP, "where": "${village} = 'x'"}]),
    "scope.repeat_ref": lambda d: (kids(d), q(d, "price").update(relevant="${kids} = 1")),
    "scope.per_instance": lambda d: (kids(d), q(d, "price").update(relevant="${kid_age} = 1")),
    "scope.position_outside": relevant("position(..) = 1"),
    "scope.bare_name": relevant("name = 'x'"),
    "scope.unknown_attribute": lambda d: q(d, "means").update(choice_filter="colour = 'x'"),
    "regex.not_literal": relevant("regex(${narrative}, ${narrative})"),
    "regex.too_long": relevant("regex(${narrative}, '" + "a" * (MAX_PATTERN + 1) + "')"),
    "regex.unusable": relevant("regex(${narrative}, '(a)\\1')"),
    "repeat.sealed": lambda d: sec(d, "identity").update(repeat={}),
    "repeat.first_section": lambda d: sec(d, "start").update(repeat={}),
    "repeat.min_above_max": lambda d: kids(d, min=5, max=2),
    "repeat.count_reads_own": lambda d: kids(d, repeat_count="${kid_age}"),
    "calc.missing": lambda d: add(d, "story", id="calc_a", type="calculate"),
    "calc.not_calculate": lambda d: q(d, "narrative").update(calculation="1"),
    "calc.required": lambda d: add(
        d, "story", id="calc_a", type="calculate", calculation="1", required=True
    ),
    "choice_filter.not_choice": lambda d: q(d, "narrative").update(choice_filter="name = 'x'"),
    "sealed_only": lambda d: add(d, "story", id="where_seen", type="geopoint"),
    "expr.unexpected_char": relevant("${sold} # 1"),
    "expr.bad_reference": relevant("${Sold} = 1"),
    "expr.expected": relevant("(${sold} = 'yes'"),
    "expr.unexpected": relevant("${sold} = 'yes' 'no'"),
    "expr.too_many_operators": relevant("1" + " + 1" * 300),
    "expr.too_deep": relevant("(" * 50 + "1" + ")" * 50),
    "expr.expected_value": relevant("${sold} == 'yes'"),
    "expr.unknown_function": relevant("foo(1) = 1"),
    "expr.needs_paren": relevant("count = 1"),
    "expr.arguments": relevant("not(1, 2)"),
    "expr.position_arg": relevant("position(1) = 1"),
    "expr.parent_outside": relevant("count(..) = 1"),
    "expr.too_long": relevant("1" + " " * MAX_LENGTH),
    "expr.empty": relevant("   "),
    "key.unknown": lambda d: q(d, "village").update(zzz=1),
    "key.unknown_close": lambda d: q(d, "village").update(lable=q(d, "village").pop("label")),
    "key.missing": lambda d: q(d, "price").pop("label"),
    "key.id_pattern": lambda d: q(d, "birth_year").update(id="Birth Year"),
    "key.choices_pattern": lambda d: q(d, "means").update(choices="Means X"),
    "key.value_pattern": lambda d: d["choice_lists"]["means"][0].update(value="a b"),
    "format.wrong": lambda d: d.update(format="odk"),
}

NOT_A_PROBLEM = {"word.", "file.", "load.", "check.", "pydantic.", "expr.at", "expr.not_text"}
"""Catalog keys said elsewhere than in a problem row, each tested below (``expr.not_text``:
the model lets no non-text expression through; ``parse`` says it, tested alone)."""


def broken(mutation: Mutation) -> Iterator[Problem]:
    data = copy.deepcopy(tomllib.loads(TINY))
    mutation(data)
    result = check_questionnaire_text(json.dumps(data, ensure_ascii=False), ".json", "form.json")
    yield from result.problems


def test_every_kind_of_problem_has_a_case() -> None:
    kinds = {k for k in CATALOG if not any(k.startswith(p) for p in NOT_A_PROBLEM)}
    assert kinds == set(CASES)


def test_every_catalog_sentence_has_both_languages() -> None:
    for key, sentence in {**CATALOG, **NOUNS}.items():
        assert sentence.en.strip() and HANGUL.search(sentence.ko), key
        en_fields = set(re.findall(r"(?<!\{)\{([a-z_]+)\}", sentence.en))
        ko_fields = set(re.findall(r"(?<!\{)\{([a-z_]+)\}", sentence.ko))
        assert ko_fields <= en_fields, key  # nothing Korean that English cannot fill
        if key not in ENGLISH_ONLY_FIELDS:
            assert ko_fields == en_fields, key


ENGLISH_ONLY_FIELDS = {"file.not_json", "regex.unusable", "pydantic.model_type"}
"""Sentences whose Korean leaves out a parameter that is English text (a parser's reason,
a Python class name)."""


def _file_words(message: Message) -> set[str]:
    """The ids and values a message quotes from the file (they stay as written)."""
    words: set[str] = set()
    for value in message.params.values():
        if isinstance(value, Message):
            words |= _file_words(value)
        elif isinstance(value, Listed):
            words |= {w for item in value.items for w in re.findall(r"[\w-]+", item)}
        elif isinstance(value, str):
            words |= set(re.findall(r"[\w-]+", value))
    return words


def korean_checks(found: Problem) -> None:
    english, korean = found.text("en"), found.text("ko")
    assert HANGUL.search(korean) and korean != english
    ids = _file_words(found.sentence) | {w for _, step in found.place.steps for w in [step]}
    assert [w for w in english_words(korean) if w not in ids] == [], korean
    for quoted in re.findall(r"'[^']*'", english):  # ids and values, exactly as given
        assert quoted in korean or quoted.strip("'") in korean, (quoted, korean)
    assert found.sentence.text("ko") in korean


@pytest.mark.parametrize("kind", sorted(CASES))
def test_each_kind_in_korean(kind: str) -> None:
    problems = list(broken(CASES[kind]))
    found = next((p for p in problems if p.code == kind), None)
    assert found is not None, [(p.code, str(p)) for p in problems]
    korean_checks(found)


def test_the_english_stays_as_it_was() -> None:
    """A few rows as the checker wrote them before the catalog (tests/unit/questionnaire/
    test_load.py checks many more)."""
    said = {p.code: str(p) for kind in CASES for p in broken(CASES[kind])}
    assert said["choices.unknown_list"] == (
        "section 'start' > question 'means': unknown choice list 'meens' (known: means, yes_no)"
    )
    assert said["expr.expected_value"] == (
        "section 'start' > question 'price' > relevant: expected a value but found '=' "
        "at column 10 of \"${sold} == 'yes'\""
    )
    assert said["table.unknown_population"] == (
        "analysis > table 't': unknown population 'everyone' (known: none defined)"
    )
    assert said["key.unknown_close"] == (
        "section 'identity' > question 'village': unknown key 'lable' (did you mean 'label'?)"
    )
    assert (
        said["text.missing"] == "section 'story' > question 'narrative' > label: missing text in ko"
    )


def test_a_place_and_a_list_in_korean() -> None:
    (found,) = [p for p in broken(CASES["table.unknown_population"]) if p.code != "x"]
    assert found.text("ko") == (
        "analysis > 표 't': 없는 대상 집단 'everyone' (있는 집단: 정의된 것 없음)"
    )
    duplicate = next(p for p in broken(CASES["id.duplicate"]) if p.code == "id.duplicate")
    assert duplicate.text("ko") == (
        "섹션 'identity' > 질문 'name': 같은 id를 섹션 'identity' > 질문 'name'에서도 씁니다"
    )


def test_an_expression_that_is_not_text() -> None:
    with pytest.raises(ExpressionSyntaxError) as caught:
        parse(3)  # type: ignore[arg-type]
    assert str(caught.value) == "an expression must be text"
    assert sentence_of(caught.value).text("ko") == "조건식은 글이어야 합니다"


# --- pydantic's error types -------------------------------------------------------------

MODEL_ERROR_TYPES = {
    "missing",
    "extra_forbidden",
    "model_type",
    "model_attributes_type",
    "string_type",
    "string_too_short",
    "string_too_long",
    "string_pattern_mismatch",
    "int_type",
    "int_parsing",
    "int_from_float",
    "float_type",
    "float_parsing",
    "finite_number",
    "bool_type",
    "bool_parsing",
    "literal_error",
    "list_type",
    "dict_type",
    "too_short",
    "too_long",
    "greater_than_equal",
    "less_than_equal",
    "union_tag_invalid",
    "union_tag_not_found",
}
"""Every error type the questionnaire model can raise (from its schema, below)."""

_BY_SCHEMA = {
    "model": {"model_type", "model_attributes_type"},
    "model-fields": {"missing", "extra_forbidden", "model_attributes_type"},
    "str": {"string_type"},
    "int": {"int_type", "int_parsing", "int_from_float", "finite_number"},
    "float": {"float_type", "float_parsing", "finite_number"},
    "bool": {"bool_type", "bool_parsing"},
    "literal": {"literal_error"},
    "list": {"list_type"},
    "dict": {"dict_type"},
    "tagged-union": {"union_tag_invalid", "union_tag_not_found", "model_attributes_type"},
}
_CONSTRAINTS = {
    "pattern": "string_pattern_mismatch",
    "ge": "greater_than_equal",
    "le": "less_than_equal",
    "gt": "greater_than",
    "lt": "less_than",
    "multiple_of": "multiple_of",
}
_WRAPPERS = {"nullable", "default", "definitions", "definition-ref", "model-field", "union"}


def _schema_error_types(node: Any) -> set[str]:
    """The error types a pydantic-core schema can produce; a schema kind this does not
    know fails, so a new kind of field must be looked at (and its errors catalogued)."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= _schema_error_types(item)
        return found
    if not isinstance(node, dict):
        return found
    kind = node.get("type")
    holds = any(key in node for key in ("schema", "fields", "choices", "items_schema"))
    if isinstance(kind, str) and (holds or kind in _BY_SCHEMA):
        assert kind in _BY_SCHEMA or kind in _WRAPPERS, f"unknown schema kind {kind!r}"
        found |= _BY_SCHEMA.get(kind, set())
        found |= {error for key, error in _CONSTRAINTS.items() if key in node}
        if kind == "str" and "min_length" in node:
            found.add("string_too_short")
        if kind == "str" and "max_length" in node:
            found.add("string_too_long")
        if kind in ("list", "dict") and "min_length" in node:
            found.add("too_short")
        if kind in ("list", "dict") and "max_length" in node:
            found.add("too_long")
    for value in node.values():
        if isinstance(value, (dict, list)):
            found |= _schema_error_types(value)
    return found


def test_the_model_raises_only_listed_error_types() -> None:
    from_schema = _schema_error_types(model.Questionnaire.__pydantic_core_schema__)
    assert from_schema <= MODEL_ERROR_TYPES, from_schema - MODEL_ERROR_TYPES
    assert MODEL_ERROR_TYPES - from_schema <= {"too_long"}  # listed for safety


def test_a_new_kind_of_field_fails_the_walk() -> None:
    """A validator (``value_error``) or a bound the list does not have is caught."""
    with pytest.raises(AssertionError, match="function-after"):
        _schema_error_types({"type": "function-after", "schema": {"type": "str"}})
    assert "greater_than" in _schema_error_types({"type": "int", "gt": 0})


def test_every_listed_error_type_is_in_the_catalog() -> None:
    missing = {t for t in MODEL_ERROR_TYPES if f"pydantic.{t}" not in CATALOG}
    assert missing == set()


PYDANTIC_CASES: dict[str, Mutation] = {
    "string_type": lambda d: d.update(version=3),
    "string_too_short": lambda d: q(d, "price").update(unit=""),
    "string_too_long": lambda d: q(d, "price").update(unit="x" * 50),
    "string_pattern_mismatch": lambda d: q(d, "price").update(currencies=["cny"]),
    "int_type": lambda d: d.update(analysis={"k_anonymity": [1]}),
    "int_parsing": lambda d: d.update(analysis={"k_anonymity": "x"}),
    "int_from_float": lambda d: d.update(analysis={"k_anonymity": 1.5}),
    "float_type": lambda d: q(d, "price").update(minimum=[1]),
    "float_parsing": lambda d: q(d, "price").update(minimum="x"),
    "bool_type": lambda d: q(d, "price").update(required=[1]),
    "bool_parsing": lambda d: q(d, "price").update(required="x"),
    "literal_error": lambda d: q(d, "price").update(sensitivity="secret"),
    "list_type": lambda d: d.update(languages="en"),
    "dict_type": lambda d: d.update(title="Tiny"),
    "model_type": lambda d: d.update(consent=3),
    "model_attributes_type": lambda d: q(d, "birth_year").update(generalise=3),
    "too_short": lambda d: d.update(languages=[]),
    "greater_than_equal": lambda d: d.update(analysis={"k_anonymity": 0}),
    "less_than_equal": lambda d: d.update(analysis={"k_anonymity": 5000}),
    "union_tag_invalid": lambda d: q(d, "birth_year").update(generalise={"kind": "nope"}),
    "union_tag_not_found": lambda d: q(d, "birth_year").update(generalise={"width": 3}),
}


@pytest.mark.parametrize("kind", sorted(PYDANTIC_CASES))
def test_each_pydantic_error_in_korean(kind: str) -> None:
    problems = list(broken(PYDANTIC_CASES[kind]))
    found = next((p for p in problems if p.code == f"pydantic.{kind}"), None)
    assert found is not None, [(p.code, str(p)) for p in problems]
    korean_checks(found)
    assert found.message == found.sentence.english  # pydantic's English, as before


def test_an_unmapped_pydantic_type_keeps_its_english() -> None:
    message = Message("pydantic.new_kind", english="Something new")
    assert message.text("ko") == message.text("en") == "Something new"


# --- the file itself, and load_questionnaire --------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "english", "korean"),
    [
        ("form.toml", b"format = \n", "not valid TOML: ", "올바른 TOML이 아닙니다: 1행 10열"),
        ("form.json", b'{"format": ', "not valid JSON: Expecting value", "올바른 JSON이 아닙니다"),
        (
            "form.toml",
            b"\xff\xfe bad",
            "not UTF-8 text (byte 0)",
            "UTF-8 글이 아닙니다 (0번째 바이트)",
        ),
        ("form.yaml", b"format: x", "unknown file type", "모르는 파일 형식입니다"),
        ("form.json", b"[1, 2]", "the top level must be", "파일의 최상위는 표(table/object)여야"),
        ("form.json", b"[" * 100_000, "JSON is nested too deeply", "JSON이 너무 깊게 겹쳐"),
    ],
)
def test_unreadable_files_in_korean(
    tmp_path: Path, name: str, content: bytes, english: str, korean: str
) -> None:
    from fieldkit.error_text import render

    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(QuestionnaireError) as caught:
        check_questionnaire(path)
    assert english in str(caught.value)
    shown = render(caught.value, "ko", keep_where=True)
    assert korean in shown.message and english_words(shown.message) == []
    assert shown.where is not None and shown.where.startswith(name)  # the file, as given


def test_file_not_found_and_too_large_in_korean(tmp_path: Path) -> None:
    from fieldkit.error_text import render

    with pytest.raises(QuestionnaireError) as caught:
        check_questionnaire(tmp_path / "nope.toml")
    assert render(caught.value, "ko").message == "파일이 없습니다"
    big = tmp_path / "big.toml"
    big.write_bytes(b"#" * (5 * 1024 * 1024 + 1))
    with pytest.raises(QuestionnaireError) as caught:
        check_questionnaire(big)
    assert str(caught.value) == "big.toml: file is larger than 5 MiB"
    assert render(caught.value, "ko").message == "파일이 5 MiB보다 큽니다"


def test_load_questionnaire_says_the_first_problem_in_korean(tmp_path: Path) -> None:
    """What ``fieldkit init --questionnaire`` and the app's dialogs show (error_text)."""
    from fieldkit.error_text import render

    path = tmp_path / "form.toml"
    path.write_text(
        TINY.replace('choices = "means"', 'choices = "meens"').replace(
            "minimum = 1930", "minimum = 2030"
        ),
        "utf-8",
    )
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire(path)
    assert str(caught.value) == (
        "form.toml: section 'start' > question 'means': unknown choice list 'meens' "
        "(known: means, yes_no) (2 more problem(s); run 'fieldkit questionnaire check')"
    )
    shown = render(caught.value, "ko")
    assert shown.message == (
        "섹션 'start' > 질문 'means': 없는 선택지 목록 'meens' (있는 목록: means, yes_no)"
    )
    assert shown.hint == "다른 문제 2개; 'fieldkit questionnaire check'로 모두 보세요"


def test_the_glossary_lists_every_korean_sentence() -> None:
    glossary = (Path(__file__).parents[3] / "docs" / "glossary.md").read_text("utf-8")
    section = glossary.split("## Questionnaire checker", 1)[1]
    for key, sentence in {**CATALOG, **NOUNS}.items():
        assert f"| {sentence.en} | {sentence.ko} |" in section, key
