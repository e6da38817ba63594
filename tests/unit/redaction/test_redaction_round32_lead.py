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
