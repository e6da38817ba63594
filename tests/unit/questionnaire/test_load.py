"""Loading questionnaires: good files load, and each kind of breakage gets one
specific line that names the failing element."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from fieldkit.errors import QuestionnaireError
from fieldkit.questionnaire import (
    check_questionnaire,
    load_questionnaire,
    questionnaire_from_json,
    questionnaire_hash,
    questionnaire_to_json,
)

from helpers import TINY


def write(tmp_path: Path, text: str, name: str = "form.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_tiny_loads(tmp_path: Path) -> None:
    qn = load_questionnaire(write(tmp_path, TINY))
    assert [s.id for s in qn.sections] == ["start", "identity", "story"]
    assert qn.questions()[1].generalise is not None


def test_json_and_toml_give_the_same_hash(tmp_path: Path) -> None:
    from_toml = load_questionnaire(write(tmp_path, TINY))
    as_json = json.dumps(tomllib.loads(TINY), ensure_ascii=False)
    from_json = load_questionnaire(write(tmp_path, as_json, "form.json"))
    assert questionnaire_hash(from_toml) == questionnaire_hash(from_json)
    assert questionnaire_from_json(questionnaire_to_json(from_toml)) == from_toml


# (what breaks, text to replace, replacement, expected fragment of the one-line error)
MUTATIONS = [
    (
        "unknown type",
        'type = "year"\n',
        'type = "yaer"\n',
        "question 'birth_year' > type: Input should be",
    ),
    (
        "misspelt key",
        'label = { en = "Village", ko = "마을" }',
        'lable = { en = "Village", ko = "마을" }',
        "question 'village': unknown key 'lable' (did you mean 'label'?)",
    ),
    (
        "missing label",
        'label = { en = "Price paid", ko = "가격" }',
        "",
        "question 'price': missing key 'label'",
    ),
    (
        "missing Korean",
        'label = { en = "Life story", ko = "살아온 이야기" }',
        'label = { en = "Life story" }',
        "question 'narrative' > label: missing text in ko",
    ),
    ("duplicate id", 'id = "village"', 'id = "name"', "id is also used by section 'identity'"),
    (
        "unknown choice list",
        'choices = "means"',
        'choices = "meens"',
        "unknown choice list 'meens'",
    ),
    (
        "bad relevant syntax",
        "relevant = \"${sold} = 'yes'\"",
        "relevant = \"${sold} == 'yes'\"",
        "question 'price' > relevant: expected a value but found '='",
    ),
    (
        "relevant refers to nothing",
        "relevant = \"${sold} = 'yes'\"",
        "relevant = \"${solde} = 'yes'\"",
        "refers to unknown question '${solde}'",
    ),
    (
        "selected() of an unknown choice",
        "selected(${means}, 'drugging')",
        "selected(${means}, 'druging')",
        "'druging' is not a choice of 'means'",
    ),
    (
        "quasi without generalisation",
        'generalise = { kind = "year_band", width = 5 }\n',
        "\n",
        "a 'quasi' question must declare how it is generalised",
    ),
    (
        "generalisation that does not fit",
        '{ kind = "year_band", width = 5 }',
        '{ kind = "map", mapping = {} }',
        "generalisation 'map' does not apply to year",
    ),
    (
        "direct answer in a sealed section",
        'sensitivity = "direct"\nredaction_seed = "place"',
        'redaction_seed = "place"',
        "questions in a sealed section must have sensitivity 'direct'",
    ),
    (
        "consent not a choice",
        'consent = { question = "consent", value = "yes" }',
        'consent = { question = "consent", value = "oui" }',
        "'oui' is not a choice of 'consent'",
    ),
    (
        "minimum above maximum",
        "minimum = 1930",
        "minimum = 2030",
        "'minimum' is larger than 'maximum'",
    ),
    (
        "bad id characters",
        'id = "birth_year"',
        'id = "Birth Year"',
        "question 'Birth Year' > id: must start with a lowercase letter",
    ),
    (
        "wrong format",
        'format = "fieldkit-questionnaire/1"',
        'format = "odk"',
        "format: must be 'fieldkit-questionnaire/1'",
    ),
    (
        "dot outside a constraint",
        "relevant = \"${sold} = 'yes'\"",
        'relevant = ". = 1"',
        "'.' (the current answer) is only allowed in constraints",
    ),
    (
        "empty section",
        '[[sections.questions]]\nid = "narrative"',
        '[[sections.questionz]]\nid = "narrative"',
        "section 'story': unknown key 'questionz' (did you mean 'questions'?)",
    ),
]


@pytest.mark.parametrize(
    ("old", "new", "fragment"), [m[1:] for m in MUTATIONS], ids=[m[0] for m in MUTATIONS]
)
def test_each_breakage_gets_a_specific_one_line_error(
    tmp_path: Path, old: str, new: str, fragment: str
) -> None:
    assert old in TINY
    path = write(tmp_path, TINY.replace(old, new, 1))
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire(path)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message
    assert message.startswith("form.toml: ")


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("form.toml", b"format = \n", "not valid TOML"),
        ("form.json", b'{"format": ', "form.json:1:12: not valid JSON"),
        ("form.toml", b"\xff\xfe bad", "not UTF-8 text"),
        ("form.yaml", b"format: x", "unknown file type"),
        ("form.json", b"[1, 2]", "the top level must be a table/object"),
        ("form.json", b"[" * 100_000, "JSON is nested too deeply"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, fragment: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(QuestionnaireError) as info:
        load_questionnaire(path)
    assert fragment in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionnaireError, match="file not found"):
        load_questionnaire(tmp_path / "nope.toml")


def test_check_reports_every_problem_at_once(tmp_path: Path) -> None:
    broken = TINY.replace('choices = "means"', 'choices = "meens"').replace(
        "minimum = 1930", "minimum = 2030"
    )
    result = check_questionnaire(write(tmp_path, broken))
    messages = [str(p) for p in result.errors]
    assert any("unknown choice list 'meens'" in m for m in messages)
    assert any("'minimum' is larger than 'maximum'" in m for m in messages)
    assert any("is not used by any question" in str(w) for w in result.warnings)
