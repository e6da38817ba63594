"""The import's pure parts as tables: headers, names, expressions, generalisations,
sensitivity guesses."""

from __future__ import annotations

import pytest

from fieldkit.questionnaire.model import Question
from fieldkit.xlsform.columns import language_code, language_header, split_header, text_column
from fieldkit.xlsform.expressions import Untranslatable, conjoin, translate
from fieldkit.xlsform.generalise import format_generalise, number_text, parse_generalise
from fieldkit.xlsform.names import identifier
from fieldkit.xlsform.sensitivity import guess_sensitivity, review_lines


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("type", ("type", None)),
        ("Type", ("type", None)),
        ("list name", ("list_name", None)),
        ("label", ("label", None)),
        ("label::English (en)", ("label", "English (en)")),
        ("Label :: Korean (ko)", ("label", "Korean (ko)")),
        ("label:French", ("label", "French")),
        ("constraint message::English (en)", ("constraint_message", "English (en)")),
        ("media::image::English (en)", ("media::image", "English (en)")),
        ("fieldkit::title::Korean (ko)", ("fieldkit::title", "Korean (ko)")),
        ("fieldkit::sensitivity", ("fieldkit::sensitivity", None)),
        ("labels", ("labels", None)),
    ],
)
def test_split_header(header: str, expected: tuple[str, str | None]) -> None:
    assert split_header(header) == expected


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("English (en)", "en"),
        ("Korean (ko)", "ko"),
        ("Chinese (zh-Hans)", "zh-Hans"),
        ("Français (FR)", "fr"),
        ("Korean", "ko"),
        ("korean", "ko"),
        ("Klingon", None),
        ("default", None),
    ],
)
def test_language_code(name: str, code: str | None) -> None:
    assert language_code(name) == code


def test_language_header() -> None:
    assert text_column("label", "ko") == "label::Korean (ko)"
    assert split_header(text_column("constraint_message", "en")) == (
        "constraint_message",
        "English (en)",
    )
    assert language_header("ko") == "Korean (ko)"
    assert language_header("zh-Hans") == "Chinese (zh-Hans)"
    assert language_header("sw") == "sw (sw)"


@pytest.mark.parametrize(
    ("name", "ident"),
    [
        ("hh_size", "hh_size"),
        ("HH-Size", "hh_size"),
        ("kids.n", "kids_n"),
        ("_private", "q__private"),
        ("2nd_visit", "q_2nd_visit"),
        ("x" * 80, "x" * 64),
    ],
)
def test_identifier(name: str, ident: str) -> None:
    assert identifier(name) == ident


NAMES = {"a": "a", "B-Name": "b_name", "n": "n"}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("${a} = 'yes'", "${a} = 'yes'"),
        ("${a}='yes'", "${a}='yes'"),
        ("  ${a} = 'x'  ", "${a} = 'x'"),
        ("selected(${a}, 'x') or not(${n} > 3)", "selected(${a}, 'x') or not(${n} > 3)"),
        ("count-selected(${a}) >= 2 and string-length(.) < 10", None),
        (". >= ${n} div 2 mod 3", None),
        ("${B-Name} != ''", "${b_name} != ''"),
        ("${ B-Name } = 'a'", "${b_name} = 'a'"),
        ("'${B-Name}' = ${a}", "'${b_name}' = ${a}"),
        ("true() and false()", None),
        ("if(${a}, 1, 2)", None),
        ("concat(${a}, 'x') = 'ax'", None),
        ("coalesce(${a}, 0) > 1", None),
        ("regex(${a}, '^[0-9]+$')", None),
        ("position(..) = 1", None),
        ("sum(${n}) > count(${a})", None),
    ],
)
def test_translate_keeps_or_renames(source: str, expected: str | None) -> None:
    assert translate(source, NAMES, frozenset()) == (expected or source)


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("today() > 1", "function today()"),
        ("jr:choice-name(${a}, '${a}') = 'x'", "function jr:choice-name()"),
        ("/data/a = 1", "XPath path"),
        ("../a = 1", "XPath path"),
        ("${a} | ${n}", "node-set union"),
        ("${zz} = 1", "'${zz}', which is not a question"),
        ("${a} =", "expected a value"),
        ("${a} <> 1", "expected a value"),
    ],
)
def test_translate_refuses(source: str, fragment: str) -> None:
    with pytest.raises(Untranslatable) as caught:
        translate(source, NAMES, frozenset())
    assert fragment in caught.value.message
    assert caught.value.hint


