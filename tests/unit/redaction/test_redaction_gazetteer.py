"""The gazetteer: complete, read in every script, and word-like names decided by context."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from fieldkit.redaction import PlaceRegions, Redactor, data

BENCH = Path(__file__).parents[3] / "bench"
NORTH_KOREA = frozenset(
    str.split(
        "North Hamgyong, South Hamgyong, Ryanggang, Chagang, North Pyongan, South Pyongan, "
        "North Hwanghae, South Hwanghae, Kangwon, Pyongyang",
        ", ",
    )
)


PROVINCES = PlaceRegions({display: display for display, _spellings in data.rows("provinces.tsv")})
"""Placeholders that show the province itself, so that a test sees which one a spelling names
(the default shows the built-in question set's coarser regions)."""


@pytest.fixture(scope="module")
def readings() -> ModuleType:
    """The build's transliteration helpers (bench/, not part of the package)."""
    path = BENCH / "redaction_gazetteer_readings.py"
    spec = importlib.util.spec_from_file_location("redaction_gazetteer_readings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _place(hanzi: str) -> data.Place:
    return next(p for p in data.gazetteer() if hanzi in p.hanzi)


def test_every_county_level_division_of_china_is_listed() -> None:
    codes = Counter(len(p.code) for p in data.gazetteer() if p.province not in NORTH_KOREA)
    assert codes[4] >= 330  # prefecture level
    assert codes[6] >= 2800  # county level: counties, cities, districts, banners
    names = {h for p in data.gazetteer() for h in p.hanzi}
    assert {"和康县", "宽甸满族自治县", "长白县", "三合镇", "崇善镇"} <= names


def test_north_korea_counties_cities_and_districts() -> None:
    kinds = Counter(p.kind for p in data.gazetteer() if p.province in NORTH_KOREA)
    assert kinds["county"] + kinds["city"] + kinds["district"] >= 200
    kilju = next(p for p in data.gazetteer() if "길주" in p.hangul)
    assert {"Kilju", "Gilju"} <= set(kilju.latin)


def test_a_place_in_every_script() -> None:
    yanji = _place("延吉")
    assert {"연길", "옌지"} <= set(yanji.hangul)
    assert {"Yanji", "Yan-ji", "Yeongil"} <= set(yanji.latin)
    antu = _place("安图")
    assert antu.words == {"안도"}
    assert "안투" in antu.hangul


@pytest.mark.parametrize(
    ("text", "expected", "uncertain"),
    [
        ("안도에서 일했습니다.", "[장소-1, 길림성]에서 일했습니다.", False),
        ("안도현에 살았어요.", "[장소-1, 길림성]에 살았어요.", False),
        ("안도는 추웠습니다.", "[장소-1, 길림성]는 추웠습니다.", True),
        ("그 말을 듣고 안도했습니다.", "그 말을 듣고 안도했습니다.", None),
        ("통화시에 있었어요.", "[장소-1, 길림성]에 있었어요.", False),
        ("통화에서 왔습니다.", "[장소-1, 길림성]에서 왔습니다.", True),
        ("전화 통화를 했습니다.", "전화 통화를 했습니다.", None),
        ("그 동안에 많이 울었습니다.", "그 동안에 많이 울었습니다.", None),
        ("무산에서 건너왔습니다.", "[장소-1, 함경북도]에서 건너왔습니다.", False),
        ("I lived in Jian for a year.", "I lived in [PLACE-1, Jilin] for a year.", False),
        ("我在延边打工。", "我在[PLACE-1, 吉林省]打工。", False),
        ("延边的冬天很冷。", "[PLACE-1, 吉林省]的冬天很冷。", True),
        ("我女儿上高中了。", "我女儿上高中了。", None),
    ],
)
def test_word_like_names_are_decided_by_context(
    engine: Redactor, text: str, expected: str, uncertain: bool | None
) -> None:
    result = engine.redact(text, regions=PROVINCES)
    assert result.text == expected
    assert [s.uncertain for s in result.spans] == ([] if uncertain is None else [uncertain])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was sold in Yánjí.", "She was sold in [PLACE-1, Jilin]."),
        ("From Yan-ji to Yan Ji.", "From [PLACE-1, Jilin] to [PLACE-1, Jilin]."),
        (
            "옌지에서 만났고 칭다오로 갔어요.",
            "[장소-1, 길림성]에서 만났고 [장소-2, 산동성]로 갔어요.",
        ),
        ("We met in Ch'ongjin.", "We met in [PLACE-1, North Hamgyong]."),
        ("고향은 길주입니다.", "고향은 [장소-1, 함경북도]입니다."),
        ("I grew up in Sinmak.", "I grew up in [PLACE-1, North Hwanghae]."),
        ("She went from Yanji to Helong.", "She went from [PLACE-1, Jilin] to [PLACE-2]."),
    ],
)
def test_spellings_and_provinces(engine: Redactor, text: str, expected: str) -> None:
    assert engine.redact(text, regions=PROVINCES).text == expected


