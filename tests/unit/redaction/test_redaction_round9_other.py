"""Round 9 of issue 11, lane ENGLISH / CHINESE / ORGANISATIONS: romanised Korean names in
any case, Chinese given names and nicknames in Hanzi, organisations.  Every sentence here
is invented for these tests (no blind passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.romanised_en import romanised_syllable


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor.default()


def _spans(engine: Redactor, text: str) -> dict[str, bool]:
    """Each span's text -> whether it is uncertain."""
    return {text[s.start : s.end]: s.uncertain for s in engine.redact(text).spans}


# --- 1. Romanised Korean names in any case -------------------------------------------------


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("hee", True),
        ("myong", True),
        ("suk", True),
        ("eun", True),
        ("park", False),
        ("tech", False),
        ("law", False),
        ("school", False),
    ],
)
def test_the_syllable_inventory_comes_from_the_romanisation_table(
    part: str, expected: bool
) -> None:
    assert romanised_syllable(part) is expected


def test_lower_case_hyphenated_given_name_is_uncertain_without_a_cue(engine: Redactor) -> None:
    text = "saw jung-ae at the bus stop on friday"
    assert _spans(engine, text) == {"jung-ae": True}


def test_lower_case_given_name_after_a_role_word_is_certain(engine: Redactor) -> None:
    text = "her neighbour soon-ja says the boat left at night"
    assert _spans(engine, text).get("soon-ja") is False


def test_surname_after_the_given_name_joins_the_span(engine: Redactor) -> None:
    text = "hye-rin choi paid for the bus."
    assert _spans(engine, text) == {"hye-rin choi": False}


def test_surname_before_the_given_name_joins_the_span(engine: Redactor) -> None:
    text = "we waited for kim dae-sung until noon."
    assert "kim dae-sung" in _spans(engine, text)


def test_a_sentence_end_is_no_surname(engine: Redactor) -> None:
    text = "the bell went ding-dong. min-jun ran out."
    got = _spans(engine, text)
    assert got.get("min-jun") is True and "ding-dong. min-jun" not in got


@pytest.mark.parametrize(
    "text",
    [
        "we wrote by e-mail and shopped at the co-op.",
        "it was so-so, she said, and the kids danced hip-hop.",
        "my mother-in-law made a to-do list; no-one came.",
        "we played ping-pong and walked zig-zag up the hill.",
    ],
)
def test_english_hyphenated_words_are_no_names(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule.startswith("romanised")]


def test_capitals_surname_and_given_syllables_are_one_person(engine: Redactor) -> None:
    text = "NAME OF APPLICANT: PAK MYONG OK, born in the north."
    got = _spans(engine, text)
    assert got.get("PAK MYONG OK") is False


def test_capitals_given_name_before_surname(engine: Redactor) -> None:
    text = "Signed by MI HYANG KIM on the last page."
    assert _spans(engine, text).get("MI HYANG KIM") is False


def test_capitals_surname_before_english_words_is_no_full_name(engine: Redactor) -> None:
    text = "THE REPORT BY KIM WAS LATE. OH NO."
    result = engine.redact(text)
    assert not [s for s in result.spans if s.rule == "romanised_caps"]
