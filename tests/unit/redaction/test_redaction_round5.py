"""Round 5 of issue 11: the classes of blind set C (now development material), one rule per
test, on sentences written for these tests (invented names, none copied from the sets)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor, korean, resources, spoken_ko


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor.default()


def _out(engine: Redactor, text: str) -> str:
    return engine.redact(text).text


# --- 1. Spoken and northern Korean: endings, words run together, counts --------------------


@pytest.mark.parametrize(
    "text",
    [
        # northern and spoken verb endings (음메, 슴다, 구 for 고, 재요)
        "그 사람이 나를 많이 때렸음메.",
        "밤마다 무서웠음메.",
        "동생이 빨리 가라구 했어요.",
        "선생님이 한번 해보라구.",
        "돈을 더 달라구 했슴다.",
        "왜 왔냐구 자꾸 물었어요.",
        "같이 가자구 했는데 못 갔어요.",
        "아침마다 시장에 나가구 저녁에 왔어요.",
        "그 사람은 벌써 잡혀왔다구.",
        "언니는 애가 있어서 못간다구..",
        # the copula written 이였 (northern), after an ordinary noun
        "그때가 겨울이였슴다.",
        # numbers run into their counters
        "한달에 육백원 받았어요.",
        "석달 동안 한푼도 못 받았어요.",
        "돼지 열두마리를 키웠어요.",
        "아침 다섯시에 일어나서 아홉시까지 일했어요.",
        "새벽 세시쯤이였고 배 한척에 탔어요.",
        "몇해전에 이사 갔대요.",
        "그때 아이가 일곱살이였는데요.",
        # a verb and a bound noun typed as one word
        "조사받을때 제일 무서웠어요.",
        "집에 전화할때는 조심했어요.",
        "가스렌지 켤줄도 몰랐어요.",
        "그렇게 할수가 있나요.",
        "사진 보내는것 밖에 못해요.",
        "불법체류인거 알고 돈을 안 줬어요.",
        "거기 사는동안 밭일을 했어요.",
        "내가 도망갈까봐 문을 잠갔어요.",
        # a verb, an adjective or whose family before a place noun
        "평화로운 마을이었어요.",
        "남편네 마을은 작았어요.",
        "겨울이면 생선을 말렸어요.",
    ],
)
def test_spoken_korean_is_not_flagged(engine: Redactor, text: str) -> None:
    assert _out(engine, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name before the northern copula keeps its whole span
        ("그 브로커가 최동혁이였슴다.", "그 브로커가 [인물-1]이였슴다."),
        # a village before the northern copula 임메 is still a place
        ("고향은 경성군 하온리임메.", "고향은 [장소-1, 북한 동북부] [장소-2]임메."),
        # two syllables both common in given names are not read as a count (세원)
        ("동생 세원이가 왔어요.", "동생 [인물-1]가 왔어요."),
        # a given name ending in 수 is not a verb and a bound noun (철수: 철 is no verb)
        ("남편 철수는 술만 마셨어요.", "남편 [인물-1]는 술만 마셨어요."),
    ],
)
def test_spoken_rules_keep_names_and_places(engine: Redactor, text: str, expected: str) -> None:
    assert _out(engine, text) == expected


def test_spoken_shapes_by_grammar() -> None:
    assert spoken_ko.spoken_verb("물었음메") and spoken_ko.spoken_verb("잡혀왔다구")
    assert not spoken_ko.spoken_verb("철수였다고")  # the copula after a name
    assert not spoken_ko.spoken_verb("영이었다")
    assert spoken_ko.quoted_order("내려달라구") and not spoken_ko.quoted_order("미소라고")
    assert spoken_ko.number_phrase("만이천원") and spoken_ko.number_phrase("삼월")
    assert not spoken_ko.number_phrase("순옥")
    res = resources.build()
    assert korean.counted_or_bound("얼어죽는줄", res)
    assert not korean.counted_or_bound("진수", res)
    assert not korean.counted_or_bound("박철수", res)
