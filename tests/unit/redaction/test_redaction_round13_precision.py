"""Round 13 of issue 11, lane KO-PRECISION: Korean words no name can be (document words of
an interview, pronouns, identifier labels, church titles, verb forms in a title's slot,
ordinary nouns taken for places).  Every sentence here is invented for these tests (no blind
passage's text or names)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, str]:
    """Each redacted surface and its label."""
    return {text[s.start : s.end]: s.label for s in engine.redact(text).spans}


# --- 1. document words of an interview -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("구술자 방옥란 (71년생) / 고향 회령", "구술자", "방옥란"),
        (
            "면담자: 그때 몇 살이었어요?\n구술자: 열아홉이요, 윤봄이랑 같이 갔어요.",
            "구술자",
            "윤봄",
        ),
        ("진술자 본인 기억에 의함. 통역자 제공 메모.", "진술자", ""),
        ("녹취록 사본은 조사원에게 전달함. 부친 사망(03), 모친 생존.", "녹취록", ""),
        ("[구술자 한숨] 그 얘기는 좀… 남동생 북송(09)", "구술자", ""),
    ],
)
def test_document_words_are_never_names(engine: Redactor, text: str, word: str, name: str) -> None:
    spans = _spans(engine, text)
    assert word not in spans
    for status in ("사망", "생존", "북송", "한숨", "조사원", "통역자"):
        assert status not in spans
    if name:
        assert spans.get(name) == "PERSON"


# --- 2. pronouns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("아들 이름은 제가 다온이라고 붙였어요.", "다온"),
        ("그 애 이름은 내가 별님이라고 지어 줬지.", "별님"),
    ],
)
def test_a_pronoun_in_a_naming_slot_is_not_the_name(engine: Redactor, text: str, name: str) -> None:
    spans = _spans(engine, text)
    assert "제가" not in spans and "내가" not in spans
    assert spans.get(name) == "PERSON"


def test_the_possessive_before_kin_is_not_a_surname(engine: Redactor) -> None:
    assert "제" not in _spans(engine, "그 집 막내가 제 엄마를 제일 좋아했어요.")


def test_a_surname_before_a_title_is_still_a_surname(engine: Redactor) -> None:
    assert "제 선생" in "".join(_spans(engine, "거기서 제 선생님을 만났어요."))


# --- 3. verb forms in a title's slot ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("장사하러 온 아저씨들이 밥을 사 줬어요.", "온"),
        ("먼저 떠난 언니가 편지를 보냈어요.", "떠난"),
        ("먼저 일한 언니가 편지를 보냈어요.", "일한"),
        ("그 남자 통해서 언니한테 소식 전했어요.", "통해서"),
    ],
)
def test_a_verb_before_a_title_is_no_name(engine: Redactor, text: str, verb: str) -> None:
    assert verb not in _spans(engine, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("온 아저씨가 문을 열어 줬어요.", "온"), ("김선한 언니가 데리러 왔어요.", "김선한")],
)
def test_a_name_before_a_title_stays(engine: Redactor, text: str, name: str) -> None:
    assert name in "".join(_spans(engine, text))


def test_a_thought_quoted_before_thinking_is_no_naming(engine: Redactor) -> None:
    assert "행운" not in _spans(engine, "그 사람을 만난 게 내 행운이라고 생각했어요.")


# --- 4. the label of an identifier ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("선교사님 메일 알려 줬어요, 주소가 grace.lee22@daum.net 이었어요.", "주소가", "EMAIL"),
        ("그 사람 위챗은 wxid_a8b7c6d5 이거였는데 지금은 없어졌어요.", "위챗은", "ONLINE_ID"),
        ("모임 카페도 있는데 주소가 cafe.daum.net/haneul77 이래요.", "주소가", "URL"),
    ],
)
def test_the_word_before_an_identifier_is_its_label(
    engine: Redactor, text: str, label: str, value: str
) -> None:
    spans = _spans(engine, text)
    assert label not in spans
    assert "이거였는데" not in spans
    assert value in spans.values()


def test_a_hangul_name_inside_english_still_counts(engine: Redactor) -> None:
    assert _spans(engine, "I met 수정 at church.").get("수정") == "PERSON"


# --- 5. church titles and epithets ---------------------------------------------------------


def test_a_church_title_after_a_name_is_the_title(engine: Redactor) -> None:
    text = "그 교회에 은혜 자매가 있었어요. 은혜 자매는 미국에서 왔어요. 다윗 형제도 도왔어요."
    spans = _spans(engine, text)
    assert "자매" not in spans and "형제" not in spans
    assert spans.get("은혜") == "PERSON"


def test_a_leaders_epithet_is_no_name(engine: Redactor) -> None:
    assert "장군님" not in _spans(
        engine, "수령님 생일에는 사탕을 줬고 장군님 생일에는 과자를 줬어요."
    )
    assert "수령님" not in _spans(engine, "수령님 생일에는 사탕을 줬어요.")


# --- 6. ordinary nouns taken for places -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun", "place"),
    [
        ("남포구 구청에서 서류를 떼었어요.", "구청", "남포구"),
        ("처음에는 회령 광산 식당에서 일했어요.", "광산", "회령"),
        ("하나원 원주 분원에서 석 달 지냈어요.", "분원", "원주"),
    ],
)
def test_an_office_or_facility_after_a_place_is_its_head(
    engine: Redactor, text: str, noun: str, place: str
) -> None:
    spans = _spans(engine, text)
    assert noun not in spans
    assert spans.get(place) == "PLACE"


def test_a_subdivision_after_a_place_stays_a_place(engine: Redactor) -> None:
    spans = _spans(engine, "훈춘 경신에서 살다가 연길로 갔어요.")
    assert spans.get("경신") == "PLACE"


def test_a_noun_after_a_determiner_is_no_place(engine: Redactor) -> None:
    assert "다리" not in _spans(engine, "밤에 그 다리로 건너갔어요.")


@pytest.mark.parametrize("text", ["그 집에서는 밥을 배불리 먹었어요.", "고향이 멀리 보였어요."])
def test_an_adverb_in_ri_is_no_place(engine: Redactor, text: str) -> None:
    assert "PLACE" not in _spans(engine, text).values()


def test_a_conjugated_verb_is_no_name_candidate(engine: Redactor) -> None:
    assert "가서" not in _spans(engine, "한국 가서는 언니를 다시 만났어요.")


def test_a_given_name_that_is_a_linguists_term_stays(engine: Redactor) -> None:
    assert "화자" in "".join(_spans(engine, "화자 언니가 밥을 해 줬어요."))
