"""fieldkit -> XLSForm -> fieldkit changes nothing, and pyxform accepts the XLSForm."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import convert  # type: ignore[import-untyped]

from fieldkit.questionnaire import (
    Questionnaire,
    builtin_questionnaire,
    questionnaire_hash,
    questionnaire_to_json,
)
from fieldkit.xlsform import import_xlsform, write_xlsform

from helpers import REPEATS, TINY, questionnaire_from_toml

# Everything the writer has a column for, in one small form.
EVERYTHING = """
format = "fieldkit-questionnaire/1"
id = "everything"
version = "2.1"
title = { en = "Everything", ko = "전부", zh = "全部" }
description = { en = "All the columns", ko = "모든 열", zh = "所有列" }
languages = ["ko", "en", "zh"]
consent = { question = "agree", value = "ok" }

[choice_lists]
agree = [
  { value = "ok", label = { en = "=OK", ko = "네", zh = "好" }, code = 7 },
  { value = "not_ok", label = { en = "No", ko = "아니요", zh = "不" }, code = 9 },
]
province = [
  { value = "hamgyong_n", label = { en = "North Hamgyong", ko = "함경북도", zh = "咸镜北道" } },
  { value = "ryanggang", label = { en = "Ryanggang", ko = "량강도", zh = "两江道" } },
]
unused = [{ value = "x", label = { en = "X", ko = "X", zh = "X" } }]

[[sections]]
id = "first"
title = { en = "First", ko = "처음", zh = "第一" }
help = { en = "Read aloud", ko = "읽어 주세요", zh = "朗读" }

[[sections.questions]]
id = "agree"
type = "single_choice"
choices = "agree"
required = true
label = { en = "Agree?", ko = "동의?", zh = "同意？" }

[[sections.questions]]
id = "born"
type = "year"
minimum = 1930
maximum = 2010.5
sensitivity = "quasi"
generalise = { kind = "year_band", width = 10 }
sensitive_attribute = true
label = { en = "Born", ko = "출생", zh = "出生" }
help = { en = "Year only", ko = "연도만", zh = "只写年" }

[[sections.questions]]
id = "left"
type = "year_month"
sensitivity = "quasi"
generalise = { kind = "year_only" }
label = { en = "Left", ko = "떠남", zh = "离开" }
constraints = [
  { expr = ". >= ${born}", message = { en = "After birth", ko = "출생 후", zh = "出生后" } },
  { expr = "string-length(.) = 7", message = { en = "YYYY-MM", ko = "YYYY-MM", zh = "YYYY-MM" } },
]

[[sections.questions]]
id = "price"
type = "money"
currencies = ["CNY", "KRW"]
sensitivity = "quasi"
generalise = { kind = "bins", edges = [2000, 5000.5], labels = ["low", "mid", "high"] }
relevant = "${agree}='ok'"
label = { en = "Price", ko = "가격", zh = "价格" }

[[sections.questions]]
id = "children"
type = "integer"
sensitivity = "quasi"
generalise = { kind = "top_code", max = 6 }
label = { en = "Children", ko = "자녀", zh = "孩子" }

[[sections.questions]]
id = "weight"
type = "decimal"
sensitivity = "quasi"
generalise = { kind = "bins", edges = [40, 60] }
label = { en = "Weight", ko = "체중", zh = "体重" }

[[sections.questions]]
id = "from"
type = "single_choice"
choices = "province"
sensitivity = "quasi"
generalise = { kind = "map", mapping = { hamgyong_n = "north" }, other = "elsewhere" }
label = { en = "From", ko = "출신", zh = "来自" }

[[sections.questions]]
id = "visited"
type = "date"
label = { en = "Visited", ko = "방문", zh = "访问" }

[[sections.questions]]
id = "when_note"
type = "note"
label = { en = "  Leading spaces and\\nnew lines  ", ko = "메모", zh = "注" }

[[sections]]
id = "who"
title = { en = "Who", ko = "누구", zh = "谁" }
sealed = true
relevant = "${agree} = 'ok' and count-selected(${agree}) > 0"

