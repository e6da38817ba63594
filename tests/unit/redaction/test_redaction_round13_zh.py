"""Round 13 of issue 11, lane EN-ZH: Chinese and mixed-script passages.  Every sentence here
is invented for these tests (no blind passage's text or names), with the sentences where
each rule must not fire."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.round13_zh import inside_place_noun, self_word_cue


def _spans(engine: Redactor, text: str) -> dict[str, tuple[str, bool]]:
    """Each span's text -> (label, uncertain)."""
    return {text[s.start : s.end]: (s.label, s.uncertain) for s in engine.redact(text).spans}


@pytest.mark.parametrize(
    "text",
    ["据本人供述，他三年前离开了家。", "本人申请延期一个月。", "经本人同意，材料已经寄出。"],
)
def test_a_word_after_a_self_word_is_no_name(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.label == "PERSON"]


def test_a_role_ending_in_ren_is_still_a_cue(engine: Redactor) -> None:
    assert _spans(engine, "证人高兴说他没看见。").get("高兴", ("", False))[0] == "PERSON"


def test_self_word_cue_reads_the_word_the_cue_closes() -> None:
    assert self_word_cue("据本人陈述", 2, 3)
    assert not self_word_cue("证人陈述", 1, 2)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("厂里的人都叫她小芳。", "小芳"),
        ("邻居叫他老孙，没人知道他的全名。", "老孙"),
    ],
)
def test_a_nickname_after_call_her_or_him_is_a_person(
    engine: Redactor, text: str, name: str
) -> None:
    assert _spans(engine, text).get(name) == ("PERSON", False)


@pytest.mark.parametrize("text", ["妈妈叫他小心一点。", "老师叫她去办公室。"])
def test_call_her_before_an_ordinary_word_is_no_name(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.label == "PERSON"]


@pytest.mark.parametrize("text", ["村里的井干了。", "县里来了两个干部。", "镇里没有医院。"])
def test_a_unit_noun_and_li_is_inside_not_a_place(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.label == "PLACE"]


def test_inside_place_noun() -> None:
    assert inside_place_noun("屯里") and not inside_place_noun("万里")


@pytest.mark.parametrize(
    ("text", "place"),
    [("她在海淀区五道口的一家饭店洗碗。", "五道口"), ("我们住在道里区新阳附近。", "新阳")],
)
def test_a_neighbourhood_after_its_district_is_a_place(
    engine: Redactor, text: str, place: str
) -> None:
    spans = engine.redact(text).spans
    assert any(place in text[s.start : s.end] and s.label == "PLACE" for s in spans)


def test_an_ordinary_word_after_a_district_is_no_place(engine: Redactor) -> None:
    text = "她在道里区政府的门口等了一天。"
    assert "政府" not in [text[s.start : s.end] for s in engine.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("My aunt sang at the 白头山 KTV in the old town.", "白头山"),
        ("She cleaned rooms at the 延边 Hotel near the station.", "延边"),
        ("We slept one night at the Baitoushan Hotel.", "Baitoushan Hotel"),
    ],
)
def test_a_business_name_before_a_latin_kind_is_an_org(
    engine: Redactor, text: str, org: str
) -> None:
    assert _spans(engine, text).get(org, ("", False))[0] == "ORG"


def test_the_other_spellings_of_a_business_name_follow_it(engine: Redactor) -> None:
    text = "She sang at the 白头山 KTV (Baitoushan, or 백두산 as the girls said)."
    spans = _spans(engine, text)
    assert spans.get("Baitoushan", ("", False))[0] == "ORG"
    assert spans.get("백두산", ("", False))[0] == "ORG"


@pytest.mark.parametrize("text", ["I stayed in a cheap hotel by the bar.", "The Grand Hotel."])
def test_an_english_word_before_a_kind_is_no_business_rule(engine: Redactor, text: str) -> None:
    assert not [s for s in engine.redact(text).spans if s.rule == "place_word_before_kind"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("那天刘某带我们上了车。", "刘某"),
        ("司机张某某开车走了。", "张某某"),
        ("村民王某林来了。", "王某林"),
    ],
)
def test_an_anonymised_name_ends_at_mou(engine: Redactor, text: str, name: str) -> None:
    assert name in _spans(engine, text)
