"""Round 11 of issue 11, lane ORGADDR: companies named with a glued industry word,
restaurants named after a town, whole lot-number and Chinese addresses, places glued to a
facility noun.  Every sentence here is invented for these tests (no blind passage's text or
names); each rule has sentences where it must not fire."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


def _labels(engine: Redactor, text: str) -> set[str]:
    return {s.label for s in engine.redact(text).spans}


# --- 1. <name><industry> companies -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "company", "uncertain"),
    [
        ("그 뒤로 인천 청해물류 창고에서 밤일을 했어요.", "청해물류", False),
        ("상담 기록: 직장 한솔정밀(안산 단원) 생산직.", "한솔정밀", True),
        ("열일곱에 회령방직공장에 배치됐슴다.", "회령방직", False),
        ("남편은 동진무역 사장 밑에서 운전을 했다.", "동진무역", False),
        ("요즘은 삼화기계에 다녀요.", "삼화기계", False),
        ("언니는 보광전자에서 일했다고 했어요.", "보광전자", False),
    ],
)
def test_a_name_glued_to_an_industry_word_is_a_company_whole(
    engine: Redactor, text: str, company: str, uncertain: bool
) -> None:
    spans = _spans(engine, text)
    assert spans[company] == ("ORG", uncertain)


@pytest.mark.parametrize(
    "text",
    [
        "시장에서 전자 제품을 팔았어요.",
        "전자레인지에 데워 먹었다.",
        "수산물 가게 앞에서 만났다.",
        "식품 공장에서 일했다.",
        "아버지는 농업기계를 고치는 일을 했다.",
        "자기개발을 해야 한다고 했다.",
        "집에서 가내수공업을 했다.",
        "그때 국토개발 얘기가 많았다.",
        "우리전자에서 샀어요.",
    ],
)
def test_a_bare_industry_word_or_a_compound_is_no_company(engine: Redactor, text: str) -> None:
    assert "ORG" not in _labels(engine, text)


# --- 2. restaurants named after a town: 관, 옥, 각 -------------------------------------------


def test_a_town_glued_to_ok_or_gak_is_a_restaurant(engine: Redactor) -> None:
    assert _spans(engine, "그 사장이 하던 청진옥이요? 문 닫았어요.")["청진옥"] == ("ORG", False)
    assert _spans(engine, "함흥각에서 서빙을 했어요.")["함흥각"] == ("ORG", False)


@pytest.mark.parametrize(
    "text",
    ["감옥에 석 달 있었다.", "한옥에 살았어요.", "시각이 너무 늦었다.", "지옥 같은 날들이었다."],
)
def test_ok_and_gak_words_are_no_restaurant(engine: Redactor, text: str) -> None:
    assert "ORG" not in _labels(engine, text)


# --- 3. whole addresses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("편지는 광주 북구 운암동 417-9 로 보내 주세요.", "광주 북구 운암동 417-9"),
        ("지금 주소는 안산시 고잔동 1192 204동 1101호. 전화는", "안산시 고잔동 1192 204동 1101호"),
        ("예전에 상계리 77번지에 살았어요.", "상계리 77번지"),
        ("숙소는 图们市 新华街 17号 3单元 502, 사장 명의.", "图们市 新华街 17号 3单元 502"),
        ("방은 서시장가 5号楼 1单元 301室, 친척 집이었어요.", "서시장가 5号楼 1单元 301室"),
        (
            "They kept her at No. 12, Second Lane, Hongqi Street, Longjing, for a month.",
            "No. 12, Second Lane, Hongqi Street, Longjing",
        ),
    ],
)
def test_an_address_is_covered_whole(engine: Redactor, text: str, address: str) -> None:
    spans = _spans(engine, text)
    assert spans.get(address, ("", False))[0] == "ADDRESS", spans


@pytest.mark.parametrize(
    "text",
    [
        "운동 3-2로 이겼다.",
        "이동 30 분 걸렸다.",
        "언니가 3号楼에 산대요.",
        "정왕동 2-1로 졌다.",
    ],
)
def test_no_address_from_a_score_a_time_or_a_subject(engine: Redactor, text: str) -> None:
    spans = _spans(engine, text)
    assert all(not (label == "ADDRESS" and len(t) > 4) for t, (label, _u) in spans.items()), spans


# --- 4. a place glued to a facility noun ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("신변보호는 남동경찰서 담당 형사가 해요.", "남동"),
        ("신풍가 파출소로 넘겨졌는데 거기서 이틀 있었다.", "신풍가"),
        ("주소는 훈춘시 英安镇 新村.", "英安镇"),
        ("거주지 도문시 上长安镇 3组.", "上长安镇"),
    ],
)
def test_a_place_before_a_facility_is_a_place(engine: Redactor, text: str, place: str) -> None:
    start = text.index(place)
    covering = [
        s for s in engine.redact(text).spans if s.start <= start and start + len(place) <= s.end
    ]
    assert covering and covering[0].label in ("PLACE", "ADDRESS"), covering


@pytest.mark.parametrize(
    "text",
    [
        "경찰서에 끌려갔다.",
        "파출소에 갔다가 풀려났다.",
        "시장에서 옷을 샀다.",
        "중앙시장에서 옷을 샀다.",
        "근처 경찰서에 신고했다.",
        "지방 공항에서 내렸다.",
        "언니가 파출소에 갔다.",
        "친구가 파출소에서 나왔다.",
        "邻居说她是那边过来的，在村里住了五六年了。",
    ],
)
def test_no_place_from_a_bare_facility_or_a_subject(engine: Redactor, text: str) -> None:
    assert "PLACE" not in _labels(engine, text)


# --- 1 in Chinese and English ----------------------------------------------------------------


def test_a_chinese_company_with_its_industry_word(engine: Redactor) -> None:
    assert _spans(engine, "我姐在海明物流上班，天天搬箱子。")["海明物流"] == ("ORG", False)


@pytest.mark.parametrize("text", ["在中国电子工业很发达。", "后来在那里做服装。"])
def test_no_chinese_company_from_a_kept_name_or_a_verb(engine: Redactor, text: str) -> None:
    assert "ORG" not in _labels(engine, text)


def test_an_english_company_with_an_industry_word(engine: Redactor) -> None:
    spans = _spans(engine, "She found a job at Hansol Precision as a line worker.")
    assert spans["Hansol Precision"][0] == "ORG"
    assert "ORG" not in _labels(engine, "Precision matters on that line, they said.")


def test_spoken_seo_ends_a_kind_noun(engine: Redactor) -> None:
    assert _spans(engine, "요즘 광명하나센터서 상담을 받아요.")["광명"][0] in ("ORG", "PLACE")
    assert _spans(engine, "그때는 은하식당서 설거지를 했어요.")["은하"][0] == "ORG"
    assert "ORG" not in _labels(engine, "교회서 처음 만났어요.")
