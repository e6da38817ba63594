"""Round 11, lane ALIAS: one person or place, many written forms (docs/redaction.md,
"Round 11").  Invented sentences, with the ones where a rule must not fire."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


def _spans(engine: Redactor, text: str) -> dict[str, str]:
    result = engine.redact(text)
    return {text[s.start : s.end]: s.label for s in result.spans}


def _same_entity(engine: Redactor, text: str, first: str, second: str) -> bool:
    result = engine.redact(text)
    found = {text[s.start : s.end]: s.entity for s in result.spans}
    return found[first] == found[second]


# -- 1. a Hanzi name's other readings ---------------------------------------------------


def test_given_name_reading_elsewhere_is_the_same_person(engine: Redactor) -> None:
    text = "남편 이름이 李文学인데 문학한테 맞았어요."
    spans = _spans(engine, text)
    assert spans.get("문학") == "PERSON"
    assert _same_entity(engine, text, "李文学", "문학")


def test_given_name_reading_that_is_a_word_needs_a_particle(engine: Redactor) -> None:
    text = "브로커 이름이 高文学이라 했는데 문학한테 넘겨졌어요. 문학작품은 읽은 적이 없어요."
    result = engine.redact(text)
    assert "[인물-1]한테 넘겨졌어요" in result.text
    assert "문학작품은" in result.text


def test_given_name_reading_that_is_a_word_with_copula(engine: Redactor) -> None:
    text = "남편은 包金水, 금수였시요. 금수가 나를 때렸어요."
    result = engine.redact(text)
    assert "금수" not in result.text


def test_reading_that_is_a_word_without_particle_is_left(engine: Redactor) -> None:
    # 立国 read in Korean is 입국 ("entry"): no particle after it, no name there
    text = "생부 陈立国는 청도에 살아요. 2014년 방콕발 입국."
    result = engine.redact(text)
    assert "입국." in result.text


def test_given_name_alone_read_beside_it_after_kinship(engine: Redactor) -> None:
    text = "제일 보고 싶은 건 딸 喜乐이, 시러가 보고 싶어요."
    spans = _spans(engine, text)
    assert spans.get("喜乐") == "PERSON"
    assert spans.get("시러") == "PERSON"


def test_hanzi_beside_a_non_reading_is_left(engine: Redactor) -> None:
    text = "막내 平安이, 고생이 많았어요."
    assert "고생" not in _spans(engine, text)


# -- 2. apposed aliases --------------------------------------------------------------------


def test_comma_alias_also_called(engine: Redactor) -> None:
    text = "웨이하이, 위해라고도 하죠, 거기 공장에서 일했어요."
    spans = _spans(engine, text)
    assert spans.get("웨이하이") == "PLACE"
    assert spans.get("위해") == "PLACE"


def test_comma_alias_reverse_mal_ieyo(engine: Redactor) -> None:
    text = "집안, 지안 말이에요, 강 바로 옆 거기서 살았어요."
    spans = _spans(engine, text)
    assert spans.get("집안") == "PLACE"


def test_our_word_alias_takes_the_place_before(rules: Redactor) -> None:
    text = "安图, 처음엔 어딘지 몰랐는데 우리 말로 안도더라구요."
    spans = _spans(rules, text)
    assert spans.get("안도") == "PLACE"


def test_our_word_without_a_name_before_is_left(engine: Redactor) -> None:
    text = "그 음식은 우리 말로 만두더라구요."
    assert "만두" not in _spans(engine, text)


def test_real_name_is_a_person(engine: Redactor) -> None:
    text = "다들 가명을 썼어요. 본명은 수련이, 함흥 사람이었어요."
    assert _spans(engine, text).get("수련") == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "그 사람 본명은 몰라요.",
        "거기선 본이름 안쓰고 다 가명 썼어요.",
        "꽃분이(본명모름)가 같이 있었어요.",
    ],
)
def test_real_name_cue_before_a_verb_is_no_name(engine: Redactor, text: str) -> None:
    spans = _spans(engine, text)
    assert not any(word in spans for word in ("몰라", "몰라요", "안쓰고", "모름", "본명모름"))


def test_bracket_after_a_place_gives_its_other_spelling(engine: Redactor) -> None:
    text = "웨이하이(위해)에서 2년 살았어요."
    assert _spans(engine, text).get("위해") == "PLACE"


@pytest.mark.parametrize("note", ["사망", "조선족", "한족", "정신지체"])
def test_bracket_note_after_a_person_is_no_alias(engine: Redactor, note: str) -> None:
    text = f"시동생 孙立民({note}), 시모 马秀英 생존."
    assert note not in _spans(engine, text)


# -- 3. false starts ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("그 할아버지 이름이 김... 김덕수, 그래 김덕수.", "김"),
        ("여자는 뭐라더라... 순… 순덕이, 그래 순덕이.", "순"),
        ("브로커는 최, 최광남이라는 사람이었어요.", "최"),
    ],
)
def test_false_start_is_part_of_the_name(engine: Redactor, text: str, piece: str) -> None:
    result = engine.redact(text)
    spans = [(text[s.start : s.end], s.label) for s in result.spans]
    assert (piece, "PERSON") in spans


def test_fragment_that_does_not_begin_the_name_is_left(engine: Redactor) -> None:
    text = "그래서... 김덕수 씨가 왔어요."
    assert "그래서" not in _spans(engine, text)


# -- 4. a surname as a title ---------------------------------------------------------------


def test_hanzi_surname_read_as_a_title(rules: Redactor) -> None:
    text = "马씨라는 남자가, 마씨, 그 사람이 우리를 팔았어요."
    result = rules.redact(text)
    assert "마씨" not in result.text
    found = _spans(rules, text)
    # round 41: 마씨 glued is a word-surname and 씨, redacted whole as 박씨 is
    assert "PERSON" in (found.get("마"), found.get("마씨"))


def test_surname_statement_after_a_cued_surname(engine: Redactor) -> None:
    text = "경비대 우 상사가, 우가 성인데 무서운 사람이었어요."
    result = engine.redact(text)
    assert "우가 성인데" not in result.text


def test_surname_statement_before_the_title(engine: Redactor) -> None:
    text = "경비원 한 상사, 성이 한가였어요."
    assert "한가였어요" not in engine.redact(text).text


def test_surname_syllable_without_a_named_person_is_left(engine: Redactor) -> None:
    text = "오늘 마을에 가 보니 오가 는 길이 막혔어요. 우가 있어요."
    assert engine.redact(text).text == text


# -- 5. doubled Chinese given names and kin labels -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("[老公] 家里都好 亮亮发烧了 你快回来", "亮亮"),
        ("[妈] 乐乐上学了 别担心", "乐乐"),
        ("我儿子冬冬今年八岁。", "冬冬"),
    ],
)
def test_doubled_given_name(engine: Redactor, text: str, name: str) -> None:
    assert _spans(engine, text).get(name) == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "他天天哭，常常上学迟到。",
        "人人都说好，家家都有。",
        "刚刚说了，慢慢吃饭。",
        "我儿子天天哭。",
        "妈妈说你快回来。",
    ],
)
def test_doubled_word_is_no_name(engine: Redactor, text: str) -> None:
    assert not any(s.label == "PERSON" for s in engine.redact(text).spans)


def test_inline_label_with_kin_suffix(engine: Redactor) -> None:
    text = "(위챗) [美善姐妹] 到了车站打电话 / [美善姐妹] 别说名字"
    result = engine.redact(text)
    assert "美善" not in result.text


def test_label_that_is_a_kin_word_alone_is_left(engine: Redactor) -> None:
    text = "[我哥] 你好"
    assert not any(s.label == "PERSON" for s in engine.redact(text).spans)


def test_name_before_real_name_is_the_same_womans_other_name(engine: Redactor) -> None:
    text = "같이 건넌 봉이, 본이름은 순봉인데, 그 애가 먼저 잡혔어요."
    assert _spans(engine, text).get("봉이") == "PERSON"


@pytest.mark.parametrize(
    "text",
    ["그런데, 본명은 몰라요.", "조선말로 리미화라고 하고, 본명은 김복순이에요."],
)
def test_word_before_real_name_is_no_alias(engine: Redactor, text: str) -> None:
    spans = _spans(engine, text)
    assert "그런데" not in spans and "하고" not in spans
