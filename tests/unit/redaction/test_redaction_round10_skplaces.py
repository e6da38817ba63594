"""Round 10 of issue 11, lane SOUTH KOREAN PLACES BELOW 시/군/구: South Korea's 동, 읍, 면 and
가 from the 행정안전부 법정동코드 (``places_dong_ko.py``, ``data/places_dong_ko.tsv``).  Every
sentence here is invented for these tests (no blind passage's text); each rule has sentences
where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.redaction import Redactor, places_dong_ko
from fieldkit.redaction.resources import build

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor(build())


def _places(engine: Redactor, text: str) -> list[tuple[str, bool]]:
    return [
        (text[s.start : s.end], s.uncertain)
        for s in engine.redact(text).spans
        if s.label == "PLACE"
    ]


def test_data_names_its_source_licence_and_script() -> None:
    data = ROOT / "src/fieldkit/redaction/data/places_dong_ko.tsv"
    head = "\n".join(data.read_text(encoding="utf-8").splitlines()[:6])
    assert "법정동코드" in head and "PublicDataReader" in head and "MIT" in head
    script = (ROOT / "scripts/build_places_dong_ko.py").read_text(encoding="utf-8")
    version = script.split('VERSION = "')[1].split('"')[0]
    assert version in head  # the file says which release the build script read
    doc = (ROOT / "docs/redaction.md").read_text(encoding="utf-8")
    assert "places_dong_ko.tsv" in doc.split("## Data and licences")[1]


def test_data_holds_names_and_provinces_only() -> None:
    assert places_dong_ko.dong_province("봉담읍") == "Gyeonggi"
    assert places_dong_ko.dong_province("목동") == ""  # in Seoul and elsewhere: no province
    assert places_dong_ko.dong_province("평화리") is None  # villages are left out
    rows = [
        line.split("\t")
        for line in (ROOT / "src/fieldkit/redaction/data/places_dong_ko.tsv")
        .read_text(encoding="utf-8")
        .splitlines()
        if not line.startswith("#")
    ]
    assert len(rows) > 3000
    assert all(len(row) == 2 and row[0][-1] in "동읍면가" for row in rows)


def test_lookup_is_a_set_not_an_alternation_of_names() -> None:
    assert len(places_dong_ko._END.pattern) < 400


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("언니는 요즘 삼송동에서 일해요.", "삼송동"),
        ("월롱면 쪽 공장에 다녀요.", "월롱면"),
        ("작년에 봉담읍으로 옮겼어요.", "봉담읍"),
        ("을지로3가 근처에서 봤어요.", "을지로3가"),
        ("오정동은 조용해요.", "오정동"),
    ],
)
def test_a_listed_name_that_is_no_word_is_a_place_for_certain(
    engine: Redactor, text: str, name: str
) -> None:
    assert (name, False) in _places(engine, text)


def test_a_numbered_administrative_dong_is_read_through(engine: Redactor) -> None:
    places = _places(engine, "삼송2동 주민센터에 갔어요.")
    assert ("삼송2동", False) in places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("목동 아파트에 살아요.", "목동"),
        ("이동에 산 지 오래예요.", "이동"),
        ("창동 그 식당에서 만나요.", "창동"),
    ],
)
def test_a_name_that_is_a_word_is_a_place_only_in_a_place_context(
    engine: Redactor, text: str, name: str
) -> None:
    assert (name, True) in _places(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "운동을 열심히 했어요.",
        "차로 이동했어요.",
        "그 행동에 놀랐어요.",
        "행동에 옮겼어요.",
        "중동에서 석유가 나요.",
        "고기가 상하면 버려요.",
        "반면에 동생은 달랐어요.",
        "라면을 끓였어요.",
        "101동 1203호로 오세요.",
        "누가 왔어요?",
    ],
)
def test_words_and_forms_are_never_places_without_context(engine: Redactor, text: str) -> None:
    assert _places(engine, text) == []


def test_placeholder_shows_no_region_for_a_south_korean_dong(engine: Redactor) -> None:
    out = engine.redact("삼송동에서 일해요.").text
    assert out.startswith("[장소-1]에서")  # like 안산: a 시도 is finer than the export shows


def test_a_person_cue_still_makes_a_dong_shaped_name_a_person(engine: Redactor) -> None:
    spans = engine.redact("이문동 선생님이 말했어요.").spans
    assert [s.label for s in spans] == ["PERSON"]