def test_translate_ignores_function_names_inside_strings() -> None:
    assert translate("${a} = 'if(x)'", NAMES, frozenset()) == "${a} = 'if(x)'"


def test_conjoin_parenthesises_where_needed() -> None:
    assert conjoin([]) is None
    assert conjoin(["${a} = 1"]) == "${a} = 1"
    assert conjoin(["${a} = 1 or ${n} = 2", "${n} > 0"]) == "(${a} = 1 or ${n} = 2) and ${n} > 0"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("year_band(5)", {"kind": "year_band", "width": 5}),
        ("year_band", {"kind": "year_band"}),
        ("year_only", {"kind": "year_only"}),
        ("top_code( 6 )", {"kind": "top_code", "max": 6}),
        ("bins(2000, 5000.5)", {"kind": "bins", "edges": [2000.0, 5000.5]}),
        ('{"kind": "map", "mapping": {"a": "b"}}', {"kind": "map", "mapping": {"a": "b"}}),
    ],
)
def test_parse_generalise(cell: str, expected: dict[str, object]) -> None:
    assert parse_generalise(cell) == expected


@pytest.mark.parametrize(
    ("cell", "fragment"),
    [
        ("round(5)", "is not a generalisation"),
        ("top_code", r"takes 1 number\(s\), got 0"),
        ("top_code(6.5)", "whole number"),
        ("bins(a, b)", "'a' is not a number"),
        ("{not json", "not valid JSON"),
        ("[1, 2]", "is not a generalisation"),
    ],
)
def test_parse_generalise_refuses(cell: str, fragment: str) -> None:
    with pytest.raises(ValueError, match=fragment):
        parse_generalise(cell)


@pytest.mark.parametrize(
    "rule",
    [
        {"kind": "year_band", "width": 10},
        {"kind": "year_only"},
        {"kind": "top_code", "max": 6},
        {"kind": "bins", "edges": [2000, 5000.25]},
        {"kind": "bins", "edges": [1, 2], "labels": ["a", "b", "c"]},
        {"kind": "map", "mapping": {"x": "y"}, "other": "z"},
    ],
)
def test_generalise_cell_round_trips(rule: dict[str, object]) -> None:
    question = Question.model_validate(
        {"id": "q", "type": "integer", "label": {"en": "Q"}, "generalise": rule}
    )
    assert question.generalise is not None
    cell = format_generalise(question.generalise)
    again = Question.model_validate(
        {"id": "q", "type": "integer", "label": {"en": "Q"}, "generalise": parse_generalise(cell)}
    )
    assert again == question


def test_number_text() -> None:
    assert [number_text(v) for v in (1930.0, 2.5, 1e16, -3.0)] == [
        "1930",
        "2.5",
        "10000000000000000",
        "-3",
    ]


@pytest.mark.parametrize(
    ("question", "type_", "labels", "sensitivity"),
    [
        ("respondent_name", "short_text", {"en": "Name"}, "direct"),
        ("q1", "short_text", {"en": "What is your name?"}, "direct"),
        ("q2", "short_text", {"ko": "전화번호"}, "direct"),
        ("q3", "long_text", {"zh": "你的地址"}, "direct"),
        ("id_number", "short_text", {"en": "ID"}, "direct"),
        ("village_now", "short_text", {"en": "Where now"}, "direct"),
        ("comments", "long_text", {"en": "Comments"}, "none"),
        ("namecheck", "short_text", {"en": "Checked"}, "none"),
        ("village", "single_choice", {"en": "Village"}, "none"),
        ("age", "integer", {"en": "Age"}, "none"),
    ],
)
def test_guess_sensitivity(
    question: str, type_: str, labels: dict[str, str], sensitivity: str
) -> None:
    decision = guess_sensitivity(3, question, type_, labels)
    assert decision is not None and decision.sensitivity == sensitivity


def test_notes_get_no_decision_and_plain_ones_are_summed_up() -> None:
    assert guess_sensitivity(2, "intro", "note", {"en": "Hello"}) is None
    decisions = [
        guess_sensitivity(2, "age", "integer", {"en": "Age"}),
        guess_sensitivity(3, "phone", "short_text", {"en": "Phone"}),
        guess_sensitivity(4, "sex", "single_choice", {"en": "Sex"}),
    ]
    lines = review_lines([d for d in decisions if d is not None])
    assert lines == [
        "survey row 3: 'phone' (short_text) -> direct: 'phone' looks identifying",
        "none (not free text): age, sex",
    ]
