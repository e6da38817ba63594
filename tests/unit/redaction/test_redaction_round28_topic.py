"""Round 28: the rule for a topic introduced by a relative clause and a person noun
(``introductions._topic_introduced``: 보배는 식당에서 일하던 아줌마였어요) built its person
nouns by splitting a regex on ``|``, so only the nouns that stood whole between two bars
(아줌마 did not, nor 목사님, 남편) were read; every role and kinship noun is read now.
Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.cuewords import cue_words
from fieldkit.redaction.introductions import _rx


def _spans(engine: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.rule) for s in engine.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("보배는 식당에서 일하던 아줌마였어요.", "보배"),
        ("하늘은 교회에서 만난 목사님이에요.", "하늘"),
        ("나비는 연길에서 만난 남편이에요.", "나비"),
        ("이슬은 같이 일하던 동료였어요.", "이슬"),
    ],
)
def test_a_topic_introduced_by_any_person_noun_is_a_name(
    rules: Redactor, text: str, name: str
) -> None:
    assert (name, "topic_introduced_ordinary") in _spans(rules, text)


@pytest.mark.parametrize(
    "text",
    [
        "그 사람은 거기서 만난 남편이에요.",
        "우리 엄마는 시장에서 장사하던 아줌마였어요.",
        "남편은 술만 마시는 남자였어요.",
        "시어머니는 무서운 시어머니였어요.",
        "저는 공장에서 일하던 여자였어요.",
    ],
)
def test_a_pronoun_or_a_person_noun_as_topic_is_no_name(rules: Redactor, text: str) -> None:
    assert _spans(rules, text) == []


def test_every_role_noun_ends_the_pattern() -> None:
    """Each role noun of ``cues.tsv`` followed by a copula matches, whole."""
    pattern = _rx()["topic_introduced"]
    for noun in cue_words().get("role", "ko"):
        found = pattern.search(f"만난 {noun}이에요.")
        assert found is not None and found.group().startswith(noun), noun