def test_a_surname_before_a_word_like_name_makes_a_person(engine: Redactor) -> None:
    result = engine.redact("帮助我们的人是欧阳建华。")
    assert result.text == "帮助我们的人是[PERSON-1]。"


def test_marks_are_read_from_the_data_file() -> None:
    weihai = _place("威海")
    assert "위해" in weihai.frequent
    assert "위해" in weihai.words
    assert not weihai.frequent & set(weihai.latin)


@pytest.mark.parametrize(
    ("pinyin", "hangul"),
    [
        ("yan ji", "옌지"),
        ("hun chun", "훈춘"),
        ("qing dao", "칭다오"),
        ("ha er bin", "하얼빈"),
        ("shen yang", "선양"),
        ("mu dan jiang", "무단장"),
        ("wei hai", "웨이하이"),
        ("ri zhao", "르자오"),
        ("zi bo", "쯔보"),
        ("sui fen he", "쑤이펀허"),
        ("xue jue yuan juan", "쉐줴위안쥐안"),
        # issue 11 round 4: the towns of Yanbian and the Northeast as the brokers said them
        ("tu men", "투먼"),
        ("he long", "허룽"),
        ("ji xi", "지시"),
        ("long jing", "룽징"),
        ("wang qing", "왕칭"),
        ("dun hua", "둔화"),
        ("dan dong", "단둥"),
        ("qi qi ha er", "치치하얼"),
        ("jia mu si", "자무쓰"),
        ("tie ling", "톄링"),
        ("kuan dian", "콴뎬"),
        ("yan bian", "옌볜"),
    ],
)
def test_chinese_reading_table(readings: ModuleType, pinyin: str, hangul: str) -> None:
    assert readings.pinyin_word_to_hangul(pinyin.split()) == hangul


def test_the_build_and_the_engine_read_pinyin_alike(readings: ModuleType) -> None:
    """The gazetteer build (a throwaway venv without fieldkit) keeps its own copy of the
    외래어 표기법 table; the engine's Mandarin-name rule has another (``mandarin_ko``).  They
    must give every pinyin syllable of the Hanzi table the same Hangul, or a town (옌지) and a
    name (옌메이) would be read by two different rules."""
    from fieldkit.redaction.mandarin_ko import transcribe

    syllables = {s for pinyin, _ in data.hanzi_readings().values() for s in pinyin}
    assert len(syllables) > 400
    differ = {s for s in syllables if readings.pinyin_to_hangul(s) != transcribe(s)}
    assert not differ, sorted(differ)[:20]


@pytest.mark.parametrize(
    ("hangul", "mr", "revised"),
    [
        ("청진", "Chongjin", "Cheongjin"),
        ("신의주", "Sinuiju", "Sinuiju"),
        ("강계", "Kanggye", "Ganggye"),
        ("백암", "Paegam", "Baegam"),
        ("신리", "Silli", "Silli"),
        ("종로", "Chongno", "Jongno"),
        ("김책", "Kimchaek", "Gimchaek"),
    ],
)
def test_korean_romanisations(readings: ModuleType, hangul: str, mr: str, revised: str) -> None:
    assert readings.mccune_reischauer(hangul) == mr
    assert readings.revised(hangul) == revised
