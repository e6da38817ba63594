"""Chinese person names in running Chinese text, and the language decided per sentence."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.model import Span


def people(engine: Redactor, text: str, lang: str = "auto") -> list[tuple[str, bool]]:
    spans = engine.redact(text, lang=lang).spans
    return [(text[s.start : s.end], s.uncertain) for s in spans if s.label == "PERSON"]


def test_a_name_after_a_cue_in_chinese_is_certain(engine: Redactor) -> None:
    result = engine.redact("我在延吉见到了王建国。")
    assert result.text == "我在[PLACE-1, 吉林省]见到了[PERSON-1]。"
    assert [s.uncertain for s in result.spans if s.label == "PERSON"] == [False]


@pytest.mark.parametrize("lang", ["auto", "zh"])
def test_a_chinese_name_in_a_short_mixed_note_is_redacted(engine: Redactor, lang: str) -> None:
    result = engine.redact("王建国 took me to 和龙.", lang=lang)
    assert result.text == "[PERSON-1] took me to [PLACE-1, 吉林省]."
    assert result.uncertain and result.uncertain[0].label == "PERSON"


@pytest.mark.parametrize(
    "text",
    [
        "I saw 王建国 there.",
        "和金善玉一起走的 — her Korean name is 김선옥.",
        "Note: 买主 鲁长福, 60岁, 腿不好.",
    ],
)
@pytest.mark.parametrize("lang", ["auto", "zh"])
def test_hanzi_names_in_mixed_notes_never_survive(engine: Redactor, text: str, lang: str) -> None:
    out = engine.redact(text, lang=lang).text
    for name in ("王建国", "金善玉", "김선옥", "鲁长福"):
        assert name not in out


def test_latin_and_hangul_detectors_run_in_chinese_majority_text(engine: Redactor) -> None:
    out = engine.redact("王建国走了，Zorvexa 也走了。김철수가 왔다。", lang="zh").text
    assert "Zorvexa" not in out and "김철수" not in out and "王建国" not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("我叫朴顺玉，一九八六年生。", "朴顺玉"),
        ("和我一起被抓的女人名叫池英淑。", "池英淑"),
        ("帮助我们的人是欧阳建华。", "欧阳建华"),
        ("我跟宋春生去了市场。", "宋春生"),
        ("他说会和姜大勇一起来。", "姜大勇"),
        ("我把钱给了孙德福。", "孙德福"),
        ("我被周海军卖了两次。", "周海军"),
        ("中介把我卖给了高立春。", "高立春"),
        ("后来我嫁给了马振江，他比我大二十岁。", "马振江"),
        ("我的丈夫郭长海喝了酒就打我。", "郭长海"),
        ("她说她在中国用的名字是李燕。", "李燕"),
    ],
)
def test_cues_and_roles_make_a_chinese_name_certain(engine: Redactor, text: str, name: str) -> None:
    assert (name, False) in people(engine, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("第二年春天吴桂兰帮我找了一份工作。", "吴桂兰"),
        ("廖志刚说公安来了。", "廖志刚"),
        ("抓我们的时候，彭丽娟、陶金凤和我都在屋里。", "彭丽娟"),
        ("买我的人姚青山四十多岁。", "姚青山"),
    ],
)
def test_a_surname_and_given_name_without_a_cue_is_redacted_for_review(
    engine: Redactor, text: str, name: str
) -> None:
    found = dict(people(engine, text))
    assert name in found, found
    assert name not in engine.redact(text).text


def test_a_name_is_never_claimed_longer_than_surname_and_two_characters(
    engine: Redactor,
) -> None:
    text = "王建国家里有很多人。李明打电话给我。欧阳建华说好的。"
    rules = {"zh_cued_name", "zh_surname_given", "zh_surname_place"}
    spans: list[Span] = [s for s in engine.redact(text).spans if s.rule in rules]
    assert spans and all(2 <= s.end - s.start <= 4 for s in spans)


def test_a_role_before_a_chinese_name_stays_in_the_text(engine: Redactor) -> None:
    assert engine.redact("人贩子王建国把我卖了。").text == "人贩子[PERSON-1]把我卖了。"


def test_a_one_syllable_title_inside_a_full_name_is_not_cut_off(engine: Redactor) -> None:
    assert "妹" not in engine.redact("李春妹来了。").text  # 妹 is a title and a given name


def test_surnamed_cue_redacts_the_surname_itself(engine: Redactor) -> None:
    assert engine.redact("饭店的老板娘姓邢，对我们还可以。").text == (
        "饭店的老板娘姓[PERSON-1]，对我们还可以。"
    )


def test_a_given_name_that_is_also_a_place_is_part_of_the_name(engine: Redactor) -> None:
    result = engine.redact("人贩子郭长海把我们带走了。我在长海住过。")
    assert result.text == "人贩子[PERSON-1]把我们带走了。我在[PLACE-1, 辽宁省]住过。"


@pytest.mark.parametrize(
    "text",
    [
        "我很高兴。",
        "张开眼睛就看见了警察。",
        "我穿着一件黄色的衣服。",
        "白天他去了市场。",
        "他们只看重金钱。",
        "马上走。",
        "周末市场上人很多。",
        "她说王国的国字和中国的国字一样。",
        "那年夏天雨很大，许多人都没有饭吃。我们于是决定过江。",
        "我曾经想过死。腿不好，常常生病。高中毕业以后就没有工作。",
        "他们说话很快，我一开始什么都听不懂，慢慢地才学会了。",
        "万一被抓住了，就会被送回去，所以大家都很小心。",
    ],
)
def test_ordinary_words_starting_with_a_surname_are_not_names(engine: Redactor, text: str) -> None:
    assert people(engine, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("住在石门子村。", "石门子村"),
        ("人贩子把我们带到了青沟镇。", "青沟镇"),
        ("在五道岭村的时候。", "五道岭村"),
        ("他说会送我去沙河子镇。", "沙河子镇"),
    ],
)
def test_a_chinese_place_name_before_a_suffix_is_redacted_whole(
    engine: Redactor, text: str, place: str
) -> None:
    result = engine.redact(text)
    assert place not in result.text
    assert any(text[s.start : s.end] == place and s.label == "PLACE" for s in result.spans)


@pytest.mark.parametrize("text", ["周末市场上人很多。", "车停在路边。", "我不敢走路。"])
def test_street_and_market_words_are_not_places(engine: Redactor, text: str) -> None:
    assert engine.redact(text).text == text


def test_gazetteer_places_keep_their_province(engine: Redactor) -> None:
    assert engine.redact("从图们到和龙，再到延吉。").text == (
        "从[PLACE-1, 吉林省]到[PLACE-2, 吉林省]，再到[PLACE-3, 吉林省]。"
    )
