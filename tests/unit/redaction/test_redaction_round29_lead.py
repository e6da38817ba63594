"""Round 29, the lead's fixes beside the lanes' (invented sentences).

웨이신 is the Korean reading of 微信 (WeChat), the app these women are reached through, and of
威信县, a county in Yunnan: as a bare word it is the app (kept like 위챗, WeChat and 微信);
with its county suffix it is still a place.
"""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor.default()


@pytest.mark.parametrize(
    "text",
    [
        "웨이신으로 연락했어요.",
        "그 사람 웨이신 아이디만 받았어요.",
        "언니랑은 웨이신에서 만났어요.",
    ],
)
def test_weixin_the_app_in_hangul_is_kept(engine: Redactor, text: str) -> None:
    assert engine.redact(text).spans == ()


def test_weixin_county_with_its_suffix_is_still_a_place(engine: Redactor) -> None:
    result = engine.redact("윈난성 웨이신현에서 왔대요.")
    assert [(s.label, s.start, s.end) for s in result.spans] == [("PLACE", 4, 8)]


@pytest.mark.parametrize(
    "text",
    [
        "그 사람을 쫓아갔으나 공장에는 없었어요.",  # the concessive 으나
        "겨우 도망나와서 식당에 숨었어요.",  # -아서 of sequence
        "밤새 숨어서 공장 뒤에 있었어요.",
        "맛있는 식당에 한 번 가봤어요.",  # a syllable closed by ㅆ: a verb's
    ],
)
def test_a_verb_form_spaced_before_a_kind_noun_is_no_business(engine: Redactor, text: str) -> None:
    assert [s.label for s in engine.redact(text).spans] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("은하수 노래방에서 만났어요.", "은하수"), ("샛별 식당에서 일했어요.", "샛별")],
)
def test_a_name_spaced_before_a_kind_noun_is_still_a_business(
    engine: Redactor, text: str, name: str
) -> None:
    spans = engine.redact(text).spans
    assert [(s.label, text[s.start : s.end]) for s in spans] == [("ORG", name)]


def test_a_place_typed_glued_to_a_verb_keeps_its_uncertain_span() -> None:
    """도문있을때 (도문 + 있을 때, typed in haste): the learned flagger's uncertain place holds
    a verb's ㅆ, but its head is a gazetteer place: the verb-form rule leaves it (round 29)."""
    from fieldkit.redaction.word_classes_ko import _name_glued_to_verb

    res = Redactor.default().res
    assert _name_glued_to_verb("도문있을때", res)
    assert _name_glued_to_verb("순희왔어요", res)
    assert not _name_glued_to_verb("따라갔으나", res)
    assert not _name_glued_to_verb("주십시오", res)


def test_the_flaggers_place_glued_to_a_verb_is_still_redacted(engine: Redactor) -> None:
    text = "도문있을때 일이에요."
    assert [(s.label, s.start) for s in engine.redact(text).spans] == [("PLACE", 0)]
