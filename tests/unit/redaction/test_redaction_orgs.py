"""Organisations, facilities and addresses locate a woman as surely as a village does."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "expected", "label"),
    [
        ("She worked at the Golden Lotus massage parlour.", "the [ORG-1] massage parlour", "ORG"),
        ("the Happy Dragon restaurant", "the [ORG-1] restaurant", "ORG"),
        ("a karaoke called Star Night", "a karaoke called [ORG-1]", "ORG"),
        ("Sunshine Kindergarten hired me.", "[ORG-1] hired me.", "ORG"),
        ("금강식당에서 일했습니다.", "[기관-1]식당에서 일했습니다.", "ORG"),
        ("해바라기 노래방에서 일했다.", "[기관-1] 노래방에서 일했다.", "ORG"),
        ("我在幸福饭店打工。", "我在[ORG-1]饭店打工。", "ORG"),
        ("We were held at the Nongpo detention centre.", "the [PLACE-1] detention centre", "PLACE"),
        ("농포 집결소에 갇혔다.", "[장소-1] 집결소에 갇혔다.", "PLACE"),
        ("3동 2단원 501호에 살았습니다.", "[주소-1]에 살았습니다.", "ADDRESS"),
        ("住在5号楼2单元301室。", "住在[ADDRESS-1]。", "ADDRESS"),
        ("住在新华路15号。", "住在[ADDRESS-1]。", "ADDRESS"),
        ("We lived in Building 3, Unit 2, Room 501.", "in [ADDRESS-1].", "ADDRESS"),
        ("She lived at 15 Xinhua Road then.", "at [ADDRESS-1] then.", "ADDRESS"),
    ],
)
def test_organisations_facilities_and_addresses(
    engine: Redactor, text: str, expected: str, label: str
) -> None:
    result = engine.redact(text)
    assert expected in result.text
    assert label in {span.label for span in result.spans}


@pytest.mark.parametrize(
    "text",
    [
        "The restaurant was small.",
        "We ate in a Chinese restaurant.",  # kept words are no name
        "작은 식당에서 일했다.",  # a word before the noun, written apart
        "한국식당에서 일했다.",
        "这家饭店很大。",
        "Hospital food was bad.",
        "She was born in 1987 and left in 1998.",
    ],
)
def test_ordinary_business_words_are_left_alone(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


def test_a_business_glued_to_an_ordinary_word_is_uncertain(engine: Redactor) -> None:
    (span,) = engine.redact("我在幸福饭店打工。").spans
    assert span.label == "ORG" and span.uncertain
