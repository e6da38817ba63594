"""Round 29 of issue 11, lane K, Korean precision: ordinary words that must stay.

Sets BM and BQ (unsealed this round) and the other development sets showed the catch-all
and the learned flagger taking Korean verb forms typed as one word for unknown names.
Every sentence here is invented for these tests (no blind passage's text)."""

from __future__ import annotations

import pytest

from fieldkit.redaction import Redactor
from fieldkit.redaction.inflected_ko import verb_spelled


def _spans(engine: Redactor, text: str) -> list[tuple[str, str, bool]]:
    return [(text[s.start : s.end], s.label, s.uncertain) for s in engine.redact(text).spans]


def _covered(engine: Redactor, text: str, word: str) -> bool:
    start = text.index(word)
    return any(s.start < start + len(word) and start < s.end for s in engine.redact(text).spans)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("그 사람 말만 믿고 쫓아갔으나 일자리는 없었어요.", "쫓아갔으나"),  # ㅆ: the past
        ("밤중에 군인들이 마을로 몰려왔을 때 숨었어요.", "몰려왔을"),
        ("돈이 한푼없어 굶었지요.", "한푼없어"),  # ㅄ: 없다
        ("아무도 안끊기게 조심했어요.", "안끊기게"),  # ㄶ: 않다, 끊다
        ("창문 옆에앉아 밤을 새웠어요.", "옆에앉아"),  # ㄵ: 앉다
        ("선생님, 편히 쉬십시오.", "쉬십시오"),  # the formal imperative
        ("본인의 주소를 적으시오.", "적으시오"),
        ("새해에는 건강하시길 빕니다.", "건강하시길"),  # a wish
        ("거기 혼자 가지마, 위험해.", "가지마"),  # a negative order
        ("그 집이 망한거란걸 몰랐어요.", "망한거란걸"),  # 거란 before 걸
        ("자기는 하나도 안춥다구 웃더라고요.", "안춥다구"),  # the quoted 다구
        ("그 사람이 곧 돌아온다꼬 했어예.", "돌아온다꼬"),
        ("밤새 옆집 개가 컹컹 짖더란 말이오.", "짖더란"),  # the retrospective after a closed stem
    ],
)
def test_a_verb_form_typed_as_one_word_stays(engine: Redactor, text: str, word: str) -> None:
    assert not _covered(engine, text, word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("옆방에 순덕이가 살았어요.", "순덕"),  # a name before a past verb, spaced
        ("동생 이름은 은하였다구 하더라고요.", "은하"),  # the copula 였 after a name
        ("그 언니 이름이 미향이었다구 하더라고요.", "미향"),  # the copula 이었
        ("브로커 김철수가 우리를 데려갔으나 돈만 받았어요.", "김철수"),
    ],
)
def test_a_name_beside_a_verb_form_still_counts(engine: Redactor, text: str, name: str) -> None:
    assert _covered(engine, text, name)


@pytest.mark.parametrize(
    "word",
    [
        "갔으나",
        "있었으므",
        "않았",
        "없는",
        "앉아",
        "주십시오",
        "하시오",
        "되시길",
        "가지마",
        "변한다꼬",
        "먹었더라",
    ],
)
def test_verb_spelled_reads_verb_forms(word: str) -> None:
    assert verb_spelled(word)


@pytest.mark.parametrize(
    "word",
    # names, places and nouns: no ㅆ or double final, and no verb ending
    [
        "순희",
        "철수였",
        "미향이었",
        "은하다구",  # the copula dropped after a name: "it was Eunha"
        "은하더라",
        "은하였다구",
        "미향이었다구",
        "결혼이란건",
        "회령",
        "닭섬",
        "여덟",
        "한길",
    ],
)
def test_verb_spelled_leaves_names_and_nouns(word: str) -> None:
    assert not verb_spelled(word)
