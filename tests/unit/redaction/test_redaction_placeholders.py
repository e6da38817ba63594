"""Placeholders: in the text's language, never more precise than the export."""

from __future__ import annotations

import pytest

from fieldkit.questionnaire import builtin_questionnaire, parse_questionnaire
from fieldkit.redaction import PLACEHOLDER, KnownTerm, PlaceRegions, Redactor
from fieldkit.redaction.placeholders import text_language


def test_the_default_regions_are_the_built_in_questionnaires() -> None:
    # data/regions.tsv writes the built-in generalisation down; regenerate the default
    # rows from PlaceRegions.from_questionnaire(builtin_questionnaire()) if this fails.
    assert PlaceRegions.default() == PlaceRegions.from_questionnaire(builtin_questionnaire())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I was born in Onsong.", "I was born in [PLACE-1, northeast North Korea]."),
        ("저는 온성에서 태어났습니다.", "저는 [장소-1, 북한 동북부]에서 태어났습니다."),
        ("我在延吉住过。", "我在[PLACE-1, 吉林省]住过。"),
        ("I lived in Yanji.", "I lived in [PLACE-1, Jilin]."),
        ("연길에서 살았다.", "[장소-1, 길림성]에서 살았다."),
    ],
)
def test_a_place_shows_its_region_in_the_texts_language(
    engine: Redactor, text: str, expected: str
) -> None:
    assert engine.redact(text).text == expected


def test_the_caller_passes_the_questionnaires_generalisation(engine: Redactor) -> None:
    coarse = PlaceRegions({"North Hamgyong": "northeast"})
    assert engine.redact("I lived in Yanji.", regions=coarse).text == "I lived in [PLACE-1]."
    assert engine.redact("From Onsong.", regions=PlaceRegions.none()).text == "From [PLACE-1]."


def test_a_questionnaire_that_groups_more_shows_less() -> None:
    q = builtin_questionnaire().model_dump(mode="json", exclude_none=True)
    for section in q["sections"]:
        for question in section["questions"]:
            if question["id"] == "origin_province":
                question["generalise"] = {"kind": "map", "mapping": {}, "other": "not_said"}
    regions = PlaceRegions.from_questionnaire(parse_questionnaire(q, "test"))
    assert "North Hamgyong" not in regions.by_province  # the catch-all group shows nothing
    assert regions.by_province["Jilin"] == "jilin"


def test_a_province_grouped_two_ways_shows_nothing() -> None:
    q = builtin_questionnaire().model_dump(mode="json", exclude_none=True)
    for section in q["sections"]:
        for question in section["questions"]:
            if question["id"] == "current_province":
                question["generalise"]["mapping"]["jilin"] = "northeast"
    regions = PlaceRegions.from_questionnaire(parse_questionnaire(q, "test"))
    assert "Jilin" not in regions.by_province


def test_known_terms_and_every_label_have_a_korean_form(engine: Redactor) -> None:
    text = "박영희 씨의 번호는 139-4318-2275이고 3동 2단원 501호에 살았다."
    out = engine.redact(text, known=[KnownTerm("박영희")]).text
    assert out == "[인물-1]의 번호는 [전화-1]이고 [주소-1]에 살았다."


@pytest.mark.parametrize(
    "placeholder",
    ["[PERSON-1]", "[PLACE-2, Jilin]", "[인물-1]", "[장소-3, 북한 동북부]", "[ORG-1]", "[주소-2]"],
)
def test_the_placeholder_pattern_knows_both_forms(engine: Redactor, placeholder: str) -> None:
    assert PLACEHOLDER.fullmatch(placeholder)
    assert engine.scan(f"{placeholder}가 왔다. {placeholder} came.") == ()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("저는 연길에서 살았습니다.", "auto", "ko"),
        ("Kim Young-hee (김영희) left Yanji in 1998.", "auto", "en"),
        ("我在延吉见到了王建国。", "auto", "zh"),
        ("I lived in Yanji.", "ko", "ko"),
    ],
)
def test_the_language_of_a_text(text: str, lang: str, expected: str) -> None:
    assert text_language(text, lang) == expected
