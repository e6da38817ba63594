"""Round 4 of issue 11: named cities, whole addresses and the silent-miss classes of blind
sets A and B (now development material), one rule per test, on sentences written for these
tests (invented names, none copied from the sets)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import PlaceRegions, Redactor, data


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor.default()


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


def _spans(engine: Redactor, text: str) -> list[tuple[str, str, bool]]:
    return [(text[s.start : s.end], s.label, s.uncertain) for s in engine.redact(text).spans]


# --- 1. Every named city is a place; its placeholder shows only the country -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("지금은 대전에서 살아요.", "지금은 [장소-1, 한국]에서 살아요."),
        ("평양시에 사는 삼촌이 있어요.", "[장소-1, 북한]에 사는 삼촌이 있어요."),
        ("언니는 울산 남구에 살아요.", "언니는 [장소-1, 한국] [장소-2]에 살아요."),
        (
            "We flew from Hanoi to Seoul.",
            "We flew from [PLACE-1, Vietnam] to [PLACE-2, South Korea].",
        ),
        ("stuck in phnom penh for a week", "stuck in [PLACE-1, Cambodia] for a week"),
        ("我在天津打工三年。", "我在[PLACE-1, 中国]打工三年。"),
        ("She lives in Pyongyang now.", "She lives in [PLACE-1, North Korea] now."),
    ],
)
def test_named_cities_are_places_showing_their_country(
    engine: Redactor, text: str, expected: str
) -> None:
    assert _out(engine, text) == expected


def test_a_city_shows_its_country_whatever_the_questionnaire_groups() -> None:
    regions = PlaceRegions({"Pyongyang": "west_and_south", "Beijing": "north"})
    assert regions.shown("North Korea", "en") == "North Korea"
    assert regions.shown("China", "ko") == "중국"
    # a district of Pyongyang still shows its province's region, as before
    assert regions.shown("Pyongyang", "en") == "west and south of North Korea"


def test_a_city_that_is_an_ordinary_word_needs_a_place_context(engine: Redactor) -> None:
    assert _spans(engine, "대구를 두 마리 샀어요.") == [("대구", "PLACE", True)]
    assert _spans(engine, "대구시 달서구에 살아요.")[0] == ("대구시", "PLACE", False)
    assert _out(engine, "크게 상해를 입었어요.") == "크게 상해를 입었어요."


def test_provinces_and_countries_stay_kept(engine: Redactor) -> None:
    text = "경기도에 살다가 함경북도 사람을 만났어요. 중국과 태국을 거쳤어요."
    assert _out(engine, text) == text
    assert _out(engine, "I was born in North Hamgyong, not in Jilin.") == (
        "I was born in North Hamgyong, not in Jilin."
    )


def test_no_city_spelling_is_on_the_keep_list() -> None:
    kept = {word for _cat, word in data.keep_entries()}
    assert not kept & data.city_spellings()
    assert {"서울", "Seoul", "北京", "방콕", "Ulaanbaatar"} <= data.city_spellings()
