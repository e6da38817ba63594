"""Round 13 of issue 11, lane EN-ZH: English and mixed passages.  Every sentence here is
invented for these tests (no blind passage's text or names), with the sentences where each
rule must not fire."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("My uncle farmed in Antu county until 1998.", "Antu county"),
        ("We hid in a flat in Hunchun city for a month.", "Hunchun city"),
        ("Her cousin lived in Qinghe district of the town.", "Qinghe district"),
        ("The truck stopped in Dongsheng township at dawn.", "Dongsheng township"),
        ("They came from Kapsan gun in the mountains.", "Kapsan gun"),
    ],
)
def test_a_place_takes_its_lower_case_unit_word(engine: Redactor, text: str, place: str) -> None:
    assert _spans(engine, text).get(place, ("", True))[0] == "PLACE"


@pytest.mark.parametrize(
    "text",
    [
        "We walked through the old town at night.",
        "The Western district office was closed.",
        "She grew up in a small city by the sea.",
    ],
)
def test_an_english_word_before_a_unit_is_no_place(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule == "place_lower_unit"]


def test_the_placeholder_replaces_name_and_unit() -> None:
    out = Redactor.default().redact("My uncle farmed in Antu county until 1998.").text
    assert "county" not in out and "Antu" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A cook everyone knew as Lao Liu fed us.", "Lao Liu"),
        ("Then Xiao Zhou drove us to the station.", "Xiao Zhou"),
        ("The driver, Old Qian, never spoke.", "Old Qian"),
    ],
)
def test_a_chinese_prefix_and_surname_are_one_person(
    engine: Redactor, text: str, name: str
) -> None:
    assert _spans(engine, text).get(name) == ("PERSON", False)


@pytest.mark.parametrize(
    "text", ["The Old Testament was on the table.", "A Little River ran past the farm."]
)
def test_an_english_prefix_before_an_english_word_is_no_chinese_name(
    engine: Redactor, text: str
) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule == "chinese_prefix_surname"]


@pytest.mark.parametrize(
    "text",
    [
        "Two years later she married a Han farmer from the plains.",
        "The Han from the next village bought rice from us.",
        "Most of the workers were Han Chinese.",
        "Her husband was ethnic Han, not Korean.",
    ],
)
def test_the_ethnic_group_han_is_no_person(engine: Redactor, text: str) -> None:
    assert "Han" not in [text[s.start : s.end] for s in engine.redact(text).spans]


@pytest.mark.parametrize(
    "text",
    ["Mr Han kept the keys.", "We stayed with the Han family that winter."],
)
def test_the_surname_han_stays_redacted(engine: Redactor, text: str) -> None:
    assert any("Han" in text[s.start : s.end] for s in engine.redact(text).spans)


@pytest.mark.parametrize(
    "text",
    [
        "Prices went up because of the Olympics that summer.",
        "The border was closed during the Asian Games.",
        "We left before the Spring Festival.",
    ],
)
def test_an_event_is_no_place(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.label == "PLACE"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Young-min, the eldest, stayed behind.", "Young-min"),
        ("Jeong-hee never came back from the market.", "Jeong-hee"),
    ],
)
def test_a_hyphenated_korean_given_name_opening_a_sentence_is_a_person(
    engine: Redactor, text: str, name: str
) -> None:
    assert _spans(engine, text).get(name, ("", True))[0] == "PERSON"


@pytest.mark.parametrize("text", ["Short-term, we had no plan.", "Check-in was slow."])
def test_an_english_compound_opening_a_sentence_is_no_name(engine: Redactor, text: str) -> None:
    assert not engine.redact(text).spans