[[sections.questions]]
id = "name"
type = "short_text"
sensitivity = "direct"
redaction_seed = "person"
label = { en = "Name", ko = "이름", zh = "名字" }

[[sections.questions]]
id = "sealed_note"
type = "note"
label = { en = "Never leaves the device", ko = "기기 밖으로 나가지 않음", zh = "不离开设备" }

[[sections]]
id = "story"
title = { en = "Story", ko = "이야기", zh = "故事" }

[[sections.questions]]
id = "narrative"
type = "long_text"
sensitivity = "narrative"
label = { en = "Story", ko = "이야기", zh = "故事" }
"""


def roundtrip(qn: Questionnaire, tmp_path: Path) -> tuple[Questionnaire, Path]:
    path = tmp_path / f"{qn.id}.xlsx"
    write_xlsform(qn, path)
    result = import_xlsform(path)
    assert result.decisions == [], "an exported form says every sensitivity"
    return result.questionnaire, path


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: questionnaire_from_toml(TINY), id="tiny"),
        pytest.param(lambda: questionnaire_from_toml(EVERYTHING), id="everything"),
        pytest.param(lambda: questionnaire_from_toml(REPEATS), id="repeats"),
        pytest.param(builtin_questionnaire, id="lives-for-sale"),
    ],
)
def test_round_trip_is_hash_equal(make: object, tmp_path: Path) -> None:
    original: Questionnaire = make()  # type: ignore[operator]
    back, _ = roundtrip(original, tmp_path)
    assert questionnaire_to_json(back) == questionnaire_to_json(original)
    assert questionnaire_hash(back) == questionnaire_hash(original)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: questionnaire_from_toml(EVERYTHING), id="everything"),
        pytest.param(lambda: questionnaire_from_toml(REPEATS), id="repeats"),
        pytest.param(builtin_questionnaire, id="lives-for-sale"),
    ],
)
def test_pyxform_converts_the_export(make: object, tmp_path: Path) -> None:
    qn: Questionnaire = make()  # type: ignore[operator]
    path = tmp_path / "form.xlsx"
    write_xlsform(qn, path)
    result = convert(xlsform=str(path))
    assert "<h:html" in result.xform
    assert result.warnings == []
    for question in qn.questions():
        assert f"/{question.id}" in result.xform


def test_columns_use_xlsform_language_names(tmp_path: Path) -> None:
    path = tmp_path / "tiny.xlsx"
    write_xlsform(questionnaire_from_toml(TINY), path)
    book = load_workbook(path)
    survey = [c.value for c in book["survey"][1]]
    assert survey[:4] == ["type", "name", "label::English (en)", "label::Korean (ko)"]
    assert "fieldkit::sensitivity" in survey and "fieldkit::generalise" in survey
    settings = {
        c.value: v.value for c, v in zip(book["settings"][1], book["settings"][2], strict=True)
    }
    assert settings["default_language"] == "English (en)"
    assert settings["form_id"] == "tiny"
    rows = {r[1].value: r for r in book["survey"].iter_rows(min_row=2)}
    column = {name: i for i, name in enumerate(survey)}
    assert rows["birth_year"][column["type"]].value == "integer"
    assert rows["birth_year"][column["fieldkit::type"]].value == "year"
    assert rows["birth_year"][column["fieldkit::generalise"]].value == "year_band(5)"
    assert rows["birth_year"][column["fieldkit::minimum"]].value == 1930
    assert rows["price"][column["fieldkit::type"]].value == "money"
    assert rows["narrative"][column["appearance"]].value == "multiline"
    assert rows["consent"][column["fieldkit::consent"]].value == "yes"
    assert rows["identity"][column["fieldkit::sealed"]].value == "yes"


def test_a_label_starting_with_equals_is_text_not_a_formula(tmp_path: Path) -> None:
    path = tmp_path / "everything.xlsx"
    write_xlsform(questionnaire_from_toml(EVERYTHING), path)
    sheet = load_workbook(path)["choices"]
    english = [c.value for c in sheet[1]].index("label::English (en)")
    cell = next(row[english] for row in sheet.iter_rows(min_row=2) if row[1].value == "ok")
    assert cell.value == "=OK" and cell.data_type == "s"
