"""Round 12 of issue 11, lane PLACES: South Korea's 일반구 and every 자치구 from the
법정동코드 table, and the Chinese prefecture cities by Hanzi and readings.  Every sentence here
is invented for these tests (no passage of set H's text or names); each rule has sentences
where it must not fire."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.redaction import Redactor, data

ROOT = Path(__file__).resolve().parents[3]


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


# --- 1. every 구 of the 법정동코드 table -------------------------------------------------------


def _districts() -> list[str]:
    lines = (ROOT / "bench/redaction_data_src/kr_districts.tsv").read_text("utf-8").splitlines()
    return [ln.split("\t")[3] for ln in lines if ln and not ln.startswith("#")]


def test_the_gazetteer_holds_every_district_of_the_table_but_the_generic_ones() -> None:
    spellings = {
        s.rstrip("*")
        for row in data.rows("gazetteer.tsv")
        if len(row) > 4
        for s in row[4].split("|")
    }
    generic = {"중구", "동구", "서구", "남구", "북구"}
    missing = [d for d in _districts() if d not in spellings and d not in generic]
    assert len(_districts()) >= 100
    assert missing == []


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("이모는 수원 영통구에서 미용실을 해요.", "영통구"),
        ("우리는 성남 분당구로 이사 갔어요.", "분당구"),
        ("동생은 고양시 일산서구에 살아요.", "일산서구"),
        ("창원 마산회원구 시장에서 일했다.", "마산회원구"),
        ("인천 계양구 쪽 빌라에 살아요.", "계양구"),
        ("전주 완산구 주민센터에 갔어요.", "완산구"),
        ("He moved to Giheung-gu last spring.", "Giheung-gu"),
    ],
)
def test_a_district_of_an_ordinary_city_is_a_place(
    engine: Redactor, text: str, district: str
) -> None:
    assert _spans(engine, text)[district] == ("PLACE", False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("서북 방향으로 바람이 불었다.", "서북"),
        ("동남아 여행을 다녀왔어요.", "동남"),
        ("수정 테이프 좀 빌려줘.", "수정"),
    ],
)
def test_a_district_short_name_that_is_a_word_is_not_a_place(
    engine: Redactor, text: str, word: str
) -> None:
    spans = _spans(engine, text)
    assert spans.get(word, ("", False))[0] != "PLACE"


# --- 3. a Chinese city's Hanzi alone among Hangul -----------------------------------------


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("언니는 중국말로 包头 근처라고만 했어요.", "包头"),
        ("막내는 赤峰 어디 시골로 팔려 갔다.", "赤峰"),
        ("그 남자 고향이 大同 쪽이래요.", "大同"),
        ("엄마는 邯郸, 동생은 모름.", "邯郸"),
    ],
)
def test_a_frequent_word_city_in_hanzi_among_hangul_is_an_uncertain_place(
    engine: Redactor, text: str, city: str
) -> None:
    assert _spans(engine, text)[city] == ("PLACE", True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("我们后来去了 赤峰 看亲戚。", "赤峰"),
        ("他说大同小异，没什么。", "大同"),
        ("包头发了，没钱。", "包头"),
        ("그는 大同小异라고 했다.", "大同"),
    ],
)
def test_the_same_spelling_inside_chinese_text_is_not_made_a_place(
    engine: Redactor, text: str, word: str
) -> None:
    assert word not in _spans(engine, text)


# --- 2. industrial complexes and a 동 named by its stem before a shop ------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("남편은 부천 구로산업단지 쪽 공장에 다녀요.", "구로산업단지"),
        ("저는 지금 남동산단에서 야간 일을 해요.", "남동산단"),
        ("동생이 인천 남동공단에서 용접을 배웠어요.", "남동공단"),
    ],
)
def test_an_industrial_complex_named_after_a_place_is_a_place(
    engine: Redactor, text: str, place: str
) -> None:
    assert _spans(engine, text)[place] == ("PLACE", False)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("친구랑 신림 순대국밥에서 만나기로 했어요.", "신림"),
        ("요즘 목동 동네커피에서 주말 알바해요.", "목동"),
        ("언니는 요즘 신길 피자집에서 일해요.", "신길"),
    ],
)
def test_a_neighbourhood_named_by_its_stem_before_a_shop_is_an_uncertain_place(
    engine: Redactor, text: str, place: str
) -> None:
    assert _spans(engine, text)[place] == ("PLACE", True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("국민연금공단에서 우편이 왔어요.", "국민연금공단"),
        ("국가산단 조성 계획이 신문에 났다.", "국가산단"),
        ("시내 카페에서 만났어요.", "시내"),
        ("우리 동네 편의점에서 일해요.", "동네"),
        ("목동 그림을 보러 갔어요.", "목동"),
    ],
)
def test_a_word_before_a_complex_or_a_shop_is_not_made_a_place(
    engine: Redactor, text: str, word: str
) -> None:
    assert _spans(engine, text).get(word, ("", False))[0] != "PLACE"


# --- 4. a university by its short form before a verb of attending ----------------------------


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("큰딸은 지금 숭실대 다녀요.", "숭실대"),
        ("작년에 동아대에 입학했어요.", "동아대"),
        ("아들이 계명대학교를 졸업했다.", "계명대학교"),
        ("언니는 인하대 휴학 중이에요.", "인하대"),
    ],
)
def test_a_university_short_form_before_attending_is_an_org(
    engine: Redactor, text: str, school: str
) -> None:
    assert _spans(engine, text)[school] == ("ORG", False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("오빠는 군대 다녀왔어요.", "군대"),
        ("20대에 졸업했어요.", "20대"),
        ("동생은 전문대 졸업했어요.", "전문대"),
        ("의대 다니는 친구가 있어요.", "의대"),
        ("무대에 나왔어요.", "무대"),
        ("차 두 대 나왔다.", "대"),
    ],
)
def test_a_word_or_a_kind_of_school_before_attending_is_no_org(
    engine: Redactor, text: str, word: str
) -> None:
    assert _spans(engine, text).get(word, ("", False))[0] != "ORG"


# --- 4b. a café or shop brand where someone works ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "shop"),
    [
        ("주말에는 달빛커피에서 알바해요.", "달빛커피"),
        ("작년까지 해오름치킨에서 같이 일했어요.", "해오름치킨"),
        ("언니는 솔향베이커리서 근무했다.", "솔향베이커리"),
    ],
)
def test_a_shop_brand_where_someone_works_is_an_uncertain_org(
    engine: Redactor, text: str, shop: str
) -> None:
    assert _spans(engine, text)[shop] == ("ORG", True)


@pytest.mark.parametrize(
    "text",
    [
        "동네 편의점에서 알바해요.",
        "학교 카페에서 일했어요.",
        "우리카페에서 일해요.",
        "달빛커피에서 친구를 만났어요.",
    ],
)
def test_a_shop_without_a_brand_or_without_work_is_no_org(engine: Redactor, text: str) -> None:
    assert all(s.label != "ORG" for s in engine.redact(text).spans)


# --- 5. a Chinese street community's group -----------------------------------------------------


def test_a_community_group_after_its_towns_is_one_address(engine: Redactor) -> None:
    text = "주소는 图们市 月宫街道 向阳社区 5组로 돼있었음."
    assert _spans(engine, text)["图们市 月宫街道 向阳社区 5组"] == ("ADDRESS", False)


@pytest.mark.parametrize(
    "text",
    ["그 사람은 社区 일을 5년 했어요.", "社区里有5个组长。", "向阳社区 사람들이 3명 왔어요."],
)
def test_a_community_without_its_group_number_is_no_address(engine: Redactor, text: str) -> None:
    assert all(s.label != "ADDRESS" for s in engine.redact(text).spans)


# --- 3b. a word-like town on a route written with arrows ---------------------------------------


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("경로: 통화→심양→베이징, 2009년 입국", "통화"),
        ("언니는 연길 → 안도 → 통화 순서로 옮겨 다녔다.", "통화"),
    ],
)
def test_a_word_like_town_beside_another_on_an_arrow_route_is_a_place(
    engine: Redactor, text: str, town: str
) -> None:
    assert _spans(engine, text)[town][0] == "PLACE"


@pytest.mark.parametrize("text", ["전화 통화→문자로 바꿨다.", "통화 -> 문자 순서로 연락함."])
def test_a_word_beside_an_arrow_to_no_place_is_no_place(engine: Redactor, text: str) -> None:
    assert "통화" not in _spans(engine, text)
