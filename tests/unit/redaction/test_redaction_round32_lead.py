"""Round 32 (lead): general rules prompted by the development sets' misses and false
positives.  Every sentence here is invented for the test, Korean first."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor


@pytest.fixture(scope="module")
def engine() -> Redactor:
    return Redactor.default()


def _people(engine: Redactor, text: str) -> list[tuple[str, bool]]:
    return [
        (text[s.start : s.end], s.uncertain)
        for s in engine.redact(text).spans
        if s.label == "PERSON"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("토끼가 먼저 팔려갔어요.", "[인물-1]가 먼저 팔려갔어요."),
        ("우리 중에 까치가 제일 먼저 팔렸어요.", "우리 중에 [인물-1]가 제일 먼저 팔렸어요."),
        ("명화는 연길로 팔려갔어요.", "[인물-1]는 [장소-1, 길림성]로 팔려갔어요."),
        ("제비는 그 해 겨울에 북송됐어요.", "[인물-1]는 그 해 겨울에 북송됐어요."),
    ],
)
def test_who_was_sold_caught_or_sent_back_is_a_person(
    engine: Redactor, text: str, expected: str
) -> None:
    """The subject of 팔려가다, 팔리다, 잡혀가다, 북송되다 is a woman, whatever word names her:
    a nickname that is an ordinary word (토끼, 까치, 제비) is redacted and listed for review."""
    assert engine.redact(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "장마당에 다니다가 잡혔어요.",
        "돌아가는 길에 잡혔어요.",
        "농사짓는 집에 팔려갔어요.",
        "말로는 산동 쪽으루 팔려갔대요.",
        "함경북도 여자들은 흑룡강성까지 팔려갔어요.",
        "산에 올라가야 신호가 잡혀서 산에서만 켜요.",
        "난 시내가 아니고 시골에서 잡혔잖아요.",
        "누가 먼저 잡혀갔는지 몰라요.",
    ],
)
def test_no_subject_of_fate_in_a_verb_a_plural_or_a_signal(engine: Redactor, text: str) -> None:
    """What stands before 가 or 는 ahead of those verbs without being a woman's name: a
    verb (다니다가, 돌아가는, 농사짓는), a word with its case particle (말로는), a plural
    (여자들은), a signal that is caught (잡혀서, not 잡혀가다), a word across 아니, a pronoun."""
    assert _people(engine, text) == []


@pytest.mark.parametrize(
    ("text", "leftover"),
    [
        ("동북아무역, 중국말로는 东北亚贸易公司. 거기서 일했어요.", "东"),
        ("我在东北亚贸易公司工作过。", "东"),
        ("他在大韩物流有限公司上班。", "大"),
    ],
)
def test_a_chinese_company_name_is_read_past_its_industry_word(
    engine: Redactor, text: str, leftover: str
) -> None:
    """东北亚贸易公司: the industry word (贸易) and 有限 belong to the company's kind, so the
    name's four characters are counted before them; the look-back had stopped at 北 and left
    东 in the export."""
    redacted = engine.redact(text)
    assert leftover not in redacted.text
    assert any(s.label == "ORG" for s in redacted.spans)
