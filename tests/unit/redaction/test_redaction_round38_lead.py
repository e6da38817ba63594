"""Round 38 (lead): general rules prompted by set CL's misses once it joined the development
sets, and by the silent misses beside a cue listed over every development set.  Every sentence
here is invented for the test, Korean first.  The rules are asserted on the engine without its
learned flagger (``learned=False``), so a test fails when its rule goes even if the model
happens to cover the same words."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.fixture(scope="module")
def rules() -> Redactor:
    return Redactor.default(learned=False)


def _spans(engine: Redactor, text: str, label: str | None = None) -> list[str]:
    found = engine.redact(text).spans
    return [text[s.start : s.end] for s in found if label is None or s.label == label]


# --- places ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("성 말고 시요. 중국말로 지린시, 거기 조선 식당에서 일했어요.", "지린시"),
        ("지린시에 있는 공장으로 넘겨졌어요.", "지린시"),
        ("길림시 역전에서 만났어요.", "길림시"),
    ],
)
def test_a_city_named_as_its_province_with_its_suffix(
    rules: Redactor, text: str, place: str
) -> None:
    """吉林市: the gazetteer dropped its Mandarin reading 지린 because it names the province
    too; with its suffix, 지린시 is the city, in either reading."""
    assert place in _spans(rules, text, "PLACE")


@pytest.mark.parametrize("text", ["지린성에서 왔어요.", "길림성 사람들이 많았어요."])
def test_the_province_itself_stays(rules: Redactor, text: str) -> None:
    """The province is never annotated: 지린성 and 길림성 stay."""
    assert _spans(rules, text, "PLACE") == []
